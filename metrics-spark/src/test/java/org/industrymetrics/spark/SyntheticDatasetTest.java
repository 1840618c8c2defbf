package org.industrymetrics.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.industrymetrics.benchmarks.SyntheticDataset;
import org.industrymetrics.check.Checker;
import org.industrymetrics.csv.DatasetCsv;
import org.industrymetrics.observation.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks' synthetic dataset (a subject tree of 342 subjects, monthly and yearly levels,
 * shares, growths, one figure in a hundred moved) on Spark: the same findings as {@link Checker}.
 * Two metrics (50,606 observations) keep the test short; the 1M and 10M runs are the benchmark's
 * (metrics-spark/README.md).
 */
class SyntheticDatasetTest {

    @TempDir
    Path temp;

    @Test
    void sameFindingsAsTheCheckerOnOneMachine() throws IOException {
        DatasetCsv.write(SyntheticDataset.generate(2 * 25_303, SyntheticDataset.DEFAULT_SEED), temp);
        Dataset local = TestSpark.readFolder(temp);
        SparkDataset d = SparkDataset.readCsvFolder(TestSpark.session(), temp.toString());
        Map<List<String>, Integer> expected = TestSpark.rows(Checker.check(local).findings());
        Map<List<String>, Integer> actual = TestSpark.sparkRows(
                SparkChecks.check(SparkDataset.of(d.observations().repartition(7), d.tables())).collectAsList());
        assertTrue(expected.size() > 10_000, "many findings: " + expected.size());
        assertTrue(expected.keySet().stream().anyMatch(r -> r.get(1).equals("INCONSISTENT")));
        assertEquals(expected, actual);
        assertEquals(0, d.problems().count());
    }
}
