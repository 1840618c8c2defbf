package org.industrymetrics.period;

/**
 * The size of the unit a {@link ReportingPeriod} is counted in, coarsest first.
 * <p>
 * Every unit is made up of whole units of each finer granularity: a year of two halves,
 * a half of two quarters, a quarter of three months, a month of its days.
 */
public enum Granularity {
    /** A calendar year, {@code 2024}. */
    YEAR,
    /** A half year, {@code 2024-H1}. */
    HALF,
    /** A quarter, {@code 2024-Q2}. */
    QUARTER,
    /** A calendar month, {@code 2024-05}. */
    MONTH,
    /** A day, {@code 2024-06-26}. */
    DAY;

    /**
     * Returns whether this granularity is finer than, or the same as, {@code other}: whether units
     * of {@code other} are made up of whole units of this one.
     *
     * @param other the granularity to compare with, not null
     * @return true if this is {@code other} or finer
     */
    public boolean isFinerOrEqual(Granularity other) {
        return compareTo(other) >= 0;
    }
}
