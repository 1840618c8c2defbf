package org.industrymetrics.money;

import static org.industrymetrics.money.Currencies.CNY;
import static org.industrymetrics.money.Currencies.EUR;
import static org.industrymetrics.money.Currencies.USD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CurrencyPairTest {

    @Test
    void test_parse() {
        CurrencyPair p = CurrencyPair.parse("USD/CNY");
        assertEquals(USD, p.base());
        assertEquals(CNY, p.quote());
        assertEquals("USD/CNY", p.toString());
        assertEquals(p, CurrencyPair.parse("USD/RMB"));
        assertEquals(p, CurrencyPair.of(USD, CNY));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "USDCNY| no '/'",
            "''| found nothing",
            "USD/USD| found USD twice",
            "USD/| expected a currency code",
            "USD/CNX| unknown currency \"CNX\"",
            "usd/CNY| did you mean \"USD\"?"
    })
    void test_parse_bad(String text, String fragment) {
        FigureParseException e = assertThrows(FigureParseException.class, () -> CurrencyPair.parse(text));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void test_of_sameCurrency() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> CurrencyPair.of(USD, USD));
        assertEquals("a currency pair needs two different currencies, found USD/USD", e.getMessage());
    }

    @Test
    void test_inverse_contains() {
        CurrencyPair p = CurrencyPair.of(USD, CNY);
        assertEquals(CurrencyPair.of(CNY, USD), p.inverse());
        assertEquals(p, p.inverse().inverse());
        assertTrue(p.contains(USD));
        assertTrue(p.contains(CNY));
        assertFalse(p.contains(EUR));
        assertTrue(p.isInverseOrSame(p.inverse()));
        assertFalse(p.isInverseOrSame(CurrencyPair.of(EUR, USD)));
    }

    @Test
    void test_equals() {
        new EqualsTester()
                .addEqualityGroup(CurrencyPair.of(USD, CNY), CurrencyPair.parse("USD/CNY"), CurrencyPair.parse("USD/yuan"))
                .addEqualityGroup(CurrencyPair.of(CNY, USD))
                .addEqualityGroup(CurrencyPair.of(EUR, USD))
                .testEquals();
    }

    @Test
    void test_nulls() {
        new NullPointerTester().testAllPublicStaticMethods(CurrencyPair.class);
    }
}
