package org.industrymetrics.observation;

import static org.industrymetrics.observation.Observations.figure;
import static org.industrymetrics.observation.Observations.level;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.InvalidValueException;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.figure.QualifierWidths;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.period.ReportingPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObservationTest {

    private static String rejected(Observation.Builder b) {
        return assertThrows(InvalidValueException.class, b::build).getMessage();
    }

    @Test
    void test_build_level() {
        Observation o = level("yibin-output-2024", "CN-SC", "power_battery.output", "2024", "548.4", "GWh");
        assertEquals("yibin-output-2024", o.id());
        assertEquals(SubjectRef.of("CN-SC"), o.subject());
        assertEquals(Measure.LEVEL, o.measure());
        assertEquals(Status.ACTUAL, o.status());
        assertEquals(ObservationUnit.parse("GWh"), o.effectiveUnit());
        assertEquals(Interval.parse("[548.35, 548.45]"), o.interval(QualifierWidths.DEFAULTS));
    }

    @Test
    void test_build_levelNeedsUnit() {
        String m = rejected(figure("cq-output", "CN-CQ", "battery.output", "2024", "88.9"));
        assertEquals("observation cq-output: a level needs a unit", m);
    }

    @Test
    void test_build_levelTakesNoBase() {
        String m = rejected(figure("cq-output", "CN-CQ", "battery.output", "2024", "88.9")
                .unit(ObservationUnit.parse("GWh")).base("CN"));
        assertEquals("observation cq-output: a level takes no base, found \"CN\"", m);
    }

    @Test
    void test_build_shareNeedsBase() {
        String m = rejected(figure("cq-share", "CN-CQ", "battery.output", "2024", "12.5").measure(Measure.SHARE));
        assertEquals("observation cq-share: a share needs a base: the whole it is taken of, such as CN", m);
    }

    @Test
    void test_build_contributionNeedsBase() {
        String m = rejected(figure("c", "CN-CQ", "gdp", "2024", "30").measure(Measure.CONTRIBUTION));
        assertTrue(m.startsWith("observation c: a contribution needs a base"), m);
    }

    @Test
    void test_build_shareBaseMustBeSubject() {
        String m = rejected(figure("s", "CN-CQ", "gdp", "2024", "30").measure(Measure.SHARE).base("CN+"));
        assertTrue(m.startsWith("observation s: the base of a share is the whole it is taken of, such as CN: cannot read \"CN+\""), m);
    }

    @ParameterizedTest
    @CsvSource({"GROWTH, %", "MULTIPLE, x", "GROWTH_PP, pp", "SHARE_PP, pp", "SHARE, %", "CONTRIBUTION, %"})
    void test_effectiveUnit_implied(Measure measure, String unit) {
        Observation.Builder b = figure("r", "CN", "gdp", "2024", "5").measure(measure);
        if (measure.baseIsSubject()) {
            b.base("CN-ALL");
        }
        Observation o = b.build();
        assertEquals(Optional.empty(), o.unit());
        assertEquals(ObservationUnit.parse(unit), o.effectiveUnit());
        // the implied unit may also be written
        assertEquals(o.effectiveUnit(), b.unit(ObservationUnit.parse(unit)).build().effectiveUnit());
    }

    @Test
    void test_build_growthTakesNoUnitButPercent() {
        String m = rejected(figure("yibin-growth", "CN-SC-YB", "income", "2022", "58.7")
                .measure(Measure.GROWTH).unit(ObservationUnit.parse("billion CNY")));
        assertEquals("observation yibin-growth: a growth takes no unit but %, found \"billion CNY\"", m);
    }

    @Test
    void test_build_multipleTakesX() {
        String m = rejected(figure("m", "CN", "exports", "2024", "4.5").measure(Measure.MULTIPLE).unit(ObservationUnit.PERCENT));
        assertEquals("observation m: a multiple takes no unit but x, found \"%\"", m);
    }

    @Test
    void test_build_growthPpTakesPp() {
        String m = rejected(figure("g", "CN", "exports", "2024", "1.5").measure(Measure.GROWTH_PP).unit(ObservationUnit.PERCENT));
        assertEquals("observation g: a growth_pp takes no unit but pp, found \"%\"", m);
    }

    @Test
    void test_basePeriod_defaultAYearEarlier() {
        Observation o = figure("g", "CN", "exports", "2024-Q2", "8").measure(Measure.GROWTH).build();
        assertEquals(ReportingPeriod.parse("2023-Q2"), o.basePeriod());
    }

    @Test
    void test_basePeriod_given() {
        Observation o = figure("m", "CN", "exports", "2024", "4.5").measure(Measure.MULTIPLE).base("2021").build();
        assertEquals(ReportingPeriod.parse("2021"), o.basePeriod());
    }

    @Test
    void test_build_basePeriodNotAPeriod() {
        String m = rejected(figure("g", "CN", "exports", "2024", "8").measure(Measure.GROWTH).base("CN"));
        assertTrue(m.startsWith("observation g: the base of a growth is a period, such as 2023: cannot read \"CN\""), m);
    }

    @Test
    void test_build_basePeriodOtherGranularity() {
        String m = rejected(figure("g", "CN", "exports", "2024-05", "8").measure(Measure.GROWTH).base("2023"));
        assertEquals("observation g: base period 2023 is a year, the period 2024-05 a month", m);
    }

    @Test
    void test_baseSubject_ofShare() {
        Observation o = figure("s", "CN-SC", "battery.output", "2024", "21").measure(Measure.SHARE).base("CN").build();
        assertEquals(SubjectRef.of("CN"), o.baseSubject());
        assertThrows(IllegalStateException.class, o::basePeriod);
        Observation g = figure("g", "CN", "exports", "2024", "8").measure(Measure.GROWTH).build();
        assertThrows(IllegalStateException.class, g::baseSubject);
    }

    @Test
    void test_build_shareOutOfRange() {
        String m = rejected(figure("s", "CN-SC", "battery.output", "2024", "120").measure(Measure.SHARE).base("CN"));
        assertEquals("observation s: a share is between 0 and 100 %, found 120", m);
        String negative = rejected(figure("s", "CN-SC", "battery.output", "2024", "-1").measure(Measure.SHARE).base("CN"));
        assertEquals("observation s: a share is between 0 and 100 %, found -1", negative);
        String range = rejected(figure("s", "CN-SC", "battery.output", "2024", "90..101").measure(Measure.SHARE).base("CN"));
        assertEquals("observation s: a share is between 0 and 100 %, found 90..101", range);
    }

    @Test
    void test_build_growthBelowMinusHundred() {
        String m = rejected(figure("g", "CN", "exports", "2024", "-100.5").measure(Measure.GROWTH));
        assertEquals("observation g: a growth cannot be below -100 %, found -100.5", m);
        figure("g", "CN", "exports", "2024", "-100").measure(Measure.GROWTH).build();
    }

    @Test
    void test_build_negativeMultiple() {
        String m = rejected(figure("m", "CN", "exports", "2024", "-2").measure(Measure.MULTIPLE));
        assertEquals("observation m: a multiple cannot be negative, found -2", m);
    }

    @ParameterizedTest
    @CsvSource({"Power_Battery.output", "power-battery.output", "power_battery.", ".output", "power battery"})
    void test_build_badMetricId(String metric) {
        String m = rejected(figure("o", "CN", "x", "2024", "1").metric(metric).unit(ObservationUnit.parse("GWh")));
        assertEquals("observation o: metric \"" + metric + "\" is not a lower-case dotted id such as power_battery.output", m);
    }

    @Test
    void test_build_blankId() {
        String m = rejected(figure(" ", "CN", "x", "2024", "1").unit(ObservationUnit.parse("GWh")));
        assertEquals("observation id must not be blank", m);
    }

    @Test
    void test_build_missingRequired() {
        assertThrows(IllegalStateException.class, () -> Observation.builder().id("a").metric("x").build());
    }

    @Test
    void test_equals() {
        new EqualsTester()
                .addEqualityGroup(level("a", "CN", "x", "2024", "1.0", "GWh"), level("a", "CN", "x", "2024", "1.0", "GWh"))
                .addEqualityGroup(level("a", "CN", "x", "2024", "1.00", "GWh"))
                .addEqualityGroup(level("b", "CN", "x", "2024", "1.0", "GWh"))
                .addEqualityGroup(level("a", "CN", "x", "2024", "1.0", "MWh"))
                .addEqualityGroup(figure("a", "CN", "x", "2024", "1.0").unit(ObservationUnit.parse("GWh")).status(Status.TARGET).build())
                .testEquals();
    }

    private static Observation.Builder quarter() {
        return Observation.builder().id("a").subject(SubjectRef.parse("CN-SC+CN-CQ")).metric("power_battery.output")
                .period(ReportingPeriod.parse("2024-Q1")).figure(ReportedFigure.parse("about 548.40 (precision 1)"))
                .unit(ObservationUnit.parse("GWh"));
    }

    @Test
    void test_toString_fieldsSetInOrder() {
        // the form the generated class printed, which pages and messages show
        assertEquals("Observation{id=a, subject=CN-CQ+CN-SC, metric=power_battery.output, period=2024-Q1, measure=level,"
                + " figure=about 548.40 (precision 1), unit=GWh, status=actual, extras={}}", quarter().build().toString());
        Observation full = quarter().measure(Measure.SHARE).unit(null).figure(ReportedFigure.parse("12..15")).base("CN")
                .status(Status.ESTIMATE).source("src").quote("said \"x\"").putExtras("x_p", "3").putExtras("x_a", "b").build();
        assertEquals("Observation{id=a, subject=CN-CQ+CN-SC, metric=power_battery.output, period=2024-Q1, measure=share,"
                + " figure=12..15, base=CN, status=estimate, source=src, quote=said \"x\", extras={x_p=3, x_a=b}}", full.toString());
        assertEquals(List.of("x_p", "x_a"), List.copyOf(full.extras().keySet()));
    }

    @Test
    void test_build_missingRequired_named() {
        assertEquals("Cannot build Observation, some of required attributes are not set [id, subject, period, figure]",
                assertThrows(IllegalStateException.class, () -> Observation.builder().metric("x").build()).getMessage());
        assertEquals("id", assertThrows(NullPointerException.class, () -> Observation.builder().id(null)).getMessage());
        assertEquals("measure", assertThrows(NullPointerException.class, () -> Observation.builder().measure(null)).getMessage());
        assertEquals("status", assertThrows(NullPointerException.class, () -> Observation.builder().status(null)).getMessage());
    }

    @Test
    void test_builder_extras() {
        assertEquals(Map.of(), quarter().build().extras());
        assertEquals("Multiple entries with same key: k=2 and k=1", assertThrows(IllegalArgumentException.class,
                () -> quarter().putExtras("k", "1").putExtras("k", "2").build()).getMessage());
        assertEquals("null value in entry: k=null",
                assertThrows(NullPointerException.class, () -> quarter().putExtras("k", null)).getMessage());
        assertThrows(NullPointerException.class, () -> quarter().putAllExtras(null));
        assertEquals(Map.of("j", "2"), quarter().putExtras("k", "1").extras(Map.of("j", "2")).build().extras());
        assertEquals(Map.of("k", "1", "j", "2"), quarter().putExtras("k", "1").putAllExtras(Map.of("j", "2")).build().extras());
    }

    @Test
    void test_builder_from() {
        Observation source = quarter().putExtras("x_a", "1").build();
        assertEquals(source, Observation.builder().from(source).build());
        // an optional field the instance leaves empty keeps what was set; x_ columns are added
        Observation merged = Observation.builder().quote("kept").putExtras("x_z", "2").from(source).build();
        assertEquals(Optional.of("kept"), merged.quote());
        assertEquals(List.of("x_z", "x_a"), List.copyOf(merged.extras().keySet()));
        assertEquals(Optional.empty(), Observation.builder().from(source).unit(null).measure(Measure.GROWTH).build().unit());
    }

    @Test
    void test_basesParsedOnce_sameValues() {
        Observation growth = quarter().measure(Measure.GROWTH).unit(null).figure(ReportedFigure.parse("+5.0")).base("2023-Q1").build();
        assertEquals(ReportingPeriod.parse("2023-Q1"), growth.basePeriod());
        assertEquals(growth.basePeriod(), growth.basePeriod());
        Observation contribution = quarter().measure(Measure.CONTRIBUTION).unit(null).base("CN").build();
        assertEquals(SubjectRef.of("CN"), contribution.baseSubject());
        assertEquals(ReportingPeriod.parse("2023-Q1"), contribution.basePeriod());
        assertEquals(ObservationUnit.parse("%"), contribution.effectiveUnit());
        assertEquals("observation a: a level has no base period",
                assertThrows(IllegalStateException.class, () -> quarter().build().basePeriod()).getMessage());
    }

    @Test
    void test_parseEnums() {
        assertEquals(Measure.GROWTH_PP, Measure.parse("growth-pp"));
        assertEquals(Measure.SHARE, Measure.parse(" Share "));
        assertTrue(assertThrows(FigureParseException.class, () -> Measure.parse("shares")).getMessage()
                .contains("did you mean \"share\"?"));
        assertEquals(Status.TARGET, Status.parse("TARGET"));
        assertThrows(FigureParseException.class, () -> Status.parse("planned"));
        assertEquals(MetricKind.STOCK, MetricKind.parse("stock"));
        assertEquals("flow", MetricKind.FLOW.toString());
        assertThrows(FigureParseException.class, () -> MetricKind.parse("level"));
    }
}
