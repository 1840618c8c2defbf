package org.industrymetrics.spark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.industrymetrics.benchmarks.SyntheticDataset;
import org.industrymetrics.check.Checker;
import org.industrymetrics.check.Report;
import org.industrymetrics.csv.DatasetCsv;
import org.industrymetrics.observation.Dataset;

/**
 * The benchmark of metrics-spark/README.md (a program, not a test: no timing is asserted): checks
 * the synthetic dataset of N observations from its CSV folder, either on one JVM
 * ({@code Checker}, reading the folder into a {@code Dataset} first) or on Spark
 * ({@code local[2]} unless {@code spark.master} is set), and prints the wall time, the number of
 * findings and the peak heap used. Run each mode in its own JVM, so each peak is its own:
 * <pre>
 * java -cp ... org.industrymetrics.spark.SparkCheckBenchmark generate 1000000 /tmp/syn1m
 * java -Xmx8g -cp ... org.industrymetrics.spark.SparkCheckBenchmark jvm /tmp/syn1m
 * java -Xmx8g --add-opens=... -cp ... org.industrymetrics.spark.SparkCheckBenchmark spark /tmp/syn1m
 * </pre>
 */
public final class SparkCheckBenchmark {

    private SparkCheckBenchmark() {
    }

    /**
     * Runs one mode: {@code generate N FOLDER}, {@code jvm FOLDER} or {@code spark FOLDER}.
     *
     * @param args the mode and its arguments
     * @throws IOException if the folder cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        long findings;
        switch (args[0]) {
            case "generate" -> {
                Path folder = Path.of(args[2]);
                Files.createDirectories(folder);
                DatasetCsv.write(SyntheticDataset.generate(Integer.parseInt(args[1]), SyntheticDataset.DEFAULT_SEED),
                        folder);
                System.out.println("written " + folder);
                return;
            }
            case "jvm" -> {
                Dataset d = TestSpark.readFolder(Path.of(args[1]));
                Report r = Checker.check(d);
                findings = r.findings().size();
                System.out.println("jvm: " + d.size() + " observations; " + r.summary());
            }
            case "spark" -> {
                SparkSession.Builder b = SparkSession.builder().appName("metrics-spark benchmark")
                        .config("spark.ui.enabled", "false");
                if (System.getProperty("spark.master") == null) {
                    b.master("local[2]");
                }
                SparkSession spark = b.getOrCreate();
                spark.sparkContext().setLogLevel("ERROR");
                SparkDataset d = SparkDataset.readCsvFolder(spark, args[1]);
                findings = SparkChecks.check(d).count();
                System.out.println("spark: " + findings + " findings, " + d.problems().count() + " problem rows");
                spark.stop();
            }
            default -> throw new IllegalArgumentException("mode is generate, jvm or spark, found " + args[0]);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d findings in %,d ms; peak heap %,d MB%n", args[0], findings, ms,
                peak >> 20);
    }
}
