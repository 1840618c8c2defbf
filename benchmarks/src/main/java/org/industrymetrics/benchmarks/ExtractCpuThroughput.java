package org.industrymetrics.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.industrymetrics.extract.FigureExtractor;

/**
 * The work of {@link ExtractBenchmark} measured in the CPU time of the thread, which other
 * processes on a busy machine affect far less than wall-clock time: megabytes of UTF-8 text per
 * CPU second for the extractor and for the digit-run baseline, in six rounds of 50 texts.
 * Run: {@code java -cp benchmarks/target/benchmarks.jar org.industrymetrics.benchmarks.ExtractCpuThroughput}.
 */
public final class ExtractCpuThroughput {

    private ExtractCpuThroughput() {
    }

    /**
     * Prints one line per round.
     *
     * @param args none
     */
    public static void main(String[] args) {
        ExtractBenchmark b = new ExtractBenchmark();
        b.setUp();
        String text = b.text;
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Pattern digits = Pattern.compile("\\d[\\d,.]*");
        FigureExtractor extractor = FigureExtractor.create();
        int rounds = 50;
        for (int round = 0; round < 6; round++) {
            long c0 = mx.getCurrentThreadCpuTime();
            int n = 0;
            for (int k = 0; k < rounds; k++) {
                n += extractor.extract(text).allFigures().size();
            }
            long c1 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < rounds; k++) {
                Matcher m = digits.matcher(text);
                while (m.find()) {
                    n++;
                }
            }
            long c2 = mx.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "%d bytes: extract %.2f MB/s, digit runs %.1f MB/s (CPU time; %d)%n", bytes,
                    bytes * rounds / ((c1 - c0) / 1e9) / 1e6, bytes * rounds / ((c2 - c1) / 1e9) / 1e6, n);
        }
    }
}
