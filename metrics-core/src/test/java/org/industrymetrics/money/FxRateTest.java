package org.industrymetrics.money;

import static org.industrymetrics.money.Currencies.CNY;
import static org.industrymetrics.money.Currencies.EUR;
import static org.industrymetrics.money.Currencies.USD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.MathContext;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.InvalidValueException;
import org.junit.jupiter.api.Test;

class FxRateTest {

    private static final FxRate USD_CNY = FxRate.parse("USD/CNY 7.2666");

    @Test
    void test_parse_toString() {
        assertEquals(CurrencyPair.of(USD, CNY), USD_CNY.pair());
        assertEquals(new BigDecimal("7.2666"), USD_CNY.rate());
        assertEquals("USD/CNY 7.2666", USD_CNY.toString());
        assertEquals(USD_CNY, FxRate.parse(USD_CNY.toString()));
        assertEquals(USD_CNY, FxRate.of(USD, CNY, new BigDecimal("7.2666")));
    }

    @Test
    void test_parse_bad() {
        assertTrue(assertThrows(FigureParseException.class, () -> FxRate.parse("USD/CNY")).getMessage()
                .contains("expected a currency pair, a space and a rate"));
        assertTrue(assertThrows(FigureParseException.class, () -> FxRate.parse("USD/CNY 7,2666")).getMessage()
                .contains("use '.' for decimals"));
        FigureParseException e = assertThrows(FigureParseException.class, () -> FxRate.parse("USD/CNY 0"));
        assertTrue(e.getMessage().contains("expected a rate above zero"), e.getMessage());
        assertEquals(8, e.index());
    }

    @Test
    void test_of_notPositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FxRate.of(CurrencyPair.of(USD, CNY), BigDecimal.ZERO));
        assertEquals("the rate of USD/CNY must be above zero, found 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> FxRate.of(CurrencyPair.of(USD, CNY), new BigDecimal("-7.2666")));
        assertEquals("the rate of USD/CNY must be above zero, found -7.2666", e.getMessage());
    }

    @Test
    void test_equals() {
        new EqualsTester()
                .addEqualityGroup(USD_CNY, FxRate.parse("USD/CNY 7.26660"), FxRate.of(USD, CNY, new BigDecimal("7.2666")))
                .addEqualityGroup(FxRate.parse("USD/CNY 7.2667"))
                .addEqualityGroup(FxRate.parse("CNY/USD 7.2666"))
                .addEqualityGroup(FxRate.parse("EUR/USD 1.07"))
                .testEquals();
    }

    @Test
    void test_inverse() {
        FxRate inverse = USD_CNY.inverse(MathContext.DECIMAL64);
        assertEquals("CNY/USD 0.1376159414306553", inverse.toString());
        assertEquals("USD/CNY 4", FxRate.parse("CNY/USD 0.25").inverse(MathContext.UNLIMITED).toString());
        assertThrows(ArithmeticException.class, () -> USD_CNY.inverse(MathContext.UNLIMITED));
    }

    @Test
    void test_crossRate() {
        FxRate eurUsd = FxRate.parse("EUR/USD 1.07");
        assertEquals(FxRate.parse("EUR/CNY 7.775262"), eurUsd.crossRate(USD_CNY, MathContext.DECIMAL64));
        // any orientation of either rate gives the same pair and value
        FxRate usdEur = eurUsd.inverse(MathContext.DECIMAL128);
        FxRate viaInverse = usdEur.crossRate(USD_CNY, new MathContext(7));
        assertEquals("EUR/CNY 7.775262", viaInverse.toString());
        FxRate cnyEur = USD_CNY.crossRate(eurUsd, MathContext.DECIMAL64);
        assertEquals(CurrencyPair.of(CNY, EUR), cnyEur.pair());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> USD_CNY.crossRate(USD_CNY, MathContext.DECIMAL64))
                .getMessage().contains("same two currencies"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> USD_CNY.crossRate(FxRate.parse("EUR/GBP 0.85"), MathContext.DECIMAL64)).getMessage().contains("share no currency"));
    }

    @Test
    void test_convert() {
        assertEquals("2.752 billion USD", USD_CNY.convert(Money.parse("20 billion CNY"), new MathContext(4)).toString());
        assertEquals("7.2666 million CNY", USD_CNY.convert(Money.parse("1 million USD"), MathContext.DECIMAL64).toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> USD_CNY.convert(Money.parse("1 EUR"), MathContext.DECIMAL64));
        assertEquals("cannot convert 1 EUR with USD/CNY 7.2666: the rate is not for EUR", e.getMessage());
    }

    @Test
    void test_implied() {
        FxRate implied = FxRate.implied(Money.parse("20 billion yuan"), Money.parse("USD 2.75 billion"), new MathContext(5));
        assertEquals("USD/CNY 7.2727", implied.toString());
        assertThrows(IllegalArgumentException.class,
                () -> FxRate.implied(Money.parse("0 CNY"), Money.parse("1 USD"), MathContext.DECIMAL64));
        assertThrows(InvalidValueException.class,
                () -> FxRate.implied(Money.parse("1 CNY"), Money.parse("1 CNY"), MathContext.DECIMAL64));
    }
}
