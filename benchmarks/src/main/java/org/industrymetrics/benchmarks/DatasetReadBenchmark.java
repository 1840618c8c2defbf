package org.industrymetrics.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.industrymetrics.aggregate.Aggregation;
import org.industrymetrics.aggregate.SumResult;
import org.industrymetrics.csv.CsvTableWriter;
import org.industrymetrics.csv.DatasetCsv;
import org.industrymetrics.io.DatasetTable;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Observation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading a 1,000,000-row observations file (13 columns as in FORMAT.md, valid observations of
 * every measure, with ranges, qualifiers, precisions and quotes) into the model, against the
 * baseline of raw Jackson CSV parsing of the same file into {@code String[]} rows:
 * <ul>
 * <li>{@code jacksonStringArrays}: the baseline, no binding (256 MB heap);
 * <li>{@code streamObservations}: {@link DatasetCsv#streamObservations(Path)}, every row bound to an
 *     {@link Observation} and checked by the format's rules, counted (256 MB heap);
 * <li>{@code streamSum}: the same stream summed in GWh by {@link Aggregation} (256 MB heap);
 * <li>{@code readDataset}: {@link DatasetCsv.Builder#read()} into one indexed {@link Dataset}, with
 *     duplicate ids checked (2 GB heap: the dataset itself holds about 330 MB).
 * </ul>
 * Each fork prints the peak heap it used at its end.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar DatasetRead -f 1 -wi 3 -w 1 -i 5 -r 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class DatasetReadBenchmark {

    static final int ROWS = 1_000_000;

    private static final String[] SUBJECTS = {"CN", "CN-SC", "CN-CQ", "CN-SC+CN-CQ", "CN-SC.Yibin", "CALB", "CALB.Chengdu"};
    private static final String[] METRICS = {"power_battery.output", "battery.capacity", "lithium_salt.capacity",
        "industry.output_value", "battery.installed", "enterprises"};
    private static final String[] UNITS = {"GWh", "MWh", "GWh", "billion Wh", "TWh", "MWh"};
    private static final String[] QUALIFIERS = {"", "", "", "about", "over", "nearly", "at_least", "at_most"};
    private static final String[] STATUSES = {"", "", "actual", "estimate", "target"};
    private static final String[] QUOTES = {"", "", "", "an increase of 4.5 times", "more than 30%, the most in the region",
        "accounting for \"about\" a quarter", "同比增长 58.7%"};

    private Path file;
    private CsvMapper jackson;
    private Aggregation sum;
    private Dataset rates;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile("observations", ".csv");
        write(file, ROWS, new Random(20240626));
        jackson = new CsvMapper();
        jackson.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        sum = Aggregation.inUnit("GWh").build();
        rates = Dataset.of(List.of());
    }

    /** Writes valid observations with the library's own writer: levels in energy units, shares, growths. */
    static void write(Path file, int rows, Random random) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CsvTableWriter csv = CsvTableWriter.open(out, DatasetTable.OBSERVATIONS.schema(), List.of())) {
            String[] cells = new String[13];
            for (int i = 0; i < rows; i++) {
                String subject = pick(random, SUBJECTS);
                int metric = random.nextInt(METRICS.length);
                int year = 2015 + random.nextInt(10);
                int kind = random.nextInt(4);
                String period = kind == 0 ? Integer.toString(year)
                        : kind == 1 ? year + "-" + String.format(Locale.ROOT, "%02d", 1 + random.nextInt(12))
                        : kind == 2 ? year + "-Q" + (1 + random.nextInt(4)) : year + "-01/" + year + "-05";
                int measure = random.nextInt(10);
                int scale = random.nextInt(4);
                String qualifier = pick(random, QUALIFIERS);
                cells[0] = random.nextInt(3) == 0 ? "" : subject.toLowerCase(Locale.ROOT) + "-" + METRICS[metric].replace('.', '-') + "-" + i;
                cells[1] = subject;
                cells[2] = METRICS[metric];
                cells[3] = period;
                cells[6] = "";
                cells[7] = "";
                if (measure == 0) {
                    cells[4] = "share";
                    cells[5] = BigDecimal.valueOf(random.nextInt(10_000), 2).setScale(Math.min(scale, 2), java.math.RoundingMode.DOWN).toPlainString();
                    cells[6] = "%";
                    cells[7] = "CN";
                } else if (measure == 1) {
                    cells[4] = "growth";
                    cells[5] = BigDecimal.valueOf(random.nextInt(30_000) - 9_000, 2).toPlainString();
                } else {
                    cells[4] = random.nextInt(4) == 0 ? "level" : "";
                    long v = random.nextInt(2_000_000) - 200_000;
                    cells[5] = random.nextInt(20) == 0 ? BigDecimal.valueOf(Math.abs(v), scale).toPlainString() + ".."
                            + BigDecimal.valueOf(Math.abs(v) + 1000, scale).toPlainString() : BigDecimal.valueOf(v, scale).toPlainString();
                    cells[6] = UNITS[metric];
                    if (cells[5].contains("..")) {
                        qualifier = "";
                    }
                }
                cells[8] = qualifier;
                cells[9] = random.nextInt(10) == 0 ? "-1" : "";
                cells[10] = pick(random, STATUSES);
                cells[11] = random.nextBoolean() ? "ichongqing-2024-06-26" : "";
                cells[12] = pick(random, QUOTES);
                csv.writeRow(List.of(cells));
            }
        }
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("peak heap used: " + (peak >> 20) + " MiB of " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB");
    }

    /** The baseline: Jackson's CSV parser, each row a {@code String[]}, header included. */
    @Benchmark
    public long jacksonStringArrays(Blackhole bh) throws IOException {
        long n = 0;
        try (MappingIterator<String[]> it = jackson.readerFor(String[].class).readValues(file.toFile())) {
            while (it.hasNextValue()) {
                bh.consume(it.nextValue());
                n++;
            }
        }
        return n;
    }

    /** Every row bound to an observation, in constant memory. */
    @Benchmark
    public long streamObservations(Blackhole bh) throws IOException {
        long[] n = {0};
        try (Stream<Observation> rows = DatasetCsv.streamObservations(file)) {
            rows.forEach(o -> {
                bh.consume(o);
                n[0]++;
            });
        }
        return n[0];
    }

    /** The stream summed in GWh, in constant memory. */
    @Benchmark
    public SumResult streamSum() throws IOException {
        try (Stream<Observation> rows = DatasetCsv.streamObservations(file)) {
            return rows.collect(sum.collector(rates));
        }
    }

    /** The whole file as one dataset, indexed, with duplicate ids checked. */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Xmx2g")
    public Dataset readDataset() throws IOException {
        return DatasetCsv.reader().add(DatasetTable.OBSERVATIONS, file).read();
    }
}
