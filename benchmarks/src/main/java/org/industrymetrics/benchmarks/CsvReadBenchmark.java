package org.industrymetrics.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.industrymetrics.csv.CsvRecord;
import org.industrymetrics.csv.CsvTableReader;
import org.industrymetrics.csv.CsvTableWriter;
import org.industrymetrics.io.TableColumn;
import org.industrymetrics.io.TableSchema;
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
 * Reading a 1,000,000-row observations file (13 columns as in FORMAT.md): raw Jackson CSV parsing
 * into {@code String[]} rows (the baseline) against {@link CsvTableReader}, which also matches the
 * header to the schema, checks cell counts and required cells, and undoes the formula guard.
 * <p>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar CsvRead -f 1 -wi 3 -w 1 -i 5 -r 1}.
 * The fork runs with a 256 MB heap: every way of reading streams the file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class CsvReadBenchmark {

    static final int ROWS = 1_000_000;

    static final TableSchema OBSERVATIONS = TableSchema.of("observations",
            TableColumn.text("id"), TableColumn.text("subject").required(), TableColumn.text("metric").required(),
            TableColumn.text("period").required(), TableColumn.text("measure"), TableColumn.number("value").required(),
            TableColumn.text("unit"), TableColumn.text("base"), TableColumn.text("qualifier"), TableColumn.number("precision"),
            TableColumn.text("status"), TableColumn.text("source"), TableColumn.text("quote"));

    private static final String[] SUBJECTS = {"CN", "CN-SC", "CN-CQ", "CN-SC+CN-CQ", "CN-SC-YB", "CALB", "CATL.Yibin"};
    private static final String[] METRICS = {"power_battery.output", "power_battery.capacity", "lithium_salt.capacity",
        "industry.output_value", "battery.installed", "enterprises.count"};
    private static final String[] UNITS = {"GWh", "GWh/a", "billion CNY", "yi CNY", "t/a", "enterprises"};
    private static final String[] QUALIFIERS = {"", "", "", "about", "over", "nearly"};
    private static final String[] STATUSES = {"", "", "actual", "estimate", "target"};
    private static final String[] QUOTES = {"", "", "", "an increase of 4.5 times", "more than 30%, the most in the region",
        "accounting for \"about\" a quarter", "同比增长 58.7%"};

    private Path file;
    private CsvMapper jackson;
    private CsvTableReader<String[]> arrays;
    private CsvTableReader<CsvRecord> records;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile("observations", ".csv");
        write(file, ROWS, new Random(20240626));
        jackson = new CsvMapper();
        jackson.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        int columns = OBSERVATIONS.size();
        arrays = CsvTableReader.of(OBSERVATIONS, row -> {
            String[] cells = new String[columns];
            for (int i = 0; i < columns; i++) {
                cells[i] = row.get(i);
            }
            return cells;
        });
        records = CsvTableReader.records(OBSERVATIONS);
    }

    /** Writes realistic observations with the library's own writer (so quoting is as in real files). */
    static void write(Path file, int rows, Random random) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CsvTableWriter csv = CsvTableWriter.open(out, OBSERVATIONS, List.of())) {
            String[] cells = new String[13];
            for (int i = 0; i < rows; i++) {
                String subject = pick(random, SUBJECTS);
                String metric = pick(random, METRICS);
                int year = 2015 + random.nextInt(10);
                int kind = random.nextInt(4);
                String period = kind == 0 ? Integer.toString(year)
                        : kind == 1 ? year + "-" + String.format("%02d", 1 + random.nextInt(12))
                        : kind == 2 ? year + "-Q" + (1 + random.nextInt(4)) : year + "-01/" + year + "-05";
                boolean share = random.nextInt(5) == 0;
                cells[0] = random.nextInt(3) == 0 ? "" : subject.toLowerCase() + "-" + metric.replace('.', '-') + "-" + i;
                cells[1] = subject;
                cells[2] = metric;
                cells[3] = period;
                cells[4] = share ? "share" : random.nextInt(4) == 0 ? "level" : "";
                cells[5] = BigDecimal.valueOf(random.nextInt(2_000_000) - 200_000, random.nextInt(4)).toPlainString();
                cells[6] = share ? "%" : pick(random, UNITS);
                cells[7] = share ? "CN" : "";
                cells[8] = pick(random, QUALIFIERS);
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

    /** The table reader, each row copied to a {@code String[]} in schema order by its binder. */
    @Benchmark
    public long tableReaderStringArrays(Blackhole bh) throws IOException {
        long[] n = {0};
        try (Stream<String[]> rows = arrays.stream(file)) {
            rows.forEach(row -> {
                bh.consume(row);
                n[0]++;
            });
        }
        return n[0];
    }

    /** The table reader giving {@link CsvRecord}s (an immutable map per row). */
    @Benchmark
    public long tableReaderRecords(Blackhole bh) throws IOException {
        long[] n = {0};
        try (Stream<CsvRecord> rows = records.stream(file)) {
            rows.forEach(row -> {
                bh.consume(row);
                n[0]++;
            });
        }
        return n[0];
    }
}
