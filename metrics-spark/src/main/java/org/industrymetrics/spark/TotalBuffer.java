package org.industrymetrics.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.industrymetrics.aggregate.TotalAccumulator;
import org.industrymetrics.observation.ObservationUnit;

/**
 * The aggregation buffer of {@link TotalAggregator}: a partial sum as a few columns a Spark
 * shuffle carries, not a serialised object graph. The sums are exact decimals written as text
 * ({@code BigDecimal.toString}, read back exactly), because Spark's decimal type stops at 38
 * digits; the rest is the state of the library's {@link TotalAccumulator}, the rates used
 * (by key, as {@link org.industrymetrics.aggregate.Total#rates()} prints them), the problems
 * (at most 100), and, for a stock metric, the earliest and latest period seen.
 * <p>
 * Between shuffles the buffer keeps a live {@link TotalAccumulator}; the columns are read from it
 * when Spark writes the buffer and it is rebuilt from them when Spark reads it back. A Java bean
 * for {@code Encoders.bean}: mutable, not thread-safe.
 */
public final class TotalBuffer implements Serializable {

    private static final long serialVersionUID = 1L;

    private String unit;
    private String low = "0";
    private boolean lowOpen;
    private String high = "0";
    private boolean highOpen;
    private String nominal = "0";
    private int precision = Integer.MAX_VALUE;
    private long count;
    private int qualifiers;
    private Map<String, String> rates = new TreeMap<>();
    private List<ProblemRow> problems = new ArrayList<>();
    private Map<String, String> stocks = new TreeMap<>();
    private transient TotalAccumulator acc;
    private transient ObservationUnit parsedUnit;

    /** Creates an empty buffer, for the bean encoder. */
    public TotalBuffer() {
    }

    /** Returns an empty buffer for sums in {@code unit}. */
    static TotalBuffer empty(String unit) {
        TotalBuffer b = new TotalBuffer();
        b.unit = unit;
        return b;
    }

    /** Returns the live accumulator, rebuilt from the columns after Spark has read the buffer. */
    TotalAccumulator accumulator() {
        if (acc == null) {
            acc = TotalAccumulator.of(unit(), new TotalAccumulator.State(new BigDecimal(low), lowOpen,
                    new BigDecimal(high), highOpen, new BigDecimal(nominal), precision, count, qualifiers));
        }
        return acc;
    }

    ObservationUnit unit() {
        if (parsedUnit == null) {
            parsedUnit = ObservationUnit.parse(unit);
        }
        return parsedUnit;
    }

    private TotalAccumulator.State state() {
        return acc == null ? null : acc.state();
    }

    /** Returns the unit of the sums. */
    public String getUnit() {
        return unit;
    }

    /** Sets the unit of the sums. */
    public void setUnit(String unit) {
        this.unit = unit;
        this.parsedUnit = null;
    }

    /** Returns the qualifiers of the figures added, one bit per {@code Qualifier} ordinal. */
    public int getQualifiers() {
        TotalAccumulator.State s = state();
        return s == null ? qualifiers : s.qualifiers();
    }

    /** Sets the qualifiers of the figures added, one bit per {@code Qualifier} ordinal. */
    public void setQualifiers(int qualifiers) {
        this.qualifiers = qualifiers;
        this.acc = null;
    }

    /** Returns the exact sum of the low ends. */
    public String getLow() {
        TotalAccumulator.State s = state();
        return s == null ? low : s.low().toString();
    }

    /** Sets the sum of the low ends. */
    public void setLow(String low) {
        this.low = low;
        this.acc = null;
    }

    /** Returns whether a low end is open. */
    public boolean isLowOpen() {
        TotalAccumulator.State s = state();
        return s == null ? lowOpen : s.lowOpen();
    }

    /** Sets whether a low end is open. */
    public void setLowOpen(boolean lowOpen) {
        this.lowOpen = lowOpen;
        this.acc = null;
    }

    /** Returns the exact sum of the high ends. */
    public String getHigh() {
        TotalAccumulator.State s = state();
        return s == null ? high : s.high().toString();
    }

    /** Sets the sum of the high ends. */
    public void setHigh(String high) {
        this.high = high;
        this.acc = null;
    }

    /** Returns whether a high end is open. */
    public boolean isHighOpen() {
        TotalAccumulator.State s = state();
        return s == null ? highOpen : s.highOpen();
    }

    /** Sets whether a high end is open. */
    public void setHighOpen(boolean highOpen) {
        this.highOpen = highOpen;
        this.acc = null;
    }

    /** Returns the exact sum of the figures as printed. */
    public String getNominal() {
        TotalAccumulator.State s = state();
        return s == null ? nominal : s.nominal().toString();
    }

    /** Sets the sum of the figures as printed. */
    public void setNominal(String nominal) {
        this.nominal = nominal;
        this.acc = null;
    }

    /** Returns the coarsest precision, {@link Integer#MAX_VALUE} when empty. */
    public int getPrecision() {
        TotalAccumulator.State s = state();
        return s == null ? precision : s.precision();
    }

    /** Sets the coarsest precision. */
    public void setPrecision(int precision) {
        this.precision = precision;
        this.acc = null;
    }

    /** Returns the number of figures added. */
    public long getCount() {
        TotalAccumulator.State s = state();
        return s == null ? count : s.count();
    }

    /** Sets the number of figures added. */
    public void setCount(long count) {
        this.count = count;
        this.acc = null;
    }

    /** Returns the rates used, by key (pair, first and last day), as the total prints them. */
    public Map<String, String> getRates() {
        return rates;
    }

    /** Sets the rates used. */
    public void setRates(Map<String, String> rates) {
        this.rates = rates == null ? new TreeMap<>() : new TreeMap<>(rates);
    }

    /** Returns the levels that could not be added, at most 100. */
    public List<ProblemRow> getProblems() {
        return problems;
    }

    /** Sets the problems. */
    public void setProblems(List<ProblemRow> problems) {
        this.problems = problems == null ? new ArrayList<>() : new ArrayList<>(problems);
    }

    /** Returns, by stock metric, the earliest and latest period and id seen, tab-separated. */
    public Map<String, String> getStocks() {
        return stocks;
    }

    /** Sets the stock spans. */
    public void setStocks(Map<String, String> stocks) {
        this.stocks = stocks == null ? new TreeMap<>() : new TreeMap<>(stocks);
    }
}
