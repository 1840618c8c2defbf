package org.industrymetrics.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import org.industrymetrics.InvalidValueException;
import org.junit.jupiter.api.Test;

class FxRateTableTest {

    private static final CurrencyPair USD_CNY = CurrencyPair.parse("USD/CNY");
    private static final CurrencyPair CNY_USD = CurrencyPair.parse("CNY/USD");
    private static final CurrencyPair EUR_USD = CurrencyPair.parse("EUR/USD");
    private static final CurrencyPair EUR_CNY = CurrencyPair.parse("EUR/CNY");

    private static LocalDate day(String s) {
        return LocalDate.parse(s);
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** Thursday 2024-06-20 to Wednesday 2024-06-26, no weekend quotes; EUR/USD on two days. */
    private static final FxRateTable TABLE = FxRateTable.builder()
            .add(day("2024-06-20"), USD_CNY, d("7.2600"), "FRB H.10")
            .add(day("2024-06-21"), USD_CNY, d("7.2620"), "FRB H.10")
            .add(day("2024-06-24"), USD_CNY, d("7.2640"), "FRB H.10")
            .add(day("2024-06-25"), USD_CNY, d("7.2650"), "FRB H.10")
            .add(day("2024-06-26"), USD_CNY, d("7.2666"), "FRB H.10")
            .add(day("2024-06-25"), EUR_USD, d("1.0700"), "ECB")
            .add(day("2024-06-26"), EUR_USD, d("1.0710"), "ECB")
            .addAverage(day("2024-01-01"), day("2024-12-31"), USD_CNY, d("7.1957"), "PBOC")
            .build();

    @Test
    void test_rateOn_exactDay() {
        ResolvedRate r = TABLE.rateOn(USD_CNY, day("2024-06-26"), 7);
        assertEquals(FxRate.parse("USD/CNY 7.2666"), r.rate());
        assertEquals(day("2024-06-26"), r.first());
        assertEquals(day("2024-06-26"), r.last());
        assertEquals(1, r.quotes());
        assertEquals("FRB H.10", r.source());
        assertFalse(r.isAverage());
        assertEquals("USD/CNY 7.2666 on 2024-06-26 (FRB H.10)", r.toString());
        assertEquals(r, TABLE.rateOn(USD_CNY, day("2024-06-26")));
    }

    @Test
    void test_rateOn_weekendTakesFriday() {
        ResolvedRate r = TABLE.rateOn(USD_CNY, day("2024-06-23"), 7);
        assertEquals(day("2024-06-21"), r.first());
        assertEquals(d("7.2620"), r.rate().rate());
        assertEquals(day("2024-06-21"), TABLE.rateOn(USD_CNY, day("2024-06-23"), 2).first());
    }

    @Test
    void test_rateOn_tooStale() {
        RateNotFoundException e = assertThrows(RateNotFoundException.class, () -> TABLE.rateOn(USD_CNY, day("2024-06-23"), 1));
        assertEquals("no rate for USD/CNY on 2024-06-23: the last USD/CNY quote before it is on 2024-06-21, 2 days earlier,"
                + " more than the 1 day allowed", e.getMessage());
        assertEquals(USD_CNY, e.pair());
        assertEquals(day("2024-06-23"), e.first());
        e = assertThrows(RateNotFoundException.class, () -> TABLE.rateOn(USD_CNY, day("2024-06-22"), 0));
        assertTrue(e.getMessage().contains("more than the 0 days allowed"), e.getMessage());
    }

    @Test
    void test_rateOn_outsideTable() {
        RateNotFoundException e = assertThrows(RateNotFoundException.class, () -> TABLE.rateOn(USD_CNY, day("2024-06-19")));
        assertEquals("no rate for USD/CNY on 2024-06-19: the USD/CNY quotes run from 2024-06-20 to 2024-06-26", e.getMessage());
        e = assertThrows(RateNotFoundException.class, () -> TABLE.rateOn(USD_CNY, day("2024-07-10")));
        assertEquals("no rate for USD/CNY on 2024-07-10: the USD/CNY quotes run from 2024-06-20 to 2024-06-26,"
                + " and the last is 14 days before it, more than the 7 days allowed", e.getMessage());
        // after the end, within the staleness: the last quote
        assertEquals(day("2024-06-26"), TABLE.rateOn(USD_CNY, day("2024-07-03")).first());
    }

    @Test
    void test_rateOn_unknownCurrency() {
        RateNotFoundException e = assertThrows(RateNotFoundException.class,
                () -> TABLE.rateOn(CurrencyPair.parse("JPY/CNY"), day("2024-06-26")));
        assertEquals("no rate for JPY/CNY on 2024-06-26: the table has no rates for JPY; it has rates for CNY, EUR, USD",
                e.getMessage());
        e = assertThrows(RateNotFoundException.class,
                () -> FxRateTable.builder().build().rateOn(USD_CNY, day("2024-06-26")));
        assertTrue(e.getMessage().endsWith("the table has no rates for USD; it is empty"), e.getMessage());
    }

    @Test
    void test_rateOn_negativeStaleness() {
        assertThrows(IllegalArgumentException.class, () -> TABLE.rateOn(USD_CNY, day("2024-06-26"), -1));
    }

    @Test
    void test_rateOn_inverse() {
        ResolvedRate r = TABLE.rateOn(CNY_USD, day("2024-06-26"));
        assertEquals(CNY_USD, r.pair());
        assertEquals(FxRate.parse("CNY/USD 0.1376159414306553"), r.rate());
        assertEquals("CNY/USD 0.1376159414306553 on 2024-06-26, inverted from USD/CNY (FRB H.10)", r.toString());
        // converting with the inverse uses the exact quote: the same as converting with the quote itself
        Money cny = Money.parse("20 billion CNY");
        assertEquals(TABLE.rateOn(USD_CNY, day("2024-06-26")).convert(cny, MathContext.DECIMAL128),
                r.convert(cny, MathContext.DECIMAL128));
    }

    @Test
    void test_rateOn_cross() {
        ResolvedRate r = TABLE.rateOn(EUR_CNY, day("2024-06-26"));
        assertEquals(FxRate.parse("EUR/CNY 7.78252860"), r.rate());
        assertEquals(2, r.quotes());
        assertEquals("EUR/CNY 7.78252860 on 2024-06-26, crossed via USD (ECB; FRB H.10)", r.toString());
        ResolvedRate back = TABLE.rateOn(EUR_CNY.inverse(), day("2024-06-26"));
        assertEquals(CurrencyPair.parse("CNY/EUR"), back.pair());
        // EUR/USD has no quote before 2024-06-25: the cross fails with that leg's reason
        RateNotFoundException e = assertThrows(RateNotFoundException.class, () -> TABLE.rateOn(EUR_CNY, day("2024-06-24")));
        assertEquals("no rate for EUR/CNY on 2024-06-24: the EUR/USD quotes run from 2024-06-25 to 2024-06-26", e.getMessage());
    }

    @Test
    void test_averageRate_ofQuotes() {
        ResolvedRate r = TABLE.averageRate(USD_CNY, day("2024-06-20"), day("2024-06-26"));
        // (7.2600 + 7.2620 + 7.2640 + 7.2650 + 7.2666) / 5
        assertEquals(FxRate.parse("USD/CNY 7.26352"), r.rate());
        assertEquals(5, r.quotes());
        assertTrue(r.isAverage());
        assertEquals("USD/CNY 7.26352 average of 2024-06-20..2024-06-26, 5 quotes (FRB H.10)", r.toString());
        ResolvedRate weekday = TABLE.averageRate(USD_CNY, day("2024-06-22"), day("2024-06-25"));
        assertEquals(FxRate.parse("USD/CNY 7.2645"), weekday.rate());
        assertEquals(2, weekday.quotes());
    }

    @Test
    void test_averageRate_weekendOnly() {
        ResolvedRate r = TABLE.averageRate(USD_CNY, day("2024-06-22"), day("2024-06-23"));
        assertEquals(day("2024-06-21"), r.first());
        assertEquals(1, r.quotes());
        assertFalse(r.isAverage());
    }

    @Test
    void test_averageRate_published() {
        ResolvedRate r = TABLE.averageRate(USD_CNY, day("2024-01-01"), day("2024-12-31"));
        assertEquals(FxRate.parse("USD/CNY 7.1957"), r.rate());
        assertEquals("USD/CNY 7.1957 average of 2024-01-01..2024-12-31 (PBOC)", r.toString());
        assertEquals("CNY/USD 0.1389718859874647 average of 2024-01-01..2024-12-31, inverted from USD/CNY (PBOC)",
                TABLE.averageRate(CNY_USD, day("2024-01-01"), day("2024-12-31")).toString());
    }

    @Test
    void test_averageRate_notCovered() {
        RateNotFoundException e = assertThrows(RateNotFoundException.class,
                () -> TABLE.averageRate(USD_CNY, day("2024-06-01"), day("2024-06-30")));
        assertEquals("no average rate for USD/CNY over 2024-06-01..2024-06-30: the USD/CNY quotes run from 2024-06-20"
                + " to 2024-06-26, which do not cover the span", e.getMessage());
        assertEquals(day("2024-06-30"), e.last());
        e = assertThrows(RateNotFoundException.class,
                () -> TABLE.averageRate(USD_CNY, day("2024-06-20"), day("2024-07-10"), 7));
        assertEquals("no average rate for USD/CNY over 2024-06-20..2024-07-10: the USD/CNY quotes run from 2024-06-20"
                + " to 2024-06-26, which do not cover the span", e.getMessage());
        // a span ending within the staleness after the last quote is covered, as rateOn would be
        assertEquals(5, TABLE.averageRate(USD_CNY, day("2024-06-20"), day("2024-06-30"), 7).quotes());
        FxRateTable longer = FxRateTable.builder().addAll(TABLE).add(day("2024-07-05"), USD_CNY, d("7.27"), "FRB H.10").build();
        e = assertThrows(RateNotFoundException.class,
                () -> longer.averageRate(USD_CNY, day("2024-06-20"), day("2024-06-30"), 2));
        assertEquals("no average rate for USD/CNY over 2024-06-20..2024-06-30: no USD/CNY quote from 2024-06-27 to"
                + " 2024-06-30, 4 days, more than the 2 days allowed", e.getMessage());
        e = assertThrows(RateNotFoundException.class,
                () -> TABLE.averageRate(USD_CNY, day("2024-06-20"), day("2024-06-26"), 1));
        assertEquals("no average rate for USD/CNY over 2024-06-20..2024-06-26: no USD/CNY quote from 2024-06-22 to"
                + " 2024-06-23, 2 days, more than the 1 day allowed", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TABLE.averageRate(USD_CNY, day("2024-06-26"), day("2024-06-20")));
    }

    @Test
    void test_averageRate_onlyPublishedForOtherSpans() {
        FxRateTable t = FxRateTable.builder().addAverage(day("2024-01-01"), day("2024-12-31"), USD_CNY, d("7.1957"), "PBOC").build();
        RateNotFoundException e = assertThrows(RateNotFoundException.class,
                () -> t.averageRate(USD_CNY, day("2024-01-01"), day("2024-06-30")));
        assertEquals("no average rate for USD/CNY over 2024-01-01..2024-06-30: the table has average rates for"
                + " USD/CNY (2024-01-01..2024-12-31) only, and no daily quotes", e.getMessage());
        e = assertThrows(RateNotFoundException.class, () -> t.rateOn(USD_CNY, day("2024-06-26")));
        assertEquals("no rate for USD/CNY on 2024-06-26: the table has only average rates for USD/CNY"
                + " (2024-01-01..2024-12-31), no daily quotes", e.getMessage());
    }

    @Test
    void test_averageRate_cross() {
        ResolvedRate r = TABLE.averageRate(EUR_CNY, day("2024-06-25"), day("2024-06-26"));
        // mean EUR/USD 1.0705 times mean USD/CNY 7.2658
        assertEquals(FxRate.parse("EUR/CNY 7.7780389"), r.rate());
        assertEquals(4, r.quotes());
    }

    @Test
    void test_rateFor_policy() {
        RatePolicy policy = RatePolicy.DEFAULT;
        assertEquals(7, policy.maxStaleDays());
        assertTrue(policy.flowsAtAverage());
        ResolvedRate flow = TABLE.rateFor(USD_CNY, day("2024-06-20"), day("2024-06-26"), true, policy);
        assertTrue(flow.isAverage());
        ResolvedRate stock = TABLE.rateFor(USD_CNY, day("2024-06-20"), day("2024-06-26"), false, policy);
        assertEquals(day("2024-06-26"), stock.first());
        ResolvedRate closing = TABLE.rateFor(USD_CNY, day("2024-06-20"), day("2024-06-23"), true,
                policy.withFlowsAtAverage(false).withMaxStaleDays(2));
        assertEquals(day("2024-06-21"), closing.first());
        assertThrows(IllegalArgumentException.class, () -> RatePolicy.of(-1, true));
        assertEquals(RatePolicy.of(7, true), RatePolicy.DEFAULT);
        assertEquals("RatePolicy[maxStaleDays=7, flowsAtAverage=true]", RatePolicy.DEFAULT.toString());
    }

    @Test
    void test_builder_conflicts() {
        FxRateTable.Builder b = FxRateTable.builder().add(day("2024-06-26"), USD_CNY, d("7.2666"), "FRB H.10");
        b.add(day("2024-06-26"), USD_CNY, d("7.26660"), "again"); // the same rate: harmless
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> b.add(day("2024-06-26"), USD_CNY, d("7.3"), "rates.csv"));
        assertEquals("two rates for USD/CNY on 2024-06-26: 7.2666 (FRB H.10) and 7.3 (rates.csv)", e.getMessage());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> b.add(day("2024-06-27"), USD_CNY, d("0"), "x"));
        assertEquals("the rate of USD/CNY must be above zero, found 0", zero.getMessage());
        e = assertThrows(InvalidValueException.class,
                () -> b.addAverage(day("2024-12-31"), day("2024-01-01"), USD_CNY, d("7.19"), "x"));
        assertTrue(e.getMessage().contains("ends before it starts"), e.getMessage());
        assertEquals(1, b.build().entries().size());
    }

    @Test
    void test_entries_addAll_toString() {
        List<ResolvedRate> entries = TABLE.entries();
        assertEquals(8, entries.size());
        assertEquals("EUR/USD 1.0700 on 2024-06-25 (ECB)", entries.get(0).toString());
        assertEquals("USD/CNY 7.1957 average of 2024-01-01..2024-12-31 (PBOC)", entries.get(2).toString());
        FxRateTable copy = FxRateTable.builder().addAll(TABLE).build();
        assertEquals(entries, copy.entries());
        assertEquals("FxRateTable[EUR/USD: 2 daily quotes 2024-06-25..2024-06-26;"
                + " USD/CNY: 5 daily quotes 2024-06-20..2024-06-26, 1 average]", TABLE.toString());
        assertEquals(List.of(EUR_USD, USD_CNY), List.copyOf(TABLE.pairs()));
        assertEquals(3, TABLE.currencies().size());
        assertTrue(FxRateTable.builder().build().isEmpty());
        assertFalse(TABLE.isEmpty());
    }

    @Test
    void test_resolvedRate_factories() {
        ResolvedRate r = ResolvedRate.of(FxRate.parse("USD/CNY 7.2666"), day("2024-06-26"), "");
        assertEquals("USD/CNY 7.2666 on 2024-06-26", r.toString());
        assertEquals("2.752 billion USD", r.convert(Money.parse("20 billion CNY"), new MathContext(4)).toString());
        ResolvedRate a = ResolvedRate.ofAverage(FxRate.parse("USD/CNY 7.0809"), day("2023-01-01"), day("2023-12-31"), 249, "FRB H.10");
        assertEquals("USD/CNY 7.0809 average of 2023-01-01..2023-12-31, 249 quotes (FRB H.10)", a.toString());
        assertThrows(IllegalArgumentException.class,
                () -> ResolvedRate.ofAverage(FxRate.parse("USD/CNY 7"), day("2023-12-31"), day("2023-01-01"), 2, ""));
        assertSame(r.rate(), r.rate());
    }
}
