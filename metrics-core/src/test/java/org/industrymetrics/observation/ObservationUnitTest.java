package org.industrymetrics.observation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.math.BigInteger;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.money.MoneyUnit;
import org.industrymetrics.quantity.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObservationUnitTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "%|%|PERCENT|percent",
        "pp|pp|PERCENTAGE_POINTS|percentage points",
        "x|x|MULTIPLE|multiple",
        "×|x|MULTIPLE|multiple",
        "billion CNY|billion CNY|MONEY|money (CNY)",
        "yuan|CNY|MONEY|money (CNY)",
        "RMB|CNY|MONEY|money (CNY)",
        "hundred million yuan|yi CNY|MONEY|money (CNY)",
        "亿元|yi CNY|MONEY|money (CNY)",
        "万元|wan CNY|MONEY|money (CNY)",
        "billion RMB|billion CNY|MONEY|money (CNY)",
        "million USD|million USD|MONEY|money (USD)",
        "EUR|EUR|MONEY|money (EUR)",
        "GWh|GWh|QUANTITY|energy",
        "GWh/a|GWh/a|QUANTITY|energy per year",
        "万 t|wan t|QUANTITY|mass",
        "kt|kt|QUANTITY|mass",
        "mu|mu|QUANTITY|area",
        "billion m2|billion m2|QUANTITY|area",
        "mAh|mAh|QUANTITY|electric charge",
        "GW|GW|QUANTITY|power",
        "1|1|QUANTITY|count",
        "vehicles|vehicles|QUANTITY|count",
        " GWh |GWh|QUANTITY|energy"})
    void test_parse(String text, String canonical, ObservationUnit.Kind kind, String dimension) {
        ObservationUnit u = ObservationUnit.parse(text);
        assertEquals(canonical, u.toString());
        assertEquals(kind, u.kind());
        assertEquals(dimension, u.dimension());
        assertEquals(u, ObservationUnit.parse(u.toString()));
    }

    @Test
    void test_parse_constants() {
        assertSame(ObservationUnit.PERCENT, ObservationUnit.parse("%"));
        assertSame(ObservationUnit.PERCENTAGE_POINTS, ObservationUnit.parse("pp"));
        assertSame(ObservationUnit.MULTIPLE, ObservationUnit.parse("x"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GWhh|unknown unit \"GWhh\"|GWh",
        "Gwh|unknown unit \"Gwh\"|GWh",
        "KWH|unknown unit \"KWH\"|kWh",
        "CNYY|unknown currency \"CNYY\"|CNY",
        "billion CNYY|unknown currency \"CNYY\"|CNY",
        "bilion CNY|unknown scale word \"bilion\"|billion",
        "billion GWhh|unknown unit \"GWhh\"|GWh",
        "tonnes|unknown unit \"tonnes\"|"})
    void test_parse_bad(String text, String problem, String suggestion) {
        FigureParseException e = assertThrows(FigureParseException.class, () -> ObservationUnit.parse(text));
        assertEquals(text, e.input());
        assertTrue(e.problem().startsWith(problem), e.getMessage());
        // the suggestion travels as a value, and the message ends with it
        assertEquals(java.util.Optional.ofNullable(suggestion), e.suggestion().flatMap(org.industrymetrics.Suggestion::replacement));
        if (suggestion != null) {
            assertTrue(e.getMessage().endsWith(" (did you mean \"" + suggestion + "\"?)"), e.getMessage());
        }
    }

    @Test
    void test_parse_null() {
        assertThrows(NullPointerException.class, () -> ObservationUnit.parse(null));
    }

    @Test
    void test_factorTo() {
        assertArrayEquals(new BigInteger[] {BigInteger.valueOf(1000), BigInteger.ONE},
                ObservationUnit.parse("GWh").factorTo(ObservationUnit.parse("MWh")));
        assertArrayEquals(new BigInteger[] {BigInteger.ONE, BigInteger.valueOf(1000)},
                ObservationUnit.parse("MWh").factorTo(ObservationUnit.parse("GWh")));
        assertArrayEquals(new BigInteger[] {BigInteger.valueOf(2000), BigInteger.valueOf(3)},
                ObservationUnit.parse("mu").factorTo(ObservationUnit.parse("m2")));
        assertArrayEquals(new BigInteger[] {BigInteger.TEN, BigInteger.ONE},
                ObservationUnit.parse("billion CNY").factorTo(ObservationUnit.parse("hundred million yuan")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ObservationUnit.parse("GWh").factorTo(ObservationUnit.parse("t")));
        assertEquals("cannot convert GWh to t: energy and mass", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ObservationUnit.parse("CNY").factorTo(ObservationUnit.parse("USD")));
    }

    @Test
    void test_isConvertibleTo() {
        assertTrue(ObservationUnit.parse("GWh").isConvertibleTo(ObservationUnit.parse("kWh")));
        assertFalse(ObservationUnit.parse("GWh").isConvertibleTo(ObservationUnit.parse("GWh/a")));
        assertTrue(ObservationUnit.parse("yuan").isConvertibleTo(ObservationUnit.parse("billion CNY")));
        assertFalse(ObservationUnit.parse("CNY").isConvertibleTo(ObservationUnit.parse("USD")));
        assertFalse(ObservationUnit.PERCENT.isConvertibleTo(ObservationUnit.PERCENTAGE_POINTS));
    }

    @Test
    void test_accessors() {
        ObservationUnit money = ObservationUnit.of(MoneyUnit.parse("billion CNY"));
        assertTrue(money.isMoney());
        assertEquals("CNY", money.currency().getCurrencyCode());
        assertThrows(IllegalStateException.class, money::unit);
        ObservationUnit energy = ObservationUnit.of(Unit.GIGAWATT_HOUR);
        assertTrue(energy.isQuantity());
        assertEquals(Unit.GIGAWATT_HOUR, energy.unit());
        assertThrows(IllegalStateException.class, energy::moneyUnit);
        assertThrows(IllegalStateException.class, ObservationUnit.PERCENT::currency);
    }

    @Test
    void test_equals() {
        new EqualsTester()
                .addEqualityGroup(ObservationUnit.parse("yuan"), ObservationUnit.parse("RMB"), ObservationUnit.parse("CNY"))
                .addEqualityGroup(ObservationUnit.parse("hundred million yuan"), ObservationUnit.parse("亿元"))
                .addEqualityGroup(ObservationUnit.parse("GWh"), ObservationUnit.of(Unit.GIGAWATT_HOUR))
                .addEqualityGroup(ObservationUnit.PERCENT)
                .testEquals();
    }
}
