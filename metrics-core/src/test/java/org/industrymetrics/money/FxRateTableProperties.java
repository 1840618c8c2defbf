package org.industrymetrics.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class FxRateTableProperties {

    private static final CurrencyPair USD_CNY = CurrencyPair.of(Currencies.USD, Currencies.CNY);
    private static final CurrencyPair EUR_USD = CurrencyPair.of(Currencies.EUR, Currencies.USD);
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final int DAYS = 120;

    /** Random daily quotes over 120 days: each day quoted with some probability, rates 6.5000..7.5000. */
    @Provide
    Arbitrary<TreeMap<LocalDate, BigDecimal>> quotes() {
        return Arbitraries.integers().between(5, 95).flatMap(percent ->
                Arbitraries.bigDecimals().between(new BigDecimal("6.5"), new BigDecimal("7.5")).ofScale(4)
                        .injectNull(1.0 - percent / 100.0)
                        .list().ofSize(DAYS)
                        .map(list -> {
                            TreeMap<LocalDate, BigDecimal> m = new TreeMap<>();
                            for (int i = 0; i < list.size(); i++) {
                                if (list.get(i) != null) {
                                    m.put(START.plusDays(i), list.get(i));
                                }
                            }
                            return m;
                        }))
                .filter(m -> !m.isEmpty());
    }

    private static FxRateTable table(Map<LocalDate, BigDecimal> quotes) {
        FxRateTable.Builder b = FxRateTable.builder();
        quotes.forEach((d, r) -> b.add(d, USD_CNY, r, "test"));
        return b.build();
    }

    @Property(tries = 300)
    void rateOn_agreesWithScan(@ForAll("quotes") TreeMap<LocalDate, BigDecimal> quotes,
            @ForAll @IntRange(min = -15, max = DAYS + 15) int offset, @ForAll @IntRange(min = 0, max = 10) int stale) {
        FxRateTable table = table(quotes);
        LocalDate day = START.plusDays(offset);
        LocalDate found = null;
        for (int back = 0; back <= stale && found == null; back++) {
            if (quotes.containsKey(day.minusDays(back))) {
                found = day.minusDays(back);
            }
        }
        if (found == null) {
            RateNotFoundException e = assertThrows(RateNotFoundException.class, () -> table.rateOn(USD_CNY, day, stale));
            assertTrue(e.getMessage().startsWith("no rate for USD/CNY on " + day + ": "), e.getMessage());
        } else {
            ResolvedRate r = table.rateOn(USD_CNY, day, stale);
            assertEquals(found, r.first());
            assertEquals(0, quotes.get(found).compareTo(r.rate().rate()));
            // the inverse pair finds the same quote
            assertEquals(found, table.rateOn(USD_CNY.inverse(), day, stale).first());
        }
    }

    @Property(tries = 300)
    void averageRate_agreesWithScan(@ForAll("quotes") TreeMap<LocalDate, BigDecimal> quotes,
            @ForAll @IntRange(min = -5, max = DAYS + 5) int from, @ForAll @IntRange(min = 0, max = 60) int length,
            @ForAll @IntRange(min = 0, max = 10) int stale) {
        FxRateTable table = table(quotes);
        LocalDate first = START.plusDays(from);
        LocalDate last = first.plusDays(length);
        boolean covered = true;
        for (LocalDate d = first; !d.isAfter(last) && covered; d = d.plusDays(1)) {
            LocalDate floor = quotes.floorKey(d);
            covered = floor != null && !floor.isBefore(d.minusDays(stale));
        }
        if (!covered) {
            RateNotFoundException e = assertThrows(RateNotFoundException.class, () -> table.averageRate(USD_CNY, first, last, stale));
            assertEquals(first, e.first());
            assertEquals(last, e.last());
            return;
        }
        ResolvedRate r = table.averageRate(USD_CNY, first, last, stale);
        Map<LocalDate, BigDecimal> inSpan = quotes.subMap(first, true, last, true);
        if (inSpan.isEmpty()) {
            assertEquals(quotes.floorKey(first), r.first());
            assertEquals(1, r.quotes());
        } else {
            BigDecimal sum = inSpan.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(inSpan.size(), r.quotes());
            assertEquals(0, sum.divide(BigDecimal.valueOf(inSpan.size()), MathContext.DECIMAL64).compareTo(r.rate().rate()));
        }
    }

    @Provide
    Arbitrary<BigDecimal> rates() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("10000")).ofScale(4)
                .filter(r -> r.signum() > 0);
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1e15"), new BigDecimal("1e15")).ofScale(2);
    }

    private static void assertClose(BigDecimal expected, BigDecimal actual, BigDecimal relative) {
        BigDecimal tolerance = expected.abs().multiply(relative);
        assertTrue(expected.subtract(actual).abs().compareTo(tolerance) <= 0,
                () -> actual + " differs from " + expected + " by more than " + tolerance);
    }

    @Property
    void convert_thereAndBack_staysWithinRounding(@ForAll("amounts") BigDecimal value, @ForAll("rates") BigDecimal rate,
            @ForAll @IntRange(min = 6, max = 34) int digits) {
        MathContext mc = new MathContext(digits);
        FxRate fx = FxRate.of(USD_CNY, rate);
        Money cny = Money.of(Currencies.CNY, value);
        Money usd = fx.convert(cny, mc);
        Money back = fx.convert(usd, mc);
        assertEquals(Currencies.USD, usd.currency());
        // two roundings of at most half a unit in the last of `digits` places each
        assertClose(cny.amount(), back.amount(), BigDecimal.ONE.scaleByPowerOfTen(1 - digits));
        // the resolved rate, exact inside, rounds once
        ResolvedRate resolved = ResolvedRate.of(fx, START, "");
        assertEquals(usd, resolved.convert(cny, mc));
    }

    @Property
    void crossRate_agreesWithTwoConversions(@ForAll("amounts") BigDecimal value, @ForAll("rates") BigDecimal eurUsd,
            @ForAll("rates") BigDecimal usdCny, @ForAll boolean invertFirst, @ForAll boolean invertSecond,
            @ForAll @IntRange(min = 8, max = 34) int digits) {
        MathContext mc = new MathContext(digits);
        FxRate a = FxRate.of(EUR_USD, eurUsd);
        FxRate b = FxRate.of(USD_CNY, usdCny);
        FxRate first = invertFirst ? a.inverse(MathContext.DECIMAL128) : a;
        FxRate second = invertSecond ? b.inverse(MathContext.DECIMAL128) : b;
        Money eur = Money.of(Currencies.EUR, value);
        Money twoSteps = second.convert(first.convert(eur, mc), mc);
        FxRate cross = first.crossRate(second, mc);
        assertEquals(CurrencyPair.of(Currencies.EUR, Currencies.CNY), cross.pair());
        Money oneStep = cross.convert(eur, mc);
        assertEquals(Currencies.CNY, oneStep.currency());
        // four roundings at most (the two inversions at 34 digits are far below these)
        assertClose(twoSteps.amount(), oneStep.amount(), new BigDecimal("2.1").scaleByPowerOfTen(1 - digits));
    }

    @Property(tries = 300)
    void tableCross_agreesWithLegs(@ForAll("amounts") BigDecimal value, @ForAll("rates") BigDecimal eurUsd,
            @ForAll("rates") BigDecimal usdCny, @ForAll @IntRange(min = 8, max = 34) int digits) {
        MathContext mc = new MathContext(digits);
        FxRateTable table = FxRateTable.builder()
                .add(START, EUR_USD, eurUsd, "a")
                .add(START, USD_CNY, usdCny, "b")
                .build();
        Money eur = Money.of(Currencies.EUR, value);
        ResolvedRate cross = table.rateOn(CurrencyPair.of(Currencies.EUR, Currencies.CNY), START);
        Money viaLegs = table.rateOn(USD_CNY, START).convert(table.rateOn(EUR_USD, START).convert(eur, mc), mc);
        assertClose(viaLegs.amount(), cross.convert(eur, mc).amount(), BigDecimal.ONE.scaleByPowerOfTen(1 - digits));
        // and back from CNY to EUR through the inverse cross
        Money cny = cross.convert(eur, mc);
        Money back = table.rateOn(CurrencyPair.of(Currencies.CNY, Currencies.EUR), START).convert(cny, mc);
        assertClose(eur.amount(), back.amount(), BigDecimal.ONE.scaleByPowerOfTen(1 - digits));
    }
}
