package org.industrymetrics.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.aggregate.GroupBy;
import org.industrymetrics.check.CheckId;
import org.industrymetrics.check.Finding;
import org.industrymetrics.check.Implied;
import org.industrymetrics.check.Report;
import org.industrymetrics.check.Verdict;
import org.industrymetrics.figure.Contribution;
import org.industrymetrics.figure.Growth;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.figure.Multiple;
import org.industrymetrics.figure.PercentagePoints;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.figure.Share;
import org.industrymetrics.money.CurrencyPair;
import org.industrymetrics.money.FxRate;
import org.industrymetrics.money.Money;
import org.industrymetrics.money.MoneyUnit;
import org.industrymetrics.money.MultiCurrencyAmount;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.MetricKind;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.Status;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.period.ReportingPeriod;
import org.industrymetrics.quantity.Area;
import org.industrymetrics.quantity.AreaPerYear;
import org.industrymetrics.quantity.Charge;
import org.industrymetrics.quantity.Energy;
import org.industrymetrics.quantity.EnergyPerYear;
import org.industrymetrics.quantity.Mass;
import org.industrymetrics.quantity.MassPerYear;
import org.industrymetrics.quantity.Power;
import org.industrymetrics.quantity.Quantity;
import org.industrymetrics.quantity.Scale;
import org.industrymetrics.quantity.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every value type of metrics-core goes through a plain mapper with {@code findAndRegisterModules()} and back unchanged. */
class MetricsModuleTest {

    private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();

    static Stream<Arguments> values() throws IOException {
        Dataset d = org.industrymetrics.testkit.MetricsArbitraries.datasets()
                .filter(x -> !x.observations().isEmpty() && !x.subjects().isEmpty()).sample();
        return Stream.of(
                Arguments.of(Quantity.parse("88.90 GWh"), "\"88.90 GWh\""),
                Arguments.of(Energy.parse("20 GWh"), "\"20 GWh\""),
                Arguments.of(EnergyPerYear.parse("20 GWh/a"), "\"20 GWh/a\""),
                Arguments.of(Power.parse("20 GW"), "\"20 GW\""),
                Arguments.of(Charge.parse("280 Ah"), "\"280 Ah\""),
                Arguments.of(Mass.parse("20000 t"), "\"20000 t\""),
                Arguments.of(MassPerYear.parse("44300 t/a"), "\"44300 t/a\""),
                Arguments.of(Area.parse("594 mu"), "\"594 mu\""),
                Arguments.of(AreaPerYear.parse("10 m2/a"), "\"10 m2/a\""),
                Arguments.of(Unit.parse("billion m2"), "\"billion m2\""),
                Arguments.of(Scale.parse("billion"), "\"billion\""),
                Arguments.of(Money.parse("88.9 billion CNY"), "\"88.9 billion CNY\""),
                Arguments.of(MoneyUnit.parse("billion CNY"), "\"billion CNY\""),
                Arguments.of(MultiCurrencyAmount.parse("[20 billion CNY, 2.75 billion USD]"), null),
                Arguments.of(CurrencyPair.parse("USD/CNY"), "\"USD/CNY\""),
                Arguments.of(FxRate.parse("USD/CNY 7.2666"), "\"USD/CNY 7.2666\""),
                Arguments.of(ReportingPeriod.parse("2024-01/2024-05"), "\"2024-01/2024-05\""),
                Arguments.of(Interval.parse("(210, 231.5]"), "\"(210, 231.5]\""),
                Arguments.of(ReportedFigure.parse("over 210"), "\"over 210\""),
                Arguments.of(Growth.parse("58.7 %"), null),
                Arguments.of(Multiple.parse("4.5 x"), null),
                Arguments.of(PercentagePoints.parse("-2 pp"), null),
                Arguments.of(Share.parse("21 %"), null),
                Arguments.of(Contribution.parse("102.2 %"), null),
                Arguments.of(SubjectRef.parse("CN-SC+CN-CQ"), "\"CN-CQ+CN-SC\""),
                Arguments.of(ObservationUnit.parse("yi CNY"), "\"yi CNY\""),
                Arguments.of(Measure.GROWTH_PP, "\"growth_pp\""),
                Arguments.of(Status.TARGET, "\"target\""),
                Arguments.of(Qualifier.AT_LEAST, "\"at_least\""),
                Arguments.of(MetricKind.STOCK, "\"stock\""),
                Arguments.of(CheckId.PARTS_SUM, "\"parts-sum\""),
                Arguments.of(GroupBy.PERIOD, "\"period\""),
                Arguments.of(Verdict.INCONSISTENT, "\"INCONSISTENT\""),
                Arguments.of(d.observations().get(0), null),
                Arguments.of(d.subjects().iterator().next(), null),
                Arguments.of(ReportJsonTest.GROWTH, null),
                Arguments.of(ReportJsonTest.OVER, null),
                Arguments.of(ReportJsonTest.REPORT, null),
                Arguments.of(d, null));
    }

    @ParameterizedTest
    @MethodSource("values")
    void test_roundTrip_plainMapper(Object value, String json) throws IOException {
        String written = PLAIN.writeValueAsString(value);
        if (json != null) {
            assertEquals(json, written);
        }
        assertEquals(value, PLAIN.readValue(written, publicType(value)));
        assertEquals(value, MetricsJson.mapper().readValue(written, publicType(value)));
    }

    /** The public type of a value whose class is generated (ImmutableObservation is package-private). */
    private static Class<?> publicType(Object value) {
        Class<?> c = value.getClass();
        while (!java.lang.reflect.Modifier.isPublic(c.getModifiers()) || c.getSimpleName().startsWith("Immutable")) {
            c = c.getSuperclass();
        }
        return c.isAnonymousClass() ? c.getSuperclass() : c;
    }

    @Test
    void test_rowsAndDocument_asJsonOfTheFormat() throws IOException {
        Observation o = Observation.builder().id("a").subject(SubjectRef.of("CN")).metric("power_battery.output")
                .period(ReportingPeriod.parse("2024")).figure(ReportedFigure.parse("548.40")).unit(ObservationUnit.parse("GWh"))
                .putExtras("x_page", "3").build();
        assertEquals("{\"id\":\"a\",\"subject\":\"CN\",\"metric\":\"power_battery.output\",\"period\":\"2024\",\"measure\":\"level\","
                + "\"value\":\"548.40\",\"unit\":\"GWh\",\"status\":\"actual\",\"x_page\":\"3\"}", PLAIN.writeValueAsString(o));
        Map<String, Dataset> wrapped = PLAIN.readValue("{\"cn\": " + PLAIN.writeValueAsString(Dataset.of(List.of(o))) + "}",
                new TypeReference<Map<String, Dataset>>() { });
        assertEquals(Dataset.of(List.of(o)), wrapped.get("cn"));
        Map<ReportingPeriod, BigDecimal> byPeriod = PLAIN.readValue("{\"2024-H1\": \"1.50\"}",
                new TypeReference<Map<ReportingPeriod, BigDecimal>>() { });
        assertEquals(Map.of(ReportingPeriod.parse("2024-H1"), new BigDecimal("1.50")), byPeriod);
    }

    @Test
    void test_badRow_isAMappingErrorWithTheCellProblem() {
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> PLAIN.readValue(
                "{\"subject\": \"CN\", \"metric\": \"m\", \"period\": \"2024\", \"value\": \"30,00\", \"unit\": \"GWh\"}", Observation.class));
        assertTrue(e.getOriginalMessage().contains("field value: \"30,00\" is not a number (use '.' for decimals and no group separators)"),
                e.getOriginalMessage());
        assertThrows(JsonMappingException.class, () -> PLAIN.readValue("\"GWhh\"", Unit.class));
        assertThrows(JsonMappingException.class, () -> PLAIN.readValue("\"maybe\"", Verdict.class));
    }

    @Test
    void test_badDocument_throughMetricsJson_givesEveryProblem() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MetricsJson.read(MetricsJson.mapper(),
                new StringReader("{\"format\": \"industry-metrics/1\", \"observations\": [\n"
                        + "{\"subject\": \"CN\", \"metric\": \"m\", \"period\": \"2024-13\", \"value\": \"1\", \"unit\": \"GWh\"},\n"
                        + "{\"subject\": \"CN\", \"metric\": \"m\", \"period\": \"2024\", \"value\": \"1\", \"unit\": \"GWhh\"}]}"),
                "d.json", Dataset.class));
        assertEquals(List.of("d.json:2: field observations[0].period: \"2024-13\" is not a period: found month 13, expected 01 to 12",
                "d.json:3: field observations[1].unit: unknown unit \"GWhh\" (did you mean \"GWh\"?)"),
                e.problems().stream().map(Object::toString).collect(java.util.stream.Collectors.toList()));
    }

    @Test
    void test_finding_readFromFormatExample() throws IOException {
        Finding f = PLAIN.readValue("{\"check\": \"growth\", \"verdict\": \"INCONSISTENT\",\n"
                + " \"observations\": [\"yibin-income-growth-2022\", \"yibin-income-2022\", \"yibin-income-2021\"],\n"
                + " \"stated\": {\"low\": \"58.65\", \"high\": \"58.75\", \"unit\": \"%\"},\n"
                + " \"derived\": {\"low\": \"58.6455\", \"high\": \"58.6480\", \"unit\": \"%\"},\n"
                + " \"margin\": \"0.0020\", \"unit\": \"pp\",\n"
                + " \"message\": \"163.522 / 103.073 - 1 = 58.647 %, stated 58.7 %\"}", Finding.class);
        assertEquals(ReportJsonTest.GROWTH, f);
        assertEquals(Report.of(List.of(f)), PLAIN.readValue(ReportJson.toJson(Report.of(List.of(f))), Report.class));
    }

    @Test
    void test_report_withImplied_roundTrips() throws IOException {
        Implied lone = new Implied(List.of("cq-share"), SubjectRef.parse("CN"), "power_battery.output", ReportingPeriod.parse("2024"),
                Interval.of(new BigDecimal("95.2"), false, new BigDecimal("97.6"), false), "GWh", "20 GWh / 21 % = 95.2 .. 97.6 GWh");
        Report report = Report.of(List.of(ReportJsonTest.GROWTH), List.of(lone));
        assertEquals(report, PLAIN.readValue(PLAIN.writeValueAsString(report), Report.class));
    }

    @Test
    void test_malformedFinding_isAMappingError_notAnIllegalArgument() {
        String emptyInterval = "{\"findings\": [{\"check\": \"growth\", \"verdict\": \"CONSISTENT\", \"observations\": [\"a\"],"
                + " \"stated\": {\"low\": \"5\", \"high\": \"4\", \"unit\": \"%\"}, \"unit\": \"pp\", \"message\": \"m\"}]}";
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> PLAIN.readValue(emptyInterval, Report.class));
        assertTrue(e.getMessage().contains("cannot read a finding"), e.getMessage());
        String noIds = "{\"findings\": [{\"check\": \"growth\", \"verdict\": \"CONSISTENT\", \"observations\": [],"
                + " \"unit\": \"pp\", \"message\": \"m\"}]}";
        assertThrows(JsonMappingException.class, () -> PLAIN.readValue(noIds, Report.class));
        String badVerdict = "{\"findings\": [{\"check\": \"growth\", \"verdict\": \"maybe\", \"observations\": [\"a\"],"
                + " \"unit\": \"pp\", \"message\": \"m\"}]}";
        assertTrue(assertThrows(JsonMappingException.class, () -> PLAIN.readValue(badVerdict, Report.class)).getMessage()
                .contains("unknown verdict \"maybe\""));
    }
}
