package org.industrymetrics.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.figure.QualifierWidths;
import org.industrymetrics.money.CurrencyPair;
import org.industrymetrics.money.FxRateTable;
import org.industrymetrics.money.RatePolicy;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Metric;
import org.industrymetrics.observation.MetricKind;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationArbitraries;
import org.industrymetrics.observation.ObservationUnit;

/**
 * The contract of {@link TotalAccumulator} and {@link Aggregation#collector}: random observations,
 * split into random parts, collected separately and merged in random order and grouping, give the
 * same result as one sequential sum; so does a parallel stream.
 */
class AggregationProperties {

    /** USD/CNY quotes for every weekday of 2023 and 2024, pseudo-random around 7.1. */
    private static final FxRateTable RATES = rates();

    private static FxRateTable rates() {
        FxRateTable.Builder b = FxRateTable.builder();
        Random r = new Random(42);
        CurrencyPair usdCny = CurrencyPair.parse("USD/CNY");
        for (LocalDate d = LocalDate.parse("2023-01-01"); d.getYear() < 2025; d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                b.add(d, usdCny, BigDecimal.valueOf(69000 + r.nextInt(4000), 4), "test");
            }
        }
        return b.build();
    }

    @Provide
    Arbitrary<List<Observation>> energy() {
        return ObservationArbitraries.levels(ObservationArbitraries.SUBJECTS, ObservationArbitraries.METRICS,
                ObservationArbitraries.periods(), ObservationArbitraries.ENERGY).list().ofMaxSize(60)
                .map(ObservationArbitraries::renumber);
    }

    @Provide
    Arbitrary<List<Observation>> money() {
        return ObservationArbitraries.levels(ObservationArbitraries.SUBJECTS, ObservationArbitraries.METRICS,
                ObservationArbitraries.periods(), List.of("billion CNY", "yi CNY", "million USD", "USD", "万元", "yuan"))
                .list().ofMaxSize(40)
                .map(ObservationArbitraries::renumber);
    }

    @Provide
    Arbitrary<Set<GroupBy>> groupings() {
        return Arbitraries.of(GroupBy.class).set();
    }

    /** Metric kinds for the dataset: output is a flow, installed a stock (so some groupings fail), output_value a flow. */
    private static Dataset dataset(List<Observation> os, boolean withStock) {
        Dataset.Builder b = Dataset.builder().addObservations(os)
                .addMetric(Metric.builder().id("power_battery.output").kind(MetricKind.FLOW).build())
                .addMetric(Metric.builder().id("output_value").kind(MetricKind.FLOW).build());
        if (withStock) {
            b.addMetric(Metric.builder().id("power_battery.installed").kind(MetricKind.STOCK).build());
        }
        return b.build();
    }

    private static Aggregation aggregation(String unit, Set<GroupBy> by, OverlapPolicy policy) {
        return Aggregation.inUnit(unit).by(by.toArray(new GroupBy[0])).rates(RATES).overlapPolicy(policy).build();
    }

    /** The default, allowing everything, and policies that resolve some overlaps and refuse or allow the rest. */
    @Provide
    Arbitrary<OverlapPolicy> policies() {
        return Arbitraries.of(OverlapPolicy.REFUSE, OverlapPolicy.parse("allow"),
                OverlapPolicy.parse("subject=broadest;period=whole;first"),
                OverlapPolicy.parse("subject=finest;period=parts;unit=CNY;first;allow"),
                OverlapPolicy.parse("subject=broadest;unit=USD;allow"));
    }

    /** Either the result or the sorted problems, so that failing sums compare too. */
    private static Object outcome(java.util.function.Supplier<SumResult> sum) {
        try {
            return sum.get();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(InputProblem::toString).sorted().collect(Collectors.toList());
        }
    }

    /**
     * Splits {@code os} into {@code parts} random parts, accumulates each part on its own, then
     * combines random pairs of partial results until one is left, and finishes it.
     */
    private static <A> SumResult splitAndMerge(Collector<Observation, A, SumResult> c, List<Observation> os, int parts, Random r) {
        List<List<Observation>> split = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            split.add(new ArrayList<>());
        }
        for (Observation o : os) {
            split.get(r.nextInt(parts)).add(o);
        }
        BiConsumer<A, Observation> acc = c.accumulator();
        BinaryOperator<A> combine = c.combiner();
        List<A> partials = new ArrayList<>();
        for (List<Observation> part : split) {
            A a = c.supplier().get();
            part.forEach(o -> acc.accept(a, o));
            partials.add(a);
        }
        while (partials.size() > 1) {
            A a = partials.remove(r.nextInt(partials.size()));
            A b = partials.remove(r.nextInt(partials.size()));
            partials.add(combine.apply(a, b));
        }
        return c.finisher().apply(partials.get(0));
    }

    @Property(tries = 200)
    void splitMergedInAnyOrder_equalsSequential(@ForAll("energy") List<Observation> os, @ForAll("groupings") Set<GroupBy> by, @ForAll("policies") OverlapPolicy policy,
            @ForAll @IntRange(min = 1, max = 8) int parts, @ForAll Random random, @ForAll boolean withStock) {
        Dataset d = dataset(os, withStock);
        Aggregation a = aggregation("GWh", by, policy);
        Object sequential = outcome(() -> a.sum(d));
        Object merged = outcome(() -> splitAndMerge(a.collector(d), d.observations(), parts, random));
        assertEquals(sequential, merged);
    }

    @Property(tries = 200)
    void splitMergedInAnyOrder_equalsSequential_money(@ForAll("money") List<Observation> os, @ForAll("groupings") Set<GroupBy> by, @ForAll("policies") OverlapPolicy policy,
            @ForAll @IntRange(min = 1, max = 8) int parts, @ForAll Random random) {
        Dataset d = dataset(os, true);
        Aggregation a = aggregation("billion USD", by, policy);
        Object sequential = outcome(() -> a.sum(d));
        Object merged = outcome(() -> splitAndMerge(a.collector(d), d.observations(), parts, random));
        assertEquals(sequential, merged);
    }

    @Property(tries = 200)
    void parallelStream_equalsSequential(@ForAll("energy") List<Observation> os, @ForAll("groupings") Set<GroupBy> by, @ForAll("policies") OverlapPolicy policy,
            @ForAll boolean withStock) {
        Dataset d = dataset(os, withStock);
        Aggregation a = aggregation("MWh", by, policy);
        SumResult sequential;
        try {
            sequential = a.sum(d);
        } catch (InvalidInputException e) {
            // problems in encounter order, the same in parallel
            InvalidInputException p = assertThrows(InvalidInputException.class,
                    () -> d.observations().parallelStream().collect(a.collector(d)));
            assertEquals(e.problems(), p.problems());
            return;
        }
        assertEquals(sequential, d.observations().parallelStream().collect(a.collector(d)));
    }

    @Property(tries = 100)
    void parallelStream_equalsSequential_money(@ForAll("money") List<Observation> os, @ForAll("groupings") Set<GroupBy> by, @ForAll("policies") OverlapPolicy policy) {
        Dataset d = dataset(os, false);
        Aggregation a = aggregation("USD", by, policy);
        assertEquals(outcome(() -> a.sum(d)), outcome(() -> d.observations().parallelStream().collect(a.collector(d))));
    }

    @Property(tries = 200)
    void accumulators_mergeInAnyOrder(@ForAll("energy") List<Observation> os, @ForAll Random random) {
        Dataset d = Dataset.of(os);
        ObservationUnit gwh = ObservationUnit.parse("GWh");
        LevelConverter c = new LevelConverter(d, RATES, RatePolicy.DEFAULT, QualifierWidths.DEFAULTS);
        TotalAccumulator all = new TotalAccumulator(gwh);
        List<TotalAccumulator> singles = new ArrayList<>();
        for (Observation o : os) {
            all.add(c.convert(o, gwh));
            singles.add(new TotalAccumulator(gwh).add(c.convert(o, gwh)));
        }
        singles.add(new TotalAccumulator(gwh)); // the empty accumulator is the identity
        while (singles.size() > 1) {
            TotalAccumulator a = singles.remove(random.nextInt(singles.size()));
            TotalAccumulator b = singles.remove(random.nextInt(singles.size()));
            singles.add(a.merge(b));
        }
        assertEquals(all.toTotal(), singles.get(0).toTotal());
        assertEquals(os.size(), singles.get(0).count());
        // the collector's shortcut for exact figures gives the same total as converting each figure
        if (!os.isEmpty()) {
            assertEquals(all.toTotal(), Aggregation.inUnit(gwh).overlapPolicy(OverlapPolicy.REFUSE.allowRest()).build().sum(d)
                    .groups().values().iterator().next());
        }
    }

    @Property(tries = 200)
    void total_isTheSumOfTheIntervals(@ForAll("energy") List<Observation> os) {
        Dataset d = Dataset.of(os.stream().map(o -> Observation.builder().from(o).unit(ObservationUnit.parse("GWh")).build())
                .collect(Collectors.toList()));
        SumResult r = Aggregation.inUnit("GWh").by(GroupBy.SUBJECT).overlapPolicy(OverlapPolicy.REFUSE.allowRest()).build().sum(d);
        for (var e : r.groups().entrySet()) {
            List<Observation> group = d.observations().stream()
                    .filter(o -> o.subject().toString().equals(e.getKey().get(GroupBy.SUBJECT))).collect(Collectors.toList());
            Interval expected = Interval.point(BigDecimal.ZERO);
            BigDecimal nominal = BigDecimal.ZERO;
            for (Observation o : group) {
                expected = expected.plus(o.interval(QualifierWidths.DEFAULTS));
                nominal = nominal.add(o.figure().isRange() ? o.figure().value().add(o.figure().high()).divide(BigDecimal.valueOf(2))
                        : o.figure().value());
            }
            assertEquals(expected, e.getValue().interval());
            assertEquals(group.size(), e.getValue().count());
            int precision = group.stream().mapToInt(o -> o.figure().precision()).min().orElseThrow();
            int bits = 0;
            for (Observation o : group) {
                bits |= 1 << o.figure().qualifier().ordinal();
            }
            Qualifier q = TotalAccumulator.combined(bits);
            assertEquals(Optional.ofNullable(q), e.getValue().qualifier());
            if (q == Qualifier.EXACT || q == Qualifier.ABOUT) {
                assertEquals((q == Qualifier.ABOUT ? "about " : "") + nominal.setScale(precision, RoundingMode.HALF_UP).toPlainString(),
                        e.getValue().figure());
            } else if (q != null) {
                assertTrue(e.getValue().figure().startsWith(q.word() + " "), e.getValue().figure());
            }
        }
        assertEquals(new HashSet<>(d.observations().stream().map(o -> o.subject().toString()).collect(Collectors.toList())),
                r.groups().keySet().stream().map(k -> k.get(GroupBy.SUBJECT)).collect(Collectors.toSet()));
    }

    @Property(tries = 200)
    void conversion_containsTheExactInterval(@ForAll("energy") List<Observation> os) {
        Dataset d = Dataset.of(os);
        LevelConverter c = new LevelConverter(d, RATES, RatePolicy.DEFAULT, QualifierWidths.DEFAULTS);
        ObservationUnit kwh = ObservationUnit.parse("kWh");
        for (Observation o : os) {
            ConvertedFigure f = c.convert(o, kwh);
            java.math.BigInteger[] factor = o.effectiveUnit().factorTo(kwh);
            Interval exact = o.interval(QualifierWidths.DEFAULTS).times(new BigDecimal(factor[0]));
            // all the energy units are powers of ten of kWh, so the conversion is exact
            assertEquals(1, factor[1].intValue());
            assertEquals(exact, f.interval());
            assertTrue(f.interval().encloses(exact));
        }
    }
}
