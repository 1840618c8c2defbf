package org.industrymetrics.check;

import static org.industrymetrics.check.Fixtures.check;
import static org.industrymetrics.check.Fixtures.cnyPerUsd;
import static org.industrymetrics.check.Fixtures.d;
import static org.industrymetrics.check.Fixtures.dataset;
import static org.industrymetrics.check.Fixtures.level;
import static org.industrymetrics.check.Fixtures.metric;
import static org.industrymetrics.check.Fixtures.relative;
import static org.industrymetrics.check.Fixtures.rule;
import static org.industrymetrics.check.Fixtures.subject;
import static org.industrymetrics.check.Fixtures.withQuote;
import static org.industrymetrics.check.Fixtures.withStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.figure.Interval;
import java.time.LocalDate;
import org.industrymetrics.money.CurrencyPair;
import org.industrymetrics.money.FxRateTable;
import org.industrymetrics.money.RatePolicy;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.MetricKind;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.Status;
import org.junit.jupiter.api.Test;

/** The verdicts of each check on small hand-built datasets: one consistent and one inconsistent example per check at least. */
class CheckerTest {

    private static final String INCOME = "hightech_industry.operating_income";

    private static Finding only(Report r) {
        assertEquals(1, r.findings().size(), r.toString());
        return r.findings().get(0);
    }

    private static Interval i(String text) {
        return Interval.parse(text);
    }

    // -----------------------------------------------------------------------------------------
    // growth

    private static Dataset yibin(String growth) {
        return dataset(
                level("yibin-income-2022", "CN-SC.Yibin", INCOME, "2022", "163.522", "billion CNY"),
                level("yibin-income-2021", "CN-SC.Yibin", INCOME, "2021", "103.073", "billion CNY"),
                withQuote(relative("yibin-income-growth-2022", "CN-SC.Yibin", INCOME, "2022", Measure.GROWTH, growth, null),
                        "the growth rate in 2022 was 58.7%"));
    }

    @Test
    void test_growth_yibin58point7_inconsistent() {
        Finding f = only(Checker.check(yibin("58.7")));
        assertEquals(CheckId.GROWTH, f.check());
        assertEquals(Verdict.INCONSISTENT, f.verdict());
        assertEquals(List.of("yibin-income-growth-2022", "yibin-income-2022", "yibin-income-2021"), f.observations());
        assertEquals(Optional.of(i("[58.65, 58.75]")), f.stated());
        // rounded outward: 58.64803... is printed 58.6481 (FORMAT.md's example shows 58.6480, which would cut it off)
        assertEquals(Optional.of(i("[58.6455, 58.6481]")), f.derived());
        assertEquals(d("0.0019"), f.margin().orElseThrow());
        assertEquals("%", f.unit());
        assertEquals("pp", f.marginUnit());
        assertEquals("163.522 / 103.073 - 1 = 58.647 %, stated 58.7 % (\"the growth rate in 2022 was 58.7%\")", f.message());
    }

    @Test
    void test_growth_yibin58point6_consistent() {
        Finding f = only(Checker.check(yibin("58.6")));
        assertEquals(Verdict.CONSISTENT, f.verdict());
        assertEquals(d("0"), f.margin().orElseThrow());
        assertTrue(f.derived().orElseThrow().overlaps(f.stated().orElseThrow()));
    }

    @Test
    void test_growth_explicitBasePeriod() {
        Dataset d = dataset(level("a", "X", "m", "2024-01/2024-05", "144", "1"), level("b", "X", "m", "2022-01/2022-05", "100", "1"),
                relative("g", "X", "m", "2024-01/2024-05", Measure.GROWTH, "44", "2022-01/2022-05"));
        Finding f = only(Checker.check(d));
        assertEquals(Verdict.CONSISTENT, f.verdict());
        assertEquals(List.of("g", "a", "b"), f.observations());
    }

    @Test
    void test_growth_baseMayBeZero_undetermined() {
        Dataset d = dataset(level("a", "X", "m", "2022", "5", "1"), level("b", "X", "m", "2021", "0", "1"),
                relative("g", "X", "m", "2022", Measure.GROWTH, "50", null));
        Finding f = only(Checker.check(d));
        assertEquals(Verdict.UNDETERMINED, f.verdict());
        assertEquals(Optional.empty(), f.margin());
        assertTrue(f.message().contains("unbounded"), f.message());
    }

    @Test
    void test_growth_missingBaseLevel_noFinding() {
        Dataset d = dataset(level("a", "X", "m", "2022", "5", "1"), relative("g", "X", "m", "2022", Measure.GROWTH, "50", null));
        assertEquals(List.of(), Checker.check(d).findings());
    }

    @Test
    void test_growth_otherCurrency_leftOut() {
        Dataset d = dataset(level("a", "X", "m", "2022", "5", "billion CNY"), level("b", "X", "m", "2021", "0.5", "billion USD"),
                relative("g", "X", "m", "2022", Measure.GROWTH, "50", null));
        assertEquals(List.of(), check(d, CheckId.GROWTH).findings());
    }

    @Test
    void test_growth_otherScale_converted() {
        Dataset d = dataset(level("a", "X", "m", "2022", "1.5", "trillion CNY"), level("b", "X", "m", "2021", "1000", "billion CNY"),
                relative("g", "X", "m", "2022", Measure.GROWTH, "50", null));
        Finding f = only(Checker.check(d));
        assertEquals(Verdict.CONSISTENT, f.verdict());
        assertEquals("1.5 / 1000 billion CNY - 1 = 50.00 %, stated 50 %", f.message());
    }

    @Test
    void test_growth_incompatibleUnits_undetermined() {
        Dataset d = dataset(level("a", "X", "m", "2022", "5", "GWh"), level("b", "X", "m", "2021", "4", "t"),
                relative("g", "X", "m", "2022", Measure.GROWTH, "25", null));
        Finding f = only(Checker.check(d));
        assertEquals(Verdict.UNDETERMINED, f.verdict());
        assertEquals(Optional.empty(), f.derived());
        assertTrue(f.message().contains("cannot compare t (mass) with GWh (energy)"), f.message());
    }

    // -----------------------------------------------------------------------------------------
    // multiple

    @Test
    void test_multiple_consistentAndInconsistent() {
        Observation now = level("now", "CN-SC.Yibin", "power_battery.output_value", "2022", "88.9", "billion CNY");
        Observation m = relative("m", "CN-SC.Yibin", "power_battery.output_value", "2022", Measure.MULTIPLE, "4.5", null);
        Finding ok = only(Checker.check(dataset(now, m, level("before", "CN-SC.Yibin", "power_battery.output_value", "2021", "19.8", "billion CNY"))));
        assertEquals(CheckId.MULTIPLE, ok.check());
        assertEquals(Verdict.CONSISTENT, ok.verdict());
        assertEquals("x", ok.unit());
        assertEquals("88.9 / 19.8 = 4.490 x, stated 4.5 x", ok.message());
        Finding bad = only(Checker.check(dataset(now, m, level("before", "CN-SC.Yibin", "power_battery.output_value", "2021", "16.2", "billion CNY"))));
        assertEquals(Verdict.INCONSISTENT, bad.verdict());
        assertEquals(Optional.of(i("[5.4676, 5.5078]")), bad.derived());
        assertEquals(d("0.9176"), bad.margin().orElseThrow());
        assertEquals("x", bad.marginUnit());
    }

    // -----------------------------------------------------------------------------------------
    // share

    private static Dataset signed(String part, String whole, String share) {
        String p = "2022-06/2023-05";
        return dataset(
                level("manufacturing", "CN-SC.Yibin.signed.manufacturing", "investment.agreed", p, part, "billion CNY"),
                level("all", "CN-SC.Yibin.signed", "investment.agreed", p, whole, "billion CNY"),
                withQuote(relative("share", "CN-SC.Yibin.signed.manufacturing", "investment.agreed", p, Measure.SHARE, share,
                        "CN-SC.Yibin.signed"), "accounting for more than 85% of the total investment"));
    }

    @Test
    void test_share_over210OfOver250_consistent() {
        Finding f = only(Checker.check(signed("over 210", "over 250", "over 85")));
        assertEquals(CheckId.SHARE, f.check());
        assertEquals(Verdict.CONSISTENT, f.verdict());
        assertEquals(List.of("share", "manufacturing", "all"), f.observations());
        assertEquals(Optional.of(i("(85, 94]")), f.stated());
        assertEquals(Optional.of(i("[76.225, 92.6)")), f.derived());
        assertEquals("over 210 / over 250 = [76.225, 92.6) %, stated over 85 % (\"accounting for more than 85% of the total investment\")",
                f.message());
    }

    @Test
    void test_share_exactFigures_inconsistent() {
        Finding f = only(Checker.check(signed("210", "250", "85")));
        assertEquals(Verdict.INCONSISTENT, f.verdict());
        assertEquals("210 / 250 = 84.00 %, stated 85 % (\"accounting for more than 85% of the total investment\")", f.message());
        assertEquals(Optional.of(i("[83.6327, 84.3688]")), f.derived());
        assertEquals(d("0.1312"), f.margin().orElseThrow());
    }

    @Test
    void test_share_partInDollars_convertedAtTheRate() {
        Dataset d = dataset(level("part", "A", "m", "2024-06-26", "1", "billion USD"), level("whole", "W", "m", "2024-06-26", "14.5", "billion CNY"),
                relative("s", "A", "m", "2024-06-26", Measure.SHARE, "50", "W"));
        Finding f = only(Checker.check(d, CheckSettings.builder().addRates(cnyPerUsd("2024-06-26", "7.2666")).build()));
        assertEquals(Verdict.CONSISTENT, f.verdict());
        assertEquals("1 billion USD at 7.2666 (USD/CNY on 2024-06-26, FRB H.10) / 14.5 = 50.11 %, stated 50 %", f.message());
        Finding none = only(Checker.check(d));
        assertEquals(Verdict.UNDETERMINED, none.verdict());
        assertTrue(none.message().contains("no rate for USD/CNY on 2024-06-26"), none.message());
    }

    // -----------------------------------------------------------------------------------------
    // growth-pp and share-pp

    private static Dataset investment(String growth2021) {
        String m = "investment.secondary_industry";
        return dataset(
                relative("g2022", "CN-SC.Yibin", m, "2022", Measure.GROWTH, "26.3", null),
                relative("pp2022", "CN-SC.Yibin", m, "2022", Measure.GROWTH_PP, "10.4", null),
                relative("g2021", "CN-SC.Yibin", m, "2021", Measure.GROWTH, growth2021, null));
    }

    @Test
    void test_growthPp_15point9_consistent() {
        Finding f = only(Checker.check(investment("15.9")));
        assertEquals(CheckId.GROWTH_PP, f.check());
        assertEquals(Verdict.CONSISTENT, f.verdict());
        assertEquals(List.of("pp2022", "g2022", "g2021"), f.observations());
        assertEquals(Optional.of(i("[10.3, 10.5]")), f.derived());
        assertEquals("pp", f.unit());
        assertEquals("26.3 % - 15.9 % = 10.4 pp, stated 10.4 pp", f.message());
    }

    @Test
    void test_growthPp_17_inconsistent() {
        Finding f = only(Checker.check(investment("17")));
        assertEquals(Verdict.INCONSISTENT, f.verdict());
        assertEquals(Optional.of(i("[8.75, 9.85]")), f.derived());
        assertEquals(d("0.5"), f.margin().orElseThrow());
        assertEquals("pp", f.marginUnit());
    }

    @Test
    void test_growthPp_growthsAgainstDifferentBases_notCombined() {
        String m = "investment";
        Dataset d = dataset(relative("g2022", "X", m, "2022", Measure.GROWTH, "26.3", null),
                relative("pp2022", "X", m, "2022", Measure.GROWTH_PP, "10.4", null),
                relative("g2021", "X", m, "2021", Measure.GROWTH, "15.9", "2019"));
        assertEquals(List.of(), Checker.check(d).findings());
    }

    @Test
    void test_sharePp_consistentAndInconsistent() {
        Observation s2023 = relative("s2023", "CN-SC", "power_battery.output", "2023", Measure.SHARE, "20", "CN");
        Observation s2022 = relative("s2022", "CN-SC", "power_battery.output", "2022", Measure.SHARE, "18", "CN");
        Observation other = relative("other-whole", "CN-SC", "power_battery.output", "2022", Measure.SHARE, "90", "CN-SC.Region");
        Finding ok = only(check(dataset(s2023, s2022, other, relative("pp", "CN-SC", "power_battery.output", "2023", Measure.SHARE_PP, "2", null)),
                CheckId.SHARE_PP));
        assertEquals(Verdict.CONSISTENT, ok.verdict());
        assertEquals(List.of("pp", "s2023", "s2022"), ok.observations());
        Finding bad = only(check(dataset(s2023, s2022, other, relative("pp", "CN-SC", "power_battery.output", "2023", Measure.SHARE_PP, "5", null)),
                CheckId.SHARE_PP));
        assertEquals(Verdict.INCONSISTENT, bad.verdict());
        assertEquals(Optional.of(i("[1, 3]")), bad.derived());
        assertEquals(d("1.5"), bad.margin().orElseThrow());
    }

    // -----------------------------------------------------------------------------------------
    // contribution

    private static Dataset changzhou(String contribution) {
        String m = "industrial.output_value";
        return dataset(
                relative("c", "CZ.three", m, "2022", Measure.CONTRIBUTION, contribution, "CZ"),
                level("part22", "CZ.three", m, "2022", "1200", "billion CNY"), level("part21", "CZ.three", m, "2021", "1000", "billion CNY"),
                level("whole22", "CZ", m, "2022", "2500", "billion CNY"), level("whole21", "CZ", m, "2021", "2200", "billion CNY"));
    }

    @Test
    void test_contribution_consistent() {
        Finding f = only(Checker.check(changzhou("66.7")));
        assertEquals(CheckId.CONTRIBUTION, f.check());
        assertEquals(Verdict.CONSISTENT, f.verdict());
        assertEquals(List.of("c", "part22", "part21", "whole22", "whole21"), f.observations());
        assertEquals("(1200 - 1000) / (2500 - 2200) = 66.667 %, stated 66.7 %", f.message());
    }

    @Test
    void test_contribution_102point2_inconsistent() {
        Finding f = only(Checker.check(changzhou("102.2")));
        assertEquals(Verdict.INCONSISTENT, f.verdict());
        assertEquals(Optional.of(i("[66.1129, 67.2241]")), f.derived());
        assertEquals(d("34.9259"), f.margin().orElseThrow());
    }

    // -----------------------------------------------------------------------------------------
    // parts-sum

    private static Dataset calb(String phase2) {
        return calb(phase2, "GWh/a");
    }

    private static Dataset calb(String phase2, String unit) {
        return Dataset.builder().addSubject(subject("CALB", null)).addSubject(subject("CALB.Chengdu", "CALB"))
                .addSubject(subject("CALB.Chengdu.Phase1", "CALB.Chengdu")).addSubject(subject("CALB.Chengdu.Phase2", "CALB.Chengdu"))
                .addObservation(level("both", "CALB.Chengdu.Phase1+CALB.Chengdu.Phase2", "battery.capacity", "2026", "50", "GWh/a"))
                .addObservation(level("p1", "CALB.Chengdu.Phase1", "battery.capacity", "2026", "20", "GWh/a"))
                .addObservation(level("p2", "CALB.Chengdu.Phase2", "battery.capacity", "2026", phase2, unit))
                .build();
    }

    @Test
    void test_partsSum_union_consistentAndInconsistent() {
        Finding ok = only(check(calb("30"), CheckId.PARTS_SUM));
        assertEquals(Verdict.CONSISTENT, ok.verdict());
        assertEquals(List.of("both", "p1", "p2"), ok.observations());
        assertEquals("20 (CALB.Chengdu.Phase1) + 30 (CALB.Chengdu.Phase2) = 50 GWh/a, stated 50 GWh/a", ok.message());
        Finding bad = only(check(calb("35000", "MWh/a"), CheckId.PARTS_SUM));
        assertEquals(Verdict.INCONSISTENT, bad.verdict());
        assertEquals(Optional.of(i("[54.4995, 55.5005]")), bad.derived());
        assertEquals("20 (CALB.Chengdu.Phase1) + 35000 MWh/a (CALB.Chengdu.Phase2) = 55 GWh/a, stated 50 GWh/a", bad.message());
    }

    @Test
    void test_partsSum_unionOfUnknownOverlap_notChecked() {
        Dataset d = dataset(level("both", "A+B", "m", "2026", "50", "t"), level("a", "A", "m", "2026", "20", "t"), level("b", "B", "m", "2026", "20", "t"));
        assertEquals(List.of(), check(d, CheckId.PARTS_SUM).findings());
    }

    private static Dataset sichuan(String chengdu) {
        return Dataset.builder().addSubject(subject("CN-SC", null)).addSubject(subject("CN-SC.Yibin", "CN-SC"))
                .addSubject(subject("CN-SC.Chengdu", "CN-SC")).addSubject(subject("CN-SC.Deyang", "CN-SC"))
                .addObservation(level("sc", "CN-SC", "output_value", "2022", "100", "billion CNY"))
                .addObservation(level("yibin", "CN-SC.Yibin", "output_value", "2022", "60", "billion CNY"))
                .addObservation(level("chengdu", "CN-SC.Chengdu", "output_value", "2022", chengdu, "billion CNY"))
                .build();
    }

    @Test
    void test_partsSum_children_consistent() {
        Finding f = only(check(sichuan("30"), CheckId.PARTS_SUM));
        assertEquals(Verdict.CONSISTENT, f.verdict());
        assertEquals(List.of("sc", "yibin", "chengdu"), f.observations());
        assertEquals(Optional.of(i("[99.5, 100.5]")), f.stated());
        assertEquals(Optional.of(i("[89, +inf)")), f.derived());
        assertEquals("60 (CN-SC.Yibin) + 30 (CN-SC.Chengdu) = 90 billion CNY in parts of CN-SC, at most its stated 100 billion CNY",
                f.message());
    }

    @Test
    void test_partsSum_children_inconsistent() {
        Finding f = only(check(sichuan("45"), CheckId.PARTS_SUM));
        assertEquals(Verdict.INCONSISTENT, f.verdict());
        assertEquals(Optional.of(i("[104, +inf)")), f.derived());
        assertEquals(d("3.5"), f.margin().orElseThrow());
    }

    @Test
    void test_partsSum_negativeFigures_notChecked() {
        assertEquals(List.of(), check(sichuan("-45"), CheckId.PARTS_SUM).findings());
    }

    // -----------------------------------------------------------------------------------------
    // disjoint-shares

    private static Dataset.Builder china() {
        return Dataset.builder().addSubject(subject("CN", null)).addSubject(subject("CN-SC", "CN")).addSubject(subject("CN-CQ", "CN"))
                .addSubject(subject("CN-JS", "CN")).addSubject(subject("CN-JS.Changzhou", "CN-JS"));
    }

    @Test
    void test_disjointShares_past100_inconsistent() {
        Dataset d = china()
                .addObservation(relative("sc", "CN-SC", "lithium_ore.resources", "2025", Measure.SHARE, "57", "CN"))
                .addObservation(relative("cq", "CN-CQ", "lithium_ore.resources", "2025", Measure.SHARE, "45", "CN"))
                .build();
        Finding f = only(check(d, CheckId.DISJOINT_SHARES));
        assertEquals(Verdict.INCONSISTENT, f.verdict());
        assertEquals(List.of("sc", "cq"), f.observations());
        assertEquals(Optional.of(i("[101, 103]")), f.stated());
        assertEquals(Optional.of(i("[0, 100]")), f.derived());
        assertEquals("57 % (CN-SC) + 45 % (CN-CQ) = 102 % of CN, disjoint parts of one whole: at most 100 %", f.message());
    }

    @Test
    void test_disjointShares_within100_consistent_andOverlappingSubjectsApart() {
        Dataset d = china()
                .addObservation(relative("sc-cq", "CN-SC+CN-CQ", "power_battery.output", "2024", Measure.SHARE, "21", "CN"))
                .addObservation(relative("sc", "CN-SC", "power_battery.output", "2024", Measure.SHARE, "15", "CN"))
                .addObservation(relative("cz", "CN-JS.Changzhou", "power_battery.output", "2024", Measure.SHARE, "about 20", "CN"))
                .build();
        Report r = check(d, CheckId.DISJOINT_SHARES);
        // {CN-SC+CN-CQ, Changzhou} and {CN-SC, Changzhou}: CN-SC is part of the union
        assertEquals(2, r.findings().size(), r.toString());
        List<List<String>> sets = new ArrayList<>();
        for (Finding f : r.findings()) {
            assertEquals(Verdict.CONSISTENT, f.verdict());
            sets.add(f.observations());
        }
        assertTrue(sets.contains(List.of("sc-cq", "cz")), sets.toString());
        assertTrue(sets.contains(List.of("sc", "cz")), sets.toString());
    }

    @Test
    void test_disjointShares_openEnds_respected() {
        Dataset d = china()
                .addObservation(relative("sc", "CN-SC", "m", "2025", Measure.SHARE, "over 50", "CN"))
                .addObservation(relative("cq", "CN-CQ", "m", "2025", Measure.SHARE, "at least 50", "CN"))
                .build();
        // (50, ...] + [50, ...]: more than 100 %, though only just
        Finding f = only(check(d, CheckId.DISJOINT_SHARES));
        assertEquals(Verdict.INCONSISTENT, f.verdict());
        assertEquals(d("0"), f.margin().orElseThrow());
    }

    // -----------------------------------------------------------------------------------------
    // period-sum

    private static Dataset.Builder months(String kind, String... values) {
        Dataset.Builder b = Dataset.builder();
        if (kind != null) {
            b.addMetric(metric("output", MetricKind.parse(kind)));
        }
        for (int m = 0; m < values.length; m++) {
            b.addObservation(level("m" + (m + 1), "X", "output", String.format(java.util.Locale.ROOT, "2024-%02d", m + 1), values[m], "GWh"));
        }
        return b;
    }

    @Test
    void test_periodSum_year_consistentAndInconsistent() {
        String[] twelve = {"10", "10", "10", "10", "10", "10", "10", "10", "10", "10", "10", "10.4"};
        Finding ok = only(check(months("flow", twelve).addObservation(level("year", "X", "output", "2024", "120", "GWh")).build(),
                CheckId.PERIOD_SUM));
        assertEquals(Verdict.CONSISTENT, ok.verdict());
        assertEquals("year", ok.observations().get(0));
        assertEquals(13, ok.observations().size());
        assertEquals("12 months 2024-01..2024-12: 10 + 10 + 10 + 10 + 10 + 10 + 10 + 10 + 10 + 10 + 10 + 10.4 = 120.4 GWh, stated 120 GWh",
                ok.message());
        Finding bad = only(check(months("flow", twelve).addObservation(level("year", "X", "output", "2024", "130", "GWh")).build(),
                CheckId.PERIOD_SUM));
        assertEquals(Verdict.INCONSISTENT, bad.verdict());
        assertEquals(Optional.of(i("[114.85, 125.95]")), bad.derived());
        assertEquals(d("3.55"), bad.margin().orElseThrow());
    }

    @Test
    void test_periodSum_janToMay_fiveMonths() {
        Dataset d = months("flow", "10", "11", "12", "13", "14").addObservation(level("jan-may", "X", "output", "2024-01/2024-05", "60", "GWh")).build();
        Finding f = only(check(d, CheckId.PERIOD_SUM));
        assertEquals(Verdict.CONSISTENT, f.verdict());
        assertEquals(List.of("jan-may", "m1", "m2", "m3", "m4", "m5"), f.observations());
        Dataset bad = months("flow", "10", "11", "12", "13", "14").addObservation(level("jan-may", "X", "output", "2024-01/2024-05", "65", "GWh")).build();
        assertEquals(Verdict.INCONSISTENT, only(check(bad, CheckId.PERIOD_SUM)).verdict());
    }

    @Test
    void test_periodSum_quartersAndMonths_oneFindingPerTiling() {
        Dataset.Builder b = months("flow", "10", "10", "10", "10", "10", "10")
                .addObservation(level("q1", "X", "output", "2024-Q1", "30", "GWh"))
                .addObservation(level("q2", "X", "output", "2024-Q2", "33", "GWh"))
                .addObservation(level("h1", "X", "output", "2024-H1", "60", "GWh"));
        Report r = check(b.build(), CheckId.PERIOD_SUM);
        // H1 as Q1 + Q2 (63), Q1 + three months (60), three months + Q2 (63), six months (60); Q1 and Q2 by months
        assertEquals(new java.util.TreeSet<>(List.of(
                "2 quarters 2024-Q1..2024-Q2: 30 + 33 = 63 GWh, stated 60 GWh",
                "2024-Q1 + 2024-04 + 2024-05 + 2024-06: 30 + 10 + 10 + 10 = 60 GWh, stated 60 GWh",
                "2024-01 + 2024-02 + 2024-03 + 2024-Q2: 10 + 10 + 10 + 33 = 63 GWh, stated 60 GWh",
                "6 months 2024-01..2024-06: 10 + 10 + 10 + 10 + 10 + 10 = 60 GWh, stated 60 GWh",
                "3 months 2024-01..2024-03: 10 + 10 + 10 = 30 GWh, stated 30 GWh",
                "3 months 2024-04..2024-06: 10 + 10 + 10 = 30 GWh, stated 33 GWh")),
                r.findings().stream().map(Finding::message).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)),
                r.toString());
        assertEquals(3, r.count(Verdict.INCONSISTENT), r.toString());
    }

    /** January to September stated, with its months, quarters and first half: every way to make it up. */
    private static Dataset.Builder janToSep(String total, String q3) {
        return months("flow", "10", "10", "10", "10", "10", "10", "10", "10", "10")
                .addObservation(level("q1", "X", "output", "2024-Q1", "30", "GWh"))
                .addObservation(level("q2", "X", "output", "2024-Q2", "30", "GWh"))
                .addObservation(level("q3", "X", "output", "2024-Q3", q3, "GWh"))
                .addObservation(level("h1", "X", "output", "2024-H1", "60", "GWh"))
                .addObservation(level("ytd", "X", "output", "2024-01/2024-09", total, "GWh"));
    }

    private static List<Finding> of(Report r, String whole) {
        return r.findings().stream().filter(f -> f.observations().get(0).equals(whole)).collect(java.util.stream.Collectors.toList());
    }

    @Test
    void test_periodSum_janToSep_asNineMonths_threeQuarters_halfAndQuarter() {
        Report r = check(janToSep("90", "30").build(), CheckId.PERIOD_SUM);
        List<String> ytd = of(r, "ytd").stream().map(Finding::message).collect(java.util.stream.Collectors.toList());
        assertTrue(ytd.contains("2024-H1 + 2024-Q3: 60 + 30 = 90 GWh, stated 90 GWh"), ytd.toString());
        assertTrue(ytd.contains("3 quarters 2024-Q1..2024-Q3: 30 + 30 + 30 = 90 GWh, stated 90 GWh"), ytd.toString());
        assertTrue(ytd.contains("9 months 2024-01..2024-09: 10 + 10 + 10 + 10 + 10 + 10 + 10 + 10 + 10 = 90 GWh, stated 90 GWh"),
                ytd.toString());
        // H1 (1 way) or its 4 tilings by quarters and months, then Q3 or its three months: (1 + 4) x 2
        assertEquals(10, ytd.size(), ytd.toString());
        assertEquals(10, new java.util.HashSet<>(ytd).size(), "one finding per distinct tiling");
        assertTrue(of(r, "ytd").stream().allMatch(f -> f.verdict() == Verdict.CONSISTENT));
        java.util.TreeSet<org.industrymetrics.period.ReportingPeriod> present = new java.util.TreeSet<>();
        for (String p : List.of("2024-H1", "2024-Q1", "2024-01", "2024-02", "2024-03", "2024-Q2", "2024-04", "2024-05", "2024-06",
                "2024-Q3", "2024-07", "2024-08", "2024-09", "2024-01/2024-09")) {
            present.add(org.industrymetrics.period.ReportingPeriod.parse(p));
        }
        List<List<org.industrymetrics.period.ReportingPeriod>> tilings =
                SumChecks.tilings(org.industrymetrics.period.ReportingPeriod.parse("2024-01/2024-09"), new ArrayList<>(present));
        assertEquals("[2024-H1, 2024-Q3]", tilings.get(0).toString(), "the coarsest tiling first");
        assertEquals(10, tilings.size());
    }

    @Test
    void test_periodSum_janToSep_inconsistentQuarter_showsInEveryTilingThatUsesIt() {
        Report r = check(janToSep("90", "40").build(), CheckId.PERIOD_SUM);
        List<Finding> ytd = of(r, "ytd");
        assertEquals(10, ytd.size());
        // the five tilings with Q3 add up to 100, the five with its months to 90
        assertEquals(5, ytd.stream().filter(f -> f.verdict() == Verdict.INCONSISTENT).count(), r.toString());
        assertTrue(ytd.stream().filter(f -> f.verdict() == Verdict.INCONSISTENT).allMatch(f -> f.observations().contains("q3")));
        assertEquals(Verdict.INCONSISTENT, only(check(janToSep("90", "40").build(), CheckId.PERIOD_SUM).findings(Verdict.INCONSISTENT)
                .stream().filter(f -> f.observations().get(0).equals("q3")).collect(java.util.stream.Collectors.collectingAndThen(
                        java.util.stream.Collectors.toList(), Report::of))).verdict(), "Q3 against its months");
    }

    @Test
    void test_periodSum_tilingsAreBounded() {
        // a year of months, quarters and halves: 25 tilings of the year by them, each a finding
        Dataset.Builder b = months("flow", "10", "10", "10", "10", "10", "10", "10", "10", "10", "10", "10", "10");
        for (int q = 1; q <= 4; q++) {
            b.addObservation(level("q" + q, "X", "output", "2024-Q" + q, "30", "GWh"));
        }
        b.addObservation(level("h1", "X", "output", "2024-H1", "60", "GWh")).addObservation(level("h2", "X", "output", "2024-H2", "60", "GWh"))
                .addObservation(level("y", "X", "output", "2024", "120", "GWh"));
        assertEquals(25, of(check(b.build(), CheckId.PERIOD_SUM), "y").size());
        assertTrue(SumChecks.MAX_TILINGS >= 25);
    }

    @Test
    void test_periodSum_stockOrUnknownKind_notChecked() {
        assertEquals(List.of(), check(months("stock", "10", "10", "10").addObservation(level("q1", "X", "output", "2024-Q1", "99", "GWh")).build(),
                CheckId.PERIOD_SUM).findings());
        assertEquals(List.of(), check(months(null, "10", "10", "10").addObservation(level("q1", "X", "output", "2024-Q1", "99", "GWh")).build(),
                CheckId.PERIOD_SUM).findings());
    }

    @Test
    void test_periodSum_missingMonth_noFinding() {
        assertEquals(List.of(), check(months("flow", "10", "10").addObservation(level("q1", "X", "output", "2024-Q1", "99", "GWh")).build(),
                CheckId.PERIOD_SUM).findings());
    }

    // -----------------------------------------------------------------------------------------
    // agree

    @Test
    void test_agree_consistentAndInconsistent() {
        Observation a = withQuote(level("a", "CN-SC", "power_battery.output", "2023", "548.4", "GWh"), "548.4 GWh");
        Finding ok = only(check(dataset(a, level("b", "CN-SC", "power_battery.output", "2023", "548400", "MWh")), CheckId.AGREE));
        assertEquals(Verdict.CONSISTENT, ok.verdict());
        assertEquals(List.of("b", "a"), ok.observations());
        assertEquals("MWh", ok.unit());
        assertEquals("548.4 GWh = [548350, 548450] MWh, stated 548400 MWh", ok.message());
        Finding bad = only(check(dataset(a, level("b", "CN-SC", "power_battery.output", "2023", "550", "GWh")), CheckId.AGREE));
        assertEquals(Verdict.INCONSISTENT, bad.verdict());
        assertEquals(d("1.05"), bad.margin().orElseThrow());
    }

    @Test
    void test_agree_targetAgainstActual_notCompared() {
        Observation actual = level("actual", "X", "m", "2025", "90", "GWh");
        Observation target = withStatus(level("target", "X", "m", "2025", "100", "GWh"), Status.TARGET);
        assertEquals(List.of(), check(dataset(actual, target), CheckId.AGREE).findings());
        Observation target2 = withStatus(level("target2", "X", "m", "2025", "102", "GWh"), Status.TARGET);
        assertEquals(Verdict.INCONSISTENT, only(check(dataset(actual, target, target2), CheckId.AGREE)).verdict());
    }

    @Test
    void test_agree_threeFigures_eachLaterFigureOnceAgainstTheFarthest() {
        Dataset d = dataset(level("a", "X", "m", "2025", "90", "GWh"), level("b", "X", "m", "2025", "90.2", "GWh"),
                level("c", "X", "m", "2025", "95", "GWh"));
        Report r = check(d, CheckId.AGREE);
        assertEquals(2, r.findings().size());
        assertEquals(1, r.count(Verdict.INCONSISTENT));
        Finding c = r.findings().get(1);
        // b's interval [90.15, 90.25] ends lowest: c is farthest from it
        assertEquals(List.of("c", "b"), c.observations());
        assertEquals("90.2 GWh, stated 95 GWh; the farthest of 2 earlier figures in GWh", c.message());
    }

    @Test
    void test_agree_manyEqualFigures_linearFindings() {
        // the fuzzed reproducer: 4,000 figures of one subject, metric and period gave 7,998,000 findings
        List<Observation> many = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            many.add(level("o" + i, "X", "m", "2025", "90", "GWh"));
        }
        Report r = check(Dataset.of(many), CheckId.AGREE);
        assertEquals(3999, r.findings().size());
        assertEquals(0, r.count(Verdict.INCONSISTENT));
        Finding last = r.findings().stream().filter(f -> f.observations().get(0).equals("o3999")).findFirst().orElseThrow();
        assertEquals(List.of("o3999", "o0"), last.observations());
        assertEquals("90 GWh, stated 90 GWh; all 3999 earlier figures in GWh overlap it", last.message());
    }

    // -----------------------------------------------------------------------------------------
    // fx

    private static Dataset findreams(String usd) {
        return dataset(
                level("cny", "FinDreams.Bishan", "output_value", "2024-06-26", "20", "billion CNY"),
                withQuote(level("usd", "FinDreams.Bishan", "output_value", "2024-06-26", usd, "billion USD"), "about USD 2.75 billion"));
    }

    private static CheckSettings rate(String rate) {
        return CheckSettings.builder().addRates(cnyPerUsd("2024-06-26", rate)).build();
    }

    @Test
    void test_fx_atTheDaysRate_consistent() {
        Finding f = only(Checker.check(findreams("about 2.75"), rate("7.2666")));
        assertEquals(CheckId.FX, f.check());
        assertEquals(Verdict.CONSISTENT, f.verdict());
        assertEquals(List.of("usd", "cny"), f.observations());
        assertEquals(Optional.of(i("[2.6075, 2.8925]")), f.stated());
        assertEquals(Optional.of(i("[2.68351, 2.82113]")), f.derived());
        assertEquals("billion USD", f.unit());
        assertEquals("20 billion CNY / 7.2666 (USD/CNY on 2024-06-26, FRB H.10) = 2.7523 billion USD, stated about 2.75 billion USD"
                + " (\"about USD 2.75 billion\")", f.message());
    }

    @Test
    void test_fx_at7point11_stillWithinAbout_saysSo() {
        Finding f = only(Checker.check(findreams("about 2.75"), rate("7.11")));
        assertEquals(Verdict.CONSISTENT, f.verdict());
        assertEquals("20 billion CNY / 7.11 (USD/CNY on 2024-06-26, FRB H.10) = 2.8129 billion USD, stated about 2.75 billion USD"
                + " (\"about USD 2.75 billion\"); at this rate it would be 2.81, not 2.75: the figures imply USD/CNY 7.27273"
                + " (6.7415 to 7.862), converted at another rate within \"about\"", f.message());
    }

    @Test
    void test_fx_convertedAt7point11_againstTheReference_saysSo() {
        // the writer converted at the PBoC central parity, 7.11: 20 / 7.11 = 2.81
        Finding f = only(Checker.check(findreams("about 2.81"), rate("7.2666")));
        assertEquals(Verdict.CONSISTENT, f.verdict());
        assertTrue(f.message().endsWith("; at this rate it would be 2.75, not 2.81: the figures imply USD/CNY 7.11744"
                + " (6.5978 to 7.6938), converted at another rate within \"about\""), f.message());
    }

    @Test
    void test_fx_inconsistent() {
        Finding f = only(Checker.check(findreams("about 3.5"), rate("7.2666")));
        assertEquals(Verdict.INCONSISTENT, f.verdict());
        assertEquals(d("0.4538"), f.margin().orElseThrow());
        assertTrue(f.message().endsWith("which excludes the reference 7.2666"), f.message());
    }

    @Test
    void test_fx_noRate_undetermined() {
        Finding f = only(Checker.check(findreams("about 2.75")));
        assertEquals(Verdict.UNDETERMINED, f.verdict());
        assertEquals(Optional.empty(), f.derived());
        assertEquals(Optional.empty(), f.margin());
        assertTrue(f.message().contains("CNY/USD") && f.message().contains("2024-06-26"), f.message());
    }

    @Test
    void test_fx_flowOverAMonth_atTheAverage() {
        Dataset d = Dataset.builder().addMetric(metric("output_value", MetricKind.FLOW))
                .addObservation(level("cny", "X", "output_value", "2024-06", "over 20", "billion CNY"))
                .addObservation(level("usd", "X", "output_value", "2024-06", "about 2.75", "billion USD")).build();
        CurrencyPair usdCny = CurrencyPair.parse("USD/CNY");
        FxRateTable table = FxRateTable.builder()
                .addAverage(LocalDate.parse("2024-06-01"), LocalDate.parse("2024-06-30"), usdCny, d("7.25"), "test")
                .add(LocalDate.parse("2024-06-28"), usdCny, d("7.3"), "test")
                .build();
        Finding f = only(Checker.check(d, CheckSettings.builder().addRates(table).build()));
        assertEquals(Verdict.CONSISTENT, f.verdict());
        assertTrue(f.message().startsWith("over 20 billion CNY / 7.25 (USD/CNY average of 2024-06-01..2024-06-30, test)"),
                f.message());
        // a stricter policy: flows at the last day's rate
        Finding last = only(Checker.check(d, CheckSettings.builder().addRates(table).ratePolicy(RatePolicy.DEFAULT.withFlowsAtAverage(false)).build()));
        assertTrue(last.message().startsWith("over 20 billion CNY / 7.3 (USD/CNY on 2024-06-28, test)"), last.message());
    }

    // -----------------------------------------------------------------------------------------
    // rule

    private static Dataset rongjie(String hydroxide, String rule) {
        return rongjie(hydroxide, "t/a", rule);
    }

    private static Dataset rongjie(String hydroxide, String unit, String rule) {
        return Dataset.builder()
                .addObservation(level("salt", "Rongjie.Qionglai", "lithium_salt.capacity", "2025", "20000", "t/a"))
                .addObservation(level("carbonate", "Rongjie.Qionglai", "lithium_carbonate.capacity", "2025", "12000", "t/a"))
                .addObservation(level("hydroxide", "Rongjie.Qionglai", "lithium_hydroxide.capacity", "2025", hydroxide, unit))
                .addRule(rule("lithium-salt-split", rule)).build();
    }

    @Test
    void test_rule_rongjie_consistent() {
        Finding f = only(Checker.check(rongjie("8000", "lithium_salt.capacity = lithium_carbonate.capacity + lithium_hydroxide.capacity")));
        assertEquals(CheckId.RULE, f.check());
        assertEquals(Verdict.CONSISTENT, f.verdict());
        assertEquals(List.of("salt", "carbonate", "hydroxide"), f.observations());
        assertEquals(Optional.of(i("[19999, 20001]")), f.derived());
        assertEquals("lithium_salt.capacity = lithium_carbonate.capacity + lithium_hydroxide.capacity (rule lithium-salt-split):"
                + " 12000 + 8000 = 20000 t/a, stated 20000 t/a", f.message());
    }

    @Test
    void test_rule_inconsistent_inOtherUnits() {
        Finding f = only(Checker.check(rongjie("9", "kt/a", "lithium_salt.capacity = lithium_carbonate.capacity + lithium_hydroxide.capacity")));
        assertEquals(Verdict.INCONSISTENT, f.verdict());
        assertEquals(Optional.of(i("[20499.5, 21500.5]")), f.derived());
        assertEquals(d("499"), f.margin().orElseThrow());
    }

    @Test
    void test_rule_inequalities() {
        String sum = "lithium_carbonate.capacity + lithium_hydroxide.capacity";
        assertEquals(Verdict.CONSISTENT, only(Checker.check(rongjie("7000", "lithium_salt.capacity >= " + sum))).verdict());
        assertEquals(Verdict.INCONSISTENT, only(Checker.check(rongjie("9000", "lithium_salt.capacity >= " + sum))).verdict());
        Finding atMost = only(Checker.check(rongjie("9000", "lithium_salt.capacity <= " + sum)));
        assertEquals(Verdict.CONSISTENT, atMost.verdict());
        assertEquals(Optional.of(i("(-inf, 21001]")), atMost.derived());
        // a difference on the left: 20000 - 9000 = [10999, 11001] is not at most 12000 - 8000... of carbonate alone
        Finding left = only(Checker.check(rongjie("9000", "lithium_salt.capacity - lithium_hydroxide.capacity <= -lithium_carbonate.capacity")));
        assertEquals(Verdict.INCONSISTENT, left.verdict());
        assertEquals(Optional.of(i("[10999, 11001]")), left.stated());
        assertEquals(Optional.of(i("(-inf, -11999.5]")), left.derived());
        assertEquals("lithium_salt.capacity - lithium_hydroxide.capacity <= -lithium_carbonate.capacity (rule lithium-salt-split):"
                + " -12000 t/a, stated 20000 - 9000 = 11000 t/a", left.message());
    }

    @Test
    void test_rule_counts_writtenWithoutTheirUnit() {
        Dataset d = Dataset.builder()
                .addObservation(withQuote(level("sichuan", "CALB", "production_bases.sichuan", "2025", "2", "1"), "Sichuan Province occupies two seats"))
                .addObservation(level("all", "CALB", "production_bases", "2025", "9", "1"))
                .addRule(rule("sichuan-bases-within-bases", "production_bases.sichuan <= production_bases")).build();
        Report r = Checker.check(d);
        Finding f = only(r);
        assertEquals(Verdict.CONSISTENT, f.verdict());
        assertEquals("1", f.unit());
        assertEquals("production_bases.sichuan <= production_bases (rule sichuan-bases-within-bases): 9, stated 2"
                + " (\"Sichuan Province occupies two seats\")", f.message());
        assertTrue(r.toString().contains("CONSISTENT  rule   [1.5, 2.5]  (-inf, 9.5]  0       sichuan, all\n"), r.toString());
    }

    @Test
    void test_partsSum_singleChild() {
        Dataset d = Dataset.builder().addSubject(subject("signed", null)).addSubject(subject("signed.manufacturing", "signed"))
                .addObservation(level("all", "signed", "investment.agreed", "2023", "over 250", "billion CNY"))
                .addObservation(level("manufacturing", "signed.manufacturing", "investment.agreed", "2023", "over 210", "billion CNY"))
                .build();
        Finding f = only(check(d, CheckId.PARTS_SUM));
        assertEquals(Verdict.CONSISTENT, f.verdict());
        assertEquals(Optional.of(i("(210, +inf)")), f.derived());
        assertEquals("over 210 (signed.manufacturing) = (210, 231.5] billion CNY in a part of signed, at most its stated over 250 billion CNY",
                f.message());
    }

    @Test
    void test_rule_missingMetric_noFinding() {
        assertEquals(List.of(), Checker.check(rongjie("8000", "lithium_salt.capacity = lithium_carbonate.capacity + sodium_sulfate.capacity"))
                .findings());
    }

    @Test
    void test_rule_unreadable_namesTheRuleAndTheCharacter() {
        FigureParseException e = assertThrows(FigureParseException.class,
                () -> Checker.check(rongjie("8000", "lithium_salt.capacity = lithium_carbonate.capacity * 2")));
        assertEquals(51, e.index());
        assertEquals("rule lithium-salt-split: found '*', expected + or - or the end of the rule", e.problem());
        // the other checks do not run on a dataset with an unreadable rule, but a run without the rule check does
        assertEquals(List.of(), check(rongjie("8000", "x *"), CheckId.AGREE).findings());
    }

    // -----------------------------------------------------------------------------------------
    // the runner

    @Test
    void test_check_onlyTheChecksAsked() {
        Dataset d = yibin("58.7");
        assertEquals(List.of(), check(d, CheckId.SHARE, CheckId.AGREE).findings());
        assertEquals(1, check(d, CheckId.GROWTH).findings().size());
    }

    @Test
    void test_check_emptyDataset() {
        Report r = Checker.check(Dataset.of(List.of()));
        assertEquals(List.of(), r.findings());
        assertEquals("0 consistent, 0 inconsistent, 0 undetermined", r.summary());
        assertFalse(r.hasInconsistencies());
    }

    @Test
    void test_check_nulls() {
        assertThrows(NullPointerException.class, () -> Checker.check(null));
        assertThrows(NullPointerException.class, () -> Checker.check(yibin("58.7"), null));
    }
}
