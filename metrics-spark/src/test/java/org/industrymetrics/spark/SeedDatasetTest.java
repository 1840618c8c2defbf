package org.industrymetrics.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.industrymetrics.check.Checker;
import org.industrymetrics.check.Report;
import org.industrymetrics.observation.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The seed dataset on Spark: the same observations and findings as the single-machine library. */
class SeedDatasetTest {

    private static Dataset local;
    private static SparkDataset distributed;

    @BeforeAll
    static void read() throws IOException {
        local = TestSpark.readFolder(TestSpark.seedFolder());
        distributed = SparkDataset.readCsvFolder(TestSpark.session(), TestSpark.seedFolder().toString()).cache();
    }

    @Test
    void readsEveryRowAsTheLibraryDoes() {
        List<ObservationRow> rows = distributed.observations().collectAsList();
        assertEquals(local.size(), rows.size());
        assertEquals(0, distributed.problems().count());
        for (ObservationRow r : rows) {
            assertEquals(local.observation(r.getId()).orElseThrow(), r.toObservation(), r.toString());
        }
    }

    @Test
    void smallTablesAreTheLibrarys() {
        Dataset tables = distributed.tables().dataset();
        assertEquals(local.subjects().size(), tables.subjects().size());
        assertEquals(local.metrics().size(), tables.metrics().size());
        assertEquals(local.rates(), tables.rates());
        assertEquals(local.rules(), tables.rules());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 64})
    void sameFindingsAsTheCheckerUnderAnyPartitioning(int partitions) {
        Report expected = Checker.check(local);
        assertFalse(expected.findings().isEmpty(), "the seed has findings to compare");
        SparkDataset repartitioned = SparkDataset.of(distributed.observations().repartition(partitions),
                distributed.tables());
        List<Row> found = SparkChecks.check(repartitioned).collectAsList();
        Map<List<String>, Integer> want = TestSpark.rows(expected.findings());
        Map<List<String>, Integer> got = TestSpark.sparkRows(found);
        assertEquals(want, got);
        assertTrue(TestSpark.checks(got).size() > 3, "several kinds of check: " + TestSpark.checks(got));
    }
}
