package com.example.consumer;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.reducing;
import static java.util.stream.Collectors.toList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.industrymetrics.check.Checker;
import org.industrymetrics.check.Report;
import org.industrymetrics.json.MetricsModule;
import org.industrymetrics.money.Money;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.Subject;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.period.ReportingPeriod;
import org.industrymetrics.quantity.Dimension;
import org.industrymetrics.quantity.Energy;
import org.industrymetrics.quantity.Quantity;
import org.industrymetrics.quantity.Unit;
import org.junit.jupiter.api.Test;

/**
 * Uses the library as a program in another package does, compiled against its jars: method
 * references (which fail at run time with IllegalAccessError when a method is declared in a
 * non-public class), collectors, the builders, and Jackson through {@code findAndRegisterModules()}.
 */
class ConsumerTest {

    private static final List<Quantity> CAPACITIES = List.of(Quantity.parse("20 GWh"), Quantity.parse("500 MWh"),
            Quantity.parse("1.5 GWh"));

    @Test
    void test_reduce_quantityPlus() {
        assertEquals(Optional.of(Quantity.parse("22 GWh")), CAPACITIES.stream().reduce(Quantity::plus));
    }

    @Test
    void test_reduce_energyPlus_withIdentity() {
        Energy total = CAPACITIES.stream().map(Energy::from).reduce(Energy.zero(Unit.parse("GWh")), Energy::plus);
        assertEquals(Energy.parse("22 GWh"), total);
    }

    @Test
    void test_methodReferences_minusCompareToAccessors() {
        BinaryOperator<Quantity> minus = Quantity::minus;
        assertEquals(Quantity.parse("19.5 GWh"), minus.apply(CAPACITIES.get(0), CAPACITIES.get(1)));
        assertEquals(CAPACITIES.get(0), CAPACITIES.stream().max(Quantity::compareTo).orElseThrow());
        assertEquals(List.of(CAPACITIES.get(1), CAPACITIES.get(2), CAPACITIES.get(0)),
                CAPACITIES.stream().sorted(Comparator.naturalOrder()).collect(toList()));
        Function<Quantity, BigDecimal> value = Quantity::value;
        BiFunction<Quantity, Unit, Quantity> to = Quantity::to;
        assertEquals(new BigDecimal("0.5"), value.apply(to.apply(CAPACITIES.get(1), Unit.parse("GWh"))));
        Function<String, Quantity> parse = Quantity::parse;
        assertEquals(List.of("20 GWh", "500 MWh", "1.5 GWh"),
                CAPACITIES.stream().map(Quantity::toString).map(parse).map(Object::toString).collect(toList()));
        assertTrue(CAPACITIES.stream().noneMatch(Quantity::isZero));
    }

    @Test
    void test_collectors_groupAndSum() {
        List<Quantity> mixed = new ArrayList<>(CAPACITIES);
        mixed.add(Quantity.parse("44300 t"));
        Map<Dimension, Optional<Quantity>> sums = mixed.stream().collect(groupingBy(Quantity::dimension,
                reducing(Quantity::plus)));
        assertEquals(Quantity.parse("22 GWh"), sums.get(Dimension.ENERGY).orElseThrow());
        assertEquals(Quantity.parse("44300 t"), sums.get(Dimension.MASS).orElseThrow());
    }

    @Test
    void test_money_methodReferences() {
        List<Money> output = List.of(Money.parse("163.522 billion CNY"), Money.parse("103.073 billion CNY"));
        assertEquals(Money.parse("266.595 billion CNY"), output.stream().reduce(Money::plus).orElseThrow());
        assertEquals(Money.parse("163.522 billion CNY"), output.stream().max(Money::compareTo).orElseThrow());
        assertEquals(Currency.getInstance("CNY"), output.stream().map(Money::currency).distinct().findFirst().orElseThrow());
    }

    private static Observation.Builder yibin() {
        return Observation.builder().id("yibin-output-2023").subject(SubjectRef.parse("CN-SC-YB"))
                .metric("power_battery.output_value").period(ReportingPeriod.parse("2023"))
                .figure(ReportedFigure.parse("163.522")).unit(ObservationUnit.parse("billion CNY"));
    }

    @Test
    void test_builder_nullLeavesAnOptionalFieldEmpty() {
        Observation growth = yibin().id("g").measure(Measure.GROWTH).figure(ReportedFigure.parse("58.7")).unit(null)
                .source(null).build();
        assertEquals(Optional.empty(), growth.unit());
        assertEquals(Optional.empty(), growth.source());
        assertEquals("%", growth.effectiveUnit().toString());
    }

    @Test
    void test_builder_nullForARequiredFieldNamesIt() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> yibin().metric(null));
        assertTrue(e.getMessage().contains("metric"), e.getMessage());
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> Observation.builder().id("x").build());
        assertTrue(missing.getMessage().contains("metric"), missing.getMessage());
    }

    @Test
    void test_jackson_findAndRegisterModules_roundTripsADataset() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertTrue(mapper.getRegisteredModuleIds().contains(new MetricsModule().getTypeId()));
        Observation o = yibin().source("https://example.org/yibin").putExtras("x_note", "as printed").build();
        String json = mapper.writeValueAsString(o);
        assertEquals(o, mapper.readValue(json, Observation.class));
        Dataset d = Dataset.builder().addObservation(o).build();
        assertEquals(d, mapper.readValue(mapper.writeValueAsString(d), Dataset.class));
        Report report = Checker.check(d);
        assertEquals(report, mapper.readValue(mapper.writeValueAsString(report), Report.class));
    }

    @Test
    void test_jackson_plainMapper_writesText() throws Exception {
        ObjectMapper plain = new ObjectMapper();
        assertEquals("\"20 GWh\"", plain.writeValueAsString(Quantity.parse("20 GWh")));
        assertEquals(Money.parse("88.9 billion CNY"), plain.readValue("\"88.9 billion CNY\"", Money.class));
    }

    /**
     * Every public method of every public class of metrics-core and metrics-io is declared in a public
     * class, so that a method reference to it (compiled against the declaring class) runs.
     */
    @Test
    void test_everyPublicMethod_declaredInAPublicClass() {
        List<Class<?>> classes = LibraryClasses.publicClasses(Quantity.class, MetricsModule.class);
        assertTrue(classes.size() > 60, "found the library's classes: " + classes.size());
        List<String> hidden = new ArrayList<>();
        for (Class<?> c : classes) {
            for (Method m : c.getMethods()) {
                Class<?> declaring = m.getDeclaringClass();
                if (declaring.getName().startsWith("org.industrymetrics.") && !LibraryClasses.isPublic(declaring)) {
                    hidden.add(c.getSimpleName() + "." + m.getName() + " (declared in " + declaring.getName() + ")");
                }
            }
        }
        assertEquals(List.of(), hidden);
    }

    /**
     * The classes Immutables generates are not part of the API: not public. An observation, written
     * by hand for speed, is an instance of the API class itself.
     */
    @Test
    void test_generatedClasses_notPublic() {
        List<String> generated = LibraryClasses.publicClasses(Quantity.class, MetricsModule.class).stream()
                .map(Class::getSimpleName).filter(n -> n.startsWith("Immutable")).collect(toList());
        assertEquals(List.of(), generated);
        assertFalse(Modifier.isPublic(Subject.of("CN", null).getClass().getModifiers()));
        assertEquals(Observation.class, yibin().build().getClass());
    }
}
