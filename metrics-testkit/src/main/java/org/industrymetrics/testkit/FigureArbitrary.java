package org.industrymetrics.testkit;

import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.figure.ReportedFigure;

/**
 * Generates figures as reports print them: by default every qualifier (ranges {@code 12..15}
 * among them), values of 1 to 12 significant digits with 0 to 4 decimals, of either sign, and
 * now and then an explicit precision from -4 to 4 ({@code 2000 (precision -3)}). Each method
 * returns a new arbitrary.
 */
public interface FigureArbitrary extends Arbitrary<ReportedFigure> {

    /**
     * Generates figures with these qualifiers only; {@link Qualifier#RANGE} makes ranges.
     *
     * @param qualifiers the qualifiers, at least one
     * @return the new arbitrary
     */
    FigureArbitrary withQualifiers(Qualifier... qualifiers);

    /**
     * Generates values of {@code min} to {@code max} significant digits, each count as likely.
     *
     * @param min the fewest digits, at least 1
     * @param max the most digits
     * @return the new arbitrary
     */
    FigureArbitrary digits(int min, int max);

    /**
     * Generates values written with {@code min} to {@code max} decimals.
     *
     * @param min the fewest decimals, at least 0
     * @param max the most decimals
     * @return the new arbitrary
     */
    FigureArbitrary decimals(int min, int max);

    /**
     * Generates values from {@code min} to {@code max} (a range's low end; its high end may be above).
     *
     * @param min the least value, not null
     * @param max the greatest value, not null
     * @return the new arbitrary
     */
    FigureArbitrary between(BigDecimal min, BigDecimal max);

    /**
     * Generates figures without an explicit precision: each is rounded to the decimals it shows.
     *
     * @return the new arbitrary
     */
    FigureArbitrary withoutExplicitPrecision();
}
