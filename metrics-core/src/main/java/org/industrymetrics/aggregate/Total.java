package org.industrymetrics.aggregate;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.money.ResolvedRate;
import org.industrymetrics.observation.ObservationUnit;

/**
 * The sum of a group of levels: the interval of true totals (the sum of the figures' intervals),
 * the figure a report would print, how many observations were added, and every exchange rate used.
 * This class is immutable and thread-safe.
 */
public final class Total {

    private final ObservationUnit unit;
    private final Interval interval;
    private final String figure;
    private final long count;
    private final ImmutableList<ResolvedRate> rates;

    Total(ObservationUnit unit, Interval interval, String figure, long count, List<ResolvedRate> rates) {
        this.unit = Objects.requireNonNull(unit, "unit");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.figure = Objects.requireNonNull(figure, "figure");
        this.count = count;
        this.rates = ImmutableList.copyOf(rates);
    }

    /** Returns the unit or currency of the total. */
    public ObservationUnit unit() {
        return unit;
    }

    /** Returns the interval of possible true totals. */
    public Interval interval() {
        return interval;
    }

    /** Returns the total as a report would print it: the sum of the figures at the coarsest precision among them. */
    public String figure() {
        return figure;
    }

    /** Returns the number of observations added. */
    public long count() {
        return count;
    }

    /** Returns the exchange rates used, in a stable order. */
    public List<ResolvedRate> rates() {
        return rates;
    }

    /** Returns {@code 548.4 GWh [548.35, 548.45] (12 observations)}. */
    @Override
    public String toString() {
        return figure + " " + unit + " " + readableInterval() + " (" + count + (count == 1 ? " observation)" : " observations)");
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Total)) {
            return false;
        }
        Total t = (Total) obj;
        return t.unit.equals(unit) && t.interval.equals(interval) && t.figure.equals(figure) && t.count == count
                && t.rates.equals(rates);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, interval, figure, count, rates);
    }

    /**
     * Returns the interval with its ends rounded outward to three decimals more than the figure,
     * where they have more (a conversion at a rate leaves 34 digits): it still holds the true
     * total, and it reads. {@link #interval()} is the exact sum.
     */
    public Interval readableInterval() {
        int dot = figure.indexOf('.');
        int scale = (dot < 0 ? 0 : figure.length() - dot - 1) + 3;
        BigDecimal lo = interval.low();
        BigDecimal hi = interval.high();
        boolean loOpen = interval.isLowOpen();
        boolean hiOpen = interval.isHighOpen();
        if (lo != null && lo.scale() > scale) {
            lo = lo.setScale(scale, RoundingMode.FLOOR);
            loOpen = false;
        }
        if (hi != null && hi.scale() > scale) {
            hi = hi.setScale(scale, RoundingMode.CEILING);
            hiOpen = false;
        }
        return Interval.of(lo, loOpen, hi, hiOpen);
    }
}
