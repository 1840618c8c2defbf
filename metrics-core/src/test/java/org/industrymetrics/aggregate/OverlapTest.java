package org.industrymetrics.aggregate;

import static org.industrymetrics.observation.Observations.figure;
import static org.industrymetrics.observation.Observations.level;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Metric;
import org.industrymetrics.observation.MetricKind;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.Status;
import org.industrymetrics.observation.Subject;
import org.junit.jupiter.api.Test;

/** Sums that would count one amount twice: each kind of overlap, refused by default, and each policy. */
class OverlapTest {

    private static final String M = "power_battery.output";

    private static Dataset dataset(Observation... os) {
        return Dataset.builder()
                .addSubject(Subject.builder().id("CN").name("China").build())
                .addSubject(Subject.builder().id("CN-SC").name("Sichuan").parent("CN").build())
                .addSubject(Subject.builder().id("CN-CQ").name("Chongqing").parent("CN").build())
                .addSubject(Subject.builder().id("CN-JS").name("Jiangsu").parent("CN").build())
                .addSubject(Subject.builder().id("CN-SC-YB").name("Yibin").parent("CN-SC").build())
                .addMetric(Metric.builder().id(M).kind(MetricKind.FLOW).build())
                .addObservations(List.of(os))
                .build();
    }

    private static Observation sourced(String id, String subject, String period, String value, String unit, String source) {
        return Observation.builder().from(level(id, subject, M, period, value, unit)).source(source).build();
    }

    private static SumResult sum(Dataset d, String policy) {
        return Aggregation.inUnit("GWh").overlapPolicy(OverlapPolicy.parse(policy)).build().sum(d);
    }

    private static Total only(SumResult r) {
        assertEquals(1, r.groups().size());
        return r.groups().values().iterator().next();
    }

    private static List<String> dropped(SumResult r) {
        return r.dropped().stream().map(x -> x.observation().id()).collect(Collectors.toList());
    }

    private static List<String> refused(Dataset d, String policy) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> sum(d, policy));
        return e.problems().stream().map(InputProblem::toString).collect(Collectors.toList());
    }

    // the case: a country added to its own provinces

    private static final Dataset COUNTRY_AND_PROVINCES = dataset(
            level("cn", "CN", M, "2024", "2000", "GWh"),
            level("sc", "CN-SC", M, "2024", "150", "GWh"),
            level("cq", "CN-CQ", M, "2024", "75", "GWh"));

    @Test
    void subject_refusedByDefault_namingBothAndWhy() {
        List<String> problems = refused(COUNTRY_AND_PROVINCES, "refuse");
        assertEquals(2, problems.size());
        assertEquals("dataset: observation cn: cn (CN 2024, 2000 GWh) and sc (CN-SC 2024, 150 GWh) may be the same amount: "
                + "CN-SC is a part of CN (power_battery.output 2024); adding both would count it twice: "
                + "choose an overlap policy (subject=broadest or subject=finest) or allow", problems.get(1));
        assertTrue(problems.get(0).startsWith("dataset: observation cn: cn (CN 2024, 2000 GWh) and cq "), problems.get(0));
    }

    @Test
    void subject_keepBroadest_dropsTheProvinces_andNamesThem() {
        SumResult r = sum(COUNTRY_AND_PROVINCES, "subject=broadest");
        assertEquals("2000", only(r).figure());
        assertEquals(1, only(r).count());
        assertEquals(List.of("cq", "sc"), dropped(r));
        Dropped sc = r.dropped().get(1);
        assertEquals("cn", sc.keptInstead().id());
        assertEquals("subject=broadest", sc.rule());
        assertEquals("sc (kept cn: CN-SC is a part of CN (power_battery.output 2024); subject=broadest)", sc.toString());
        assertTrue(r.overlaps().stream().allMatch(o -> o.resolution() == Overlap.Resolution.DROPPED_SECOND));
    }

    @Test
    void subject_keepFinest_dropsTheCountry() {
        SumResult r = sum(COUNTRY_AND_PROVINCES, "subject=finest");
        assertEquals("225", only(r).figure());
        assertEquals(List.of("cn"), dropped(r));
        assertEquals(Overlap.Resolution.DROPPED_FIRST, r.overlaps().get(0).resolution());
    }

    @Test
    void subject_grandchild_overlapsThroughTheTree() {
        Dataset d = dataset(level("cn", "CN", M, "2024", "2000", "GWh"), level("yb", "CN-SC-YB", M, "2024", "90", "GWh"));
        assertEquals(1, refused(d, "refuse").size());
        assertEquals(List.of("yb"), dropped(sum(d, "subject=broadest")));
    }

    @Test
    void subject_unionAndItsPart() {
        Dataset d = dataset(level("u", "CN-SC+CN-CQ", M, "2024", "225", "GWh"), level("sc", "CN-SC", M, "2024", "150", "GWh"),
                level("yb", "CN-SC-YB", M, "2024", "90", "GWh"));
        List<String> p = refused(d, "refuse");
        assertTrue(p.get(0).contains("CN-SC is a part of the union CN-CQ+CN-SC"), p.get(0));
        SumResult broad = sum(d, "subject=broadest");
        assertEquals("225", only(broad).figure());
        assertEquals(List.of("sc", "yb"), dropped(broad));
        SumResult fine = sum(d, "subject=finest");
        assertEquals(List.of("sc", "u"), dropped(fine), "Yibin is finer than Sichuan, Sichuan than the union");
        assertEquals("90", only(fine).figure());
    }

    @Test
    void subject_unionsSharingAPart_noRuleResolves() {
        Dataset d = dataset(level("a", "CN-SC+CN-CQ", M, "2024", "225", "GWh"), level("b", "CN-CQ+CN-JS", M, "2024", "150", "GWh"));
        assertEquals(1, refused(d, "subject=broadest").size());
        SumResult r = sum(d, "subject=broadest;allow");
        assertEquals(Overlap.Resolution.ADDED_BOTH, r.overlaps().get(0).resolution());
        assertEquals("375", only(r).figure());
        assertTrue(r.toString().contains("\nwarning: a and b overlap: "), r.toString());
    }

    @Test
    void period_aYearAndItsMonths() {
        Dataset d = dataset(level("y", "CN-SC", M, "2024", "150", "GWh"), level("jan", "CN-SC", M, "2024-01", "10", "GWh"),
                level("feb", "CN-SC", M, "2024-02", "11", "GWh"));
        assertTrue(refused(d, "refuse").get(1).contains("2024-01 is within 2024 (CN-SC power_battery.output, a flow)"));
        assertEquals("150", only(sum(d, "period=whole")).figure());
        assertEquals(List.of("feb", "jan"), dropped(sum(d, "period=whole")));
        assertEquals("21", only(sum(d, "period=parts")).figure());
        assertEquals(List.of("y"), dropped(sum(d, "period=parts")));
    }

    @Test
    void period_overlappingRanges_noRuleResolves() {
        Dataset d = dataset(level("a", "CN-SC", M, "2024-01/2024-06", "60", "GWh"), level("b", "CN-SC", M, "2024-04/2024-09", "70", "GWh"));
        List<String> p = refused(d, "period=whole");
        assertTrue(p.get(0).contains("2024-01/2024-06 and 2024-04/2024-09 overlap"), p.get(0));
    }

    @Test
    void period_aStockIsNotAFlow_butOverlappingSubjectsStillCount() {
        Dataset d = Dataset.builder().addObservations(List.of(level("a", "CN-SC", "capacity", "2024", "60", "GWh"),
                level("b", "CN-SC", "capacity", "2024-06", "70", "GWh")))
                .addMetric(Metric.builder().id("capacity").kind(MetricKind.STOCK).build()).build();
        // a stock over two periods is refused for its own reason, grouped by period it is fine
        assertThrows(InvalidInputException.class, () -> sum(d, "allow"));
        assertEquals(2, Aggregation.inUnit("GWh").by(GroupBy.PERIOD).build().sum(d).groups().size());
    }

    @Test
    void subjectAndPeriod_rulesMustAgree() {
        Dataset d = dataset(level("cn", "CN", M, "2024", "2000", "GWh"), level("sc-jan", "CN-SC", M, "2024-01", "10", "GWh"));
        assertEquals(Overlap.Kind.SUBJECT_AND_PERIOD, sum(d, "allow").overlaps().get(0).kind());
        assertEquals(List.of("sc-jan"), dropped(sum(d, "subject=broadest")));
        assertEquals(List.of("sc-jan"), dropped(sum(d, "subject=broadest;period=whole")));
        assertEquals(List.of("cn"), dropped(sum(d, "subject=finest;period=parts")));
        assertEquals(1, refused(d, "subject=broadest;period=parts").size(), "the rules disagree");
    }

    @Test
    void sameLevel_twoCurrencies_preferOne() {
        // the case: an output value printed in yuan and in dollars
        Dataset d = Dataset.builder().addObservations(List.of(
                level("cny", "CN-SC", "output_value", "2024", "20", "billion CNY"),
                level("usd", "CN-SC", "output_value", "2024", "2.75", "billion USD"),
                level("cq", "CN-CQ", "output_value", "2024", "1.00", "billion USD"))).build();
        Aggregation refuse = Aggregation.inUnit("billion USD").rates(org.industrymetrics.money.FxRateTable.builder()
                .addAverage(java.time.LocalDate.parse("2024-01-01"), java.time.LocalDate.parse("2024-12-31"),
                        org.industrymetrics.money.CurrencyPair.parse("USD/CNY"), new java.math.BigDecimal("8"), "test").build()).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> refuse.sum(d));
        assertTrue(e.getMessage().contains("two levels of CN-SC output_value 2024, in billion CNY and billion USD"), e.getMessage());
        Aggregation usd = Aggregation.inUnit("billion USD").rates(org.industrymetrics.money.FxRateTable.builder()
                .addAverage(java.time.LocalDate.parse("2024-01-01"), java.time.LocalDate.parse("2024-12-31"),
                        org.industrymetrics.money.CurrencyPair.parse("USD/CNY"), new java.math.BigDecimal("8"), "test").build())
                .overlapPolicy(OverlapPolicy.REFUSE.preferUnits(ObservationUnit.parse("USD"))).build();
        SumResult r = usd.sum(d);
        assertEquals("3.75", only(r).figure());
        assertEquals(List.of("cny"), dropped(r));
        assertEquals("unit=USD", r.dropped().get(0).rule());
        assertTrue(only(r).rates().isEmpty(), "the dropped yuan figure's rate is not part of the total");
    }

    @Test
    void sameLevel_twoSources_preferOne() {
        Dataset d = dataset(sourced("a", "CN", "2024", "548.4", "GWh", "cabia"), sourced("b", "CN", "2024", "548", "GWh", "news"));
        assertTrue(refused(d, "refuse").get(0).contains("from source cabia and source news"));
        assertEquals(List.of("b"), dropped(sum(d, "source=cabia")));
        assertEquals(List.of("a"), dropped(sum(d, "source=news,cabia")));
        assertEquals(List.of("b"), dropped(sum(d, "first")));
        assertEquals(1, refused(d, "source=other").size(), "neither source listed");
    }

    @Test
    void sameLevel_sameRowTwice_keepFirstNamesTheOthers() {
        Dataset d = dataset(level("a", "CN", M, "2024", "5", "GWh"), level("b", "CN", M, "2024", "5", "GWh"),
                level("c", "CN", M, "2024", "5", "GWh"));
        assertTrue(refused(d, "refuse").get(0).contains("the same level given 3 times"));
        SumResult r = sum(d, "first");
        assertEquals("5", only(r).figure());
        assertEquals(1, r.dropped().size());
        assertEquals("b", r.dropped().get(0).observation().id());
        assertEquals(2, r.dropped().get(0).count(), "b and one more like it (c)");
        assertEquals("15", only(sum(d, "allow")).figure());
    }

    @Test
    void disjointLevels_areNoOverlap() {
        Dataset d = dataset(level("sc", "CN-SC", M, "2024", "150", "GWh"), level("cq", "CN-CQ", M, "2024", "75", "GWh"),
                level("sc-25", "CN-SC", M, "2025", "1", "GWh"), level("other", "CN", "other.metric", "2024", "1", "GWh"));
        SumResult r = sum(d, "refuse");
        assertTrue(r.overlaps().isEmpty());
        assertEquals("227", only(r).figure());
    }

    @Test
    void groups_areSeparate() {
        SumResult r = Aggregation.inUnit("GWh").by(GroupBy.SUBJECT).build().sum(COUNTRY_AND_PROVINCES);
        assertEquals(3, r.groups().size(), "a country and its provinces in groups of their own are not added");
        assertTrue(r.overlaps().isEmpty());
    }

    // totals keep their meaning

    @Test
    void qualifiers_carryOver() {
        Dataset d = dataset(level("a", "CN-SC", M, "2024", "over 20", "GWh"), level("b", "CN-CQ", M, "2024", "5", "GWh"));
        Total t = only(sum(d, "refuse"));
        assertEquals("over 25", t.figure());
        assertEquals(Qualifier.OVER, t.qualifier().orElseThrow());
        Dataset about = dataset(level("a", "CN-SC", M, "2024", "about 20", "GWh"), level("b", "CN-CQ", M, "2024", "nearly 5", "GWh"));
        assertEquals("about 25", only(sum(about, "refuse")).figure());
        Dataset mixed = dataset(level("a", "CN-SC", M, "2024", "over 20", "GWh"), level("b", "CN-CQ", M, "2024", "under 5", "GWh"));
        Total m = only(sum(mixed, "refuse"));
        assertTrue(m.qualifier().isEmpty());
        assertEquals("24..28", m.figure(), "(20, 22.5] + [4.5, 5): no one word says it");
    }

    @Test
    void status_targetsAreNotAddedToOutcomes_estimatesAreLabelled() {
        Dataset d = dataset(level("a", "CN-SC", M, "2024", "150", "GWh"),
                Observation.builder().from(level("t", "CN-CQ", M, "2024", "75", "GWh")).status(Status.TARGET).build());
        List<String> p = refused(d, "refuse");
        assertEquals(1, p.size());
        assertTrue(p.get(0).contains("t (CN-CQ 2024, 75 GWh), status target, and a (CN-SC 2024, 150 GWh), status actual"), p.get(0));
        SumResult targets = Aggregation.inUnit("GWh").status(Status.TARGET).build().sum(d);
        assertEquals(Status.TARGET, only(targets).status());
        assertEquals("75 GWh [74.5, 75.5] (1 observation, target)", only(targets).toString());
        Dataset e = dataset(level("a", "CN-SC", M, "2024", "150", "GWh"),
                Observation.builder().from(level("e", "CN-CQ", M, "2024", "75", "GWh")).status(Status.ESTIMATE).build());
        assertEquals(Status.ESTIMATE, only(sum(e, "refuse")).status());
    }

    // the policy's text form

    @Test
    void policy_parseAndToString_areInverses() {
        for (String text : List.of("refuse", "allow", "first", "subject=broadest", "subject=finest;period=parts",
                "subject=broadest;period=whole;source=nbs,cabia;unit=CNY,billion USD;first;allow")) {
            assertEquals(text, OverlapPolicy.parse(text).toString());
        }
        assertEquals(OverlapPolicy.REFUSE.withSubjects(OverlapPolicy.SubjectRule.BROADEST).allowRest(),
                OverlapPolicy.parse(" allow ; subject = Broadest "));
        FigureParseException e = assertThrows(FigureParseException.class, () -> OverlapPolicy.parse("subject=widest"));
        assertTrue(e.getMessage().contains("found \"widest\", expected broadest or finest"), e.getMessage());
        assertThrows(FigureParseException.class, () -> OverlapPolicy.parse("keep=all"));
    }
}
