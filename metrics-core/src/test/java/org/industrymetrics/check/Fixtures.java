package org.industrymetrics.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.money.CurrencyPair;
import org.industrymetrics.money.FxRateTable;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.Metric;
import org.industrymetrics.observation.MetricKind;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.Rule;
import org.industrymetrics.observation.Status;
import org.industrymetrics.observation.Subject;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.period.ReportingPeriod;

/** Terse builders for the small hand-built datasets of the check tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** A level: {@code level("y22", "CN-SC.Yibin", "income", "2022", "163.522", "billion CNY")}. */
    static Observation level(String id, String subject, String metric, String period, String figure, String unit) {
        return builder(id, subject, metric, period, figure).unit(ObservationUnit.parse(unit)).build();
    }

    /** A relative figure; {@code base} may be null for the default base period. */
    static Observation relative(String id, String subject, String metric, String period, Measure measure, String figure,
            String base) {
        Observation.Builder b = builder(id, subject, metric, period, figure).measure(measure);
        if (base != null) {
            b.base(base);
        }
        return b.build();
    }

    static Observation.Builder builder(String id, String subject, String metric, String period, String figure) {
        return Observation.builder().id(id).subject(SubjectRef.parse(subject)).metric(metric)
                .period(ReportingPeriod.parse(period)).figure(ReportedFigure.parse(figure));
    }

    static Observation withQuote(Observation o, String quote) {
        return Observation.builder().from(o).quote(quote).build();
    }

    static Observation withStatus(Observation o, Status status) {
        return Observation.builder().from(o).status(status).build();
    }

    static Dataset dataset(Observation... observations) {
        return Dataset.of(List.of(observations));
    }

    static Subject subject(String id, String parent) {
        return Subject.of(id, parent);
    }

    static Metric metric(String id, MetricKind kind) {
        return Metric.builder().id(id).kind(kind).build();
    }

    static Rule rule(String id, String text) {
        return Rule.builder().id(id).rule(text).build();
    }

    /** A table with one day's USD/CNY quote. */
    static FxRateTable cnyPerUsd(String day, String rate) {
        return FxRateTable.builder().add(LocalDate.parse(day), CurrencyPair.parse("USD/CNY"), new BigDecimal(rate), "FRB H.10")
                .build();
    }

    static Report check(Dataset d, CheckId... only) {
        return Checker.check(d, CheckSettings.builder().only(only).build());
    }

    static BigDecimal d(String text) {
        return new BigDecimal(text);
    }
}
