package org.industrymetrics.observation;

import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.period.ReportingPeriod;

/** Short ways to build observations in tests. */
public final class Observations {

    private Observations() {
    }

    /**
     * A level: {@code level("a", "CN", "battery.output", "2024", "548.4", "GWh")}; the value may
     * carry a qualifier word ({@code "over 210"}) as {@link ReportedFigure#parse} reads it.
     */
    public static Observation level(String id, String subject, String metric, String period, String figure, String unit) {
        return Observation.builder()
                .id(id)
                .subject(SubjectRef.parse(subject))
                .metric(metric)
                .period(ReportingPeriod.parse(period))
                .figure(ReportedFigure.parse(figure))
                .unit(ObservationUnit.parse(unit))
                .build();
    }

    /** A builder with id, subject, metric, period and figure set, measure and unit left to the test. */
    public static Observation.Builder figure(String id, String subject, String metric, String period, String figure) {
        return Observation.builder()
                .id(id)
                .subject(SubjectRef.parse(subject))
                .metric(metric)
                .period(ReportingPeriod.parse(period))
                .figure(ReportedFigure.parse(figure));
    }
}
