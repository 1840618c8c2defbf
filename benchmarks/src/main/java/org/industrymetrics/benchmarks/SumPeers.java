package org.industrymetrics.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.industrymetrics.aggregate.Aggregation;
import org.industrymetrics.aggregate.GroupBy;
import org.industrymetrics.aggregate.RunningSum;
import org.industrymetrics.aggregate.SumResult;
import org.industrymetrics.io.files.DatasetFiles;

/**
 * The sum of {@code metrics sum --by subject --unit GWh} done the ways a user could do it instead,
 * for whole-process timings beside the command: each reads an observations file (of
 * {@link LevelsDataset}: {@code id,subject,metric,period,value,unit}, units {@code GWh} or
 * {@code MWh}) and prints, per subject, the sum in GWh, its interval (each figure ± half a unit of
 * its last decimal) and the count, exactly as decimals:
 * <ul>
 * <li>{@code jackson}: Jackson's CSV parser into {@code String[]} rows, {@link BigDecimal} sums in a
 *     {@code HashMap}: the floor for a JVM program that reads CSV and adds exactly;
 * <li>{@code duckdb}: DuckDB through JDBC, {@code read_csv} and {@code GROUP BY} with {@code DECIMAL(38,10)} sums;
 * <li>{@code library}: the library's streaming read and {@link RunningSum}, what the command does.
 * </ul>
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.industrymetrics.benchmarks.SumPeers jackson /tmp/levels.csv
 * </pre>
 */
public final class SumPeers {

    private static final BigDecimal THOUSANDTH = new BigDecimal("0.001");

    private SumPeers() {
    }

    /**
     * Runs one way: {@code jackson|duckdb|library FILE}.
     *
     * @param args the way and the file
     * @throws Exception if reading fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SumPeers jackson|duckdb|library FILE");
            System.exit(2);
        }
        Path file = Path.of(args[1]);
        Map<String, String> sums;
        switch (args[0]) {
            case "jackson":
                sums = jackson(file);
                break;
            case "duckdb":
                sums = duckdb(file);
                break;
            case "library":
                sums = library(file);
                break;
            default:
                throw new IllegalArgumentException("expected jackson, duckdb or library, found " + args[0]);
        }
        sums.forEach((k, v) -> System.out.println(k + " " + v));
    }

    /** Per subject: the sum, the low and high ends and the count, by Jackson and {@code BigDecimal}. */
    static Map<String, String> jackson(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        Map<String, BigDecimal[]> groups = new java.util.HashMap<>();
        Map<String, long[]> counts = new java.util.HashMap<>();
        try (InputStream in = Files.newInputStream(file);
                MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(in)) {
            int subject = -1;
            int value = -1;
            int unit = -1;
            String[] header = rows.next();
            for (int i = 0; i < header.length; i++) {
                subject = header[i].equals("subject") ? i : subject;
                value = header[i].equals("value") ? i : value;
                unit = header[i].equals("unit") ? i : unit;
            }
            while (rows.hasNext()) {
                String[] row = rows.next();
                BigDecimal v = new BigDecimal(row[value]);
                BigDecimal half = BigDecimal.valueOf(5, Math.max(v.scale(), 0) + 1);
                BigDecimal low = v.subtract(half);
                BigDecimal high = v.add(half);
                if (row[unit].equals("MWh")) {
                    v = v.multiply(THOUSANDTH);
                    low = low.multiply(THOUSANDTH);
                    high = high.multiply(THOUSANDTH);
                } else if (!row[unit].equals("GWh")) {
                    throw new IllegalArgumentException("unit " + row[unit]);
                }
                BigDecimal[] g = groups.get(row[subject]);
                if (g == null) {
                    g = new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
                    groups.put(row[subject], g);
                    counts.put(row[subject], new long[1]);
                }
                g[0] = g[0].add(v);
                g[1] = g[1].add(low);
                g[2] = g[2].add(high);
                counts.get(row[subject])[0]++;
            }
        }
        Map<String, String> out = new TreeMap<>();
        groups.forEach((k, g) -> out.put(k, g[0].toPlainString() + " [" + g[1].toPlainString() + ", "
                + g[2].toPlainString() + "] " + counts.get(k)[0]));
        return out;
    }

    /** The same by DuckDB: every column read as text, converted to exact decimals in SQL. */
    static Map<String, String> duckdb(Path file) throws SQLException {
        String f = file.toString().replace("'", "''");
        String sql = "WITH r AS (SELECT subject, CAST(value AS DECIMAL(38,10)) AS v,"
                + " CAST('0.' || repeat('0', CASE WHEN strpos(value, '.') > 0 THEN length(value) - strpos(value, '.') ELSE 0 END)"
                + " || '5' AS DECIMAL(38,10)) AS h,"
                + " CASE unit WHEN 'GWh' THEN CAST(1 AS DECIMAL(38,10)) WHEN 'MWh' THEN CAST(0.001 AS DECIMAL(38,10)) END AS f"
                + " FROM read_csv('" + f + "', header = true, all_varchar = true))"
                + " SELECT subject, sum(v * f), sum((v - h) * f), sum((v + h) * f), count(*) FROM r GROUP BY subject";
        Map<String, String> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros().toPlainString() + " ["
                        + rs.getBigDecimal(3).stripTrailingZeros().toPlainString() + ", "
                        + rs.getBigDecimal(4).stripTrailingZeros().toPlainString() + "] " + rs.getLong(5));
            }
        }
        return out;
    }

    /** The same by the library: the command's streaming read and running sum. */
    static Map<String, String> library(Path file) throws IOException {
        DatasetFiles.StreamingRead read = DatasetFiles.builder().add(file).readStreaming();
        RunningSum sum = Aggregation.inUnit("GWh").by(GroupBy.SUBJECT).build().runningSum(read.tables().dataset());
        read.forEachObservation(sum::add);
        SumResult result = sum.result();
        Map<String, String> out = new TreeMap<>();
        result.groups().forEach((k, t) -> out.put(k.get(GroupBy.SUBJECT), t.figure() + " " + t.interval() + " " + t.count()));
        return out;
    }
}
