package org.industrymetrics.testkit;

import net.jqwik.api.Arbitrary;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.period.ReportingPeriod;

/**
 * Generates valid observations: by default of every measure, levels in every unit of quantity
 * and money (with and without scale words) and in counts, figures of every qualifier, subjects of
 * a small tree and a union (so that groups collide), three metrics, and periods of every
 * granularity in the years 2000 to 2030. All have the id {@code o}: {@link MetricsArbitraries#datasets()}
 * and {@link MetricsArbitraries#renumber} give unique ids. Each method returns a new arbitrary.
 */
public interface ObservationArbitrary extends Arbitrary<Observation> {

    /**
     * Generates observations of these measures only.
     *
     * @param measures the measures, at least one
     * @return the new arbitrary
     */
    ObservationArbitrary withMeasures(Measure... measures);

    /**
     * Generates observations of these subjects ({@code CN}, {@code CN-SC+CN-CQ}); the first is the
     * base of shares and contributions.
     *
     * @param subjects subject references as {@link org.industrymetrics.observation.SubjectRef#parse} reads them, at least one
     * @return the new arbitrary
     */
    ObservationArbitrary withSubjects(String... subjects);

    /**
     * Generates observations of these metrics.
     *
     * @param metrics lower-case dotted metric ids, at least one
     * @return the new arbitrary
     */
    ObservationArbitrary withMetrics(String... metrics);

    /**
     * Generates levels in these units only ({@code GWh}, {@code billion CNY}, {@code vehicles}).
     *
     * @param units units as {@link org.industrymetrics.observation.ObservationUnit#parse} reads them, at least one
     * @return the new arbitrary
     */
    ObservationArbitrary withLevelUnits(String... units);

    /**
     * Generates observations of periods from {@code periods}.
     *
     * @param periods the periods, not null
     * @return the new arbitrary
     */
    ObservationArbitrary withPeriods(Arbitrary<ReportingPeriod> periods);
}
