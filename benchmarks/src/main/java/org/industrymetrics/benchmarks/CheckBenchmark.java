package org.industrymetrics.benchmarks;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.industrymetrics.check.CheckSettings;
import org.industrymetrics.check.Checker;
import org.industrymetrics.check.Report;
import org.industrymetrics.figure.QualifierWidths;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Observation;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * Checking a {@link SyntheticDataset} of 100,000 and of 1,000,000 observations. The size grows by
 * the number of metrics, so the larger dataset has ten times as many relations of the same shapes:
 * the time should grow about ten times too.
 * <p>
 * {@code check} builds the dataset from its tables (as a reader does after reading) and runs the
 * checks one after the other; {@code checkParallel} runs them on an executor of one thread per
 * core, as {@code metrics check} does. So the indexes are in the time, as they are in a command.
 * The baseline, {@code intervals}, is the least any check run does: the interval of every figure,
 * once.
 * <p>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar CheckBenchmark -f 1 -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xms4g", "-XX:+AlwaysPreTouch"})
public class CheckBenchmark {

    @Param({"100000", "1000000"})
    public int observations;

    private Dataset generated;
    private ExecutorService pool;

    @Setup(Level.Trial)
    public void setUp() {
        generated = SyntheticDataset.generate(observations, SyntheticDataset.DEFAULT_SEED);
        pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdown();
    }

    @Benchmark
    public Report check() {
        return Checker.check(generated.toBuilder().build());
    }

    @Benchmark
    public Report checkParallel() {
        return Checker.check(generated.toBuilder().build(), CheckSettings.DEFAULTS, pool);
    }

    @Benchmark
    public int intervals() {
        int n = 0;
        for (Observation o : generated.observations()) {
            n += o.interval(QualifierWidths.DEFAULTS).isBounded() ? 1 : 0;
        }
        return n;
    }
}
