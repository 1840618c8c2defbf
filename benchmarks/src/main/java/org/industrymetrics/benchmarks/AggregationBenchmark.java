package org.industrymetrics.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.industrymetrics.aggregate.Aggregation;
import org.industrymetrics.aggregate.GroupBy;
import org.industrymetrics.aggregate.SumResult;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.period.ReportingPeriod;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Groups and sums one million level observations into 30 subjects × 12 months, with
 * {@link Aggregation} (sequentially and with a parallel stream) and, in the same run, with a
 * hand-written loop that adds the same values into a {@code HashMap<key, BigDecimal>}. Average
 * time per sum of the million.
 * <p>
 * {@code units=same}: every figure in GWh, summed in GWh (the baseline adds the values as they are).
 * {@code units=mixed}: figures in GWh, MWh and TWh, summed in GWh (the baseline multiplies each value
 * by its unit's factor to GWh from a prepared map).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AggregationBenchmark {

    static final int N = 1_000_000;
    static final int SUBJECTS = 30;

    @Param({"same", "mixed"})
    String units;

    Dataset dataset;
    Aggregation aggregation;
    Map<ObservationUnit, BigDecimal> toGwh;

    /** The baseline's key: what the aggregation groups by. */
    record Key(SubjectRef subject, ReportingPeriod period) {
    }

    @Setup
    public void setUp() {
        dataset = Dataset.of(observations(N, units.equals("mixed"), new Random(42)));
        aggregation = Aggregation.inUnit("GWh").by(GroupBy.SUBJECT, GroupBy.PERIOD).build();
        toGwh = new HashMap<>();
        toGwh.put(ObservationUnit.parse("GWh"), BigDecimal.ONE);
        toGwh.put(ObservationUnit.parse("MWh"), new BigDecimal("0.001"));
        toGwh.put(ObservationUnit.parse("TWh"), new BigDecimal("1000"));
    }

    /**
     * One million levels: 30 subjects × 12 months of 2024, values with one to three decimals; the
     * subject, period and unit objects are shared, as a reader that interns them would share them.
     */
    static List<Observation> observations(int n, boolean mixed, Random random) {
        SubjectRef[] subjects = new SubjectRef[SUBJECTS];
        for (int s = 0; s < SUBJECTS; s++) {
            subjects[s] = SubjectRef.of("CN-" + (char) ('A' + s / 26) + (char) ('A' + s % 26));
        }
        ReportingPeriod[] months = new ReportingPeriod[12];
        for (int m = 0; m < 12; m++) {
            months[m] = ReportingPeriod.ofMonth(2024, m + 1);
        }
        ObservationUnit[] unitChoice = mixed
                ? new ObservationUnit[] {ObservationUnit.parse("GWh"), ObservationUnit.parse("MWh"), ObservationUnit.parse("TWh")}
                : new ObservationUnit[] {ObservationUnit.parse("GWh")};
        List<Observation> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int decimals = 1 + random.nextInt(3);
            BigDecimal value = BigDecimal.valueOf(random.nextInt(10_000_000), decimals);
            out.add(Observation.builder()
                    .id("o" + i)
                    .subject(subjects[random.nextInt(SUBJECTS)])
                    .metric("power_battery.output")
                    .period(months[random.nextInt(12)])
                    .figure(ReportedFigure.of(value.toPlainString(), org.industrymetrics.figure.Qualifier.EXACT))
                    .unit(unitChoice[random.nextInt(unitChoice.length)])
                    .build());
        }
        return out;
    }

    /** The baseline: the same values added into a {@code HashMap}, converted by a prepared factor. */
    @Benchmark
    public Map<Key, BigDecimal> baselineHashMap() {
        Map<Key, BigDecimal> sums = new HashMap<>();
        for (Observation o : dataset.observations()) {
            BigDecimal v = o.figure().value();
            BigDecimal factor = toGwh.get(o.effectiveUnit());
            sums.merge(new Key(o.subject(), o.period()), factor == BigDecimal.ONE ? v : v.multiply(factor), BigDecimal::add);
        }
        return sums;
    }

    /** {@link Aggregation#sum(Dataset)}: intervals, figures, counts, sequentially. */
    @Benchmark
    public SumResult aggregationSequential() {
        return aggregation.sum(dataset);
    }

    /** The same sum with a parallel stream. */
    @Benchmark
    public SumResult aggregationParallel() {
        return dataset.observations().parallelStream().collect(aggregation.collector(dataset));
    }
}
