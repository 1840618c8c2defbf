package org.industrymetrics.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.TimeUnit;
import org.industrymetrics.check.CheckSettings;
import org.industrymetrics.check.Checker;
import org.industrymetrics.check.Report;
import org.industrymetrics.html.ReportHtml;
import org.industrymetrics.json.ReportJson;
import org.industrymetrics.observation.Dataset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing the HTML page of a report of 10,000 findings (the first 10,000 of a check of a
 * {@link SyntheticDataset}), against writing the same report as JSON in the same run. The page
 * goes to a writer that discards it, as the JSON does, so only the writing is timed.
 * <p>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar ReportHtmlBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ReportHtmlBenchmark {

    static final int FINDINGS = 10_000;

    private Dataset dataset;
    private Report report;

    @Setup(Level.Trial)
    public void setUp() {
        int size = 20_000;
        Report all;
        while (true) {
            dataset = SyntheticDataset.generate(size, SyntheticDataset.DEFAULT_SEED);
            all = Checker.check(dataset);
            if (all.findings().size() >= FINDINGS) {
                break;
            }
            size *= 2;
        }
        report = Report.of(all.findings().subList(0, FINDINGS));
    }

    /** The page: header, 10,000 rows with a chart each, the figures of each looked up in the dataset. */
    @Benchmark
    public void html() throws IOException {
        try (Writer out = Writer.nullWriter()) {
            ReportHtml.write(report, dataset, CheckSettings.DEFAULTS, out);
        }
    }

    /** The baseline: the same report as JSON. */
    @Benchmark
    public void json() throws IOException {
        try (Writer out = Writer.nullWriter()) {
            ReportJson.write(report, out);
        }
    }
}
