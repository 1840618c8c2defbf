package org.industrymetrics.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.industrymetrics.aggregate.ConvertedFigure;
import org.industrymetrics.aggregate.LevelConverter;
import org.industrymetrics.aggregate.Total;
import org.industrymetrics.aggregate.TotalAccumulator;
import org.industrymetrics.figure.QualifierWidths;
import org.industrymetrics.money.FxRateTable;
import org.industrymetrics.money.RatePolicy;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.junit.jupiter.api.Test;

/** The laws hold for the library's own accumulator, and fail for accumulators that break them. */
class AccumulatorLawsTest {

    private static final ObservationUnit GWH = ObservationUnit.parse("GWh");
    private static final AccumulatorLaws<TotalAccumulator, ConvertedFigure, Total> TOTALS = AccumulatorLaws.of(
            () -> new TotalAccumulator(GWH), TotalAccumulator::add, TotalAccumulator::merge, TotalAccumulator::toTotal);

    @Provide
    Arbitrary<List<ConvertedFigure>> energyFigures() {
        return MetricsArbitraries.observations().withMeasures(Measure.LEVEL)
                .withLevelUnits("GWh", "MWh", "TWh", "kWh", "billion kWh", "wan kWh").list().ofMaxSize(40)
                .map(MetricsArbitraries::renumber).map(os -> {
                    LevelConverter c = new LevelConverter(Dataset.of(os), FxRateTable.builder().build(), RatePolicy.DEFAULT,
                            QualifierWidths.DEFAULTS);
                    return os.stream().map(o -> c.convert(o, GWH)).collect(Collectors.toList());
                });
    }

    @Property(tries = 100)
    void totalAccumulator_obeysEveryLaw(@ForAll("energyFigures") List<ConvertedFigure> figures, @ForAll Random random) {
        TOTALS.checkAll(figures, random);
    }

    @Property(tries = 100)
    void aCollector_obeysEveryLaw(@ForAll List<Integer> xs, @ForAll Random random) {
        AccumulatorLaws.of(Collectors.summingLong((Integer x) -> x)).checkAll(xs, random);
    }

    @Test
    void aNonCommutativeAccumulator_failsCommutativity() {
        // keeps the first element it saw: merging depends on the order
        AccumulatorLaws<List<Integer>, Integer, Integer> first = AccumulatorLaws.of(ArrayList::new, (a, x) -> {
            a.add(x);
            return a;
        }, (a, b) -> {
            a.addAll(b);
            return a;
        }, a -> a.isEmpty() ? null : a.get(0));
        first.checkIdentity(List.of(1, 2, 3));
        first.checkAssociativity(List.of(1), List.of(2), List.of(3));
        AssertionError e = assertThrows(AssertionError.class, () -> first.checkCommutativity(List.of(1), List.of(2)));
        assertTrue(e.getMessage().contains("commutativity"), e.getMessage());
    }

    @Test
    void aLossyMerge_failsAssociativityAndAnySplit() {
        // an average of averages: merging two partial means is not the mean of all
        AccumulatorLaws<BigDecimal[], BigDecimal, BigDecimal> mean = AccumulatorLaws.of(() -> new BigDecimal[] {null},
                (a, x) -> new BigDecimal[] {a[0] == null ? x : a[0].add(x).divide(BigDecimal.valueOf(2))},
                (a, b) -> new BigDecimal[] {a[0] == null ? b[0] : b[0] == null ? a[0] : a[0].add(b[0]).divide(BigDecimal.valueOf(2))},
                a -> a[0]);
        List<BigDecimal> xs = List.of(BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.valueOf(9));
        assertThrows(AssertionError.class, () -> {
            for (int seed = 0; seed < 50; seed++) {
                mean.checkAnySplit(xs, new Random(seed));
            }
        });
        assertThrows(AssertionError.class, () -> mean.checkAssociativity(List.of(BigDecimal.ONE), List.of(BigDecimal.valueOf(2)),
                List.of(BigDecimal.valueOf(9))));
    }

    @Test
    void anAccumulatorWhoseZeroIsNotEmpty_failsIdentity() {
        AccumulatorLaws<long[], Long, Long> plusOne = AccumulatorLaws.of(() -> new long[] {1}, (a, x) -> {
            a[0] += x;
            return a;
        }, (a, b) -> {
            a[0] += b[0];
            return a;
        }, a -> a[0]);
        assertThrows(AssertionError.class, () -> plusOne.checkIdentity(List.of(5L)));
    }
}
