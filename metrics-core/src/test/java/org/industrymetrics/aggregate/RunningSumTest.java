package org.industrymetrics.aggregate;

import static org.industrymetrics.observation.Observations.figure;
import static org.industrymetrics.observation.Observations.level;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Metric;
import org.industrymetrics.observation.MetricKind;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.Status;
import org.industrymetrics.observation.Subject;
import org.junit.jupiter.api.Test;

/**
 * A {@link RunningSum} over observations with their origins, fed from tables that hold none of
 * them, gives the result and the problems (with file and line) of {@link Aggregation#sum(Dataset)}
 * over a dataset read with the same origins, in one part or merged from several.
 */
class RunningSumTest {

    private static final String FILE = "observations.csv";

    /** The observations, the n-th read on line n + 2 of observations.csv. */
    private static List<Observation> rows(boolean clean) {
        List<Observation> rows = new ArrayList<>();
        rows.add(level("cn-2024", "CN", "output", "2024", "1000", "GWh"));
        rows.add(level("sc-2024", "CN-SC", "output", "2024", "200", "GWh"));
        rows.add(level("sc-2024-m", "CN-SC", "output", "2024", "201000", "MWh"));
        rows.add(level("cq-2024", "CN-CQ", "output", "2024", "0.1", "TWh"));
        rows.add(figure("cq-2025", "CN-CQ", "output", "2025", "150").unit(ObservationUnit.parse("GWh")).status(Status.TARGET).build());
        rows.add(level("cap-2023", "CN", "capacity", "2023", "500", "GWh"));
        rows.add(level("cap-2024", "CN", "capacity", "2024", "800", "GWh"));
        rows.add(level("sc-t", "CN-SC", "output", "2023", "12", "t"));
        if (clean) {
            rows.removeIf(o -> o.id().equals("sc-2024-m") || o.id().equals("sc-t") || o.id().equals("cq-2025")
                    || o.metric().equals("capacity"));
        }
        return rows;
    }

    private static InputLocation origin(int i) {
        return InputLocation.of(FILE, i + 2);
    }

    private static Dataset tables() {
        return Dataset.builder().name("cn")
                .addSubject(Subject.builder().id("CN").build())
                .addSubject(Subject.builder().id("CN-SC").parent("CN").build())
                .addSubject(Subject.builder().id("CN-CQ").parent("CN").build())
                .addMetric(Metric.builder().id("capacity").kind(MetricKind.STOCK).build())
                .build();
    }

    private static Dataset whole(List<Observation> rows) {
        Dataset.Builder b = tables().toBuilder();
        for (int i = 0; i < rows.size(); i++) {
            b.addObservation(rows.get(i), origin(i));
        }
        return b.build();
    }

    /** Sums {@code rows} in {@code parts} running sums, each given every parts-th row, merged. */
    private static SumResult running(Aggregation a, List<Observation> rows, int parts) {
        Dataset tables = tables();
        List<RunningSum> sums = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            sums.add(a.runningSum(tables));
        }
        for (int i = 0; i < rows.size(); i++) {
            sums.get(i * parts / rows.size()).add(rows.get(i), origin(i));
        }
        RunningSum all = sums.get(0);
        for (int p = 1; p < parts; p++) {
            all.merge(sums.get(p));
        }
        return all.result();
    }

    private static List<String> problems(Supplier<SumResult> sum) {
        InvalidInputException e = assertThrows(InvalidInputException.class, sum::get);
        return e.problems().stream().map(InputProblem::toString).collect(Collectors.toList());
    }

    @Test
    void test_result_isTheDatasetSum() {
        List<Observation> rows = rows(true);
        for (Aggregation a : List.of(Aggregation.inUnit("GWh").overlapPolicy(OverlapPolicy.parse("subject=broadest")).build(), Aggregation.inUnit("TWh").by(GroupBy.SUBJECT).build(),
                Aggregation.inUnit("GWh").by(GroupBy.PERIOD).overlapPolicy(OverlapPolicy.parse("subject=finest")).build())) {
            SumResult expected = a.sum(whole(rows));
            for (int parts = 1; parts <= 3; parts++) {
                assertEquals(expected, running(a, rows, parts), a + " in " + parts + " parts");
            }
        }
    }

    /**
     * Thousands of keys in one group (more than a page of a group's key table), months out of order
     * in places (so the table's index is made part way), some keys given twice and a unit a power of
     * ten away: the same totals, overlaps and levels dropped as the dataset's sum, in one part or
     * merged from several.
     */
    @Test
    void test_manyKeys_isTheDatasetSum() {
        List<Observation> rows = new ArrayList<>();
        for (int i = 0; i < 9_000; i++) {
            // months in order, then the second half of a block before its first half
            int month = i < 6_000 ? i : i < 7_500 ? i + 1_500 : i - 1_500;
            String period = (1000 + month / 12) + "-" + String.format(java.util.Locale.ROOT, "%02d", month % 12 + 1);
            String subject = i % 3 == 0 ? "CN-CQ" : "CN-SC";
            String unit = month % 10 == 0 ? "MWh" : "GWh";
            rows.add(level("o" + i, subject, "output", period, (i % 997) + "." + (i % 10), unit));
            if (i % 1_000 == 7) {
                rows.add(level("p" + i, subject, "output", period, "1" + i, unit));
            }
        }
        Aggregation a = Aggregation.inUnit("GWh").by(GroupBy.SUBJECT).overlapPolicy(OverlapPolicy.parse("first")).build();
        SumResult expected = a.sum(whole(rows));
        assertEquals(9, expected.dropped().size());
        for (int parts = 1; parts <= 3; parts++) {
            assertEquals(expected, running(a, rows, parts), parts + " parts");
        }
    }

    @Test
    void test_problems_areTheDatasetSumsWithFileAndLine() {
        List<Observation> rows = rows(false);
        Aggregation a = Aggregation.inUnit("GWh").by(GroupBy.SUBJECT).build();
        List<String> expected = problems(() -> a.sum(whole(rows)));
        assertEquals(List.of(
                "observations.csv:9: observation sc-t: cannot express 12 t (mass) in GWh (energy)",
                "observations.csv:7: observation cap-2023: cannot add levels of capacity for 2023 and 2024 (observation cap-2024,"
                        + " on line 8): it is a stock, a level at a time, and does not add up over periods; group by period",
                "observations.csv:6: observation cq-2025: cannot add cq-2025 (CN-CQ 2025, 150 GWh), status target,"
                        + " and cq-2024 (CN-CQ 2024, 0.1 TWh, on line 5), status actual: a total of mixed status means nothing;"
                        + " sum one status at a time",
                "observations.csv:3: observation sc-2024: sc-2024 (CN-SC 2024, 200 GWh) and sc-2024-m (CN-SC 2024, 201000 MWh,"
                        + " on line 4) may be the same amount: two levels of CN-SC output 2024, in GWh and MWh;"
                        + " adding both would count it twice: choose an overlap policy (source=ID (prefer a source),"
                        + " unit=U (prefer a unit or currency) or first) or allow"), expected);
        for (int parts = 1; parts <= 3; parts++) {
            int n = parts;
            assertEquals(expected, problems(() -> running(a, rows, n)), n + " parts");
        }
    }

    @Test
    void test_withoutOrigins_theTablesNameTheObservation() {
        Aggregation a = Aggregation.inUnit("GWh").build();
        RunningSum sum = a.runningSum(tables());
        sum.add(level("sc-t", "CN-SC", "output", "2023", "12", "t"));
        sum.add(level("sc-2023", "CN-SC", "output", "2023", "12", "GWh"));
        assertEquals("RunningSum[Aggregation[in GWh]: 1 level in 1 group, 1 problem]", sum.toString());
        assertEquals(List.of("cn: observation sc-t: cannot express 12 t (mass) in GWh (energy)"), problems(sum::result));
    }

    @Test
    void test_merge_ofAnotherAggregation_isRefused() {
        Dataset tables = tables();
        RunningSum a = Aggregation.inUnit("GWh").build().runningSum(tables);
        RunningSum b = Aggregation.inUnit("GWh").build().runningSum(tables);
        assertThrows(IllegalArgumentException.class, () -> a.merge(b));
    }

    /**
     * The origins kept compactly (a line of an input) and those kept whole (a cell, a JSON path, a
     * dataset's entry, none) come back equal from the state, also after merging sums that met the
     * inputs in another order and keys that got a second level in the merge.
     */
    @Test
    void test_state_givesBackEveryOriginAsAdded() {
        Aggregation a = Aggregation.inUnit("GWh").by(GroupBy.SUBJECT).overlapPolicy(OverlapPolicy.parse("allow")).build();
        Dataset tables = tables();
        List<InputLocation> origins = List.of(InputLocation.of("a.csv", 2), InputLocation.of("b.csv", 7),
                InputLocation.ofColumn("a.csv", 3, "value"), InputLocation.ofPath("d.json", 4, "observations[2]"),
                InputLocation.ofEntry("cn", "observations", "x"), InputLocation.of("a.csv", 1L << 50));
        RunningSum one = a.runningSum(tables);
        RunningSum other = a.runningSum(tables);
        List<RunningSum.Level> expected = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            Observation o = level("o" + (char) ('a' + i), i % 2 == 0 ? "CN" : "CN-SC", "output", Integer.toString(2000 + i),
                    "1", "GWh");
            // every third row to the other sum, which meets b.csv first and numbers the inputs in another order
            InputLocation at = i == 13 ? null : origins.get((i + 1) % origins.size());
            (i % 3 == 0 ? other : one).add(o, at);
            expected.add(new RunningSum.Level(o, at));
        }
        Observation again = level("oz", "CN", "output", "2000", "1", "GWh");
        one.add(again, InputLocation.of("b.csv", 99)); // the key of oa, in the other sum: a leaf made in the merge
        one.merge(other);
        List<RunningSum.Level> firsts = new ArrayList<>();
        RunningSum.State state = one.state();
        for (RunningSum.Entry e : state.entries()) {
            firsts.add(e.first());
            if (e.second() != null) {
                assertEquals(new RunningSum.Level(again, InputLocation.of("b.csv", 99)), e.second());
            }
        }
        assertEquals(expected, firsts);
        RunningSum back = a.runningSum(tables).merge(state);
        assertEquals(state, back.state());
        assertEquals(one.result(), back.result());
    }
}
