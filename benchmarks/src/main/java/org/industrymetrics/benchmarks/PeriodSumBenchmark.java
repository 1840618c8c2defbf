package org.industrymetrics.benchmarks;

import java.util.concurrent.TimeUnit;
import org.industrymetrics.check.CheckId;
import org.industrymetrics.check.CheckSettings;
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
 * The {@code period-sum} check alone on a {@link SyntheticDataset} (months and years of every
 * subject and metric), against the {@code agree} check on the same dataset as the in-run baseline:
 * both walk every level once and look up the dataset's index, so their ratio tells the cost of
 * looking for tilings, whatever the machine's load.
 * <p>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar PeriodSumBenchmark -f 1 -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xms4g"})
public class PeriodSumBenchmark {

    @Param({"1000000"})
    public int observations;

    private Dataset dataset;

    @Setup(Level.Trial)
    public void setUp() {
        dataset = SyntheticDataset.generate(observations, SyntheticDataset.DEFAULT_SEED);
    }

    @Benchmark
    public Report periodSum() {
        return Checker.check(dataset, CheckSettings.builder().only(CheckId.PERIOD_SUM).build());
    }

    @Benchmark
    public Report agreeBaseline() {
        return Checker.check(dataset, CheckSettings.builder().only(CheckId.AGREE).build());
    }
}
