package org.industrymetrics.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Currency;
import org.industrymetrics.FigureParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CurrenciesTest {

    @ParameterizedTest
    @CsvSource({"CNY, CNY", "RMB, CNY", "Rmb, CNY", "yuan, CNY", "Yuan, CNY", "元, CNY", "USD, USD", "EUR, EUR", "HKD, HKD"})
    void test_parse_good(String text, String code) {
        assertEquals(Currency.getInstance(code), Currencies.parse(text));
    }

    @Test
    void test_parse_bad() {
        FigureParseException e = assertThrows(FigureParseException.class, () -> Currencies.parse("Usd"));
        assertTrue(e.getMessage().contains("did you mean \"USD\"?"), e.getMessage());
        e = assertThrows(FigureParseException.class, () -> Currencies.parse("dollar"));
        assertTrue(e.getMessage().contains("unknown currency \"dollar\""), e.getMessage());
        e = assertThrows(FigureParseException.class, () -> Currencies.parse(""));
        assertTrue(e.getMessage().contains("expected a currency code"), e.getMessage());
    }

    @Test
    void test_constants() {
        assertEquals("CNY", Currencies.CNY.getCurrencyCode());
        assertEquals("USD", Currencies.USD.getCurrencyCode());
    }
}
