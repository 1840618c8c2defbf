package org.industrymetrics.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.industrymetrics.aggregate.Aggregation;
import org.industrymetrics.aggregate.GroupBy;
import org.industrymetrics.aggregate.SumResult;
import org.industrymetrics.io.files.DatasetFiles;
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

/**
 * {@code metrics sum --by subject --unit GWh} over a 1,000,000-row observations file
 * ({@link LevelsDataset}) against the tools a user would pick instead, in one JVM run (see
 * {@link SumPeers} for what each computes: per subject the exact sum in GWh, its interval and count):
 * <ul>
 * <li>{@code jackson}: raw Jackson CSV and {@code BigDecimal} sums in a {@code HashMap}, the baseline;
 * <li>{@code duckdb}: DuckDB through JDBC, exact {@code DECIMAL} sums with the unit factors in SQL;
 * <li>{@code libraryStreaming}: the library's streaming read and running sum, as the command does now;
 * <li>{@code libraryDataset}: reading an indexed {@code Dataset} and summing it, as the command did before.
 * </ul>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar SumPeersBenchmark -f 1 -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class SumPeersBenchmark {

    static final int ROWS = 1_000_000;

    private Path file;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile("levels", ".csv");
        LevelsDataset.write(file, ROWS, 20240626L);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public Map<String, String> jackson() throws IOException {
        return SumPeers.jackson(file);
    }

    @Benchmark
    public Map<String, String> duckdb() throws SQLException {
        return SumPeers.duckdb(file);
    }

    @Benchmark
    public Map<String, String> libraryStreaming() throws IOException {
        return SumPeers.library(file);
    }

    @Benchmark
    public SumResult libraryDataset() throws IOException {
        return Aggregation.inUnit("GWh").by(GroupBy.SUBJECT).build().sum(DatasetFiles.read(file).dataset());
    }
}
