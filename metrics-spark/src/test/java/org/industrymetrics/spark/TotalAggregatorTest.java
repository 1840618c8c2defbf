package org.industrymetrics.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.aggregate.Aggregation;
import org.industrymetrics.aggregate.GroupBy;
import org.industrymetrics.aggregate.OverlapPolicy;
import org.industrymetrics.benchmarks.SyntheticDataset;
import org.industrymetrics.csv.DatasetCsv;
import org.industrymetrics.observation.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sums on Spark by {@link TotalAggregator}: exactly what {@link Aggregation} gives on one machine,
 * for every overlap policy and any partitioning: the same totals, overlaps, levels dropped and
 * problems.
 */
class TotalAggregatorTest {

    private static final Set<GroupBy> BY_METRIC_AND_PERIOD = EnumSet.of(GroupBy.METRIC, GroupBy.PERIOD);

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

    /**
     * The synthetic dataset has a country, its provinces and their cities, months and years: by
     * metric and period, the country overlaps its provinces. Refused by default, as on one machine;
     * resolved by a policy; allowed with every overlap listed.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "refuse | 7 | refused",
        "subject=broadest | 1 | summed, some dropped",
        "subject=finest | 2 | summed, some dropped",
        "allow | 2 | summed"})
    void syntheticSumsAreTheLibrarysForEveryPolicy(String policy, int partitions, String outcome) {
        assertEquals(outcome, TestSpark.assertSameSums(synthetic, syntheticOnSpark, "GWh", OverlapPolicy.parse(policy),
                BY_METRIC_AND_PERIOD, partitions));
    }

    /** By subject and metric, a year holds its months: the same figures overlap by period. */
    @Test
    void overlapsByPeriodAreTheLibrarys() {
        assertEquals("summed, some dropped", TestSpark.assertSameSums(synthetic, syntheticOnSpark, "GWh",
                OverlapPolicy.parse("period=parts"), EnumSet.of(GroupBy.SUBJECT, GroupBy.METRIC), 1));
    }

    /**
     * The seed's money is in yuan and dollars without a rates table, and it mixes targets and
     * outcomes: the library refuses the sum with every dollar figure, every total of mixed status and
     * every overlap; Spark gives the same problems, placed alike, whatever the policy.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"refuse | 3", "allow | 1", "subject=broadest;period=whole;first | 64"})
    void seedProblemsAreTheLibrarys(String policy, int partitions) {
        Map<String, TotalRow> sums = TestSpark.sparkSums(seedOnSpark, "billion CNY", OverlapPolicy.parse(policy),
                BY_METRIC_AND_PERIOD, partitions);
        assertEquals("refused", TestSpark.assertSameSums(seed, sums, "billion CNY", OverlapPolicy.parse(policy),
                BY_METRIC_AND_PERIOD));
        TotalRow withProblems = sums.values().stream().filter(t -> !t.getProblems().isEmpty()).findFirst().orElseThrow();
        assertThrows(InvalidInputException.class, withProblems::requireNoProblems);
        assertTrue(sums.values().stream().anyMatch(t -> t.getProblems().isEmpty()), "some groups sum");
    }

    /** The seed's groups that do sum: the library's totals of the same levels. */
    @Test
    void seedTotalsWhereThereAreNoProblems() {
        OverlapPolicy allow = OverlapPolicy.parse("allow");
        Map<String, TotalRow> sums = TestSpark.sparkSums(seedOnSpark, "billion CNY", allow, BY_METRIC_AND_PERIOD, 2);
        Set<String> bad = new java.util.HashSet<>();
        sums.forEach((k, v) -> {
            if (!v.getProblems().isEmpty()) {
                bad.add(k);
            }
        });
        Dataset clean = seed.filter(o -> !bad.contains("\t" + o.metric() + "\t" + o.period()));
        SparkDataset cleanOnSpark = SparkDataset.of(seedOnSpark.observations()
                .filter((org.apache.spark.api.java.function.FilterFunction<ObservationRow>)
                        r -> !bad.contains("\t" + r.getMetric() + "\t" + r.getPeriod())), seedOnSpark.tables());
        assertFalse(clean.observations().isEmpty());
        assertEquals("summed", TestSpark.assertSameSums(clean, cleanOnSpark, "billion CNY", allow, BY_METRIC_AND_PERIOD, 7));
    }

    @Test
    void sqlGivesTheSameTotalsAsTheDatasetApi() {
        TotalAggregator agg = new TotalAggregator("GWh", syntheticOnSpark.tables())
                .withOverlapPolicy(OverlapPolicy.parse("subject=finest"));
        TestSpark.session().udf().register("total_gwh", agg.udaf());
        syntheticOnSpark.observations().createOrReplaceTempView("synthetic_observations");
        List<Row> rows = TestSpark.session().sql("SELECT metric, period, total_gwh(*) AS total"
                + " FROM synthetic_observations WHERE measure = 'level' GROUP BY metric, period").collectAsList();
        Map<String, TotalRow> api = TestSpark.sparkSums(syntheticOnSpark, "GWh", agg.overlapPolicy(), BY_METRIC_AND_PERIOD, 2);
        assertTrue(rows.size() > 10);
        for (Row r : rows) {
            String key = "\t" + r.getString(0) + "\t" + r.getString(1);
            Row total = r.getStruct(2);
            TotalRow expected = api.get(key);
            assertEquals(expected.getLow(), total.getAs("low"), key);
            assertEquals(expected.getHigh(), total.getAs("high"), key);
            assertEquals(expected.getFigure(), total.getAs("figure"), key);
            assertEquals(expected.getCount(), (long) total.getAs("count"), key);
            assertEquals(expected.getDropped().size(), total.<scala.collection.Seq<?>>getAs("dropped").size(), key);
        }
    }

    @Test
    void theDefaultPolicyIsTheLibrarysDefault() {
        assertEquals(OverlapPolicy.REFUSE, new TotalAggregator("GWh", seedOnSpark.tables()).overlapPolicy());
        assertEquals(Aggregation.inUnit("GWh").build().overlapPolicy(),
                new TotalAggregator("GWh", seedOnSpark.tables()).overlapPolicy());
    }
}
