package org.industrymetrics.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.industrymetrics.money.CurrencyPair;
import org.industrymetrics.money.FxRateTable;
import org.industrymetrics.money.Money;
import org.industrymetrics.money.RateNotFoundException;
import org.industrymetrics.money.ResolvedRate;
import org.junit.jupiter.api.Test;

class ReferenceRatesTest {

    private static final CurrencyPair USD_CNY = CurrencyPair.parse("USD/CNY");
    private static final FxRateTable TABLE = ReferenceRates.cnyPerUsd();

    @Test
    void test_cnyPerUsd_loadsOnce() {
        assertSame(TABLE, ReferenceRates.cnyPerUsd());
        assertEquals("FxRateTable[USD/CNY: 1249 daily quotes 2020-11-30..2025-11-28]", TABLE.toString());
        assertTrue(ReferenceRates.SOURCE.contains("DEXCHUS"));
    }

    @Test
    void test_rateOn_2024_06_26() {
        ResolvedRate r = TABLE.rateOn(USD_CNY, LocalDate.of(2024, 6, 26));
        assertEquals(0, new BigDecimal("7.2666").compareTo(r.rate().rate()));
        assertEquals("USD/CNY 7.2666 on 2024-06-26 (FRB H.10)", r.toString());
    }

    @Test
    void test_averageRate_2022_2023() {
        ResolvedRate y2022 = TABLE.averageRate(USD_CNY, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
        assertEquals(new BigDecimal("6.7290"), y2022.rate().rate().setScale(4, RoundingMode.HALF_EVEN));
        assertEquals(250, y2022.quotes());
        ResolvedRate y2023 = TABLE.averageRate(USD_CNY, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
        assertEquals(new BigDecimal("7.0809"), y2023.rate().rate().setScale(4, RoundingMode.HALF_EVEN));
        assertEquals(249, y2023.quotes());
        assertEquals("USD/CNY 7.080916064257028 average of 2023-01-01..2023-12-31, 249 quotes (FRB H.10)", y2023.toString());
    }

    @Test
    void test_convert_findreams() {
        // "output value over 20 billion yuan (about USD 2.75 billion)", iChongqing, 2024-06-26
        ResolvedRate r = TABLE.rateOn(USD_CNY, LocalDate.of(2024, 6, 26));
        Money usd = r.convert(Money.parse("20 billion yuan"), new MathContext(4));
        assertEquals("2.752 billion USD", usd.toString());
        Money precise = r.convert(Money.parse("20 billion CNY"), MathContext.DECIMAL64);
        assertEquals(new BigDecimal("2.752318828613107"), precise.value());
        // the same through the inverse pair
        assertEquals(precise, TABLE.rateOn(USD_CNY.inverse(), LocalDate.of(2024, 6, 26)).convert(Money.parse("20 billion CNY"),
                MathContext.DECIMAL64));
    }

    @Test
    void test_outsideTheBundledSpan() {
        RateNotFoundException e = assertThrows(RateNotFoundException.class, () -> TABLE.rateOn(USD_CNY, LocalDate.of(2019, 6, 26)));
        assertEquals("no rate for USD/CNY on 2019-06-26: the USD/CNY quotes run from 2020-11-30 to 2025-11-28", e.getMessage());
        e = assertThrows(RateNotFoundException.class,
                () -> TABLE.averageRate(USD_CNY, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        assertEquals("no average rate for USD/CNY over 2025-01-01..2025-12-31: the USD/CNY quotes run from 2020-11-30"
                + " to 2025-11-28, which do not cover the span", e.getMessage());
        e = assertThrows(RateNotFoundException.class,
                () -> TABLE.rateOn(CurrencyPair.parse("EUR/CNY"), LocalDate.of(2024, 6, 26)));
        assertEquals("no rate for EUR/CNY on 2024-06-26: the table has no rates for EUR; it has rates for CNY, USD", e.getMessage());
    }
}
