package org.industrymetrics.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
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

    /** The check ids of some findings, for messages. */
    static Set<String> checks(Map<List<String>, Integer> rows) {
        Set<String> s = new HashSet<>();
        rows.keySet().forEach(r -> s.add(r.get(0)));
        return s;
    }
}
