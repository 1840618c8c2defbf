package org.industrymetrics.benchmarks;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.measure.Unit;
import org.industrymetrics.quantity.Energy;
import org.industrymetrics.quantity.Quantity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tech.units.indriya.ComparableQuantity;
import tech.units.indriya.quantity.Quantities;

/**
 * Sums one million energy amounts in GWh, each with three decimals, in five ways in the same run:
 * a {@code double} loop, a {@code BigDecimal} loop (the baseline), {@link Quantity#plus},
 * {@link Energy#plus}, and Indriya's {@code ComparableQuantity.add}.
 * <p>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar QuantitySum -f 1 -wi 3 -w 1 -i 5 -r 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class QuantitySumBenchmark {

    @Param("1000000")
    int size;

    private double[] doubles;
    private BigDecimal[] decimals;
    private Quantity[] quantities;
    private Energy[] energies;
    private ComparableQuantity<javax.measure.quantity.Energy>[] indriya;

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() {
        SplittableRandom random = new SplittableRandom(20240626L);
        Unit<javax.measure.quantity.Energy> gwh = org.industrymetrics.quantity.Unit.GIGAWATT_HOUR.toMeasureUnit()
                .asType(javax.measure.quantity.Energy.class);
        doubles = new double[size];
        decimals = new BigDecimal[size];
        quantities = new Quantity[size];
        energies = new Energy[size];
        indriya = new ComparableQuantity[size];
        for (int i = 0; i < size; i++) {
            // 0.000 to 999.999 GWh
            BigDecimal value = BigDecimal.valueOf(random.nextInt(1_000_000), 3);
            doubles[i] = value.doubleValue();
            decimals[i] = value;
            quantities[i] = Quantity.of(value, org.industrymetrics.quantity.Unit.GIGAWATT_HOUR);
            energies[i] = Energy.ofGigawattHours(value);
            indriya[i] = Quantities.getQuantity(value, gwh);
        }
        // all five must compute the same sum, or the comparison means nothing
        BigDecimal expected = bigDecimalLoop();
        check(expected, quantityPlus().value(), "Quantity");
        check(expected, energyPlus().value(), "Energy");
        check(expected, new BigDecimal(indriyaAdd().getValue().toString()), "Indriya");
        if (Math.abs(doubleLoop() - expected.doubleValue()) > 1e-3) {
            throw new IllegalStateException("double sum " + doubleLoop() + " is far from " + expected);
        }
    }

    private static void check(BigDecimal expected, BigDecimal actual, String what) {
        if (expected.compareTo(actual) != 0) {
            throw new IllegalStateException(what + " sum " + actual + " is not " + expected);
        }
    }

    @Benchmark
    public double doubleLoop() {
        double sum = 0;
        for (double d : doubles) {
            sum += d;
        }
        return sum;
    }

    @Benchmark
    public BigDecimal bigDecimalLoop() {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal d : decimals) {
            sum = sum.add(d);
        }
        return sum;
    }

    @Benchmark
    public Quantity quantityPlus() {
        Quantity sum = Quantity.zero(org.industrymetrics.quantity.Unit.GIGAWATT_HOUR);
        for (Quantity q : quantities) {
            sum = sum.plus(q);
        }
        return sum;
    }

    @Benchmark
    public Energy energyPlus() {
        Energy sum = Energy.zero(org.industrymetrics.quantity.Unit.GIGAWATT_HOUR);
        for (Energy e : energies) {
            sum = sum.plus(e);
        }
        return sum;
    }

    @Benchmark
    public ComparableQuantity<javax.measure.quantity.Energy> indriyaAdd() {
        ComparableQuantity<javax.measure.quantity.Energy> sum = indriya[0];
        for (int i = 1; i < indriya.length; i++) {
            sum = sum.add(indriya[i]);
        }
        return sum;
    }
}
