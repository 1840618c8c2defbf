package org.industrymetrics.observation;

import static org.industrymetrics.observation.Observations.figure;
import static org.industrymetrics.observation.Observations.level;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.InvalidValueException;
import org.industrymetrics.money.CurrencyPair;
import org.industrymetrics.period.Granularity;
import org.industrymetrics.period.ReportingPeriod;
import org.junit.jupiter.api.Test;

class DatasetTest {

    private static Metric metric(String id, MetricKind kind, String unit) {
        return Metric.builder().id(id).kind(kind).unit(ObservationUnit.parse(unit)).build();
    }

    private static RateEntry rate(String date, String pair, String rate) {
        return RateEntry.builder().date(ReportingPeriod.parse(date)).pair(CurrencyPair.parse(pair))
                .rate(new BigDecimal(rate)).build();
    }

    private static Dataset sample() {
        return Dataset.builder()
                .name("sample")
                .addObservation(level("sc-2024", "CN-SC", "battery.output", "2024", "300.1", "GWh"))
                .addObservation(level("cq-2024", "CN-CQ", "battery.output", "2024", "248.3", "GWh"))
                .addObservation(level("cq-2024-b", "CN-CQ", "battery.output", "2024", "248", "GWh"))
                .addObservation(level("cq-2024-05", "CN-CQ", "battery.output", "2024-05", "20.5", "GWh"))
                .addObservation(level("cq-2024-06", "CN-CQ", "battery.output", "2024-06", "21.5", "GWh"))
                .addObservation(figure("cq-share", "CN-CQ", "battery.output", "2024", "20").measure(Measure.SHARE).base("CN").build())
                .addObservation(figure("sc-share", "CN-SC", "battery.output", "2024", "25").measure(Measure.SHARE).base("CN").build())
                .addObservation(figure("sc-growth", "CN-SC", "battery.output", "2024", "12").measure(Measure.GROWTH).build())
                .addSubject(Subject.of("CN", null))
                .addSubject(Subject.of("CN-SC", "CN"))
                .addSubject(Subject.of("CN-CQ", "CN"))
                .addMetric(metric("battery.output", MetricKind.FLOW, "GWh"))
                .addMetric(metric("battery.capacity", MetricKind.STOCK, "GWh/a"))
                .addRate(rate("2024", "USD/CNY", "7.1957"))
                .addRate(rate("2024-06-26", "USD/CNY", "7.2666"))
                .addRule(Rule.builder().id("r1").rule("a = b + c").build())
                .addSource(Source.builder().id("ichongqing").title("iChongqing").build())
                .build();
    }

    private static List<String> ids(List<Observation> os) {
        return os.stream().map(Observation::id).collect(Collectors.toList());
    }

    @Test
    void test_lookups() {
        Dataset d = sample();
        assertEquals(8, d.size());
        assertEquals("sample", d.name());
        assertEquals("cq-2024", d.observation("cq-2024").orElseThrow().id());
        assertTrue(d.observation("nope").isEmpty());
        assertEquals(List.of("cq-2024", "cq-2024-b"),
                ids(d.levels(SubjectRef.of("CN-CQ"), "battery.output", ReportingPeriod.parse("2024"))));
        assertEquals(List.of(), d.levels(SubjectRef.of("CN-CQ"), "battery.output", ReportingPeriod.parse("2023")));
        assertEquals(List.of("cq-2024-05", "cq-2024-06"),
                ids(d.series(SubjectRef.of("CN-CQ"), "battery.output", Measure.LEVEL, Granularity.MONTH)));
        assertEquals(List.of("cq-share", "sc-share"),
                ids(d.sharesOf(SubjectRef.of("CN"), "battery.output", ReportingPeriod.parse("2024"))));
        assertEquals(List.of("sc-growth"), ids(d.withMeasure(Measure.GROWTH)));
        assertEquals(List.of("sc-growth"),
                ids(d.find(SubjectRef.of("CN-SC"), "battery.output", ReportingPeriod.parse("2024"), Measure.GROWTH)));
        assertEquals(List.of("CN-SC", "CN-CQ"), d.children("CN").stream().map(Subject::id).collect(Collectors.toList()));
        assertEquals(MetricKind.STOCK, d.metricKind("battery.capacity").orElseThrow());
        assertTrue(d.metricKind("unknown.metric").isEmpty());
        assertEquals("GWh", d.metric("battery.output").orElseThrow().unit().orElseThrow().toString());
        assertEquals("iChongqing", d.source("ichongqing").orElseThrow().title().orElseThrow());
        assertTrue(d.subject("CN-SC").isPresent());
        assertEquals(1, d.rules().size());
        assertEquals(2, d.rates().size());
        assertEquals(SubjectTree.Overlap.DISJOINT, d.subjectTree().overlap("CN-SC", "CN-CQ"));
    }

    @Test
    void test_rateTable_fromRatesTable() {
        Dataset d = sample();
        CurrencyPair usdCny = CurrencyPair.parse("USD/CNY");
        assertEquals(0, new BigDecimal("7.2666").compareTo(d.rateTable().rateOn(usdCny, LocalDate.parse("2024-06-28")).rate().rate()));
        assertEquals(0, new BigDecimal("7.1957").compareTo(
                d.rateTable().averageRate(usdCny, LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31")).rate().rate()));
        assertEquals("sample rates", d.rateTable().rateOn(usdCny, LocalDate.parse("2024-06-26")).source());
    }

    @Test
    void test_lookups_areImmutable() {
        Dataset d = sample();
        assertThrows(UnsupportedOperationException.class, () -> d.observations().clear());
        assertThrows(UnsupportedOperationException.class,
                () -> d.levels(SubjectRef.of("CN-CQ"), "battery.output", ReportingPeriod.parse("2024")).clear());
        assertThrows(UnsupportedOperationException.class, () -> d.subjects().clear());
    }

    @Test
    void test_filter_and_toBuilder() {
        Dataset d = sample();
        Dataset levels = d.filter(o -> o.measure() == Measure.LEVEL);
        assertEquals(5, levels.size());
        assertEquals(d.subjects().size(), levels.subjects().size());
        assertEquals(d.rates(), levels.rates());
        assertEquals(d, d.toBuilder().build());
        assertEquals(d.hashCode(), d.toBuilder().build().hashCode());
        assertNotEquals(d, levels);
        assertEquals(d, d.toBuilder().name("other").build(), "the name is not compared");
        assertEquals("Dataset[sample: 8 observations, 3 subjects, 2 metrics, 2 rates, 1 rules, 1 sources]", d.toString());
    }

    @Test
    void test_of() {
        Dataset d = Dataset.of(List.of(level("a", "CN", "x", "2024", "1", "GWh")));
        assertEquals("dataset", d.name());
        assertEquals(1, d.size());
        assertTrue(d.rateTable().isEmpty());
    }

    @Test
    void test_build_placesProblemsOnTheRowsTheyWereReadFrom() {
        Observation first = level("dup", "CN", "battery.output", "2024", "1", "GWh");
        Observation second = level("dup", "CN", "battery.output", "2023", "1", "GWh");
        Observation tonnes = level("tonnes", "CN", "battery.output", "2024", "5", "t");
        Dataset.Builder b = Dataset.builder().name("folder")
                .addObservation(first, InputLocation.of("observations.csv", 2))
                .addObservation(second, InputLocation.ofPath("more.json", 7, "observations[0]"))
                .addObservation(tonnes, InputLocation.of("observations.csv", 4))
                .addSubject(Subject.of("CN", null), InputLocation.of("subjects.csv", 2))
                .addSubject(Subject.of("CN", null), InputLocation.of("subjects.csv", 3))
                .addSubject(Subject.of("CN-XX", "CN-YY"), InputLocation.of("subjects.csv", 4))
                .addMetric(metric("battery.output", MetricKind.FLOW, "GWh"));
        InvalidInputException e = assertThrows(InvalidInputException.class, b::build);
        assertEquals(List.of(
                "subjects.csv:3: column id: duplicate id \"CN\" (first on line 2)",
                "more.json:7: field observations[0].id: duplicate id \"dup\" (first on line 2 of observations.csv)",
                "observations.csv:4: column unit: unit t (mass) does not convert to GWh, the unit of metric battery.output",
                "subjects.csv:4: column parent: parent \"CN-YY\" is not in the subjects table"),
                e.problems().stream().map(InputProblem::toString).collect(Collectors.toList()));
        // the location is a value: no message text to parse
        InputLocation at = e.problems().get(1).location();
        assertEquals("more.json", at.input());
        assertEquals(7, at.line());
        assertEquals("observations[0].id", at.path().orElseThrow());
        assertTrue(at.column().isEmpty());
    }

    @Test
    void test_origin_andLocate() {
        Observation read = level("a", "CN", "battery.output", "2024", "1", "GWh");
        Observation made = level("b", "CN", "battery.output", "2024", "2", "GWh");
        Dataset d = Dataset.builder().name("cn")
                .addObservation(read, InputLocation.of("observations.csv", 14))
                .addObservation(made).build();
        assertEquals(InputLocation.of("observations.csv", 14), d.origin(read).orElseThrow());
        assertEquals("observations.csv:14: observation a", d.locate(read).toString());
        assertTrue(d.origin(made).isEmpty());
        assertEquals("cn: observation b", d.locate(made).toString());
        // a filtered dataset keeps the origins of what it keeps
        assertEquals(d.origin(read), d.filter(o -> o.id().equals("a")).origin(read));
        // an equal observation of another dataset is not this one's
        assertTrue(d.origin(level("a", "CN", "battery.output", "2024", "9", "GWh")).isEmpty());
    }

    @Test
    void test_addObservation_atInputAndLine_isThatLocation() {
        Observation a = level("a", "CN", "battery.output", "2024", "1", "GWh");
        Observation b = level("b", "CN", "battery.output", "2025", "2", "GWh");
        Observation c = level("c", "CN", "battery.output", "2026", "3", "GWh");
        Dataset d = Dataset.builder().addObservation(a, "observations.csv", 2).addObservation(b, "more.csv", 0)
                .addObservation(c, "observations.csv", 1L << 50).build();
        assertEquals(InputLocation.of("observations.csv", 2), d.origin(a).orElseThrow());
        assertEquals(InputLocation.of("more.csv", 0), d.origin(b).orElseThrow());
        // a line past what a packed origin holds is kept as a location
        assertEquals(InputLocation.of("observations.csv", 1L << 50), d.origin(c).orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> Dataset.builder().addObservation(a, "observations.csv", -1));
        assertThrows(NullPointerException.class, () -> Dataset.builder().addObservation(a, null, 1));
    }

    @Test
    void test_build_collectsEveryProblem() {
        Dataset.Builder b = Dataset.builder()
                .addObservation(level("dup", "CN", "battery.output", "2024", "1", "GWh"))
                .addObservation(level("dup", "CN", "battery.output", "2023", "1", "GWh"))
                .addObservation(level("tonnes", "CN", "battery.output", "2024", "5", "t"))
                .addObservation(level("yuan", "CN", "battery.output", "2024", "5", "billion CNY"))
                .addObservation(level("per-year", "CN", "battery.capacity", "2024", "5", "GWh/a"))
                .addSubject(Subject.of("CN", null))
                .addSubject(Subject.of("CN", null))
                .addSubject(Subject.of("CN-XX", "CN-YY"))
                .addSubject(Subject.of("A", "B"))
                .addSubject(Subject.of("B", "A"))
                .addMetric(metric("battery.output", MetricKind.FLOW, "GWh"))
                .addMetric(metric("battery.output", MetricKind.STOCK, "GWh"))
                .addMetric(metric("battery.capacity", MetricKind.STOCK, "GWh/a"))
                .addSource(Source.builder().id("s").build())
                .addSource(Source.builder().id("s").build())
                .addRate(rate("2024-06-26", "USD/CNY", "7.2666"))
                .addRate(rate("2024-06-26", "USD/CNY", "7.3"))
                .name("bad.json");
        InvalidInputException e = assertThrows(InvalidInputException.class, b::build);
        List<String> problems = e.problems().stream().map(InputProblem::toString).collect(Collectors.toList());
        List<String> expected = new ArrayList<>(List.of(
                "bad.json: subject CN: duplicate id: ids must be unique within a dataset",
                "bad.json: metric battery.output: duplicate id: ids must be unique within a dataset",
                "bad.json: source s: duplicate id: ids must be unique within a dataset",
                "bad.json: observation dup: duplicate id: ids must be unique within a dataset",
                "bad.json: observation tonnes: unit t (mass) does not convert to GWh, the unit of metric battery.output",
                "bad.json: observation yuan: unit billion CNY (money (CNY)) does not convert to GWh, the unit of metric battery.output",
                "bad.json: subject CN-XX: parent \"CN-YY\" is not in the subjects table",
                "bad.json: subject A: the parents form a cycle",
                "bad.json: rate USD/CNY 2024-06-26: two rates for USD/CNY on 2024-06-26: 7.2666 (bad.json rates) and 7.3 (bad.json rates)"));
        assertEquals(expected, problems);
    }

    @Test
    void test_build_moneyMetricAcceptsOtherCurrencies() {
        Dataset d = Dataset.builder()
                .addObservation(level("usd", "CN", "output_value", "2024", "2.75", "billion USD"))
                .addMetric(metric("output_value", MetricKind.FLOW, "billion CNY"))
                .build();
        assertEquals(1, d.size());
    }

    @Test
    void test_build_rateOverDaysIsAnAverage() {
        Dataset d = Dataset.builder()
                .addObservation(level("a", "CN", "x", "2024", "1", "GWh"))
                .addRate(rate("2024-06-24/2024-06-28", "USD/CNY", "7.2"))
                .build();
        CurrencyPair usdCny = CurrencyPair.parse("USD/CNY");
        assertEquals(0, new BigDecimal("7.2").compareTo(d.rateTable()
                .averageRate(usdCny, LocalDate.parse("2024-06-24"), LocalDate.parse("2024-06-28")).rate().rate()));
        // an average over the days, not a quote of its first day
        assertThrows(org.industrymetrics.money.RateNotFoundException.class, () -> d.rateTable().rateOn(usdCny, LocalDate.parse("2024-06-24"), 0));
    }

    @Test
    void test_subject_validation() {
        assertThrows(InvalidValueException.class, () -> Subject.of("CN", "CN"));
        assertThrows(InvalidValueException.class, () -> Subject.of("CN+SC", null));
        assertThrows(InvalidValueException.class, () -> Subject.of("CN SC", null));
        assertThrows(InvalidValueException.class, () -> rate("2024", "USD/CNY", "0"));
    }

    @Test
    void test_problems_capped() {
        Dataset.Builder b = Dataset.builder();
        for (int i = 0; i < 150; i++) {
            b.addObservation(level("same", "CN", "x", "2024", "1", "GWh"));
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, b::build);
        assertEquals(InvalidInputException.MAX_PROBLEMS, e.problems().size());
        assertFalse(e.problems().isEmpty());
    }

    /**
     * Builders filled part by part and put together in order give the dataset of one builder: the
     * same observations, origins (of several inputs, each part numbering its own), and problems.
     */
    @Test
    void test_addObservationsOf_isAddingOneByOne() {
        List<Observation> all = new ArrayList<>();
        List<InputLocation> origins = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            all.add(level(i == 33 ? "o7" : "o" + i, "CN", "battery.output", String.valueOf(1990 + i), "1", "GWh"));
            origins.add(i % 5 == 0 ? null : i % 7 == 0 ? InputLocation.ofPath("d.json", i, "observations[" + i + "]")
                    : InputLocation.of(i < 20 ? "a.csv" : "b.csv", i + 2));
        }
        Dataset.Builder one = Dataset.builder();
        for (int i = 0; i < all.size(); i++) {
            one.addObservation(all.get(i), origins.get(i));
        }
        Dataset.Builder whole = Dataset.builder().addObservation(all.get(0), origins.get(0));
        int[] cuts = {1, 3, 17, 25, 40};
        for (int c = 0; c + 1 < cuts.length; c++) {
            Dataset.Builder part = Dataset.builder();
            for (int i = cuts[c]; i < cuts[c + 1]; i++) {
                part.addObservation(all.get(i), origins.get(i));
            }
            whole.addObservationsOf(part);
            assertEquals(cuts[c + 1] - cuts[c], part.build().size(), "the part is left as it was");
        }
        InvalidInputException expected = assertThrows(InvalidInputException.class, one::build);
        InvalidInputException actual = assertThrows(InvalidInputException.class, whole::build);
        assertEquals(expected.problems(), actual.problems());
        assertEquals("b.csv:35: column id: duplicate id \"o7\" (first at observations[7] of d.json)", expected.problems().get(0).toString());

        all.remove(33);
        origins.remove(33);
        one = Dataset.builder();
        whole = Dataset.builder();
        Dataset.Builder part = Dataset.builder();
        for (int i = 0; i < all.size(); i++) {
            one.addObservation(all.get(i), origins.get(i));
            (i < 12 ? whole : part).addObservation(all.get(i), origins.get(i));
        }
        Dataset a = one.build();
        Dataset b = whole.addObservationsOf(part).build();
        assertEquals(a, b);
        for (int i = 0; i < all.size(); i++) {
            assertEquals(java.util.Optional.ofNullable(origins.get(i)), b.origin(all.get(i)));
            assertEquals(a.origin(all.get(i)), b.origin(all.get(i)));
        }
    }
}
