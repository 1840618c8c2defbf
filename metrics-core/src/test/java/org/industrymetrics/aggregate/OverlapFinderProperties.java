package org.industrymetrics.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationArbitraries;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.Subject;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.observation.SubjectTree;
import org.industrymetrics.period.ReportingPeriod;

/**
 * The quick test of {@link OverlapFinder#mayOverlap(List)} (one pass over buckets of one metric and
 * subject) answers as its definition, pair by pair: two levels of one metric whose subjects share a
 * part and whose periods share a day, or a part of a subject whose ancestor is a part of a subject
 * of the group.
 */
class OverlapFinderProperties {

    private static final SubjectTree TREE = Dataset.builder()
            .addSubject(Subject.builder().id("CN").build())
            .addSubject(Subject.builder().id("CN-SC").parent("CN").build())
            .addSubject(Subject.builder().id("CN-CQ").parent("CN").build())
            .addSubject(Subject.builder().id("CN-SC-1").parent("CN-SC").build())
            .build().subjectTree();

    @Property(tries = 1000)
    void mayOverlap_isItsDefinition(@ForAll("levels") List<Observation> levels) {
        // distinct keys, as a group's table holds them
        Set<List<Object>> keys = new HashSet<>();
        List<Observation> distinct = new ArrayList<>();
        for (Observation o : levels) {
            if (keys.add(List.of(o.subject(), o.metric(), o.period(), o.source(), o.effectiveUnit()))) {
                distinct.add(o);
            }
        }
        assertEquals(byPairs(distinct), new OverlapFinder(TREE).mayOverlap(distinct), distinct.toString());
    }

    /**
     * The periods a table sweeps as keys come in (and as tables merge) answer as the levels
     * themselves, or say they cannot tell (periods out of order, or a subject in a union and apart);
     * sorted by first day, without unions, they always tell.
     */
    @Property(tries = 1000)
    void sweptPeriods_answerAsTheLevels(@ForAll("levels") List<Observation> levels, @ForAll boolean sorted,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 12) int split) {
        List<Observation> in = inOrder(levels, sorted);
        KeyTable one = mergedTable(in, split);
        OverlapFinder finder = new OverlapFinder(TREE);
        boolean expected = finder.mayOverlap(one.levels());
        Boolean swept = finder.mayOverlap(one.periods());
        boolean unions = in.stream().anyMatch(o -> o.subject().isUnion());
        if (swept != null || sorted && !unions) {
            assertEquals(expected, swept, in.toString());
        }
    }

    /**
     * A table finds a key given again whether its keys came in order of period (added without its
     * index) or not, and merged: its keys and the levels of each are those of a map of the keys.
     */
    @Property(tries = 1000)
    void keysInAnyOrder_areFoundAgain(@ForAll("levels") List<Observation> levels, @ForAll boolean sorted,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 12) int split) {
        List<Observation> in = inOrder(levels, sorted);
        KeyTable one = mergedTable(in, split);
        java.util.Map<Leaf.Key, Long> expected = new java.util.HashMap<>();
        for (Observation o : in) {
            expected.merge(Leaf.Key.of(o), 1L, Long::sum);
        }
        java.util.Map<Leaf.Key, Long> found = new java.util.HashMap<>();
        for (int i = 0; i < one.size(); i++) {
            Leaf l = one.leafOrNull(i);
            assertEquals(null, found.put(Leaf.Key.of(one.first(i)), l == null ? 1L : l.count), in.toString());
        }
        assertEquals(expected, found, in.toString());
    }

    private static boolean byPairs(List<Observation> levels) {
        for (Observation x : levels) {
            for (Observation y : levels) {
                if (!x.metric().equals(y.metric())) {
                    continue;
                }
                for (String a : x.subject().parts()) {
                    for (String b : y.subject().parts()) {
                        if (TREE.ancestors(a).contains(b)) {
                            return true;
                        }
                        if (x != y && a.equals(b) && x.period().overlaps(y.period())) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    @Provide
    Arbitrary<List<Observation>> levels() {
        Arbitrary<String> subjects = Arbitraries.of("CN", "CN-SC", "CN-CQ", "CN-CQ+CN-SC", "CN-SC-1", "CN-CQ+CN-SC-1", "JP", "JP+KR");
        Arbitrary<String> periods = Arbitraries.of("2024", "2024-H1", "2024-Q1", "2024-Q3", "2024-01", "2024-02", "2024-03",
                "2024-01/2024-05", "2023", "2023-12", "2024-06-30");
        Arbitrary<String> metrics = Arbitraries.of("output", "output", "capacity");
        Arbitrary<String> sources = Arbitraries.of("a", "b");
        return Combinators.combine(subjects, periods, metrics, sources)
                .as((s, p, m, src) -> Observation.builder().id("x").subject(SubjectRef.parse(s)).metric(m)
                        .period(ReportingPeriod.parse(p)).figure(ReportedFigure.parse("1"))
                        .unit(ObservationUnit.parse("GWh")).source(src).build())
                .list().ofMaxSize(12).map(ObservationArbitraries::renumber);
    }

    /** The levels as given, or sorted by their periods' first days. */
    private static List<Observation> inOrder(List<Observation> levels, boolean sorted) {
        List<Observation> in = new ArrayList<>(levels);
        if (sorted) {
            in.sort(java.util.Comparator.comparing(o -> o.period().firstDay()));
        }
        return in;
    }

    /** The levels before {@code split} added to one table, the rest to another, merged into the first. */
    private static KeyTable mergedTable(List<Observation> in, int split) {
        Leaf.Converter none = (acc, o) -> { };
        ObservationUnit unit = ObservationUnit.parse("GWh");
        KeyTable one = new KeyTable(new KeyTable.InputNames());
        KeyTable other = new KeyTable(new KeyTable.InputNames());
        for (int i = 0; i < in.size(); i++) {
            (i < split ? one : other).add(in.get(i), null, none, unit);
        }
        one.merge(other, none, unit);
        return one;
    }
}
