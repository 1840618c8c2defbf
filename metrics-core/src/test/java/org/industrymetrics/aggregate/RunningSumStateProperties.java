package org.industrymetrics.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Metric;
import org.industrymetrics.observation.MetricKind;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationArbitraries;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.Status;
import org.industrymetrics.observation.Subject;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.period.ReportingPeriod;

/**
 * A {@link RunningSum} written as its {@link RunningSum#State} and read back, as an engine keeps it
 * between stages, sums on exactly as before: any split of the rows, any order of merges and any
 * round trips through the state give what {@link Aggregation#sum} gives (totals, overlaps, levels
 * dropped, problems and where they are placed), for every overlap policy and grouping.
 */
class RunningSumStateProperties {

    private static final String FLOW = "power_battery.output";
    private static final String STOCK = "power_battery.capacity";

    @Provide
    Arbitrary<List<Observation>> levels() {
        Arbitrary<String> subjects = Arbitraries.of("CN", "CN-SC", "CN-CQ", "CN-CQ+CN-SC", "JP");
        Arbitrary<String> periods = Arbitraries.of("2024", "2024-H1", "2024-Q1", "2024-01", "2024-02", "2024-01/2024-05", "2023");
        Arbitrary<String> units = Arbitraries.frequency(net.jqwik.api.Tuple.of(60, "GWh"), net.jqwik.api.Tuple.of(30, "MWh"),
                net.jqwik.api.Tuple.of(1, "t"));
        Arbitrary<String> sources = Arbitraries.of("a", "b");
        Arbitrary<Status> statuses = Arbitraries.frequency(net.jqwik.api.Tuple.of(80, Status.ACTUAL),
                net.jqwik.api.Tuple.of(6, Status.ESTIMATE), net.jqwik.api.Tuple.of(1, Status.TARGET));
        Arbitrary<String> metrics = Arbitraries.frequency(net.jqwik.api.Tuple.of(30, FLOW), net.jqwik.api.Tuple.of(1, STOCK));
        Arbitrary<String> values = Arbitraries.of("0", "12", "12.5", "999", "0.25", "88.9");
        return Combinators.combine(subjects, periods, units, sources, statuses, metrics, values)
                .as((s, p, u, src, st, m, v) -> Observation.builder().id("x").subject(SubjectRef.parse(s)).metric(m)
                        .period(ReportingPeriod.parse(p)).figure(ReportedFigure.parse(v)).status(st)
                        .unit(ObservationUnit.parse(u)).source(src).build())
                .list().ofMaxSize(20).map(ObservationArbitraries::renumber);
    }

    @Provide
    Arbitrary<OverlapPolicy> policies() {
        return Arbitraries.of(OverlapPolicy.REFUSE, OverlapPolicy.parse("allow"), OverlapPolicy.parse("first"),
                OverlapPolicy.parse("subject=broadest;period=whole;first"), OverlapPolicy.parse("subject=finest;period=parts;source=a"),
                OverlapPolicy.parse("subject=broadest;unit=MWh;allow"), OverlapPolicy.parse("period=whole;source=b,a;first;allow"),
                OverlapPolicy.parse("source=a;unit=GWh"), OverlapPolicy.parse("subject=finest"), OverlapPolicy.parse("period=parts"),
                OverlapPolicy.parse("first;allow"), OverlapPolicy.parse("subject=finest;period=parts;source=a;allow"),
                OverlapPolicy.parse("subject=broadest;period=whole;first;allow"), OverlapPolicy.parse("unit=MWh;source=b;allow"));
    }

    @Provide
    Arbitrary<Set<GroupBy>> groupings() {
        return Arbitraries.of(GroupBy.class).set();
    }

    @Property(tries = 400)
    void anySplitThroughItsStateGivesTheSum(@ForAll("levels") List<Observation> os, @ForAll("policies") OverlapPolicy policy,
            @ForAll("groupings") Set<GroupBy> by, @ForAll Random random) {
        Dataset.Builder b = Dataset.builder().name("test")
                .addSubject(Subject.builder().id("CN").name("China").build())
                .addSubject(Subject.builder().id("CN-SC").name("Sichuan").parent("CN").build())
                .addSubject(Subject.builder().id("CN-CQ").name("Chongqing").parent("CN").build())
                .addMetric(Metric.builder().id(FLOW).kind(MetricKind.FLOW).build())
                .addMetric(Metric.builder().id(STOCK).kind(MetricKind.STOCK).build());
        Map<Observation, InputLocation> origins = new HashMap<>();
        for (int i = 0; i < os.size(); i++) {
            // some rows read from a file, some added in code
            InputLocation at = i % 3 == 2 ? null : InputLocation.of(i % 2 == 0 ? "observations.csv" : "more.csv", i + 2);
            b.addObservation(os.get(i), at);
            if (at != null) {
                origins.put(os.get(i), at);
            }
        }
        Dataset d = b.build();
        Aggregation agg = Aggregation.inUnit("GWh").by(by.toArray(new GroupBy[0])).overlapPolicy(policy).build();

        // the engine's side: split the rows, merge in random order, some parts through their state
        RunningSum engine = splitAndMerge(agg, d.toBuilder().build(), os, origins, random);
        SumResult expected;
        try {
            expected = agg.sum(d);
        } catch (InvalidInputException e) {
            InvalidInputException fromEngine = assertThrows(InvalidInputException.class, engine::result);
            assertEquals(sorted(e), sorted(fromEngine));
            Statistics.label("outcome").collect("refused");
            return;
        }
        assertEquals(expected, engine.result());
        Statistics.label("outcome").collect(expected.dropped().isEmpty() ? "summed" : "summed, some dropped");
    }

    private static Set<String> sorted(InvalidInputException e) {
        Set<String> s = new TreeSet<>();
        e.problems().forEach(p -> s.add(p.toString()));
        return s;
    }

    private static RunningSum splitAndMerge(Aggregation agg, Dataset tables, List<Observation> rows,
            Map<Observation, InputLocation> origins, Random random) {
        int parts = 1 + random.nextInt(4);
        List<RunningSum> partials = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            partials.add(agg.runningSum(tables));
        }
        for (Observation o : rows) {
            partials.get(random.nextInt(parts)).add(o, origins.get(o));
        }
        while (partials.size() > 1) {
            RunningSum a = partials.remove(random.nextInt(partials.size()));
            RunningSum c = partials.remove(random.nextInt(partials.size()));
            // a part that crossed a shuffle: written as its state and read back
            RunningSum x = random.nextBoolean() ? agg.runningSum(tables).merge(a.state()) : a;
            partials.add(random.nextBoolean() ? x.merge(agg.runningSum(tables).merge(c.state())) : x.merge(c.state()));
        }
        return agg.runningSum(tables).merge(partials.get(0).state());
    }

    @Property(tries = 50)
    void anEntryOfOneLevelHasNoSecond(@ForAll("levels") List<Observation> os) {
        for (Observation o : os) {
            RunningSum.Level l = new RunningSum.Level(o, null);
            assertThrows(IllegalArgumentException.class, () -> new RunningSum.Entry(l, l, 1, null));
        }
    }
}
