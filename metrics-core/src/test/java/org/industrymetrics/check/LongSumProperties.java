package org.industrymetrics.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.figure.QualifierWidths;
import org.industrymetrics.figure.ReportedFigure;

/**
 * The sums of exact figures in longs ({@link Term#sumInLongs}, {@link Term#appendNominalSumInLongs},
 * {@link Term#mayBeNegative}) give what the BigDecimal arithmetic gives, or decline: for numbers of
 * any length up to past a long, scales far apart, explicit precisions from thousands to many
 * decimals, and every qualifier.
 */
class LongSumProperties {

    /** A number of 1 to 20 digits (a long holds 18 whatever they are), of scale 0 to 20, either sign. */
    @Provide
    Arbitrary<BigDecimal> numbers() {
        Arbitrary<Integer> digits = Arbitraries.oneOf(Arbitraries.integers().between(1, 6), Arbitraries.integers().between(1, 20));
        Arbitrary<Integer> scale = Arbitraries.oneOf(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 20));
        Arbitrary<String> text = digits.flatMap(n -> Arbitraries.strings().withCharRange('0', '9').ofLength(n));
        return Combinators.combine(text, scale, Arbitraries.of(true, false))
                .as((t, s, negative) -> new BigDecimal(new BigInteger(t).multiply(BigInteger.valueOf(negative ? -1 : 1)), s));
    }

    @Provide
    Arbitrary<ReportedFigure> figures() {
        Arbitrary<Qualifier> qualifier = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(Qualifier.EXACT)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Qualifier.RANGE)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(Qualifier.class)));
        Arbitrary<Integer> precision = Arbitraries.oneOf(Arbitraries.just(Integer.MIN_VALUE), Arbitraries.integers().between(-6, 22));
        return Combinators.combine(numbers(), numbers(), qualifier, precision).as((a, b, q, p) -> {
            ReportedFigure f = q == Qualifier.RANGE
                    ? ReportedFigure.of(a.min(b).toPlainString() + ".." + a.max(b).toPlainString(), q)
                    : ReportedFigure.of(a.toPlainString(), q);
            return p == Integer.MIN_VALUE ? f : f.withPrecision(p);
        });
    }

    /** Figures as a report prints them: up to 9 digits, up to 3 decimals, exact: the long path must take them. */
    @Provide
    Arbitrary<ReportedFigure> plainFigures() {
        return Combinators.combine(Arbitraries.longs().between(-999_999_999L, 999_999_999L), Arbitraries.integers().between(0, 3))
                .as((u, s) -> ReportedFigure.of(BigDecimal.valueOf(u, s).toPlainString(), Qualifier.EXACT));
    }

    private static List<Term> terms(List<ReportedFigure> figures) {
        List<Term> terms = new ArrayList<>();
        for (ReportedFigure f : figures) {
            terms.add(new Term(f, QualifierWidths.DEFAULTS, null, f.qualifier() == Qualifier.EXACT));
        }
        return terms;
    }

    @Property
    void sumInLongs_isTheBigDecimalSum(@ForAll @Size(min = 1, max = 6) List<@net.jqwik.api.From("figures") ReportedFigure> figures) {
        List<Term> terms = terms(figures);
        Interval inLongs = Term.sumInLongs(terms);
        Interval exact = SumChecks.sumInBigDecimal(terms(figures));
        if (inLongs != null) {
            assertEquals(exact, inLongs);
            assertEquals(exact.toString(), inLongs.toString());
            assertEquals(exact.low().scale(), inLongs.low().scale());
            assertEquals(exact.high().scale(), inLongs.high().scale());
        }
        assertEquals(exact, SumChecks.sum(terms(figures)));
    }

    @Property
    void sumInLongs_takesPlainFigures(@ForAll @Size(min = 1, max = 12) List<@net.jqwik.api.From("plainFigures") ReportedFigure> figures) {
        Interval inLongs = Term.sumInLongs(terms(figures));
        assertNotNull(inLongs);
        assertEquals(SumChecks.sumInBigDecimal(terms(figures)), inLongs);
    }

    @Property
    void nominalSumInLongs_isTheBigDecimalText(@ForAll @Size(min = 1, max = 6) List<@net.jqwik.api.From("figures") ReportedFigure> figures) {
        List<Term> terms = terms(figures);
        StringBuilder sb = new StringBuilder("x = ");
        Interval interval = SumChecks.sumInBigDecimal(terms);
        if (Term.appendNominalSumInLongs(sb, terms)) {
            assertEquals("x = " + SumChecks.sumText(terms(figures), interval), sb.toString());
        } else {
            assertEquals("x = ", sb.toString());
        }
        assertEquals(SumChecks.sumText(terms(figures), interval),
                SumChecks.appendSum(new StringBuilder(), terms(figures), interval).toString());
    }

    @Property
    void nominalSumInLongs_takesExactPlainFigures(@ForAll @Size(min = 1, max = 12) List<@net.jqwik.api.From("plainFigures") ReportedFigure> figures) {
        assertTrue(Term.appendNominalSumInLongs(new StringBuilder(), terms(figures)));
    }

    @Property
    void mayBeNegative_isTheIntervalsLowEnd(@ForAll("figures") ReportedFigure figure) {
        Interval i = figure.interval(QualifierWidths.DEFAULTS);
        boolean expected = !i.isLowBounded() || i.low().signum() < 0;
        assertEquals(expected, terms(List.of(figure)).get(0).mayBeNegative());
    }

    @Property
    void closedFromLongs_isClosedFromBigDecimals(@ForAll long a, @ForAll long b, @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 30) int scale) {
        long low = Math.min(a, b);
        long high = Math.max(a, b);
        Interval expected = Interval.closed(BigDecimal.valueOf(low, scale), BigDecimal.valueOf(high, scale));
        Interval made = Interval.closed(low, high, scale);
        assertEquals(expected, made);
        assertEquals(expected.low().scale(), made.low().scale());
        assertEquals(expected.high().scale(), made.high().scale());
    }
}
