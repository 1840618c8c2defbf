package org.industrymetrics.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.industrymetrics.check.CheckId;
import org.industrymetrics.check.CheckSettings;
import org.industrymetrics.check.Checker;
import org.industrymetrics.check.Report;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.period.ReportingPeriod;
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
 * {@code check} on N figures of one subject, metric and period (the fuzzed case that took 40-80 s
 * and gigabytes for 4,000 rows when every pair was a finding), against a baseline in the same run:
 * N figures in N/2 periods, two to a period, which gives N/2 findings of one pair each. Each
 * figure is checked against a bounded set of earlier ones, so N equal figures give N - 1 findings
 * and the ratio {@code equalFigures / pairs} should stay about 2 as N grows eightfold; were every
 * pair compared, it would grow about eightfold too.
 * <p>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar EqualFiguresCheckBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class EqualFiguresCheckBenchmark {

    @Param({"1000", "2000", "4000", "8000"})
    public int figures;

    private Dataset equal;
    private Dataset baseline;
    private final CheckSettings settings = CheckSettings.builder().only(CheckId.AGREE, CheckId.FX).build();

    @Setup(Level.Trial)
    public void setUp() {
        List<Observation> same = new ArrayList<>(figures);
        List<Observation> apart = new ArrayList<>(figures);
        for (int i = 0; i < figures; i++) {
            same.add(level("o" + i, ReportingPeriod.parse("2024")));
            apart.add(level("o" + i, ReportingPeriod.parse(Integer.toString(1000 + i / 2))));
        }
        equal = Dataset.of(same);
        baseline = Dataset.of(apart);
    }

    private static Observation level(String id, ReportingPeriod period) {
        return Observation.builder().id(id).subject(SubjectRef.parse("CN")).metric("power_battery.output").period(period)
                .figure(ReportedFigure.parse("548.4")).unit(ObservationUnit.parse("GWh")).build();
    }

    /** N figures of one subject, metric and period. */
    @Benchmark
    public Report equalFigures() {
        return Checker.check(equal, settings);
    }

    /** N figures, two to a period: N/2 findings of one pair each. */
    @Benchmark
    public Report pairs() {
        return Checker.check(baseline, settings);
    }
}
