package org.industrymetrics.aggregate;

import static org.industrymetrics.observation.Observations.figure;
import static org.industrymetrics.observation.Observations.level;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.figure.QualifierWidths;
import org.industrymetrics.money.CurrencyPair;
import org.industrymetrics.money.FxRateTable;
import org.industrymetrics.money.RatePolicy;
import org.industrymetrics.money.ResolvedRate;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.Metric;
import org.industrymetrics.observation.MetricKind;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.RateEntry;
import org.industrymetrics.observation.Subject;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.period.Granularity;
import org.industrymetrics.period.ReportingPeriod;
import org.junit.jupiter.api.Test;

class AggregationTest {

    private static final CurrencyPair USD_CNY = CurrencyPair.parse("USD/CNY");
    private static final MathContext FLOOR = new MathContext(34, RoundingMode.FLOOR);
    private static final MathContext CEILING = new MathContext(34, RoundingMode.CEILING);

    /** A few quotes: the 2024 average, May's average, and days around the end of June and of 2024. */
    private static FxRateTable quotes() {
        return FxRateTable.builder()
                .addAverage(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"), USD_CNY, new BigDecimal("7.1957"), "test")
                .addAverage(LocalDate.parse("2024-05-01"), LocalDate.parse("2024-05-31"), USD_CNY, new BigDecimal("7.1"), "test")
                .add(LocalDate.parse("2024-06-26"), USD_CNY, new BigDecimal("7.2666"), "test")
                .add(LocalDate.parse("2024-12-31"), USD_CNY, new BigDecimal("7.2993"), "test")
                .build();
    }

    private static Metric metric(String id, MetricKind kind) {
        return Metric.builder().id(id).kind(kind).build();
    }

    private static Interval interval(String text) {
        return Interval.parse(text);
    }

    private static Map<String, Total> bySubject(SumResult r) {
        return r.groups().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().get(GroupBy.SUBJECT), Map.Entry::getValue));
    }

    private static List<String> problems(InvalidInputException e) {
        return e.problems().stream().map(InputProblem::toString).collect(Collectors.toList());
    }

    // ---------------------------------------------------------------------------------------
    // units

    @Test
    void test_sum_cliExample() {
        Dataset d = Dataset.of(List.of(level("cn-2024", "CN", "power_battery.output", "2024", "548.4", "GWh")));
        SumResult r = Aggregation.inUnit("GWh").by(GroupBy.SUBJECT, GroupBy.PERIOD).build().sum(d);
        assertEquals(1, r.groups().size());
        Map.Entry<GroupKey, Total> only = r.groups().entrySet().iterator().next();
        assertEquals("subject=CN, period=2024", only.getKey().toString());
        Total t = only.getValue();
        assertEquals(interval("[548.35, 548.45]"), t.interval());
        assertEquals("548.4", t.figure());
        assertEquals(1, t.count());
        assertEquals(List.of(), t.rates());
        assertEquals("548.4 GWh [548.35, 548.45] (1 observation)", t.toString());
    }

    @Test
    void test_sum_partsInOtherUnits() {
        // 300.1 GWh and 248300 MWh rounded to hundreds: each ±0.05 GWh
        Dataset d = Dataset.of(List.of(
                level("sc", "CN-SC", "power_battery.output", "2024", "300.1", "GWh"),
                figure("cq", "CN-CQ", "power_battery.output", "2024", "248300").unit(ObservationUnit.parse("MWh"))
                        .figure(org.industrymetrics.figure.ReportedFigure.parse("248300 (precision -2)")).build()));
        Total t = Aggregation.inUnit("GWh").build().sum(d).groups().values().iterator().next();
        assertEquals(interval("[548.3, 548.5]"), t.interval());
        assertEquals("548.4", t.figure());
        assertEquals(2, t.count());
        Total mwh = Aggregation.inUnit("MWh").build().sum(d).groups().values().iterator().next();
        assertEquals(interval("[548300, 548500]"), mwh.interval());
        assertEquals("548400", mwh.figure());
        Total twh = Aggregation.inUnit("TWh").build().sum(d).groups().values().iterator().next();
        assertEquals(interval("[0.5483, 0.5485]"), twh.interval());
        assertEquals("0.5484", twh.figure());
    }

    @Test
    void test_sum_bySubject_seedLike() {
        Dataset d = Dataset.of(List.of(
                level("sc-output", "CN-SC", "power_battery.output", "2024", "300.1", "GWh"),
                level("cq-output", "CN-CQ", "power_battery.output", "2024", "248.3", "GWh"),
                level("cq-output-h1", "CN-CQ", "power_battery.output", "2024-H1", "120", "GWh"),
                level("bishan", "CN-CQ-BS", "power_battery.output", "2024", "over 20", "GWh"),
                figure("cq-share", "CN-CQ", "power_battery.output", "2024", "20").measure(Measure.SHARE).base("CN").build()));
        Aggregation sum = Aggregation.inUnit("GWh").by(GroupBy.SUBJECT).period(ReportingPeriod.parse("2024")).build();
        Map<String, Total> totals = bySubject(sum.sum(d));
        assertEquals(List.of("CN-CQ", "CN-CQ-BS", "CN-SC"), new ArrayList<>(sum.sum(d).groups().keySet())
                .stream().map(k -> k.get(GroupBy.SUBJECT)).collect(Collectors.toList()));
        assertEquals(interval("[248.25, 248.35]"), totals.get("CN-CQ").interval());
        assertEquals(1, totals.get("CN-CQ").count(), "the half-year is filtered out and the share is not a level");
        assertEquals(interval("(20, 22.5]"), totals.get("CN-CQ-BS").interval());
        assertEquals("over 20", totals.get("CN-CQ-BS").figure(), "a total keeps the qualifier of its figure");
        assertEquals(interval("[300.05, 300.15]"), totals.get("CN-SC").interval());
    }

    @Test
    void test_sum_openEndsAndCoarsestPrecision() {
        Dataset d = Dataset.of(List.of(
                level("a", "CN", "m", "2024", "over 210", "GWh"),
                level("b", "CN", "m", "2024", "12.5", "GWh")));
        Total t = Aggregation.inUnit("GWh").overlapPolicy(OverlapPolicy.REFUSE.allowRest()).build().sum(d)
                .groups().values().iterator().next();
        assertEquals(interval("(222.45, 244.05]"), t.interval());
        assertEquals("over 222", t.figure(), "over 222.5 rounded down to the coarser precision, 0 decimals: a lower bound stays one");
        assertEquals(Qualifier.OVER, t.qualifier().orElseThrow());
    }

    @Test
    void test_sum_rangeAndWidths() {
        Dataset d = Dataset.of(List.of(
                level("a", "CN", "m", "2024", "12..15", "GWh"),
                level("b", "CN", "m", "2024", "about 100", "GWh")));
        Aggregation a = Aggregation.inUnit("GWh").widths(QualifierWidths.DEFAULTS.withAbout(new BigDecimal("0.1")))
                .overlapPolicy(OverlapPolicy.parse("allow")).build();
        Total t = a.sum(d).groups().values().iterator().next();
        assertEquals(interval("[101, 126]"), t.interval(), "[11.5, 15.5] + [89.5, 110.5]");
        assertEquals("101..126", t.figure(), "no qualifier says what a range plus an 'about' is: the interval");
        assertTrue(t.qualifier().isEmpty());
    }

    @Test
    void test_sum_nonTerminatingFactor_roundedOutward() {
        Dataset d = Dataset.of(List.of(level("park", "CN-SC-YB", "land", "2024", "594", "mu")));
        Total t = Aggregation.inUnit("m2").build().sum(d).groups().values().iterator().next();
        BigDecimal exactLow = new BigDecimal("593.5").multiply(BigDecimal.valueOf(2000));
        BigDecimal exactHigh = new BigDecimal("594.5").multiply(BigDecimal.valueOf(2000));
        // low ≤ 593.5 × 2000/3 and high ≥ 594.5 × 2000/3, within one unit of the 34th digit
        assertTrue(t.interval().low().multiply(BigDecimal.valueOf(3)).compareTo(exactLow) <= 0);
        assertTrue(t.interval().high().multiply(BigDecimal.valueOf(3)).compareTo(exactHigh) >= 0);
        assertEquals(exactLow.divide(BigDecimal.valueOf(3), FLOOR), t.interval().low());
        assertEquals(exactHigh.divide(BigDecimal.valueOf(3), CEILING), t.interval().high());
        assertEquals("396000", t.figure());
        Total back = Aggregation.inUnit("mu").build().sum(Dataset.of(List.of(level("p", "X", "land", "2024", "396000", "m2"))))
                .groups().values().iterator().next();
        assertEquals("594.000", back.figure(), "396000 m2 ± 0.5 is 594 mu ± 0.00075: three decimals");
    }

    @Test
    void test_sum_dimensionsDoNotMix() {
        Dataset d = Dataset.builder().name("mixed.csv")
                .addObservation(level("sc-output", "CN-SC", "power_battery.output", "2024", "300.1", "GWh"))
                .addObservation(level("lithium", "CN-SC", "lithium_carbonate.output", "2024", "5.6", "万 t"))
                .addObservation(level("growth", "CN-SC", "x", "2024", "5", "%"))
                .build();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Aggregation.inUnit("GWh").by(GroupBy.SUBJECT).build().sum(d));
        assertEquals(List.of(
                "mixed.csv: observation lithium: cannot express 5.6 wan t (mass) in GWh (energy)",
                "mixed.csv: observation growth: cannot express 5 % (percent) in GWh (energy)"), problems(e));
        // filtered to one metric it adds up
        assertEquals("300.1", Aggregation.inUnit("GWh").metric("power_battery.output").build().sum(d)
                .groups().values().iterator().next().figure());
    }

    @Test
    void test_toString() {
        assertEquals("Aggregation[in GWh]", Aggregation.inUnit("GWh").build().toString());
        assertEquals("Aggregation[in billion USD, by subject, period; metric output_value, period 2024]",
                Aggregation.inUnit("billion USD").by(GroupBy.PERIOD, GroupBy.SUBJECT).metric("output_value")
                        .period(ReportingPeriod.parse("2024")).build().toString());
        assertEquals("Aggregation[in t; period 2024-05]",
                Aggregation.inUnit("t").period(ReportingPeriod.parse("2024-05")).build().toString());
    }

    @Test
    void test_inUnit_onlyQuantityOrMoney() {
        assertThrows(org.industrymetrics.InvalidValueException.class, () -> Aggregation.inUnit("%"));
        assertThrows(FigureParseException.class, () -> Aggregation.inUnit("GWhh"));
        assertThrows(NullPointerException.class, () -> Aggregation.inUnit((ObservationUnit) null));
    }

    @Test
    void test_sum_empty() {
        SumResult r = Aggregation.inUnit("GWh").by(GroupBy.SUBJECT).build().sum(Dataset.of(List.of()));
        assertTrue(r.groups().isEmpty());
        assertEquals("(no levels in GWh)", r.toString());
    }

    @Test
    void test_groupKeys() {
        Dataset d = Dataset.of(List.of(
                level("a", "CN-SC", "m.a", "2024-02", "1", "GWh"),
                level("b", "CN-SC", "m.b", "2024-01", "2", "GWh"),
                level("c", "CN-CQ", "m.a", "2024-01", "3", "GWh"),
                level("d", "CN-CQ+CN-SC", "m.a", "2024-01", "4", "GWh")));
        SumResult r = Aggregation.inUnit("GWh").by(GroupBy.PERIOD).by(GroupBy.SUBJECT).build().sum(d);
        assertEquals(List.of("subject=CN-CQ, period=2024-01", "subject=CN-CQ+CN-SC, period=2024-01",
                "subject=CN-SC, period=2024-01", "subject=CN-SC, period=2024-02"),
                r.groups().keySet().stream().map(GroupKey::toString).collect(Collectors.toList()));
        assertEquals("subject=CN-CQ, period=2024-01: 3 GWh [2.5, 3.5] (1 observation)", r.toString().lines().findFirst().orElseThrow());
        SumResult all = Aggregation.inUnit("GWh").overlapPolicy(OverlapPolicy.REFUSE.allowRest()).build().sum(d);
        assertEquals("all", all.groups().keySet().iterator().next().toString());
        assertEquals("10", all.groups().values().iterator().next().figure());
        SumResult byMetric = Aggregation.inUnit("GWh").by(GroupBy.METRIC).overlapPolicy(OverlapPolicy.REFUSE.allowRest()).build().sum(d);
        assertEquals(List.of("metric=m.a", "metric=m.b"),
                byMetric.groups().keySet().stream().map(GroupKey::toString).collect(Collectors.toList()));
        assertEquals(3, byMetric.groups().values().iterator().next().count());
        assertEquals(GroupBy.PERIOD, GroupBy.parse("Period"));
        assertThrows(FigureParseException.class, () -> GroupBy.parse("region"));
    }

    // ---------------------------------------------------------------------------------------
    // money

    @Test
    void test_sum_inUsd_withRates() {
        Dataset d = Dataset.builder()
                .addObservation(level("cq-value", "CN-CQ", "output_value", "2024", "88.9", "billion CNY"))
                .addObservation(level("sc-value", "CN-SC", "output_value", "2024", "5.6", "hundred million yuan"))
                .addObservation(level("sc-usd", "CN-SC", "output_value", "2024", "2.75", "billion USD"))
                .addObservation(level("cq-may", "CN-CQ", "output_value", "2024-05", "7.1", "billion CNY"))
                .addObservation(level("bishan-assets", "CN-CQ", "assets", "2024-06-26", "72.666", "billion CNY"))
                .addObservation(level("cq-assets", "CN-CQ", "assets", "2024", "72.993", "billion CNY"))
                .addMetric(metric("output_value", MetricKind.FLOW))
                .addMetric(metric("assets", MetricKind.STOCK))
                .build();
        Aggregation sum = Aggregation.inUnit("billion USD").by(GroupBy.SUBJECT, GroupBy.METRIC, GroupBy.PERIOD)
                .overlapPolicy(OverlapPolicy.REFUSE.allowRest()).rates(quotes()).build();
        Map<String, Total> totals = sum.sum(d).groups().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().toString(), Map.Entry::getValue));

        // a flow over 2024 at the 2024 average; the ends rounded outward, once, with the exact rate
        Total cq = totals.get("subject=CN-CQ, metric=output_value, period=2024");
        BigDecimal avg = new BigDecimal("7.1957");
        assertEquals(Interval.closed(new BigDecimal("88.85").divide(avg, FLOOR), new BigDecimal("88.95").divide(avg, CEILING)),
                cq.interval());
        assertEquals("12.35", cq.figure(), "88.9 / 7.1957 = 12.354…; 0.1 billion CNY is 0.014 billion USD, so one place more");
        assertEquals(1, cq.rates().size());
        ResolvedRate used = cq.rates().get(0);
        assertEquals(CurrencyPair.parse("CNY/USD"), used.pair());
        assertTrue(used.isAverage());
        assertEquals(LocalDate.parse("2024-01-01"), used.first());
        assertEquals(LocalDate.parse("2024-12-31"), used.last());
        assertEquals("test", used.source());
        assertTrue(used.toString().startsWith("CNY/USD 0.13897"), used.toString());

        // yi CNY and USD in one group: 0.56 billion CNY at the average plus 2.75 billion USD as it is
        Total sc = totals.get("subject=CN-SC, metric=output_value, period=2024");
        assertEquals(2, sc.count());
        BigDecimal yi = new BigDecimal("0.1").multiply(new BigDecimal("5.55")).divide(avg, FLOOR);
        assertEquals(0, yi.add(new BigDecimal("2.745")).compareTo(sc.interval().low()));
        assertEquals(1, sc.rates().size(), "only the yuan figure used a rate");

        // a month at May's average
        Total may = totals.get("subject=CN-CQ, metric=output_value, period=2024-05");
        assertEquals("1.00", may.figure());
        assertEquals(LocalDate.parse("2024-05-01"), may.rates().get(0).first());

        // a stock on a day at that day's rate; a stock over a year at the rate of its last day
        Total day = totals.get("subject=CN-CQ, metric=assets, period=2024-06-26");
        assertEquals("10.0000", day.figure());
        assertEquals(LocalDate.parse("2024-06-26"), day.rates().get(0).first());
        assertFalse(day.rates().get(0).isAverage());
        Total year = totals.get("subject=CN-CQ, metric=assets, period=2024");
        assertEquals("10.0000", year.figure());
        assertEquals(LocalDate.parse("2024-12-31"), year.rates().get(0).first());
    }

    @Test
    void test_sum_ratesRecorded_oncePerRate() {
        Dataset d = Dataset.of(List.of(
                level("a", "CN-CQ", "output_value", "2024", "88.9", "billion CNY"),
                level("b", "CN-SC", "output_value", "2024", "20", "billion CNY"),
                level("c", "CN-SC", "output_value", "2024-05", "7.1", "billion CNY")));
        Total all = Aggregation.inUnit("USD").rates(quotes()).overlapPolicy(OverlapPolicy.REFUSE.allowRest()).build().sum(d)
                .groups().values().iterator().next();
        assertEquals(3, all.count());
        assertEquals(List.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-05-01")),
                all.rates().stream().map(ResolvedRate::first).collect(Collectors.toList()));
    }

    @Test
    void test_sum_moneyWithoutRate_namesPairAndPeriod() {
        Dataset d = Dataset.builder().name("seed")
                .addObservation(level("cq-value", "CN-CQ", "output_value", "2024", "88.9", "billion CNY"))
                .addObservation(level("eu-value", "DE", "output_value", "2024", "3", "billion EUR"))
                .addObservation(level("old-value", "CN-CQ", "output_value", "2019", "50", "billion CNY"))
                .build();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Aggregation.inUnit("billion USD").rates(quotes()).build().sum(d));
        List<String> p = problems(e);
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("seed: observation eu-value: cannot convert 3 billion EUR of 2024 to billion USD: "
                + "no average rate for EUR/USD over 2024-01-01..2024-12-31: the table has no rates for EUR"), p.get(0));
        assertTrue(p.get(1).startsWith("seed: observation old-value: cannot convert 50 billion CNY of 2019 to billion USD: "
                + "no average rate for CNY/USD over 2019-01-01..2019-12-31: "), p.get(1));
        // a stock at the rate of its last day
        Dataset stock = Dataset.builder()
                .addObservation(level("assets", "CN-CQ", "assets", "2025", "70", "billion CNY"))
                .addMetric(metric("assets", MetricKind.STOCK))
                .build();
        InvalidInputException s = assertThrows(InvalidInputException.class,
                () -> Aggregation.inUnit("billion USD").rates(quotes()).build().sum(stock));
        assertEquals("dataset: observation assets: cannot convert 70 billion CNY of 2025 (a stock: at the rate of its last day) "
                + "to billion USD: no rate for CNY/USD on 2025-12-31: the USD/CNY quotes run from 2024-06-26 to 2024-12-31, "
                + "and the last is 365 days before it, more than the 7 days allowed", s.getMessage());
    }

    @Test
    void test_sum_noRatesAtAll() {
        Dataset d = Dataset.of(List.of(level("cq-value", "CN-CQ", "output_value", "2024", "88.9", "billion CNY")));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Aggregation.inUnit("USD").build().sum(d));
        assertEquals("dataset: observation cq-value: cannot convert 88.9 billion CNY of 2024 to USD: "
                + "no average rate for CNY/USD over 2024-01-01..2024-12-31: the table has no rates for CNY; it is empty", e.getMessage());
        // in its own currency it needs no rate
        assertEquals("88900000000", Aggregation.inUnit("yuan").build().sum(d).groups().values().iterator().next().figure());
    }

    @Test
    void test_sum_datasetRatesWinOverExtraRates() {
        Dataset d = Dataset.builder()
                .addObservation(level("bishan", "CN-CQ", "assets", "2024-06-26", "72.666", "billion CNY"))
                .addRate(RateEntry.builder().date(ReportingPeriod.parse("2024-06-26")).pair(USD_CNY)
                        .rate(new BigDecimal("7.5")).build())
                .build();
        Total t = Aggregation.inUnit("billion USD").rates(quotes()).build().sum(d).groups().values().iterator().next();
        assertEquals("9.6888", t.figure(), "72.666 / 7.5, not / 7.2666");
        assertEquals(0, BigDecimal.ONE.divide(new BigDecimal("7.5"), MathContext.DECIMAL64).compareTo(t.rates().get(0).rate().rate()));
        assertEquals("dataset rates", t.rates().get(0).source());
    }

    @Test
    void test_sum_policy_flowsAtLastDay() {
        Dataset d = Dataset.of(List.of(level("a", "CN", "output_value", "2024", "72.993", "billion CNY")));
        Total t = Aggregation.inUnit("billion USD").rates(quotes()).ratePolicy(RatePolicy.DEFAULT.withFlowsAtAverage(false))
                .build().sum(d).groups().values().iterator().next();
        assertEquals("10.0000", t.figure(), "72.993 / 7.2993, the rate of 2024-12-31");
    }

    // ---------------------------------------------------------------------------------------
    // stocks and roll-ups

    private static Dataset tree() {
        return Dataset.builder()
                .addSubject(Subject.of("CN", null))
                .addSubject(Subject.of("CN-SC", "CN"))
                .addSubject(Subject.of("CN-CQ", "CN"))
                .addSubject(Subject.of("CN-CQ-BS", "CN-CQ"))
                .addSubject(Subject.of("CN-CQ-LJ", "CN-CQ"))
                .addSubject(Subject.of("CN-GD", "CN"))
                .addMetric(metric("capacity", MetricKind.STOCK))
                .addMetric(metric("output", MetricKind.FLOW))
                .addObservation(level("cn", "CN", "output", "2024", "548.4", "GWh"))
                .addObservation(level("sc", "CN-SC", "output", "2024", "300.1", "GWh"))
                .addObservation(level("sc-2", "CN-SC", "output", "2024", "300", "GWh"))
                .addObservation(level("bs", "CN-CQ-BS", "output", "2024", "200.5", "GWh"))
                .addObservation(level("lj", "CN-CQ-LJ", "output", "2024", "47800", "MWh"))
                .addObservation(level("cap-2023", "CN-SC", "capacity", "2023", "400", "GWh"))
                .addObservation(level("cap-2024", "CN-SC", "capacity", "2024", "500", "GWh"))
                .addObservation(level("cap-cq-2024", "CN-CQ", "capacity", "2024", "300", "GWh"))
                .build();
    }

    @Test
    void test_sum_stockOverPeriods_isAnError() {
        Dataset d = tree();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Aggregation.inUnit("GWh").by(GroupBy.SUBJECT).metric("capacity").build().sum(d));
        assertEquals(List.of("dataset: observation cap-2023: cannot add levels of capacity for 2023 and 2024 (observation cap-2024): "
                + "it is a stock, a level at a time, and does not add up over periods; group by period"), problems(e));
        // by period, or for one period, the same levels add up across subjects
        SumResult byPeriod = Aggregation.inUnit("GWh").by(GroupBy.PERIOD).metric("capacity").build().sum(d);
        assertEquals("800", byPeriod.groups().values().stream().skip(1).findFirst().orElseThrow().figure());
        SumResult oneYear = Aggregation.inUnit("GWh").metric("capacity").period(ReportingPeriod.parse("2024")).build().sum(d);
        assertEquals("800", oneYear.groups().values().iterator().next().figure());
    }

    @Test
    void test_rollUpChildren() {
        Dataset d = tree();
        Aggregation gwh = Aggregation.inUnit("GWh").build();
        // CN-SC has its own level (the first of two); CN-CQ has none, so its children are summed; CN-GD has nothing
        Total t = gwh.rollUpChildren(d, "CN", "output", ReportingPeriod.parse("2024"));
        assertEquals(3, t.count());
        assertEquals(interval("[548.2995, 548.5005]"), t.interval(), "300.1 ± 0.05, 200.5 ± 0.05, 47.8 ± 0.0005");
        assertEquals("548.4", t.figure());
        Total cq = gwh.rollUpChildren(d, "CN-CQ", "output", ReportingPeriod.parse("2024"));
        assertEquals("248.3", cq.figure());
        Total none = gwh.rollUpChildren(d, "CN-GD", "output", ReportingPeriod.parse("2024"));
        assertEquals(0, none.count());
        assertEquals("0", none.figure());
        assertEquals(interval("[0, 0]"), none.interval());
        Total stock = gwh.rollUpChildren(d, "CN", "capacity", ReportingPeriod.parse("2024"));
        assertEquals("800", stock.figure());
    }

    @Test
    void test_rollUpPeriods_flows() {
        List<Observation> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(level(String.format("m%02d", m), "CN", "output", String.format("2024-%02d", m), "45.7", "GWh"));
        }
        Dataset d = Dataset.builder().addObservations(months).addMetric(metric("output", MetricKind.FLOW)).build();
        Aggregation gwh = Aggregation.inUnit("GWh").build();
        Total year = gwh.rollUpPeriods(d, SubjectRef.of("CN"), "output", ReportingPeriod.parse("2024"), Granularity.MONTH);
        assertEquals(12, year.count());
        assertEquals("548.4", year.figure());
        assertEquals(interval("[547.8, 549.0]"), year.interval());
        Total q2 = gwh.rollUpPeriods(d, SubjectRef.of("CN"), "output", ReportingPeriod.parse("2024-Q2"), Granularity.MONTH);
        assertEquals("137.1", q2.figure());
        Total h2 = gwh.rollUpPeriods(d, SubjectRef.of("CN"), "output", ReportingPeriod.parse("2024-H2"), Granularity.MONTH);
        assertEquals(6, h2.count());
        Total jan2may = gwh.rollUpPeriods(d, SubjectRef.of("CN"), "output", ReportingPeriod.parse("2024-01/2024-05"),
                Granularity.MONTH);
        assertEquals("228.5", jan2may.figure());

        Dataset gap = d.filter(o -> !o.id().equals("m05") && !o.id().equals("m07"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> gwh.rollUpPeriods(gap, SubjectRef.of("CN"), "output", ReportingPeriod.parse("2024"), Granularity.MONTH));
        assertEquals("cannot sum CN output over 2024: no level for [2024-05, 2024-07]", e.getMessage());
    }

    @Test
    void test_rollUpPeriods_quartersToYear() {
        Dataset d = Dataset.of(List.of(
                level("q1", "CN", "output", "2024-Q1", "100", "GWh"),
                level("q2", "CN", "output", "2024-Q2", "120", "GWh"),
                level("q3", "CN", "output", "2024-Q3", "130", "GWh"),
                level("q4", "CN", "output", "2024-Q4", "198400", "MWh")));
        Total t = Aggregation.inUnit("GWh").build()
                .rollUpPeriods(d, SubjectRef.of("CN"), "output", ReportingPeriod.parse("2024"), Granularity.QUARTER);
        assertEquals("548", t.figure());
        assertEquals(interval("[546.8995, 549.9005]"), t.interval());
    }

    @Test
    void test_rollUpPeriods_stockIsAnError() {
        Dataset d = tree();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Aggregation.inUnit("GWh").build()
                .rollUpPeriods(d, SubjectRef.of("CN-SC"), "capacity", ReportingPeriod.parse("2024"), Granularity.QUARTER));
        assertEquals("cannot sum metric capacity over periods: it is a stock, a level at a time", e.getMessage());
    }

    // ---------------------------------------------------------------------------------------
    // accumulators

    @Test
    void test_totalAccumulator_mergeRejectsOtherUnit() {
        TotalAccumulator gwh = new TotalAccumulator(ObservationUnit.parse("GWh"));
        TotalAccumulator mwh = new TotalAccumulator(ObservationUnit.parse("MWh"));
        assertThrows(IllegalArgumentException.class, () -> gwh.merge(mwh));
        assertThrows(NullPointerException.class, () -> new TotalAccumulator(null));
    }

    @Test
    void test_totalAccumulator_addAndMerge() {
        Dataset d = Dataset.of(List.of(
                level("a", "CN", "m", "2024", "1.5", "GWh"),
                level("b", "CN", "m", "2024", "2500", "MWh")));
        LevelConverter c = new LevelConverter(d, FxRateTable.builder().build(), RatePolicy.DEFAULT, QualifierWidths.DEFAULTS);
        ObservationUnit gwh = ObservationUnit.parse("GWh");
        TotalAccumulator left = new TotalAccumulator(gwh).add(c.convert(d.observations().get(0), gwh));
        TotalAccumulator right = new TotalAccumulator(gwh).add(c.convert(d.observations().get(1), gwh));
        Total merged = left.merge(right).toTotal();
        assertEquals(2, left.count());
        assertEquals(interval("[3.9495, 4.0505]"), merged.interval());
        assertEquals("4.0", merged.figure());
        assertEquals(Aggregation.inUnit(gwh).overlapPolicy(OverlapPolicy.REFUSE.allowRest()).build().sum(d)
                .groups().values().iterator().next(), merged);
    }

    @Test
    void test_levelConverter_inconvertible_isAConversionException() {
        Dataset d = Dataset.of(List.of(
                level("a", "CN", "m", "2024", "12", "t"),
                level("b", "CN", "m", "2024", "3", "billion USD")));
        LevelConverter c = new LevelConverter(d, FxRateTable.builder().build(), RatePolicy.DEFAULT, QualifierWidths.DEFAULTS);
        // a fault of the data, of the library's own type: sums and checks report it; nothing else is caught
        ConversionException dimension = assertThrows(ConversionException.class,
                () -> c.convert(d.observations().get(0), ObservationUnit.parse("GWh")));
        assertTrue(dimension.getMessage().startsWith("cannot express 12 t (mass) in GWh"), dimension.getMessage());
        ConversionException noRate = assertThrows(ConversionException.class,
                () -> c.convert(d.observations().get(1), ObservationUnit.parse("billion CNY")));
        assertTrue(noRate.getMessage().startsWith("cannot convert 3 billion USD of 2024"), noRate.getMessage());
        assertTrue(org.industrymetrics.MetricsException.class.isInstance(noRate));
    }
}
