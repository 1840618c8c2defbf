package org.industrymetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.industrymetrics.money.FxRateTable;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.period.ReportingPeriod;
import org.industrymetrics.quantity.Quantity;
import org.junit.jupiter.api.Test;

/**
 * A plain {@link ObjectMapper}, without the library's Jackson module, never writes a value type as a
 * bean that loses its value (such as {@code {"zero":false}}): every public type of metrics-core is
 * written as its text and read back with {@code parse}, is an enum or a record (written whole), or has
 * nothing Jackson could take for a property, so that writing it fails loudly.
 */
class PlainJacksonTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    /** A text of each type written as text; a new such type fails the test until it has one here. */
    private static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("quantity.Quantity", "88.90 GWh"), Map.entry("quantity.Energy", "20 GWh"),
            Map.entry("quantity.EnergyPerYear", "20 GWh/a"), Map.entry("quantity.Power", "1.5 GW"),
            Map.entry("quantity.Charge", "280 Ah"), Map.entry("quantity.Mass", "44300 t"),
            Map.entry("quantity.MassPerYear", "44300 t/a"), Map.entry("quantity.Area", "594 mu"),
            Map.entry("quantity.AreaPerYear", "10 m2/a"), Map.entry("quantity.Unit", "billion m2"),
            Map.entry("quantity.Scale", "billion"), Map.entry("money.Money", "88.9 billion CNY"),
            Map.entry("money.MoneyUnit", "billion CNY"),
            Map.entry("money.MultiCurrencyAmount", "[20 billion CNY, 2.75 billion USD]"),
            Map.entry("money.CurrencyPair", "USD/CNY"), Map.entry("money.FxRate", "USD/CNY 7.2666"),
            Map.entry("period.ReportingPeriod", "2024-01/2024-05"), Map.entry("figure.Interval", "(210, 231.5]"),
            Map.entry("figure.ReportedFigure", "over 210"), Map.entry("figure.Growth", "58.7 %"),
            Map.entry("figure.Multiple", "4.5 x"), Map.entry("figure.PercentagePoints", "-2 pp"),
            Map.entry("figure.Share", "21 %"), Map.entry("figure.Contribution", "102.2 %"),
            Map.entry("observation.SubjectRef", "CN-CQ+CN-SC"), Map.entry("observation.ObservationUnit", "yi CNY"),
            Map.entry("observation.Measure", "growth_pp"), Map.entry("observation.Status", "target"),
            Map.entry("observation.MetricKind", "stock"), Map.entry("figure.Qualifier", "at_least"),
            Map.entry("check.CheckId", "parts-sum"), Map.entry("aggregate.GroupBy", "period"));

    /** Every public class of metrics-core outside {@code internal}, from the compiled classes. */
    static List<Class<?>> publicTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Quantity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names;
        try (Stream<Path> files = Files.walk(classes)) {
            names = files.map(p -> classes.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> n.endsWith(".class") && !n.contains("/internal/") && !n.endsWith("module-info.class")
                            && !n.endsWith("package-info.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .sorted().collect(Collectors.toList());
        }
        List<Class<?>> result = new ArrayList<>();
        for (String n : names) {
            Class<?> c = Class.forName(n, false, PlainJacksonTest.class.getClassLoader());
            if (isPublic(c) && !c.isAnonymousClass() && !Throwable.class.isAssignableFrom(c)) {
                result.add(c);
            }
        }
        assertTrue(result.size() > 40, "found the public types: " + result);
        return result;
    }

    private static boolean isPublic(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static String shortName(Class<?> c) {
        return c.getName().substring("org.industrymetrics.".length());
    }

    @Test
    void test_everyPublicType_isTextEnumRecordOrRefused() throws Exception {
        Map<String, String> problems = new TreeMap<>();
        for (Class<?> c : publicTypes()) {
            BeanDescription d = PLAIN.getSerializationConfig().introspect(PLAIN.constructType(c));
            boolean text = d.findJsonValueAccessor() != null;
            String sample = SAMPLES.get(shortName(c));
            if (text) {
                if (sample == null && !Modifier.isAbstract(c.getModifiers())) {
                    problems.put(shortName(c), "written as text, but PlainJacksonTest.SAMPLES has no text of it to try");
                }
            } else if (sample != null) {
                problems.put(shortName(c), "in SAMPLES, but a plain ObjectMapper does not write it as text");
            } else if (!c.isEnum() && !c.isRecord() && !d.findProperties().isEmpty()) {
                problems.put(shortName(c), "a plain ObjectMapper would write it as a bean with "
                        + d.findProperties().stream().map(p -> p.getName()).collect(Collectors.toList()));
            } else if (!c.isEnum() && !c.isRecord() && d.getClassAnnotations().size() > 0) {
                // Jackson writes an annotated class without properties as {} instead of failing
                problems.put(shortName(c), "a plain ObjectMapper would write it as {}: it has Jackson annotations");
            }
        }
        assertEquals(Map.of(), problems);
    }

    @Test
    void test_textTypes_writtenAsTheirTextAndReadBack() throws Exception {
        for (Class<?> c : publicTypes()) {
            String sample = SAMPLES.get(shortName(c));
            if (sample == null) {
                continue;
            }
            Method parse = c.getMethod("parse", String.class);
            Object value = parse.invoke(null, sample);
            String json = PLAIN.writeValueAsString(value);
            assertEquals(PLAIN.writeValueAsString(value.toString()), json, c.getName());
            assertEquals(value, PLAIN.readValue(json, c), c.getName());
        }
    }

    @Test
    void test_quantity_notABean() throws JsonProcessingException {
        assertEquals("\"20 GWh\"", PLAIN.writeValueAsString(Quantity.parse("20 GWh")));
        assertEquals(Quantity.parse("20 GWh"), PLAIN.readValue("\"20 GWh\"", Quantity.class));
    }

    @Test
    void test_badText_failsNamingIt() {
        var e = assertThrows(JsonProcessingException.class, () -> PLAIN.readValue("\"20 GWhh\"", Quantity.class));
        assertNotNull(e.getMessage());
        assertTrue(e.getMessage().contains("20 GWhh"), e.getMessage());
    }

    @Test
    void test_compositeTypes_refusedLoudly() {
        Observation o = Observation.builder().id("o1").subject(SubjectRef.parse("CN")).metric("power_battery.output")
                .period(ReportingPeriod.parse("2024")).figure(ReportedFigure.parse("20"))
                .unit(ObservationUnit.parse("GWh")).build();
        assertThrows(InvalidDefinitionException.class, () -> PLAIN.writeValueAsString(o));
        assertThrows(InvalidDefinitionException.class,
                () -> PLAIN.writeValueAsString(Dataset.builder().addObservation(o).build()));
        assertThrows(InvalidDefinitionException.class, () -> PLAIN.writeValueAsString(FxRateTable.builder().build()));
    }
}
