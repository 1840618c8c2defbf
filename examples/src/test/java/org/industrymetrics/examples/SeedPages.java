package org.industrymetrics.examples;

import org.industrymetrics.check.CheckSettings;
import org.industrymetrics.check.Checker;
import org.industrymetrics.check.Report;
import org.industrymetrics.csv.ReferenceRates;
import org.industrymetrics.html.ReportHtml;
import org.industrymetrics.observation.Dataset;

/** The seed report's page, as the command with no arguments checks it (with the bundled rates). */
final class SeedPages {

    private SeedPages() {
    }

    static CheckSettings settings() {
        return CheckSettings.builder().addRates(ReferenceRates.cnyPerUsd()).build();
    }

    static Report report(Dataset seed) {
        return Checker.check(seed, settings());
    }

    static String reportHtml() {
        Dataset seed = SeedDataset.load();
        return ReportHtml.toHtml(report(seed), seed, settings());
    }
}
