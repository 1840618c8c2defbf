package org.industrymetrics.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.industrymetrics.observation.ObservationUnit;

/**
 * The exact figures an accumulator adds as longs at a common scale sum to the same number, of the
 * same scale, as adding them to {@code BigDecimal.ZERO} one by one: near the ends of a long (the
 * sum moves to its {@code BigDecimal} part), at scales far apart (negative ones too, from a unit
 * ten to a power finer), with more than 18 digits, and merged from any split.
 */
class TotalAccumulatorProperties {

    /** A figure's value and the power of ten its unit is from the total's. */
    record Figure(BigDecimal value, int power) {
    }

    @Provide
    Arbitrary<List<Figure>> figures() {
        Arbitrary<Long> unscaled = Arbitraries.oneOf(Arbitraries.longs().between(-99_999, 99_999),
                Arbitraries.longs().between(-999_999_999_999_999_999L, 999_999_999_999_999_999L),
                Arbitraries.of(999_999_999_999_999_999L, -999_999_999_999_999_999L, 0L, 1L, -1L));
        Arbitrary<BigDecimal> values = Arbitraries.oneOf(
                Combinators.combine(unscaled, Arbitraries.integers().between(-4, 22)).as(BigDecimal::valueOf),
                // more than 18 digits: added as a BigDecimal
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(18), BigInteger.TEN.pow(30))
                        .map(b -> new BigDecimal(b, 3)));
        return Combinators.combine(values, Arbitraries.of(0, 0, -3, 3, -6)).as(Figure::new).list().ofMaxSize(60);
    }

    @Property
    void longSumsAreTheBigDecimalSum(@ForAll("figures") List<Figure> figures, @ForAll @IntRange(min = 0, max = 60) int split) {
        ObservationUnit gwh = ObservationUnit.parse("GWh");
        int cut = Math.min(split, figures.size());
        BigDecimal expected = BigDecimal.ZERO;
        for (Figure f : figures) {
            expected = expected.add(f.value().scaleByPowerOfTen(f.power()));
        }
        TotalAccumulator one = sum(gwh, figures);
        // equal as BigDecimals: the same number and the same scale
        assertEquals(expected, one.state().nominal());
        TotalAccumulator firstThenSecond = sum(gwh, figures.subList(0, cut)).merge(sum(gwh, figures.subList(cut, figures.size())));
        TotalAccumulator secondThenFirst = sum(gwh, figures.subList(cut, figures.size())).merge(sum(gwh, figures.subList(0, cut)));
        assertEquals(expected, firstThenSecond.state().nominal());
        assertEquals(expected, secondThenFirst.state().nominal());
        assertEquals(one.toTotal(), firstThenSecond.toTotal());
        assertEquals(one.toTotal(), secondThenFirst.toTotal());
    }

    private static TotalAccumulator sum(ObservationUnit unit, List<Figure> figures) {
        TotalAccumulator acc = new TotalAccumulator(unit);
        figures.forEach(f -> acc.addExact(f.value(), f.power(), 1));
        return acc;
    }
}
