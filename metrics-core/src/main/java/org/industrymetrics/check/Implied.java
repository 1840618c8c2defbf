package org.industrymetrics.check;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.period.ReportingPeriod;

/**
 * What a lone relative figure implies: a share, growth or multiple of which only one of its two
 * levels is in the dataset says where the other level lies. Not a verdict (nothing is compared):
 * the report lists these in a section of their own.
 * This class is immutable and thread-safe.
 *
 * @param observations the relative figure's id, then the id of the level that is stated
 * @param subject the subject of the level that is not stated
 * @param metric its metric
 * @param period its period
 * @param interval where it lies, rounded outward for display
 * @param unit the unit of the interval (the stated level's)
 * @param arithmetic how it follows, such as {@code 350 GWh × 21 % = 73.5 GWh}
 */
public record Implied(List<String> observations, SubjectRef subject, String metric, ReportingPeriod period, Interval interval,
        String unit, String arithmetic) implements Comparable<Implied> {

    /**
     * Validates the components and copies the list.
     *
     * @param observations the observations
     * @param subject the subject
     * @param metric the metric id
     * @param period the period
     * @param interval the interval
     * @param unit the unit
     * @param arithmetic the arithmetic, as shown
     */
    public Implied {
        observations = ImmutableList.copyOf(observations);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(arithmetic, "arithmetic");
    }

    /** Ordered by the observations' ids. */
    @Override
    public int compareTo(Implied o) {
        return String.join(",", observations).compareTo(String.join(",", o.observations));
    }

    /**
     * Returns {@code CN power_battery.output 2024-01/2024-05 in [349.0, 351.0] GWh: 73.5 GWh / 21 % (sc-cq-share, sc-cq-output)}.
     */
    @Override
    public String toString() {
        return subject + " " + metric + " " + period + " in " + interval + Text.unit(unit) + ": " + arithmetic
                + " (" + String.join(", ", observations) + ")";
    }
}
