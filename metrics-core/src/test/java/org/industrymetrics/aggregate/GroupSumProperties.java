package org.industrymetrics.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * {@link GroupSum}, the group of a sum an engine keeps, gives exactly what {@link Aggregation#sum}
 * gives for that group (total, overlaps, levels dropped, problems and where they are placed),
 * whatever the split of the group's rows, the order of the merges and the round trips through
 * {@link GroupSum#state()}, for every overlap policy.
 */
class GroupSumProperties {

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
    void eachGroupGivesWhatTheSumGivesForIt(@ForAll("levels") List<Observation> os, @ForAll("policies") OverlapPolicy policy,
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

        // the engine's side: group by the same fields, split each group, merge in random order
        GroupSum.Context sums = agg.groupSums(d.toBuilder().build());
        Map<List<String>, List<Observation>> groups = new LinkedHashMap<>();
        for (Observation o : os) {
            groups.computeIfAbsent(key(o, by), k -> new ArrayList<>()).add(o);
        }
        Map<List<String>, GroupSum.Result> results = new HashMap<>();
        groups.forEach((k, rows) -> results.put(k, splitAndMerge(sums, rows, origins, random)));

        Set<String> engineProblems = new TreeSet<>();
        results.values().forEach(r -> r.problems().forEach(p -> engineProblems.add(p.toString())));
        SumResult expected;
        try {
            expected = agg.sum(d);
        } catch (InvalidInputException e) {
            Set<String> problems = new TreeSet<>();
            e.problems().forEach(p -> problems.add(p.toString()));
            assertEquals(problems, engineProblems);
            net.jqwik.api.statistics.Statistics.label("outcome").collect("refused");
            return;
        }
        assertEquals(Set.of(), engineProblems);
        net.jqwik.api.statistics.Statistics.label("outcome").collect(expected.dropped().isEmpty() ? "summed" : "summed, some dropped");
        for (Map.Entry<GroupKey, Total> e : expected.groups().entrySet()) {
            List<String> k = key(e.getKey(), by);
            GroupSum.Result r = results.get(k);
            assertEquals(e.getValue(), r.total(), k.toString());
            assertEquals(expected.overlaps().stream().filter(o -> o.group().equals(e.getKey())).map(Overlap::toString).toList(),
                    r.overlaps().stream().map(Overlap::toString).toList(), k.toString());
            assertEquals(expected.dropped().stream().filter(o -> o.group().equals(e.getKey())).map(Dropped::toString).toList(),
                    r.dropped().stream().map(Dropped::toString).toList(), k.toString());
            assertEquals(e.getValue(), r.requireTotal());
        }
    }

    private static GroupSum.Result splitAndMerge(GroupSum.Context sums, List<Observation> rows,
            Map<Observation, InputLocation> origins, Random random) {
        int parts = 1 + random.nextInt(4);
        List<GroupSum> partials = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            partials.add(sums.empty());
        }
        for (Observation o : rows) {
            partials.get(random.nextInt(parts)).add(o, origins.get(o));
        }
        while (partials.size() > 1) {
            GroupSum a = partials.remove(random.nextInt(partials.size()));
            GroupSum c = partials.remove(random.nextInt(partials.size()));
            // a partial that crossed a shuffle: written as its state and read back
            partials.add((random.nextBoolean() ? sums.of(a.state()) : a).merge(random.nextBoolean() ? sums.of(c.state()) : c));
        }
        return sums.of(partials.get(0).state()).result();
    }

    private static List<String> key(Observation o, Set<GroupBy> by) {
        List<String> k = new ArrayList<>();
        k.add(by.contains(GroupBy.SUBJECT) ? o.subject().toString() : "");
        k.add(by.contains(GroupBy.METRIC) ? o.metric() : "");
        k.add(by.contains(GroupBy.PERIOD) ? o.period().toString() : "");
        return k;
    }

    private static List<String> key(GroupKey g, Set<GroupBy> by) {
        List<String> k = new ArrayList<>();
        for (GroupBy f : GroupBy.values()) {
            k.add(by.contains(f) ? g.get(f) : "");
        }
        return k;
    }

    @Property(tries = 50)
    void aStateOfAnEntryOfOneLevelHasNoSecond(@ForAll("levels") List<Observation> os) {
        for (Observation o : os) {
            GroupSum.Level l = new GroupSum.Level(o, null);
            assertThrows(IllegalArgumentException.class, () -> new GroupSum.Entry(l, l, 1, null));
        }
    }
}
