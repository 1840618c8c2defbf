package org.industrymetrics.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.industrymetrics.extract.FigureExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The figure extractor over the five seed articles (32,365 bytes of UTF-8 text, 126 figures),
 * against a baseline in the same run: a regular expression that only finds runs of
 * digits, what any number finder must at least do. Throughput is texts per second; times the
 * text's size it is bytes per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractBenchmark {

    private static final List<String> ARTICLES = List.of("000_9d0fd6e6203baf01", "001_da8dbe92449c28cb",
            "002_3fe3528908505c6b", "003_6877afdc895f6c52", "004_ef1aa9a419c13d30");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");

    String text;
    FigureExtractor extractor;

    @Setup
    public void setUp() {
        StringBuilder sb = new StringBuilder();
        for (String a : ARTICLES) {
            try (InputStream in = ExtractBenchmark.class.getResourceAsStream("articles/" + a + ".txt")) {
                sb.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append("\n\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        text = sb.toString();
        extractor = FigureExtractor.create();
    }

    /** The baseline: every run of digits, and nothing else. */
    @Benchmark
    public int baselineDigitRuns() {
        Matcher m = NUMBER.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Every figure, with its unit, measure, qualifier, span, quote and proposals. */
    @Benchmark
    public int extract() {
        return extractor.extract(text).allFigures().size();
    }
}
