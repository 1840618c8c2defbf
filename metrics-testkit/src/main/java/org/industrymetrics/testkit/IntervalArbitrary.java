package org.industrymetrics.testkit;

import net.jqwik.api.Arbitrary;
import org.industrymetrics.figure.Interval;

/**
 * Generates intervals with each end closed, open or unbounded, as likely each, points
 * ({@code [5, 5]}) and the whole line among them; ends of 1 to 12 significant digits with 0 to 4
 * decimals. Each method returns a new arbitrary.
 */
public interface IntervalArbitrary extends Arbitrary<Interval> {

    /**
     * Generates bounded intervals only (each end closed or open).
     *
     * @return the new arbitrary
     */
    IntervalArbitrary bounded();

    /**
     * Generates ends of {@code min} to {@code max} significant digits.
     *
     * @param min the fewest digits, at least 1
     * @param max the most digits
     * @return the new arbitrary
     */
    IntervalArbitrary digits(int min, int max);

    /**
     * Generates ends with {@code min} to {@code max} decimals.
     *
     * @param min the fewest decimals, at least 0
     * @param max the most decimals
     * @return the new arbitrary
     */
    IntervalArbitrary decimals(int min, int max);
}
