package org.industrymetrics.benchmarks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.industrymetrics.csv.ReferenceRates;
import org.industrymetrics.money.Currencies;
import org.industrymetrics.money.CurrencyPair;
import org.industrymetrics.money.FxRateTable;
import org.industrymetrics.money.Money;
import org.industrymetrics.money.MoneyUnit;
import org.industrymetrics.quantity.Scale;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Sums of one million yuan amounts, as {@link Money} against a plain {@code BigDecimal} loop, and
 * one million dated conversions with the bundled reference rates. Throughput is per amount:
 * additions or conversions per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MoneyBenchmark {

    static final int N = 1_000_000;
    private static final CurrencyPair USD_CNY = CurrencyPair.of(Currencies.USD, Currencies.CNY);

    BigDecimal[] values;
    Money[] amounts;
    Money[] billions;
    LocalDate[] days;
    FxRateTable table;
    BigDecimal fixedRate;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        values = new BigDecimal[N];
        amounts = new Money[N];
        billions = new Money[N];
        days = new LocalDate[N];
        MoneyUnit billionCny = MoneyUnit.of(Scale.BILLION, Currencies.CNY);
        LocalDate first = LocalDate.of(2021, 1, 1);
        for (int i = 0; i < N; i++) {
            // yuan and fen, up to ten billion
            values[i] = BigDecimal.valueOf(random.nextLong() % 1_000_000_000_000L, 2);
            amounts[i] = Money.of(Currencies.CNY, values[i]);
            billions[i] = Money.of(BigDecimal.valueOf(random.nextInt(1_000_000), 3), billionCny);
            days[i] = first.plusDays(random.nextInt(1_780));
        }
        table = ReferenceRates.cnyPerUsd();
        fixedRate = new BigDecimal("7.2666");
    }

    /** The baseline: a loop of {@code BigDecimal.add}. */
    @Benchmark
    @OperationsPerInvocation(N)
    public BigDecimal sumBigDecimal() {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            total = total.add(v);
        }
        return total;
    }

    /** The same amounts as {@code Money}, added with {@link Money#plus(Money)}. */
    @Benchmark
    @OperationsPerInvocation(N)
    public Money sumMoney() {
        Money total = Money.zero(Currencies.CNY);
        for (Money m : amounts) {
            total = total.plus(m);
        }
        return total;
    }

    /** The same amounts through {@link Money#collector}. */
    @Benchmark
    @OperationsPerInvocation(N)
    public Money sumMoneyCollector() {
        return java.util.Arrays.stream(amounts).collect(Money.collector(Currencies.CNY));
    }

    /** The baseline of a conversion: one division by a fixed rate, no lookup. */
    @Benchmark
    @OperationsPerInvocation(N)
    public BigDecimal convertFixedRateBigDecimal() {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            total = total.add(v.divide(fixedRate, MathContext.DECIMAL64));
        }
        return total;
    }

    /** One million amounts in billion CNY, each converted to USD at the rate of its day (7 days' staleness). */
    @Benchmark
    @OperationsPerInvocation(N)
    public Money convertDated() {
        Money total = Money.zero(Currencies.USD);
        for (int i = 0; i < N; i++) {
            total = total.plus(table.rateOn(USD_CNY, days[i]).convert(billions[i], MathContext.DECIMAL64));
        }
        return total;
    }
}
