package org.industrymetrics.quantity;

import static org.industrymetrics.quantity.Unit.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import javax.measure.UnitConverter;
import org.industrymetrics.FigureParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tech.units.indriya.function.RationalNumber;

class UnitTest {

    /** Every symbol of FORMAT.md (Units): text, constant, dimension, factor to the base unit. */
    static Stream<Arguments> data_symbols() {
        return Stream.of(
                Arguments.of("Wh", WATT_HOUR, Dimension.ENERGY, "1"),
                Arguments.of("kWh", KILOWATT_HOUR, Dimension.ENERGY, "1000"),
                Arguments.of("MWh", MEGAWATT_HOUR, Dimension.ENERGY, "1000000"),
                Arguments.of("GWh", GIGAWATT_HOUR, Dimension.ENERGY, "1000000000"),
                Arguments.of("TWh", TERAWATT_HOUR, Dimension.ENERGY, "1000000000000"),
                Arguments.of("Wh/a", WATT_HOUR_PER_YEAR, Dimension.ENERGY_PER_YEAR, "1"),
                Arguments.of("kWh/a", KILOWATT_HOUR_PER_YEAR, Dimension.ENERGY_PER_YEAR, "1000"),
                Arguments.of("MWh/a", MEGAWATT_HOUR_PER_YEAR, Dimension.ENERGY_PER_YEAR, "1000000"),
                Arguments.of("GWh/a", GIGAWATT_HOUR_PER_YEAR, Dimension.ENERGY_PER_YEAR, "1000000000"),
                Arguments.of("TWh/a", TERAWATT_HOUR_PER_YEAR, Dimension.ENERGY_PER_YEAR, "1000000000000"),
                Arguments.of("Ah", AMPERE_HOUR, Dimension.CHARGE, "1"),
                Arguments.of("mAh", MILLIAMPERE_HOUR, Dimension.CHARGE, "1/1000"),
                Arguments.of("W", WATT, Dimension.POWER, "1"),
                Arguments.of("kW", KILOWATT, Dimension.POWER, "1000"),
                Arguments.of("MW", MEGAWATT, Dimension.POWER, "1000000"),
                Arguments.of("GW", GIGAWATT, Dimension.POWER, "1000000000"),
                Arguments.of("kg", KILOGRAM, Dimension.MASS, "1"),
                Arguments.of("t", TONNE, Dimension.MASS, "1000"),
                Arguments.of("kt", KILOTONNE, Dimension.MASS, "1000000"),
                Arguments.of("Mt", MEGATONNE, Dimension.MASS, "1000000000"),
                Arguments.of("kg/a", KILOGRAM_PER_YEAR, Dimension.MASS_PER_YEAR, "1"),
                Arguments.of("t/a", TONNE_PER_YEAR, Dimension.MASS_PER_YEAR, "1000"),
                Arguments.of("kt/a", KILOTONNE_PER_YEAR, Dimension.MASS_PER_YEAR, "1000000"),
                Arguments.of("Mt/a", MEGATONNE_PER_YEAR, Dimension.MASS_PER_YEAR, "1000000000"),
                Arguments.of("m2", SQUARE_METRE, Dimension.AREA, "1"),
                Arguments.of("km2", SQUARE_KILOMETRE, Dimension.AREA, "1000000"),
                Arguments.of("ha", HECTARE, Dimension.AREA, "10000"),
                Arguments.of("mu", MU, Dimension.AREA, "2000/3"),
                Arguments.of("m2/a", SQUARE_METRE_PER_YEAR, Dimension.AREA_PER_YEAR, "1"),
                Arguments.of("km2/a", SQUARE_KILOMETRE_PER_YEAR, Dimension.AREA_PER_YEAR, "1000000"),
                Arguments.of("ha/a", HECTARE_PER_YEAR, Dimension.AREA_PER_YEAR, "10000"),
                Arguments.of("mu/a", MU_PER_YEAR, Dimension.AREA_PER_YEAR, "2000/3"),
                Arguments.of("1", ONE, Dimension.COUNT, "1"));
    }

    @ParameterizedTest
    @MethodSource("data_symbols")
    void test_parse_symbols(String text, Unit unit, Dimension dimension, String factor) {
        assertSame(unit, Unit.parse(text));
        assertEquals(text, unit.toString());
        assertEquals(text, unit.symbol());
        assertEquals(Scale.ONE, unit.scale());
        assertEquals(dimension, unit.dimension());
        assertEquals(factor, fraction(unit));
        assertSame(unit, unit.withoutScale());
        assertTrue(Unit.knownUnits().contains(unit));
    }

    @ParameterizedTest
    @ValueSource(strings = {"units", "pieces", "vehicles", "enterprises", "jobs", "projects", "patents"})
    void test_parse_countedNouns(String noun) {
        Unit unit = Unit.parse(noun);
        assertEquals(noun, unit.toString());
        assertEquals(Dimension.COUNT, unit.dimension());
        assertEquals("1", fraction(unit));
        assertEquals(Quantity.of(135, ONE), Quantity.parse("135 " + noun));
    }

    /** Every scale word of FORMAT.md, and its spellings. */
    static Stream<Arguments> data_scaleWords() {
        return Stream.of(
                Arguments.of("thousand t", Scale.THOUSAND, TONNE, "thousand t", "1000000"),
                Arguments.of("million m2", Scale.MILLION, SQUARE_METRE, "million m2", "1000000"),
                Arguments.of("billion m2", Scale.BILLION, SQUARE_METRE, "billion m2", "1000000000"),
                Arguments.of("trillion Wh", Scale.TRILLION, WATT_HOUR, "trillion Wh", "1000000000000"),
                Arguments.of("wan mu", Scale.WAN, MU, "wan mu", "20000000/3"),
                Arguments.of("yi kWh", Scale.YI, KILOWATT_HOUR, "yi kWh", "100000000000"),
                Arguments.of("hundred million kWh", Scale.YI, KILOWATT_HOUR, "yi kWh", "100000000000"),
                Arguments.of("Hundred  Million kWh", Scale.YI, KILOWATT_HOUR, "yi kWh", "100000000000"),
                Arguments.of("万 t", Scale.WAN, TONNE, "wan t", "10000000"),
                Arguments.of("万t", Scale.WAN, TONNE, "wan t", "10000000"),
                Arguments.of("亿 kWh", Scale.YI, KILOWATT_HOUR, "yi kWh", "100000000000"),
                Arguments.of("Billion GWh/a", Scale.BILLION, GIGAWATT_HOUR_PER_YEAR, "billion GWh/a", "1000000000000000000"),
                Arguments.of("million", Scale.MILLION, ONE, "million", "1000000"),
                Arguments.of("million 1", Scale.MILLION, ONE, "million", "1000000"),
                Arguments.of("thousand vehicles", Scale.THOUSAND, Unit.parse("vehicles"), "thousand vehicles", "1000"));
    }

    @ParameterizedTest
    @MethodSource("data_scaleWords")
    void test_parse_scaleWords(String text, Scale scale, Unit base, String canonical, String factor) {
        Unit unit = Unit.parse(text);
        assertSame(Unit.of(scale, base), unit);
        assertEquals(canonical, unit.toString());
        assertSame(unit, Unit.parse(canonical));
        assertEquals(scale, unit.scale());
        assertSame(base, unit.withoutScale());
        assertEquals(base.dimension(), unit.dimension());
        assertEquals(factor, fraction(unit));
    }

    @Test
    void test_of_scaleOne_isTheUnit() {
        assertSame(GIGAWATT_HOUR, Unit.of(Scale.ONE, GIGAWATT_HOUR));
    }

    @Test
    void test_of_alreadyScaled() {
        Unit billionM2 = Unit.of(Scale.BILLION, SQUARE_METRE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Unit.of(Scale.THOUSAND, billionM2));
        assertEquals("unit billion m2 already has a scale word", e.getMessage());
    }

    @Test
    void test_of_interned() {
        Set<Unit> seen = new HashSet<>();
        for (Unit u : QuantityArbitraryProvider.allUnits()) {
            assertTrue(seen.add(u), u::toString);
            assertSame(u, Unit.parse(u.toString()));
            assertSame(u, Unit.of(u.scale(), u.withoutScale()));
        }
        assertEquals(Unit.knownUnits().size() * Scale.values().length, seen.size());
    }

    static Stream<Arguments> data_parseBad() {
        return Stream.of(
                Arguments.of("GWhh", 0, "unknown unit \"GWhh\" (did you mean \"GWh\"?)"),
                Arguments.of("gwh", 0, "unknown unit \"gwh\" (did you mean \"GWh\"?)"),
                Arguments.of("m²", 0, "unknown unit \"m²\" (did you mean \"m2\"?)"),
                Arguments.of("billion GWhh", 8, "unknown unit \"GWhh\" (did you mean \"GWh\"?)"),
                Arguments.of("  xyz", 2, "unknown unit \"xyz\", expected a unit such as"),
                Arguments.of("", 0, "found the end, expected a unit"),
                Arguments.of("   ", 3, "found the end, expected a unit"),
                Arguments.of("hundred m2", 0, "unknown unit \"hundred m2\""),
                Arguments.of("MJ", 0, "unknown unit \"MJ\""),
                Arguments.of("x", 0, "unknown unit \"x\", expected"),
                Arguments.of("x".repeat(10_000), 0, "…(10000 characters)"));
    }

    @ParameterizedTest
    @MethodSource("data_parseBad")
    void test_parse_bad(String text, int index, String problemPart) {
        FigureParseException e = assertThrows(FigureParseException.class, () -> Unit.parse(text));
        assertEquals(text, e.input());
        assertEquals(index, e.index());
        // a suggestion is a value of its own, and ends the message
        int hint = problemPart.indexOf(" (did you mean");
        assertTrue(e.problem().contains(hint < 0 ? problemPart : problemPart.substring(0, hint)), e::getMessage);
        if (hint >= 0) {
            assertTrue(e.getMessage().endsWith(problemPart.substring(hint)), e::getMessage);
            assertTrue(e.suggestion().isPresent(), e::getMessage);
        }
        assertTrue(e.getMessage().length() < 400, e::getMessage);
    }

    @Test
    void test_parse_isCaseSensitiveForSymbols() {
        assertThrows(FigureParseException.class, () -> Unit.parse("mW"));
        assertSame(MEGAWATT, Unit.parse("MW"));
        assertSame(MILLIAMPERE_HOUR, Unit.parse("mAh"));
    }

    @Test
    void test_equalsHashCode() {
        new EqualsTester()
                .addEqualityGroup(GIGAWATT_HOUR, Unit.parse("GWh"), Unit.of(Scale.ONE, GIGAWATT_HOUR))
                .addEqualityGroup(GIGAWATT_HOUR_PER_YEAR)
                .addEqualityGroup(Unit.parse("billion m2"), Unit.of(Scale.BILLION, SQUARE_METRE))
                .addEqualityGroup(Unit.parse("thousand kg"))
                .addEqualityGroup(TONNE)
                .addEqualityGroup(ONE)
                .addEqualityGroup(Unit.parse("vehicles"))
                .testEquals();
    }

    @Test
    void test_nulls() {
        new NullPointerTester().testAllPublicStaticMethods(Unit.class);
        new NullPointerTester().testAllPublicStaticMethods(Scale.class);
        new NullPointerTester().testAllPublicInstanceMethods(GIGAWATT_HOUR);
    }

    @Test
    void test_isCompatible() {
        assertTrue(GIGAWATT_HOUR.isCompatible(Unit.parse("yi kWh")));
        assertTrue(!GIGAWATT_HOUR.isCompatible(GIGAWATT_HOUR_PER_YEAR));
        assertTrue(!TONNE.isCompatible(TONNE_PER_YEAR));
    }

    @Test
    void test_factorToBase() {
        assertEquals("1000000000", GIGAWATT_HOUR.factorToBase().toPlainString());
        assertEquals("0.001", MILLIAMPERE_HOUR.factorToBase().toPlainString());
        assertThrows(ArithmeticException.class, MU::factorToBase);
    }

    /** Indriya is the reference: every unit's factor equals the factor of Indriya's converter to the base unit. */
    @Test
    void test_factor_agreesWithIndriya() {
        int checked = 0;
        for (Unit unit : QuantityArbitraryProvider.allUnits()) {
            Unit base = Unit.base(unit.dimension());
            @SuppressWarnings({"unchecked", "rawtypes"})
            UnitConverter converter = ((javax.measure.Unit) unit.toMeasureUnit()).getConverterTo(base.toMeasureUnit());
            assertTrue(converter.isLinear(), unit::toString);
            Number factor = converter.convert(RationalNumber.ONE);
            RationalNumber exact = factor instanceof RationalNumber ? (RationalNumber) factor
                    : RationalNumber.ofInteger(new BigInteger(factor.toString()));
            assertEquals(unit.factorNumerator(), exact.getDividend(), unit::toString);
            assertEquals(unit.factorDenominator(), exact.getDivisor(), unit::toString);
            checked++;
        }
        assertEquals(Unit.knownUnits().size() * 7, checked);
    }

    @Test
    void test_toMeasureUnit_dimensions() {
        assertTrue(GIGAWATT_HOUR.toMeasureUnit().isCompatible(tech.units.indriya.unit.Units.JOULE));
        assertTrue(MILLIAMPERE_HOUR.toMeasureUnit().isCompatible(tech.units.indriya.unit.Units.COULOMB));
        assertTrue(GIGAWATT.toMeasureUnit().isCompatible(tech.units.indriya.unit.Units.WATT));
        assertTrue(TONNE.toMeasureUnit().isCompatible(tech.units.indriya.unit.Units.KILOGRAM));
        assertTrue(MU.toMeasureUnit().isCompatible(tech.units.indriya.unit.Units.SQUARE_METRE));
        assertTrue(!TONNE_PER_YEAR.toMeasureUnit().isCompatible(tech.units.indriya.unit.Units.KILOGRAM));
        assertTrue(Unit.parse("vehicles").toMeasureUnit().isCompatible(tech.units.indriya.AbstractUnit.ONE));
    }

    private static String fraction(Unit unit) {
        return unit.factorDenominator().equals(BigInteger.ONE) ? unit.factorNumerator().toString()
                : unit.factorNumerator() + "/" + unit.factorDenominator();
    }
}
