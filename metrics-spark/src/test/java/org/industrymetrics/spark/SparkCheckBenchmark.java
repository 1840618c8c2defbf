package org.industrymetrics.spark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.industrymetrics.aggregate.Aggregation;
import org.industrymetrics.aggregate.GroupBy;
import org.industrymetrics.aggregate.OverlapPolicy;
import org.industrymetrics.aggregate.RunningSum;
import org.industrymetrics.aggregate.SumResult;
import org.industrymetrics.io.DatasetTable;
import scala.Tuple2;
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
 * findings and the peak heap used; or sums it by metric and period in GWh ({@code subject=finest}),
 * on one JVM by the library's streaming sum ({@code jvm-sum}) or on Spark by {@link TotalAggregator}
 * ({@code spark-sum}). Run each mode in its own JVM, so each peak is its own:
 * <pre>
 * java -cp ... org.industrymetrics.spark.SparkCheckBenchmark generate 1000000 /tmp/syn1m
 * java -Xmx8g -cp ... org.industrymetrics.spark.SparkCheckBenchmark jvm /tmp/syn1m
 * java -Xmx8g --add-opens=... -cp ... org.industrymetrics.spark.SparkCheckBenchmark spark /tmp/syn1m
 * </pre>
 */
public final class SparkCheckBenchmark {

    /** The sum of the sum modes: by metric and period, in GWh, the cities kept where they overlap their province. */
    private static final Aggregation.Builder SUM = Aggregation.inUnit("GWh").by(GroupBy.METRIC, GroupBy.PERIOD)
            .overlapPolicy(OverlapPolicy.parse("subject=finest"));

    private SparkCheckBenchmark() {
    }

    private static SparkSession session() {
        SparkSession.Builder b = SparkSession.builder().appName("metrics-spark benchmark")
                .config("spark.ui.enabled", "false");
        if (System.getProperty("spark.master") == null) {
            b.master("local[2]");
        }
        SparkSession spark = b.getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        return spark;
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
                SparkSession spark = session();
                SparkDataset d = SparkDataset.readCsvFolder(spark, args[1]);
                findings = SparkChecks.check(d).count();
                System.out.println("spark: " + findings + " findings, " + d.problems().count() + " problem rows");
                spark.stop();
            }
            case "jvm-sum" -> {
                // the library's streaming sum, as metrics sum does it: rows read once, one running sum
                DatasetCsv.Builder reader = DatasetCsv.reader().name(Path.of(args[1]).getFileName().toString());
                for (DatasetTable t : DatasetTable.values()) {
                    Path f = Path.of(args[1]).resolve(t.fileName());
                    if (Files.exists(f)) {
                        reader.add(t, f);
                    }
                }
                DatasetCsv.StreamingRead read = reader.readStreaming();
                RunningSum sum = SUM.build().runningSum(read.tables());
                read.forEachObservation(sum::add);
                SumResult r = sum.result();
                findings = r.groups().size();
                System.out.println("jvm-sum: " + r.groups().size() + " totals, " + r.dropped().size() + " dropped");
            }
            case "spark-sum" -> {
                SparkSession spark = session();
                SparkDataset d = SparkDataset.readCsvFolder(spark, args[1]);
                TotalAggregator agg = new TotalAggregator(SUM.build().unit().toString(), d.tables())
                        .withOverlapPolicy(SUM.build().overlapPolicy());
                List<Tuple2<String, TotalRow>> totals = d.observations()
                        .groupByKey((MapFunction<ObservationRow, String>) r -> r.getMetric() + "\t" + r.getPeriod(),
                                Encoders.STRING())
                        .agg(agg.toColumn()).collectAsList();
                findings = totals.stream().filter(t -> t._2().getCount() > 0).count();
                System.out.println("spark-sum: " + findings + " totals, "
                        + totals.stream().mapToLong(t -> t._2().getDropped().size()).sum() + " dropped");
                spark.stop();
            }
            default -> throw new IllegalArgumentException("mode is generate, jvm, spark, jvm-sum or spark-sum, found "
                    + args[0]);
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
