package org.industrymetrics.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.industrymetrics.check.Checker;
import org.industrymetrics.check.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on the seed: findings and problems written as CSV, the summary and exit status. */
class CheckJobTest {

    @TempDir
    Path temp;

    @Test
    void checksTheSeedAndWritesTheFindingsAsTheReportHasThem() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path output = temp.resolve("out");
        int status = CheckJob.run(TestSpark.session(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "--sum", "billion CNY", "--overlaps", "subject=broadest;first;allow",
                TestSpark.seedFolder().toString(),
                output.toString());
        Report expected = Checker.check(TestSpark.readFolder(TestSpark.seedFolder()));
        List<Row> written = TestSpark.session().read().option("header", "true").csv(output.resolve("findings").toString())
                .collectAsList();
        Map<List<String>, Integer> want = TestSpark.rows(expected.findings());
        assertEquals(want, TestSpark.sparkRows(written));
        assertEquals(expected.hasInconsistencies() ? 1 : 0, status, err.toString(StandardCharsets.UTF_8));
        String summary = out.toString(StandardCharsets.UTF_8);
        assertTrue(summary.startsWith(expected.summary() + "; 0 problem rows; "), summary);
        List<Row> totals = TestSpark.session().read().option("header", "true").csv(output.resolve("totals").toString())
                .collectAsList();
        assertTrue(totals.size() > 0);
        // the overlaps of the seed's yuan figures by metric and period: the parts left out by the policy
        assertTrue(totals.stream().anyMatch(r -> r.getAs("dropped") != null && ((String) r.getAs("dropped")).contains("(kept ")),
                totals.toString());
        assertEquals(List.of("metric", "period", "figure", "unit", "low", "high", "count", "status", "rates", "dropped",
                "warnings", "problems"), List.of(totals.get(0).schema().fieldNames()));
    }

    @Test
    void aWrongCommandLineIsExitStatus2WithTheUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CheckJob.run(TestSpark.session(), System.out, new PrintStream(err, true, StandardCharsets.UTF_8),
                "--format", "xml", "in", "out");
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--format is csv or parquet, found \"xml\""));
        err.reset();
        assertEquals(2, CheckJob.run(TestSpark.session(), System.out, new PrintStream(err, true, StandardCharsets.UTF_8),
                "--sum", "GWh", "--overlaps", "subject=widest", "in", "out"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("expected broadest or finest"), err.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(2, CheckJob.run(TestSpark.session(), System.out, new PrintStream(err, true, StandardCharsets.UTF_8),
                "--sum", "GWhh", "in", "out"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--sum: "), err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown unit"), err.toString(StandardCharsets.UTF_8));
    }
}
