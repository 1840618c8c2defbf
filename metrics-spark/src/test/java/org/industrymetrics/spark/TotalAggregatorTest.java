package org.industrymetrics.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.aggregate.Aggregation;
import org.industrymetrics.aggregate.GroupBy;
import org.industrymetrics.aggregate.GroupKey;
import org.industrymetrics.aggregate.SumResult;
import org.industrymetrics.aggregate.Total;
import org.industrymetrics.benchmarks.SyntheticDataset;
import org.industrymetrics.csv.DatasetCsv;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Observation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;

/** Sums on Spark by {@link TotalAggregator}: exactly the totals {@link Aggregation} gives on one machine. */
class TotalAggregatorTest {

    /** Spark's sum adds every level of a group, as the library does with overlaps allowed (it does not look for overlaps). */
    private static final org.industrymetrics.aggregate.OverlapPolicy ALLOW = org.industrymetrics.aggregate.OverlapPolicy.parse("allow");

    @TempDir
    static Path temp;

    private static Dataset synthetic;
    private static SparkDataset syntheticOnSpark;
    private static Dataset seed;
    private static SparkDataset seedOnSpark;

    @BeforeAll
    static void read() throws IOException {
        synthetic = SyntheticDataset.generate(2 * 25_303, SyntheticDataset.DEFAULT_SEED);
        Path folder = Files.createDirectories(temp.resolve("synthetic"));
        DatasetCsv.write(synthetic, folder);
        synthetic = TestSpark.readFolder(folder); // ids and order as read back
        syntheticOnSpark = SparkDataset.readCsvFolder(TestSpark.session(), folder.toString()).cache();
        seed = TestSpark.readFolder(TestSpark.seedFolder());
        seedOnSpark = SparkDataset.readCsvFolder(TestSpark.session(), TestSpark.seedFolder().toString()).cache();
    }

    private static Map<String, TotalRow> sumByMetricAndPeriod(SparkDataset d, String unit, int partitions) {
        TotalAggregator agg = new TotalAggregator(unit, d.tables());
        List<Tuple2<String, TotalRow>> rows = d.observations().repartition(partitions)
                .groupByKey((MapFunction<ObservationRow, String>) r -> r.getMetric() + " " + r.getPeriod(),
                        Encoders.STRING())
                .agg(agg.toColumn())
                .collectAsList();
        Map<String, TotalRow> m = new HashMap<>();
        rows.forEach(t -> m.put(t._1(), t._2()));
        return m;
    }

    private static void assertSameTotal(Total expected, TotalRow actual, String group) {
        assertEquals(List.of(), actual.getProblems(), group);
        assertEquals(expected.unit().toString(), actual.getUnit(), group);
        assertEquals(expected.interval(), actual.interval(), group);
        assertEquals(expected.figure(), actual.getFigure(), group);
        assertEquals(expected.count(), actual.getCount(), group);
        assertEquals(expected.rates().stream().map(Object::toString).toList(), actual.getRates(), group);
    }

    @Test
    void syntheticTotalsEqualTheLibrarysUnderAnyPartitioning() {
        SumResult expected = Aggregation.inUnit("GWh").by(GroupBy.METRIC, GroupBy.PERIOD).overlapPolicy(ALLOW).build().sum(synthetic);
        for (int partitions : new int[] {1, 7}) {
            Map<String, TotalRow> actual = sumByMetricAndPeriod(syntheticOnSpark, "GWh", partitions);
            // the groups of levels; Spark also has groups of shares and growths only, with nothing added
            Map<String, TotalRow> counted = actual.entrySet().stream().filter(e -> e.getValue().getCount() > 0)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertEquals(expected.groups().size(), counted.size());
            for (Map.Entry<GroupKey, Total> e : expected.groups().entrySet()) {
                String key = e.getKey().get(GroupBy.METRIC) + " " + e.getKey().get(GroupBy.PERIOD);
                assertSameTotal(e.getValue(), counted.get(key), key);
            }
        }
    }

    @Test
    @org.junit.jupiter.api.Disabled("Spark's sum does not yet refuse a total of mixed status (actual + target), which the"
            + " library's Aggregation does since overlap-aware sums landed; the seed has such a group. Known gap, see the module page.")
    void sameProblemsAsTheLibraryAndTheSameTotalsWhereThereAreNone() {
        // the seed's money is in yuan and dollars, without a rates table: every dollar figure is a problem
        InvalidInputException failure = assertThrows(InvalidInputException.class,
                () -> Aggregation.inUnit("billion CNY").by(GroupBy.METRIC, GroupBy.PERIOD).overlapPolicy(ALLOW).build().sum(seed));
        Map<String, TotalRow> actual = sumByMetricAndPeriod(seedOnSpark, "billion CNY", 3);
        Set<String> expectedProblems = failure.problems().stream().map(Object::toString).collect(Collectors.toSet());
        Set<String> actualProblems = new HashSet<>();
        actual.values().forEach(t -> t.inputProblems().forEach(p -> actualProblems.add(p.toString())));
        assertFalse(expectedProblems.isEmpty());
        assertEquals(expectedProblems, actualProblems);

        // the groups without problems: the library's totals of the levels that can be added
        Set<String> bad = new HashSet<>();
        actual.forEach((k, v) -> {
            if (!v.getProblems().isEmpty()) {
                bad.add(k);
            }
        });
        Dataset clean = seed.filter((Observation o) -> !bad.contains(o.metric() + " " + o.period()));
        SumResult expected = Aggregation.inUnit("billion CNY").by(GroupBy.METRIC, GroupBy.PERIOD).overlapPolicy(ALLOW).build().sum(clean);
        assertFalse(expected.groups().isEmpty());
        for (Map.Entry<GroupKey, Total> e : expected.groups().entrySet()) {
            String key = e.getKey().get(GroupBy.METRIC) + " " + e.getKey().get(GroupBy.PERIOD);
            assertSameTotal(e.getValue(), actual.get(key), key);
        }
        TotalRow withProblems = actual.get(bad.iterator().next());
        assertThrows(InvalidInputException.class, withProblems::requireNoProblems);
    }

    @Test
    void sqlGivesTheSameTotalsAsTheDatasetApi() {
        TotalAggregator agg = new TotalAggregator("GWh", syntheticOnSpark.tables());
        TestSpark.session().udf().register("total_gwh", agg.udaf());
        syntheticOnSpark.observations().createOrReplaceTempView("synthetic_observations");
        List<Row> rows = TestSpark.session().sql("SELECT metric, period, total_gwh(*) AS total"
                + " FROM synthetic_observations WHERE measure = 'level' GROUP BY metric, period").collectAsList();
        Map<String, TotalRow> api = sumByMetricAndPeriod(syntheticOnSpark, "GWh", 2);
        assertTrue(rows.size() > 10);
        for (Row r : rows) {
            String key = r.getString(0) + " " + r.getString(1);
            Row total = r.getStruct(2);
            TotalRow expected = api.get(key);
            assertEquals(expected.getLow(), total.getAs("low"), key);
            assertEquals(expected.getHigh(), total.getAs("high"), key);
            assertEquals(expected.getFigure(), total.getAs("figure"), key);
            assertEquals(expected.getCount(), (long) total.getAs("count"), key);
        }
    }
}
