package org.industrymetrics.money;

import java.util.Objects;

/**
 * How amounts are converted with an {@link FxRateTable}: how old a day's quote may be, and whether
 * a flow over a period (output, sales, investment) converts at the average rate of the period or at
 * the rate of its last day. A stock (capacity, a balance) always converts at the rate of the day it
 * is taken, the period's last day. The defaults follow FORMAT.md §4: 7 days, flows at the average.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class RatePolicy {

    /** Quotes up to {@value FxRateTable#DEFAULT_MAX_STALE_DAYS} days old; flows at the period average. */
    public static final RatePolicy DEFAULT = new RatePolicy(FxRateTable.DEFAULT_MAX_STALE_DAYS, true);

    private final int maxStaleDays;
    private final boolean flowsAtAverage;

    private RatePolicy(int maxStaleDays, boolean flowsAtAverage) {
        this.maxStaleDays = maxStaleDays;
        this.flowsAtAverage = flowsAtAverage;
    }

    /**
     * Obtains a policy.
     *
     * @param maxStaleDays how many days before the day asked for a quote may be, 0 for that day only
     * @param flowsAtAverage whether flows convert at the average rate of their period
     * @return the policy
     * @throws IllegalArgumentException if {@code maxStaleDays} is negative
     */
    public static RatePolicy of(int maxStaleDays, boolean flowsAtAverage) {
        if (maxStaleDays < 0) {
            throw new IllegalArgumentException("maxStaleDays must not be negative, found " + maxStaleDays);
        }
        return new RatePolicy(maxStaleDays, flowsAtAverage);
    }

    /** {@return how many days before the day asked for a quote may be; 0 means that day only} */
    public int maxStaleDays() {
        return maxStaleDays;
    }

    /** {@return whether flows convert at the average rate of their period (else at its last day's rate)} */
    public boolean flowsAtAverage() {
        return flowsAtAverage;
    }

    /**
     * Returns a copy with another staleness.
     *
     * @param maxStaleDays days, zero or more
     * @return the policy; this instance is immutable and unaffected by this method call
     * @throws IllegalArgumentException if {@code maxStaleDays} is negative
     */
    public RatePolicy withMaxStaleDays(int maxStaleDays) {
        return of(maxStaleDays, flowsAtAverage);
    }

    /**
     * Returns a copy with another treatment of flows.
     *
     * @param flowsAtAverage whether flows convert at the average rate of their period
     * @return the policy; this instance is immutable and unaffected by this method call
     */
    public RatePolicy withFlowsAtAverage(boolean flowsAtAverage) {
        return of(maxStaleDays, flowsAtAverage);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof RatePolicy)) {
            return false;
        }
        RatePolicy other = (RatePolicy) obj;
        return maxStaleDays == other.maxStaleDays && flowsAtAverage == other.flowsAtAverage;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxStaleDays, flowsAtAverage);
    }

    @Override
    public String toString() {
        return "RatePolicy[maxStaleDays=" + maxStaleDays + ", flowsAtAverage=" + flowsAtAverage + "]";
    }
}
