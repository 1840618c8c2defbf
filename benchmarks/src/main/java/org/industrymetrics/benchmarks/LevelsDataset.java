package org.industrymetrics.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * The observations file of the sum measurements: {@code N} monthly levels of one flow metric,
 * {@code m000.output}, for 30 subjects ({@code S00} to {@code S29}) with no subject containing
 * another, each (subject, month) once, so a sum by subject adds every row and finds no overlap.
 * Months run from 1000-01 on (1,000,000 rows make 33,334 distinct months, as the profile's file);
 * values have one decimal, nine in ten in {@code GWh} and one in ten in {@code MWh} (a unit factor
 * to apply). Columns {@code id,subject,metric,period,value,unit}.
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.industrymetrics.benchmarks.LevelsDataset 1000000 /tmp/levels.csv
 * java -jar examples/target/metrics.jar sum --by subject --unit GWh /tmp/levels.csv
 * </pre>
 */
public final class LevelsDataset {

    /** The number of subjects. */
    public static final int SUBJECTS = 30;

    private LevelsDataset() {
    }

    /**
     * Writes the file: {@code N FILE [SEED]}.
     *
     * @param args the number of rows, the file, and optionally the seed (default 20240626)
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: LevelsDataset N FILE [SEED]");
            System.exit(2);
        }
        write(Path.of(args[1]), Integer.parseInt(args[0]), args.length == 3 ? Long.parseLong(args[2]) : 20240626L);
    }

    /** Writes {@code rows} levels to {@code file}. */
    static void write(Path file, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,subject,metric,period,value,unit\n");
            StringBuilder sb = new StringBuilder(64);
            for (int i = 0; i < rows; i++) {
                int subject = i % SUBJECTS;
                int month = i / SUBJECTS;
                boolean mwh = random.nextInt(10) == 0;
                long tenths = 1 + random.nextInt(mwh ? 9_999_999 : 99_999);
                sb.setLength(0);
                sb.append('o').append(i).append(',')
                        .append(String.format(Locale.ROOT, "S%02d", subject)).append(",m000.output,")
                        .append(String.format(Locale.ROOT, "%04d-%02d", 1000 + month / 12, 1 + month % 12)).append(',')
                        .append(tenths / 10).append('.').append(tenths % 10).append(',')
                        .append(mwh ? "MWh" : "GWh").append('\n');
                out.append(sb);
            }
        }
    }
}
