package org.industrymetrics.money;

import static org.industrymetrics.money.Currencies.CNY;
import static org.industrymetrics.money.Currencies.EUR;
import static org.industrymetrics.money.Currencies.USD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.math.MathContext;
import java.util.List;
import java.util.stream.Stream;
import org.industrymetrics.FigureParseException;
import org.junit.jupiter.api.Test;

class MultiCurrencyAmountTest {

    private static final MultiCurrencyAmount SUM = MultiCurrencyAmount.of(
            Money.parse("20 billion CNY"), Money.parse("2.75 billion USD"), Money.parse("500 million yuan"));

    @Test
    void test_of_amounts() {
        assertEquals("[20500 million CNY, 2.75 billion USD]", SUM.toString());
        assertEquals(List.of(CNY, USD), List.copyOf(SUM.currencies()));
        assertEquals(Money.parse("20.5 billion CNY"), SUM.amount(CNY));
        assertEquals(Money.zero(EUR), SUM.amount(EUR));
        assertTrue(SUM.contains(USD));
        assertFalse(SUM.contains(EUR));
        assertEquals(2, SUM.size());
        assertTrue(MultiCurrencyAmount.empty().isEmpty());
        assertEquals("[]", MultiCurrencyAmount.empty().toString());
    }

    @Test
    void test_plus() {
        MultiCurrencyAmount more = SUM.plus(Money.parse("1 EUR")).plus(MultiCurrencyAmount.of(Money.parse("0.25 billion USD")));
        assertEquals("[20500 million CNY, 1 EUR, 3.00 billion USD]", more.toString());
        assertEquals("[-20500 million CNY, -2.75 billion USD]", SUM.negated().toString());
        assertEquals(SUM, SUM.plus(MultiCurrencyAmount.empty()));
    }

    @Test
    void test_parse() {
        assertEquals(SUM, MultiCurrencyAmount.parse(SUM.toString()));
        assertEquals(MultiCurrencyAmount.empty(), MultiCurrencyAmount.parse("[]"));
        FigureParseException e = assertThrows(FigureParseException.class, () -> MultiCurrencyAmount.parse("[1 CNY, 2,5 USD]"));
        assertEquals(9, e.index());
        assertThrows(FigureParseException.class, () -> MultiCurrencyAmount.parse("1 CNY"));
    }

    @Test
    void test_collector() {
        MultiCurrencyAmount collected = Stream.of("20 billion CNY", "2.75 billion USD", "500 million yuan")
                .map(Money::parse).collect(MultiCurrencyAmount.collector());
        assertEquals(SUM, collected);
    }

    @Test
    void test_convertedTo() {
        FxRate usdCny = FxRate.parse("USD/CNY 7.2666");
        Money inUsd = SUM.convertedTo(USD, pair -> usdCny, new MathContext(10));
        // 20500 million CNY / 7.2666 = 2821.126799 million USD (10 digits), plus 2750 million USD
        assertEquals("5571.126799 million USD", inUsd.toString());
        Money inCny = SUM.convertedTo(CNY, pair -> usdCny);
        assertEquals(Money.parse("40483.15 million CNY"), inCny);
        assertEquals(Money.zero(EUR), MultiCurrencyAmount.empty().convertedTo(EUR, pair -> usdCny));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SUM.convertedTo(EUR, pair -> usdCny));
        assertTrue(e.getMessage().contains("asked for a rate of CNY/EUR"), e.getMessage());
    }

    @Test
    void test_equals() {
        new EqualsTester()
                .addEqualityGroup(SUM, MultiCurrencyAmount.parse("[20.5 billion CNY, 2750 million USD]"))
                .addEqualityGroup(MultiCurrencyAmount.of(Money.parse("20.5 billion CNY")))
                .addEqualityGroup(MultiCurrencyAmount.empty(), MultiCurrencyAmount.of())
                .addEqualityGroup(MultiCurrencyAmount.of(Money.zero(CNY)))
                .testEquals();
    }
}
