package org.industrymetrics.aggregate;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.observation.Status;
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
    private final String number;
    private final Qualifier qualifier;
    private final Status status;
    private final long count;
    private final ImmutableList<ResolvedRate> rates;

    Total(ObservationUnit unit, Interval interval, String number, Qualifier qualifier, Status status, long count,
            List<ResolvedRate> rates) {
        this.unit = Objects.requireNonNull(unit, "unit");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.number = Objects.requireNonNull(number, "number");
        this.qualifier = qualifier;
        this.status = Objects.requireNonNull(status, "status");
        if (qualifier == null) {
            // no qualifier says what the sum is: the interval, to the figures' precision, outward
            int scale = scale(number);
            this.figure = (interval.low() == null ? "" : interval.low().setScale(scale, RoundingMode.FLOOR).toPlainString()) + ".."
                    + (interval.high() == null ? "" : interval.high().setScale(scale, RoundingMode.CEILING).toPlainString());
        } else {
            this.figure = qualifier.word().isEmpty() ? number : qualifier.word() + " " + number;
        }
        this.count = count;
        this.rates = ImmutableList.copyOf(rates);
    }

    /** {@return the unit or currency of the total} */
    public ObservationUnit unit() {
        return unit;
    }

    /** {@return the interval of possible true totals} */
    public Interval interval() {
        return interval;
    }

    /**
     * {@return the total as a report would print it: the sum of the figures at the coarsest precision
     * among them, with the qualifier the figures imply ({@code over 25} for an "over 20" and a 5);
     * where no qualifier says it (an "over" and an "under", a range), the interval as a range
     * {@code 24..27}, rounded outward to that precision}
     */
    public String figure() {
        return figure;
    }

    /**
     * {@return the qualifier of the total: {@link Qualifier#EXACT} when every figure added is exact,
     * else the one their qualifiers imply (see {@link #figure()}); empty when none does}
     */
    public Optional<Qualifier> qualifier() {
        return Optional.ofNullable(qualifier);
    }

    /**
     * {@return the status of the total: the status of its figures; {@code estimate} (or
     * {@code provisional}) when outcomes of that status are added to actual ones} Planned
     * figures (targets, forecasts) are never added to outcomes or to each other.
     */
    public Status status() {
        return status;
    }

    /** {@return the number of observations added} */
    public long count() {
        return count;
    }

    /** {@return the exchange rates used, in a stable order} */
    public List<ResolvedRate> rates() {
        return rates;
    }

    /** Returns {@code 548.4 GWh [548.35, 548.45] (12 observations)}, with the status when it is not actual ({@code , target}). */
    @Override
    public String toString() {
        return figure + " " + unit + " " + readableInterval() + " (" + count + (count == 1 ? " observation" : " observations")
                + (status == Status.ACTUAL ? "" : ", " + status) + ")";
    }

    private static int scale(String number) {
        int dot = number.indexOf('.');
        return dot < 0 ? 0 : number.length() - dot - 1;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Total)) {
            return false;
        }
        Total t = (Total) obj;
        return t.unit.equals(unit) && t.interval.equals(interval) && t.figure.equals(figure) && t.count == count
                && t.rates.equals(rates) && t.status == status && Objects.equals(t.qualifier, qualifier);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, interval, figure, count, rates, status);
    }

    /**
     * {@return the interval with its ends rounded outward to three decimals more than the figure,
     * where they have more (a conversion at a rate leaves 34 digits): it still holds the true
     * total, and it reads} {@link #interval()} is the exact sum.
     */
    public Interval readableInterval() {
        int scale = scale(number) + 3;
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
