package org.industrymetrics.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.industrymetrics.check.CheckId;
import org.industrymetrics.check.CheckSettings;
import org.industrymetrics.check.Checker;
import org.industrymetrics.check.Finding;
import org.industrymetrics.check.Report;
import org.industrymetrics.check.Verdict;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Metric;
import org.industrymetrics.observation.MetricKind;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.period.ReportingPeriod;
import org.junit.jupiter.api.Test;

/** The fx check against the bundled FRB H.10 rates: the FinDreams figures of the seed article. */
class ReferenceRatesCheckTest {

    private static Observation level(String id, String period, String figure, String unit) {
        return Observation.builder().id(id).subject(SubjectRef.of("FinDreams.Bishan")).metric("output_value")
                .period(ReportingPeriod.parse(period)).figure(ReportedFigure.parse(figure)).unit(ObservationUnit.parse(unit)).build();
    }

    private static Finding fx(Dataset d) {
        Report r = Checker.check(d, CheckSettings.builder().only(CheckId.FX).addRates(ReferenceRates.cnyPerUsd()).build());
        assertEquals(1, r.findings().size(), r.toString());
        return r.findings().get(0);
    }

    @Test
    void test_fx_onTheDay_consistent() {
        Finding f = fx(Dataset.of(List.of(level("cny", "2024-06-26", "20", "billion CNY"), level("usd", "2024-06-26", "about 2.75", "billion USD"))));
        assertEquals(Verdict.CONSISTENT, f.verdict());
        assertEquals("20 billion CNY / 7.2666 (USD/CNY on 2024-06-26, FRB H.10) = 2.7523 billion USD, stated about 2.75 billion USD",
                f.message());
    }

    @Test
    void test_fx_aYearsFlow_atTheYearsAverage() {
        // as in the seed: "an annual output value surpassing 20 billion yuan (about USD 2.75 billion)" for 2023
        Dataset d = Dataset.builder().addMetric(Metric.builder().id("output_value").kind(MetricKind.FLOW).build())
                .addObservation(level("cny", "2023", "over 20", "billion CNY"))
                .addObservation(level("usd", "2023", "about 2.75", "billion USD")).build();
        Finding f = fx(d);
        assertEquals(Verdict.CONSISTENT, f.verdict());
        assertTrue(f.message().startsWith("over 20 billion CNY / 7.08"), f.message());
        assertTrue(f.message().contains("(USD/CNY average of 2023-01-01..2023-12-31, "), f.message());
    }
}
