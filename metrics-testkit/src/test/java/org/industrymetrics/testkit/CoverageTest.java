package org.industrymetrics.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import org.industrymetrics.figure.Growth;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.figure.Share;
import org.industrymetrics.money.Currencies;
import org.industrymetrics.money.Money;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.period.Granularity;
import org.industrymetrics.period.ReportingPeriod;
import org.industrymetrics.quantity.Energy;
import org.industrymetrics.quantity.Quantity;
import org.industrymetrics.quantity.Scale;
import org.industrymetrics.quantity.Unit;
import org.junit.jupiter.api.Test;

/**
 * The arbitraries reach their boundaries: every unit with every scale word, the fewest and the
 * most digits, every currency, qualifier, granularity and kind of interval end, the first and
 * last years. Each looks at 2000 samples (5000 for the 245 units): a value of probability 1/250 is
 * missed in 5000 samples with a probability below 10^-8, one of 1/20 in 2000 below 10^-40.
 */
class CoverageTest {

    private static final int N = 5000;

    private static <T> List<T> sample(Arbitrary<T> a) {
        return sample(a, 2000);
    }

    private static <T> List<T> sample(Arbitrary<T> a, int n) {
        return a.sampleStream().limit(n).collect(Collectors.toList());
    }

    @Test
    void quantities_everyUnitWithEveryScaleWord() {
        Set<Unit> seen = sample(MetricsArbitraries.quantities(), N).stream().map(Quantity::unit).collect(Collectors.toSet());
        Set<Unit> expected = new HashSet<>();
        for (Unit u : Unit.knownUnits()) {
            for (Scale s : Scale.values()) {
                expected.add(Unit.of(s, u));
            }
        }
        assertEquals(expected, seen);
    }

    @Test
    void quantities_fewestAndMostDigits_andEveryDecimalCount() {
        List<Quantity> qs = sample(MetricsArbitraries.quantities());
        // unscaled digits as generated: 1 to 18 (trailing zeros count: 1.20 was made with 3)
        Set<Integer> counts = qs.stream().map(q -> q.value().unscaledValue().abs().toString().length()).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(counts.contains(1) && counts.contains(18), counts.toString());
        Set<Integer> decimals = qs.stream().map(q -> q.value().scale()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(0, 1, 2, 3, 4, 5, 6), decimals);
        assertTrue(qs.stream().anyMatch(q -> q.signum() < 0) && qs.stream().anyMatch(q -> q.signum() > 0));
        assertTrue(qs.stream().anyMatch(Quantity::isZero), "zero is among the values of one digit");
    }

    @Test
    void quantities_reachTheLibrarysMostDigits() {
        List<Energy> es = MetricsArbitraries.energies().digits(990, MetricsArbitraries.LIBRARY_MAX_DIGITS).decimals(0, 0)
                .sampleStream().limit(300).collect(Collectors.toList());
        int most = es.stream().mapToInt(e -> e.value().precision()).max().orElseThrow();
        assertEquals(MetricsArbitraries.LIBRARY_MAX_DIGITS, most);
        for (Energy e : es) {
            assertEquals(e, Energy.parse(e.toString()));
        }
    }

    @Test
    void configuration_isChecked() {
        assertThrows(IllegalArgumentException.class, () -> MetricsArbitraries.quantities().digits(1, 1001));
        assertThrows(IllegalArgumentException.class, () -> MetricsArbitraries.quantities().decimals(2, 1));
        assertThrows(IllegalArgumentException.class, () -> MetricsArbitraries.energies().inUnits(Unit.parse("t")));
        assertThrows(IllegalArgumentException.class, () -> MetricsArbitraries.periods().years(2000, 10_000));
    }

    @Test
    void quantities_configured() {
        for (Energy e : MetricsArbitraries.energies().inUnits(Unit.parse("GWh")).decimals(1, 1).sampleStream().limit(500)
                .collect(Collectors.toList())) {
            assertEquals(Unit.parse("GWh"), e.unit());
            assertEquals(1, e.value().scale());
        }
        Set<Unit> units = MetricsArbitraries.masses().withScaleWords(Scale.WAN).sampleStream().limit(500).map(Quantity -> Quantity.unit())
                .collect(Collectors.toSet());
        assertEquals(Set.of(Unit.parse("wan kg"), Unit.parse("wan t"), Unit.parse("wan kt"), Unit.parse("wan Mt")), units);
        BigDecimal low = new BigDecimal("-2.5");
        BigDecimal high = new BigDecimal("7");
        assertTrue(MetricsArbitraries.quantities().between(low, high).sampleStream().limit(500)
                .allMatch(q -> q.value().compareTo(low) >= 0 && q.value().compareTo(high) <= 0));
    }

    @Test
    void money_everyCurrencyAndScaleWord() {
        List<Money> ms = sample(MetricsArbitraries.money());
        assertEquals(Set.copyOf(List.of(Currencies.CNY, Currencies.USD, Currencies.EUR, Currencies.JPY, Currencies.GBP, Currencies.HKD)),
                ms.stream().map(Money::currency).collect(Collectors.toSet()));
        assertEquals(EnumSet.allOf(Scale.class), ms.stream().map(m -> m.unit().scale()).collect(Collectors.toSet()));
        assertTrue(MetricsArbitraries.money(Currencies.CNY).sampleStream().limit(200).allMatch(m -> m.currency().equals(Currencies.CNY)));
    }

    @Test
    void figures_everyQualifier_ranges_andExplicitPrecisions() {
        List<ReportedFigure> fs = sample(MetricsArbitraries.reportedFigures());
        assertEquals(EnumSet.allOf(Qualifier.class), fs.stream().map(ReportedFigure::qualifier).collect(Collectors.toSet()));
        assertTrue(fs.stream().anyMatch(ReportedFigure::isRange));
        assertEquals(Set.of(-4, -3, -2, -1, 0, 1, 2, 3, 4), fs.stream().filter(f -> f.explicitPrecision().isPresent())
                .map(f -> f.explicitPrecision().getAsInt()).collect(Collectors.toSet()));
        for (ReportedFigure f : MetricsArbitraries.reportedFigures().decimals(1, 1).withoutExplicitPrecision()
                .withQualifiers(Qualifier.EXACT).sampleStream().limit(300).collect(Collectors.toList())) {
            assertEquals(1, f.precision(), f.toString());
            assertEquals(Qualifier.EXACT, f.qualifier());
        }
    }

    @Test
    void intervals_everyKindOfEnd() {
        List<Interval> is = sample(MetricsArbitraries.intervals());
        assertTrue(is.stream().anyMatch(i -> i.isLowBounded() && i.isLowOpen()), "open low end");
        assertTrue(is.stream().anyMatch(i -> i.isLowBounded() && !i.isLowOpen()), "closed low end");
        assertTrue(is.stream().anyMatch(i -> !i.isLowBounded() && i.isHighBounded()), "unbounded low end");
        assertTrue(is.stream().anyMatch(i -> i.isHighBounded() && i.isHighOpen()), "open high end");
        assertTrue(is.stream().anyMatch(i -> i.isHighBounded() && !i.isHighOpen()), "closed high end");
        assertTrue(is.stream().anyMatch(i -> !i.isHighBounded() && i.isLowBounded()), "unbounded high end");
        assertTrue(is.contains(Interval.all()), "the whole line");
        assertTrue(is.stream().anyMatch(Interval::isPoint), "a point");
        assertTrue(MetricsArbitraries.intervals().bounded().sampleStream().limit(500).allMatch(Interval::isBounded));
    }

    @Test
    void periods_everyGranularity_ranges_andTheFirstAndLastYears() {
        List<ReportingPeriod> ps = sample(MetricsArbitraries.periods());
        assertEquals(EnumSet.allOf(Granularity.class), ps.stream().map(ReportingPeriod::granularity).collect(Collectors.toSet()));
        assertTrue(ps.stream().anyMatch(p -> !p.isSingle()), "a range");
        assertTrue(ps.stream().anyMatch(p -> p.year() == ReportingPeriod.MIN_YEAR), "year 0");
        assertTrue(ps.stream().anyMatch(p -> p.lastDay().getYear() == ReportingPeriod.MAX_YEAR), "year 9999");
        for (ReportingPeriod p : MetricsArbitraries.periods().withGranularities(Granularity.MONTH).years(2020, 2021).withoutRanges()
                .sampleStream().limit(300).collect(Collectors.toList())) {
            assertTrue(p.isSingle() && p.granularity() == Granularity.MONTH && p.year() >= 2020 && p.year() <= 2021, p.toString());
        }
    }

    @Test
    void growthsAndShares_reachTheirBounds() {
        Set<BigDecimal> growths = sample(MetricsArbitraries.growths()).stream().map(Growth::percent).map(BigDecimal::stripTrailingZeros)
                .collect(Collectors.toSet());
        assertTrue(growths.contains(new BigDecimal("-1E+2")) && growths.contains(new BigDecimal("1E+3")), "-100 % and 1000 %");
        Set<BigDecimal> shares = sample(MetricsArbitraries.shares()).stream().map(Share::percent).map(BigDecimal::stripTrailingZeros)
                .collect(Collectors.toSet());
        assertTrue(shares.contains(BigDecimal.ZERO) && shares.contains(new BigDecimal("1E+2")), "0 % and 100 %");
    }

    @Test
    void observations_everyMeasureAndKindOfUnit() {
        List<Observation> os = sample(MetricsArbitraries.observations());
        assertEquals(EnumSet.allOf(Measure.class), os.stream().map(Observation::measure).collect(Collectors.toSet()));
        assertEquals(EnumSet.allOf(ObservationUnit.Kind.class), os.stream().filter(o -> o.unit().isPresent())
                .map(o -> o.unit().get().kind()).collect(Collectors.toSet()));
        assertTrue(MetricsArbitraries.observations().withLevelUnits("GWh").withMeasures(Measure.LEVEL).sampleStream().limit(200)
                .allMatch(o -> o.unit().get().toString().equals("GWh")));
    }

    @Test
    void datasets_haveUniqueIdsAndUpToElevenObservations() {
        List<Integer> sizes = MetricsArbitraries.datasets().sampleStream().limit(500).map(d -> d.observations().size())
                .collect(Collectors.toList());
        assertTrue(sizes.contains(0) && sizes.contains(11), sizes.toString());
    }
}
