package org.industrymetrics.benchmarks;

import java.util.concurrent.TimeUnit;
import org.industrymetrics.check.Checker;
import org.industrymetrics.check.Report;
import org.industrymetrics.observation.Dataset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Checking a {@link SyntheticDataset} of 100,000 and of 1,000,000 observations. The size grows by
 * the number of metrics, so the larger dataset has ten times as many relations of the same shapes:
 * the time should grow about ten times too.
 * <p>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar CheckBenchmark -f 1 -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xms4g"})
public class CheckBenchmark {

    @Param({"100000", "1000000"})
    public int observations;

    private Dataset dataset;

    @Setup(Level.Trial)
    public void setUp() {
        dataset = SyntheticDataset.generate(observations, SyntheticDataset.DEFAULT_SEED);
    }

    @Benchmark
    public Report check() {
        return Checker.check(dataset);
    }
}
