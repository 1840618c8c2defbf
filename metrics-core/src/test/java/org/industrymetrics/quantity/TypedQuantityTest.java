package org.industrymetrics.quantity;

import static org.industrymetrics.quantity.Unit.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.industrymetrics.FigureParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tech.units.indriya.function.RationalNumber;
import tech.units.indriya.quantity.Quantities;
import tech.units.indriya.unit.Units;

class TypedQuantityTest {

    /** Every named factory, with the unit it must use. */
    static Stream<Arguments> data_factories() {
        return Stream.of(
                Arguments.of(Energy.ofWattHours(7), Energy.ofWattHours(new BigDecimal("7")), WATT_HOUR),
                Arguments.of(Energy.ofKilowattHours(7), Energy.ofKilowattHours(new BigDecimal("7")), KILOWATT_HOUR),
                Arguments.of(Energy.ofMegawattHours(7), Energy.ofMegawattHours(new BigDecimal("7")), MEGAWATT_HOUR),
                Arguments.of(Energy.ofGigawattHours(7), Energy.ofGigawattHours(new BigDecimal("7")), GIGAWATT_HOUR),
                Arguments.of(Energy.ofTerawattHours(7), Energy.ofTerawattHours(new BigDecimal("7")), TERAWATT_HOUR),
                Arguments.of(EnergyPerYear.ofWattHoursPerYear(7), EnergyPerYear.ofWattHoursPerYear(new BigDecimal("7")), WATT_HOUR_PER_YEAR),
                Arguments.of(EnergyPerYear.ofKilowattHoursPerYear(7), EnergyPerYear.ofKilowattHoursPerYear(new BigDecimal("7")), KILOWATT_HOUR_PER_YEAR),
                Arguments.of(EnergyPerYear.ofMegawattHoursPerYear(7), EnergyPerYear.ofMegawattHoursPerYear(new BigDecimal("7")), MEGAWATT_HOUR_PER_YEAR),
                Arguments.of(EnergyPerYear.ofGigawattHoursPerYear(7), EnergyPerYear.ofGigawattHoursPerYear(new BigDecimal("7")), GIGAWATT_HOUR_PER_YEAR),
                Arguments.of(EnergyPerYear.ofTerawattHoursPerYear(7), EnergyPerYear.ofTerawattHoursPerYear(new BigDecimal("7")), TERAWATT_HOUR_PER_YEAR),
                Arguments.of(Charge.ofAmpereHours(7), Charge.ofAmpereHours(new BigDecimal("7")), AMPERE_HOUR),
                Arguments.of(Charge.ofMilliampereHours(7), Charge.ofMilliampereHours(new BigDecimal("7")), MILLIAMPERE_HOUR),
                Arguments.of(Power.ofWatts(7), Power.ofWatts(new BigDecimal("7")), WATT),
                Arguments.of(Power.ofKilowatts(7), Power.ofKilowatts(new BigDecimal("7")), KILOWATT),
                Arguments.of(Power.ofMegawatts(7), Power.ofMegawatts(new BigDecimal("7")), MEGAWATT),
                Arguments.of(Power.ofGigawatts(7), Power.ofGigawatts(new BigDecimal("7")), GIGAWATT),
                Arguments.of(Mass.ofKilograms(7), Mass.ofKilograms(new BigDecimal("7")), KILOGRAM),
                Arguments.of(Mass.ofTonnes(7), Mass.ofTonnes(new BigDecimal("7")), TONNE),
                Arguments.of(Mass.ofKilotonnes(7), Mass.ofKilotonnes(new BigDecimal("7")), KILOTONNE),
                Arguments.of(Mass.ofMegatonnes(7), Mass.ofMegatonnes(new BigDecimal("7")), MEGATONNE),
                Arguments.of(MassPerYear.ofKilogramsPerYear(7), MassPerYear.ofKilogramsPerYear(new BigDecimal("7")), KILOGRAM_PER_YEAR),
                Arguments.of(MassPerYear.ofTonnesPerYear(7), MassPerYear.ofTonnesPerYear(new BigDecimal("7")), TONNE_PER_YEAR),
                Arguments.of(MassPerYear.ofKilotonnesPerYear(7), MassPerYear.ofKilotonnesPerYear(new BigDecimal("7")), KILOTONNE_PER_YEAR),
                Arguments.of(MassPerYear.ofMegatonnesPerYear(7), MassPerYear.ofMegatonnesPerYear(new BigDecimal("7")), MEGATONNE_PER_YEAR),
                Arguments.of(Area.ofSquareMetres(7), Area.ofSquareMetres(new BigDecimal("7")), SQUARE_METRE),
                Arguments.of(Area.ofSquareKilometres(7), Area.ofSquareKilometres(new BigDecimal("7")), SQUARE_KILOMETRE),
                Arguments.of(Area.ofHectares(7), Area.ofHectares(new BigDecimal("7")), HECTARE),
                Arguments.of(Area.ofMu(7), Area.ofMu(new BigDecimal("7")), MU),
                Arguments.of(AreaPerYear.ofSquareMetresPerYear(7), AreaPerYear.ofSquareMetresPerYear(new BigDecimal("7")), SQUARE_METRE_PER_YEAR),
                Arguments.of(AreaPerYear.ofSquareKilometresPerYear(7), AreaPerYear.ofSquareKilometresPerYear(new BigDecimal("7")), SQUARE_KILOMETRE_PER_YEAR),
                Arguments.of(AreaPerYear.ofHectaresPerYear(7), AreaPerYear.ofHectaresPerYear(new BigDecimal("7")), HECTARE_PER_YEAR),
                Arguments.of(AreaPerYear.ofMuPerYear(7), AreaPerYear.ofMuPerYear(new BigDecimal("7")), MU_PER_YEAR));
    }

    @ParameterizedTest
    @MethodSource("data_factories")
    void test_factories(AbstractQuantity<?> fromLong, AbstractQuantity<?> fromDecimal, Unit unit) {
        assertSame(unit, fromLong.unit());
        assertEquals(new BigDecimal("7"), fromLong.value());
        assertEquals(fromLong, fromDecimal);
        assertEquals("7 " + unit, fromLong.toString());
        assertEquals(unit.dimension(), fromLong.dimension());
    }

    static Stream<Arguments> data_types() {
        return Stream.of(
                Arguments.of(Dimension.ENERGY, (Function<String, ?>) Energy::parse, (Function<Quantity, ?>) Energy::from),
                Arguments.of(Dimension.ENERGY_PER_YEAR, (Function<String, ?>) EnergyPerYear::parse, (Function<Quantity, ?>) EnergyPerYear::from),
                Arguments.of(Dimension.CHARGE, (Function<String, ?>) Charge::parse, (Function<Quantity, ?>) Charge::from),
                Arguments.of(Dimension.POWER, (Function<String, ?>) Power::parse, (Function<Quantity, ?>) Power::from),
                Arguments.of(Dimension.MASS, (Function<String, ?>) Mass::parse, (Function<Quantity, ?>) Mass::from),
                Arguments.of(Dimension.MASS_PER_YEAR, (Function<String, ?>) MassPerYear::parse, (Function<Quantity, ?>) MassPerYear::from),
                Arguments.of(Dimension.AREA, (Function<String, ?>) Area::parse, (Function<Quantity, ?>) Area::from),
                Arguments.of(Dimension.AREA_PER_YEAR, (Function<String, ?>) AreaPerYear::parse, (Function<Quantity, ?>) AreaPerYear::from));
    }

    /** Each type reads every unit of its dimension, and refuses every unit of the others. */
    @ParameterizedTest
    @MethodSource("data_types")
    void test_parse_from_dimensionCheck(Dimension dimension, Function<String, ?> parse, Function<Quantity, ?> from) {
        for (Unit unit : QuantityArbitraryProvider.allUnits()) {
            String text = "12.5 " + unit;
            Quantity q = Quantity.parse(text);
            if (unit.dimension() == dimension) {
                Object typed = parse.apply(text);
                assertEquals(text, typed.toString());
                assertEquals(typed, from.apply(q));
                AbstractQuantity<?> a = (AbstractQuantity<?>) typed;
                assertEquals(q, Quantity.of(a.value(), a.unit()));
            } else {
                FigureParseException e = assertThrows(FigureParseException.class, () -> parse.apply(text));
                assertEquals(5, e.index(), e::getMessage);
                assertTrue(e.problem().contains("expected a unit of " + dimension), e::getMessage);
                IllegalArgumentException f = assertThrows(IllegalArgumentException.class, () -> from.apply(q));
                assertEquals("cannot read " + q + " as " + dimension + ": it is " + q.dimension(), f.getMessage());
            }
        }
    }

    @Test
    void test_parse_messages() {
        FigureParseException e = assertThrows(FigureParseException.class, () -> Energy.parse("5 t"));
        assertEquals("cannot read \"5 t\" at index 2: found \"t\" (mass), expected a unit of energy such as Wh, kWh, MWh, GWh or TWh",
                e.getMessage());
        e = assertThrows(FigureParseException.class, () -> Mass.parse("5"));
        assertEquals("cannot read \"5\" at index 1: found no unit (a plain count), expected a unit of mass such as kg, t, kt or Mt",
                e.getMessage());
        e = assertThrows(FigureParseException.class, () -> Energy.parse("20 GWhh"));
        assertEquals(3, e.index());
        assertTrue(e.getMessage().contains("did you mean \"GWh\"?"));
        assertThrows(FigureParseException.class, () -> Energy.parse("20,5 GWh"));
    }

    @Test
    void test_of_dimensionCheck() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Energy.of(BigDecimal.ONE, TONNE));
        assertEquals("unit t is a unit of mass, expected a unit of energy such as Wh, kWh, MWh, GWh or TWh", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Energy.of(1, GIGAWATT_HOUR_PER_YEAR));
        assertThrows(IllegalArgumentException.class, () -> Energy.of("1", GIGAWATT));
        assertThrows(IllegalArgumentException.class, () -> Area.zero(ONE));
        assertEquals("88.9 billion kWh", Energy.of("88.9", Unit.parse("billion kWh")).toString());
        assertEquals("0 GWh", Energy.zero(GIGAWATT_HOUR).toString());
        assertThrows(IllegalArgumentException.class, () -> Energy.ofGigawattHours(new BigDecimal("1e2000")));
    }

    @Test
    void test_arithmetic() {
        Energy a = Energy.ofGigawattHours(20);
        assertEquals("20500 MWh", a.plus(Energy.ofMegawattHours(500)).toString());
        assertEquals("19.5 GWh", a.minus(Energy.parse("0.5 GWh")).toString());
        assertEquals("20000 MWh", a.to(MEGAWATT_HOUR).toString());
        assertEquals("30 GWh", a.multipliedBy(new BigDecimal("1.5")).toString().replace(".0", ""));
        assertEquals("8 GWh", a.dividedBy(new BigDecimal("2.5")).toString());
        assertEquals(new BigDecimal("2.5"), Energy.ofGigawattHours(50).ratio(a, MathContext.DECIMAL64));
        assertEquals("-20 GWh", a.negated().toString());
        assertEquals(a, a.negated().abs());
        assertTrue(a.compareTo(Energy.ofMegawattHours(19_999)) > 0);
        assertEquals(1, a.signum());
        assertFalse(a.isZero());
        assertEquals("396000 m2", Area.ofMu(594).to(SQUARE_METRE).toString());
        assertEquals(Area.ofHectares(100), Area.ofMu(1500));
        assertEquals("100 ha", Area.ofMu(1500).to(HECTARE).toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.to(TONNE));
        assertEquals("cannot convert 20 GWh to t: energy and mass", e.getMessage());
    }

    @Test
    void test_equalsHashCode() {
        new EqualsTester()
                .addEqualityGroup(Energy.ofGigawattHours(20), Energy.ofMegawattHours(20_000), Energy.parse("20.00 GWh"))
                .addEqualityGroup(Quantity.parse("20 GWh"))
                .addEqualityGroup(EnergyPerYear.ofGigawattHoursPerYear(20))
                .addEqualityGroup(Area.ofMu(594), Area.ofSquareMetres(396_000))
                .addEqualityGroup(AreaPerYear.ofMuPerYear(594))
                .addEqualityGroup(Mass.ofTonnes(5), Mass.ofKilograms(5000))
                .addEqualityGroup(Power.ofGigawatts(5))
                .addEqualityGroup(Charge.ofAmpereHours(5), Charge.ofMilliampereHours(5000))
                .addEqualityGroup(MassPerYear.ofTonnesPerYear(5))
                .testEquals();
    }

    @Test
    void test_toQuantity() {
        Quantity q = Energy.parse("88.9 billion kWh").toQuantity();
        assertEquals("88.9 billion kWh", q.toString());
        assertEquals(new BigDecimal("88.9"), q.value());
        assertEquals(Energy.parse("88.9 billion kWh"), Energy.from(q));
    }

    @Test
    void test_toMeasure_from_roundTrip() {
        javax.measure.Quantity<javax.measure.quantity.Energy> e = Energy.ofGigawattHours(20).toMeasure();
        // Indriya narrows a whole BigDecimal to an Integer; the amount is the same
        assertEquals(0, new BigDecimal("20").compareTo(new BigDecimal(e.getValue().toString())));
        assertEquals("20 GWh", Energy.from(e).toString());
        javax.measure.Quantity<javax.measure.quantity.Power> p = Power.parse("1.2 GW").toMeasure();
        assertEquals("1.2 GW", Power.from(p).toString());
        javax.measure.Quantity<javax.measure.quantity.Mass> m = Mass.parse("3 wan t").toMeasure();
        assertEquals(Mass.ofKilotonnes(30), Mass.from(m));
        javax.measure.Quantity<javax.measure.quantity.Area> a = Area.ofMu(594).toMeasure();
        assertEquals("594 mu", Area.from(a).toString());
        javax.measure.Quantity<javax.measure.quantity.ElectricCharge> c = Charge.ofMilliampereHours(5000).toMeasure();
        assertEquals("5000 mAh", Charge.from(c).toString());
        assertEquals("20 GWh/a", EnergyPerYear.from(EnergyPerYear.ofGigawattHoursPerYear(20).toMeasure()).toString());
        assertEquals("20 t/a", MassPerYear.from(MassPerYear.ofTonnesPerYear(20).toMeasure()).toString());
        assertEquals("20 mu/a", AreaPerYear.from(AreaPerYear.ofMuPerYear(20).toMeasure()).toString());
    }

    @Test
    void test_from_indriyaUnits() {
        // joules are not a unit of this library: the amount comes in Wh, exactly
        assertEquals("2 Wh", Energy.from(Quantities.getQuantity(7200, Units.JOULE)).toString());
        assertEquals("1 Ah", Charge.from(Quantities.getQuantity(3600, Units.COULOMB)).toString());
        assertEquals("1.5 t", Mass.from(Quantities.getQuantity(1.5, Units.KILOGRAM.multiply(1000))).toString());
        // one third of a hectare is no decimal in m2, but is 5 mu
        javax.measure.Quantity<javax.measure.quantity.Area> third =
                Quantities.getQuantity(RationalNumber.of(1, 3), Units.SQUARE_METRE.multiply(10_000));
        assertEquals("5 mu", Area.from(third).toString());
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> Area.from(Quantities.getQuantity(RationalNumber.of(1, 7), Units.SQUARE_METRE)));
        assertTrue(e.getMessage().startsWith("cannot express"), e::getMessage);
    }

    @Test
    void test_from_wrongDimension() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        javax.measure.Quantity<javax.measure.quantity.Energy> disguised = (javax.measure.Quantity) Quantities.getQuantity(5, Units.KILOGRAM);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Energy.from(disguised));
        assertEquals("cannot read 5 kg as energy: its unit kg is not a unit of energy", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> MassPerYear.from(Quantities.getQuantity(5, Units.KILOGRAM)));
    }

    @Test
    void test_nulls() {
        for (Class<?> type : List.of(Energy.class, EnergyPerYear.class, Charge.class, Power.class, Mass.class,
                MassPerYear.class, Area.class, AreaPerYear.class)) {
            new NullPointerTester()
                    .setDefault(Unit.class, Unit.base(dimensionOf(type)))
                    .setDefault(Quantity.class, Quantity.of(1, Unit.base(dimensionOf(type))))
                    .testAllPublicStaticMethods(type);
        }
        new NullPointerTester()
                .setDefault(Unit.class, GIGAWATT_HOUR)
                .setDefault(Energy.class, Energy.ofGigawattHours(1))
                .setDefault(MathContext.class, MathContext.DECIMAL64)
                .setDefault(BigDecimal.class, BigDecimal.ONE)
                .testAllPublicInstanceMethods(Energy.ofGigawattHours(20));
    }

    private static Dimension dimensionOf(Class<?> type) {
        return Dimension.valueOf(type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT));
    }
}
