package org.industrymetrics.testkit;

import net.jqwik.api.Arbitrary;
import org.industrymetrics.period.Granularity;
import org.industrymetrics.period.ReportingPeriod;

/**
 * Generates reporting periods: by default every granularity (years, halves, quarters, months,
 * days), in the years {@value ReportingPeriod#MIN_YEAR} to {@value ReportingPeriod#MAX_YEAR}
 * (both ends are edge cases), and one in four a range of units ({@code 2024-01/2024-05}).
 * Each method returns a new arbitrary.
 */
public interface PeriodArbitrary extends Arbitrary<ReportingPeriod> {

    /**
     * Generates periods of these granularities only.
     *
     * @param granularities the granularities, at least one
     * @return the new arbitrary
     */
    PeriodArbitrary withGranularities(Granularity... granularities);

    /**
     * Generates periods that start in the years {@code min} to {@code max}.
     *
     * @param min the first year, at least {@value ReportingPeriod#MIN_YEAR}
     * @param max the last year, at most {@value ReportingPeriod#MAX_YEAR}
     * @return the new arbitrary
     */
    PeriodArbitrary years(int min, int max);

    /**
     * Generates single units only, no ranges.
     *
     * @return the new arbitrary
     */
    PeriodArbitrary withoutRanges();
}
