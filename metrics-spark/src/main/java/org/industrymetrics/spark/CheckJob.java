package org.industrymetrics.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.MetricsException;
import org.industrymetrics.aggregate.Aggregation;
import org.industrymetrics.aggregate.OverlapPolicy;
import org.industrymetrics.check.Verdict;

/**
 * A Spark job that checks a dataset and writes the findings and the problem rows, for
 * {@code spark-submit}:
 * <pre>
 * spark-submit --class org.industrymetrics.spark.CheckJob --master yarn --deploy-mode cluster \
 *   --packages org.industrymetrics:metrics-spark-4.0_2.13:0.1.0 \
 *   metrics-spark-4.0_2.13-0.1.0.jar hdfs:///reports/2024 hdfs:///reports/2024-checked
 * </pre>
 * {@code INPUT} is a dataset folder ({@code observations.csv} or a folder {@code observations/}
 * of CSV files, and whichever small tables are there); with {@code --observations-table NAME} or
 * {@code --observations-parquet PATH} the observations come from a catalog table or Parquet
 * files instead, and the folder gives the small tables. {@code OUTPUT} gets {@code findings/}
 * (the columns of the CSV report, sorted by check and observations) and {@code problems/} (the
 * rows that could not be read), as CSV with a header or, with {@code --format parquet}, Parquet;
 * with {@code --sum UNIT} also {@code totals/}, the sums of levels by metric and period in that
 * unit (with {@code --overlaps POLICY}, the overlap policy in its text form, such as
 * {@code subject=broadest;period=whole} or {@code allow}; by default overlapping levels are a
 * problem of their total, as the library refuses them): figure, interval, count, status, rates,
 * the levels dropped, the overlaps added anyway and the problems. It prints the counts of findings by verdict and of problem rows.
 * <p>
 * Exit status: 0 when every row was read and no finding is inconsistent, 1 when there are
 * inconsistent findings or problem rows, 2 for a wrong command line or an unreadable input (a
 * header or small table with problems, named on standard error).
 */
public final class CheckJob {

    private static final String USAGE = "usage: CheckJob [--format csv|parquet] [--sum UNIT [--overlaps POLICY]]"
            + " [--observations-table NAME | --observations-parquet PATH] INPUT OUTPUT";

    private CheckJob() {
    }

    /**
     * Runs the job in the session {@code spark-submit} sets up; run with plain {@code java}, on
     * {@code local[*]}.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        SparkSession.Builder builder = SparkSession.builder().appName("industry-metrics check");
        if (System.getProperty("spark.master") == null) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        int status;
        try {
            status = run(spark, System.out, System.err, args);
        } finally {
            spark.stop();
        }
        System.exit(status);
    }

    /**
     * Runs the job in a session.
     *
     * @param spark the session, not null
     * @param out where the summary goes
     * @param err where problems with the command line or the input go
     * @param args the command line
     * @return the exit status
     */
    public static int run(SparkSession spark, PrintStream out, PrintStream err, String... args) {
        String format = "csv";
        String sum = null;
        String overlaps = null;
        String table = null;
        String parquet = null;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            boolean hasValue = i + 1 < args.length;
            switch (a) {
                case "--format" -> {
                    if (!hasValue) {
                        return usage(err, "--format needs csv or parquet");
                    }
                    format = args[++i].toLowerCase(Locale.ROOT);
                    if (!format.equals("csv") && !format.equals("parquet")) {
                        return usage(err, "--format is csv or parquet, found \"" + args[i] + "\"");
                    }
                }
                case "--sum" -> {
                    if (!hasValue) {
                        return usage(err, "--sum needs a unit, such as GWh or \"billion CNY\"");
                    }
                    sum = args[++i];
                }
                case "--overlaps" -> {
                    if (!hasValue) {
                        return usage(err, "--overlaps needs a policy, such as subject=broadest;period=whole or allow");
                    }
                    overlaps = args[++i];
                }
                case "--observations-table" -> {
                    if (!hasValue) {
                        return usage(err, "--observations-table needs a table name");
                    }
                    table = args[++i];
                }
                case "--observations-parquet" -> {
                    if (!hasValue) {
                        return usage(err, "--observations-parquet needs a path");
                    }
                    parquet = args[++i];
                }
                default -> {
                    if (a.startsWith("--")) {
                        return usage(err, "unknown option " + a);
                    }
                    positional.add(a);
                }
            }
        }
        if (positional.size() != 2) {
            return usage(err, "expected INPUT and OUTPUT, found " + positional.size() + " arguments");
        }
        if (overlaps != null && sum == null) {
            return usage(err, "--overlaps is for --sum");
        }
        OverlapPolicy policy = OverlapPolicy.REFUSE;
        if (overlaps != null) {
            try {
                policy = OverlapPolicy.parse(overlaps);
            } catch (FigureParseException e) {
                return usage(err, "--overlaps: " + e.getMessage());
            }
        }
        if (sum != null) {
            try {
                Aggregation.inUnit(sum);
            } catch (FigureParseException e) {
                return usage(err, "--sum: " + e.getMessage());
            }
        }
        if (table != null && parquet != null) {
            return usage(err, "give --observations-table or --observations-parquet, not both");
        }
        String input = positional.get(0);
        String output = positional.get(1);
        SparkDataset data;
        TotalAggregator aggregator;
        try {
            if (table != null) {
                SmallTables tables = SparkDataset.readTables(spark, input);
                data = SparkDataset.read(spark.table(table), table, tables);
            } else if (parquet != null) {
                SmallTables tables = SparkDataset.readTables(spark, input);
                data = SparkDataset.read(spark.read().parquet(parquet), parquet, tables);
            } else {
                data = SparkDataset.readCsvFolder(spark, input);
            }
            aggregator = sum == null ? null : new TotalAggregator(sum, data.tables()).withOverlapPolicy(policy);
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> err.println(p));
            return 2;
        } catch (MetricsException e) {
            // the library's own refusal of the input (a table it cannot use); anything else is a bug and propagates
            err.println("CheckJob: " + e.getMessage());
            return 2;
        }
        data = data.cache();
        Dataset<Row> findings = SparkChecks.check(data).orderBy("check", "observations");
        write(findings, format, output + "/findings");
        write(data.problems().orderBy("input", "line", "row", "column").toDF(), format, output + "/problems");
        if (aggregator != null) {
            Dataset<Row> totals = data.observations()
                    .groupByKey((MapFunction<ObservationRow, String>) r -> r.getMetric() + "\t" + r.getPeriod(),
                            Encoders.STRING())
                    .agg(aggregator.toColumn())
                    .toDF("key", "total")
                    .select(functions.split(functions.col("key"), "\t").getItem(0).as("metric"),
                            functions.split(functions.col("key"), "\t").getItem(1).as("period"),
                            functions.col("total.figure").as("figure"), functions.col("total.unit").as("unit"),
                            functions.col("total.low").as("low"), functions.col("total.high").as("high"),
                            functions.col("total.count").as("count"), functions.col("total.status").as("status"),
                            functions.concat_ws("; ", functions.col("total.rates")).as("rates"),
                            functions.concat_ws("; ", functions.col("total.dropped.message")).as("dropped"),
                            functions.expr("concat_ws('; ', transform(filter(total.overlaps,"
                                    + " o -> o.resolution = 'ADDED_BOTH'), o -> o.message))").as("warnings"),
                            functions.concat_ws("; ", functions.col("total.problems.message")).as("problems"))
                    .where(functions.col("count").gt(0).or(functions.col("problems").notEqual("")))
                    .orderBy("metric", "period");
            write(totals, format, output + "/totals");
        }
        long problems = data.problems().count();
        long consistent = 0;
        long inconsistent = 0;
        long undetermined = 0;
        for (Row r : spark.read().format(format).option("header", "true").load(output + "/findings")
                .groupBy("verdict").count().collectAsList()) {
            Verdict v = Verdict.valueOf(r.getString(0));
            long n = r.getLong(1);
            switch (v) {
                case CONSISTENT -> consistent = n;
                case INCONSISTENT -> inconsistent = n;
                default -> undetermined += n;
            }
        }
        out.printf(Locale.ROOT, "%d consistent, %d inconsistent, %d undetermined; %d problem rows; written to %s%n",
                consistent, inconsistent, undetermined, problems, output);
        return inconsistent > 0 || problems > 0 ? 1 : 0;
    }

    private static void write(Dataset<Row> rows, String format, String path) {
        var writer = rows.write().mode(SaveMode.ErrorIfExists).format(format);
        if (format.equals("csv")) {
            // the CSV report's conventions: a header, and an empty cell for "not given"
            writer = writer.option("header", "true").option("emptyValue", "").option("nullValue", "");
        }
        writer.save(path);
    }

    private static int usage(PrintStream err, String problem) {
        err.println("CheckJob: " + problem);
        err.println(USAGE);
        return 2;
    }
}
