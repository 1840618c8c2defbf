package org.industrymetrics.testkit;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.figure.ReportedFigure;

/** The figure arbitrary: a qualifier, a value (or two for a range), and sometimes an explicit precision. */
final class FigureArbitraryImpl extends ArbitraryDecorator<ReportedFigure> implements FigureArbitrary {

    private List<Qualifier> qualifiers = List.of(Qualifier.values());
    private DecimalSpec numbers = DecimalSpec.of(12, 4);
    private boolean explicitPrecision = true;

    @Override
    protected Arbitrary<ReportedFigure> arbitrary() {
        DecimalSpec widths = new DecimalSpec(1, Math.min(numbers.maxDigits(), 6), numbers.minDecimals(), numbers.maxDecimals(),
                null, null, false);
        Arbitrary<ReportedFigure> figures = Combinators.combine(Arbitraries.of(qualifiers), numbers.arbitrary(), widths.arbitrary())
                .as((q, v, w) -> q == Qualifier.RANGE
                        ? ReportedFigure.of(v.toPlainString() + ".." + v.add(w).toPlainString(), Qualifier.RANGE)
                        : ReportedFigure.of(v.toPlainString(), q));
        if (!explicitPrecision) {
            return figures;
        }
        // one in four with an explicit precision, as a dataset's precision column gives it
        Arbitrary<Integer> precision = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(Integer.MIN_VALUE)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-4, 4)));
        return Combinators.combine(figures, precision).as((f, p) -> p == Integer.MIN_VALUE ? f : f.withPrecision(p));
    }

    @Override
    public FigureArbitrary withQualifiers(Qualifier... given) {
        if (given.length == 0) {
            throw new IllegalArgumentException("give at least one qualifier");
        }
        FigureArbitraryImpl c = typedClone();
        c.qualifiers = List.of(given);
        return c;
    }

    @Override
    public FigureArbitrary digits(int min, int max) {
        FigureArbitraryImpl c = typedClone();
        c.numbers = numbers.digits(min, max);
        return c;
    }

    @Override
    public FigureArbitrary decimals(int min, int max) {
        FigureArbitraryImpl c = typedClone();
        c.numbers = numbers.decimals(min, max);
        return c;
    }

    @Override
    public FigureArbitrary between(BigDecimal min, BigDecimal max) {
        FigureArbitraryImpl c = typedClone();
        c.numbers = numbers.between(min, max);
        return c;
    }

    @Override
    public FigureArbitrary withoutExplicitPrecision() {
        FigureArbitraryImpl c = typedClone();
        c.explicitPrecision = false;
        return c;
    }
}
