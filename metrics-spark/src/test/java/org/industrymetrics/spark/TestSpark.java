package org.industrymetrics.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.aggregate.Aggregation;
import org.industrymetrics.aggregate.GroupBy;
import org.industrymetrics.aggregate.GroupKey;
import org.industrymetrics.aggregate.OverlapPolicy;
import org.industrymetrics.aggregate.SumResult;
import org.industrymetrics.aggregate.Total;
import org.industrymetrics.csv.DatasetCsv;
import org.industrymetrics.io.DatasetTable;
import org.industrymetrics.check.Finding;
import org.industrymetrics.csv.ReportCsv;
import org.industrymetrics.observation.Dataset;

/** One Spark session for the whole test run (surefire runs every class in one JVM), and helpers. */
final class TestSpark {

    private static SparkSession session;

    private TestSpark() {
    }

    /** The session: local[2], no UI, few shuffle partitions (the data of a test is small). */
    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("metrics-spark-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.default.parallelism", "2")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.sql.adaptive.enabled", "false")
                    .getOrCreate();
            session.sparkContext().setLogLevel("ERROR");
        }
        return session;
    }

    /** Path of the seed dataset folder of the examples module. */
    static Path seedFolder() {
        return Path.of("..", "examples", "src", "main", "resources", "org", "industrymetrics", "examples", "seed");
    }

    /** Reads a dataset folder on one machine, as the command line does: every table file that is there. */
    static Dataset readFolder(Path folder) throws IOException {
        DatasetCsv.Builder b = DatasetCsv.reader().name(folder.getFileName().toString());
        for (DatasetTable t : DatasetTable.values()) {
            Path f = folder.resolve(t.fileName());
            if (Files.exists(f)) {
                b.add(t, f);
            }
        }
        return b.read();
    }

    /** The findings of the single-machine checker as rows of the CSV report, counted (a multiset). */
    static Map<List<String>, Integer> rows(List<Finding> findings) {
        Map<List<String>, Integer> m = new HashMap<>();
        for (Finding f : findings) {
            m.merge(ReportCsv.cells(f), 1, Integer::sum);
        }
        return m;
    }

    /** Spark's findings as rows of the CSV report, counted. */
    static Map<List<String>, Integer> sparkRows(List<Row> rows) {
        Map<List<String>, Integer> m = new HashMap<>();
        for (Row r : rows) {
            String[] cells = new String[r.length()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = r.isNullAt(i) ? null : r.getString(i);
            }
            m.merge(java.util.Arrays.asList(cells), 1, Integer::sum);
        }
        return m;
    }

    /**
     * Sums on Spark by the fields of {@code by} (the key: the fields' values, subject, metric, period,
     * joined by a tab; empty for a field not grouped by), after {@code repartition(partitions)}; the
     * groups in which nothing was added and nothing went wrong (only shares, growths) left out.
     */
    static Map<String, TotalRow> sparkSums(SparkDataset d, String unit, OverlapPolicy policy, Set<GroupBy> by, int partitions) {
        TotalAggregator agg = new TotalAggregator(unit, d.tables()).withOverlapPolicy(policy);
        boolean s = by.contains(GroupBy.SUBJECT);
        boolean m = by.contains(GroupBy.METRIC);
        boolean p = by.contains(GroupBy.PERIOD);
        List<scala.Tuple2<String, TotalRow>> rows = d.observations().repartition(partitions)
                .groupByKey((org.apache.spark.api.java.function.MapFunction<ObservationRow, String>) r ->
                        (s ? r.getSubject() : "") + "\t" + (m ? r.getMetric() : "") + "\t" + (p ? r.getPeriod() : ""),
                        org.apache.spark.sql.Encoders.STRING())
                .agg(agg.toColumn())
                .collectAsList();
        Map<String, TotalRow> out = new HashMap<>();
        rows.forEach(t -> {
            if (t._2().getCount() > 0 || !t._2().getProblems().isEmpty()) {
                out.put(t._1(), t._2());
            }
        });
        return out;
    }

    /** The key {@link #sparkSums} gives a group of the library's sum. */
    static String key(GroupKey k) {
        return (k.get(GroupBy.SUBJECT) == null ? "" : k.get(GroupBy.SUBJECT)) + "\t"
                + (k.get(GroupBy.METRIC) == null ? "" : k.get(GroupBy.METRIC)) + "\t"
                + (k.get(GroupBy.PERIOD) == null ? "" : k.get(GroupBy.PERIOD));
    }

    /**
     * Asserts that Spark's sums of {@code spark} are exactly the library's {@code Aggregation} of
     * {@code local}: the same problems where the library refuses the sum (all of them, or, where it
     * lists only the first 100, those), else the same groups with the same total, figure, status,
     * count and rates, overlaps and levels dropped.
     *
     * @return "refused" or "summed", for statistics
     */
    static String assertSameSums(Dataset local, SparkDataset spark, String unit, OverlapPolicy policy, Set<GroupBy> by,
            int partitions) {
        return assertSameSums(local, sparkSums(spark, unit, policy, by, partitions), unit, policy, by);
    }

    /** As {@link #assertSameSums(Dataset, SparkDataset, String, OverlapPolicy, Set, int)}, on Spark's sums. */
    static String assertSameSums(Dataset local, Map<String, TotalRow> actual, String unit, OverlapPolicy policy,
            Set<GroupBy> by) {
        Set<String> sparkProblems = new TreeSet<>();
        actual.values().forEach(t -> t.inputProblems().forEach(x -> sparkProblems.add(x.toString())));
        Aggregation agg = Aggregation.inUnit(unit).by(by.toArray(new GroupBy[0])).overlapPolicy(policy).build();
        SumResult expected;
        try {
            expected = agg.sum(local);
        } catch (InvalidInputException e) {
            Set<String> problems = new TreeSet<>();
            e.problems().forEach(x -> problems.add(x.toString()));
            if (problems.size() < InvalidInputException.MAX_PROBLEMS) {
                assertEquals(problems, sparkProblems, policy + " by " + by);
            } else {
                problems.removeAll(sparkProblems);
                assertEquals(Set.of(), problems, "the library's first problems are Spark's too");
            }
            return "refused";
        }
        assertEquals(Set.of(), sparkProblems, policy + " by " + by);
        assertEquals(expected.groups().size(), actual.size(), policy + " by " + by);
        for (Map.Entry<GroupKey, Total> e : expected.groups().entrySet()) {
            String k = key(e.getKey());
            TotalRow t = actual.get(k);
            String what = policy + " " + k;
            Total x = e.getValue();
            assertEquals(x.unit().toString(), t.getUnit(), what);
            assertEquals(x.interval(), t.interval(), what);
            assertEquals(x.figure(), t.getFigure(), what);
            assertEquals(x.status().id(), t.getStatus(), what);
            assertEquals(x.count(), t.getCount(), what);
            assertEquals(x.rates().stream().map(Object::toString).toList(), t.getRates(), what);
            assertEquals(expected.overlaps().stream().filter(o -> o.group().equals(e.getKey())).map(Object::toString).toList(),
                    t.getOverlaps().stream().map(Object::toString).toList(), what);
            assertEquals(expected.dropped().stream().filter(o -> o.group().equals(e.getKey())).map(Object::toString).toList(),
                    t.getDropped().stream().map(Object::toString).toList(), what);
        }
        return expected.dropped().isEmpty() ? "summed" : "summed, some dropped";
    }

    /** The check ids of some findings, for messages. */
    static Set<String> checks(Map<List<String>, Integer> rows) {
        Set<String> s = new HashSet<>();
        rows.keySet().forEach(r -> s.add(r.get(0)));
        return s;
    }
}
