package org.industrymetrics.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.MathContext;
import org.industrymetrics.money.Money;
import org.industrymetrics.quantity.Energy;
import org.industrymetrics.quantity.Quantity;
import org.junit.jupiter.api.Test;

/** Growth, multiples and shares taken directly between amounts of money and quantities. */
class BetweenAmountsTest {

    private static final MathContext MC = MathContext.DECIMAL64;

    @Test
    void test_growth_betweenMoney_acrossScaleWords() {
        Growth g = Growth.between(Money.parse("103.073 billion CNY"), Money.parse("163522 million CNY"), new MathContext(5));
        assertEquals(Growth.parse("58.647 %"), g);
        assertEquals(Growth.between(new BigDecimal("103.073"), new BigDecimal("163.522"), MC),
                Growth.between(Money.parse("103.073 billion CNY"), Money.parse("163.522 billion CNY"), MC));
    }

    @Test
    void test_growth_betweenQuantities_exact() {
        assertEquals(Growth.parse("25 %"), Growth.between(Quantity.parse("20 GWh"), Quantity.parse("25000 MWh"), MathContext.UNLIMITED));
        assertEquals(Growth.parse("-50 %"), Growth.between(Energy.parse("2 GWh"), Energy.parse("1000 MWh"), MathContext.UNLIMITED));
    }

    @Test
    void test_between_refusesMixedCurrenciesAndDimensions() {
        assertThrows(IllegalArgumentException.class,
                () -> Growth.between(Money.parse("20 billion CNY"), Money.parse("3 billion USD"), MC));
        assertThrows(IllegalArgumentException.class,
                () -> Growth.between(Quantity.parse("20 GWh"), Quantity.parse("20 t"), MC));
        assertThrows(ArithmeticException.class,
                () -> Growth.between(Money.parse("0 CNY"), Money.parse("3 CNY"), MC));
    }

    @Test
    void test_multipleAndShare_betweenAmounts() {
        assertEquals(Multiple.parse("4.5 x"), Multiple.between(Quantity.parse("2 GWh"), Quantity.parse("9000 MWh"), MC));
        assertEquals(Multiple.parse("2 x"), Multiple.between(Money.parse("1 billion CNY"), Money.parse("2000 million CNY"), MC));
        assertEquals(Share.parse("84 %"), Share.of(Money.parse("210 billion CNY"), Money.parse("250 billion CNY"), MC));
        assertEquals(Share.parse("2.5 %"), Share.of(Quantity.parse("500 MWh"), Quantity.parse("20 GWh"), MC));
        assertThrows(IllegalArgumentException.class,
                () -> Share.of(Quantity.parse("30 GWh"), Quantity.parse("20 GWh"), MC));
    }

    @Test
    void test_moneyRatio() {
        assertEquals(0, new BigDecimal("2.5").compareTo(Money.parse("50 billion CNY").ratio(Money.parse("20000 million CNY"), MC)));
    }

    @Test
    void test_interval_defaultWidths() {
        assertEquals(Interval.parse("[58.65, 58.75]"), ReportedFigure.parse("58.7").interval());
        assertEquals(ReportedFigure.parse("over 210").interval(QualifierWidths.DEFAULTS), ReportedFigure.parse("over 210").interval());
    }

    @Test
    void test_between_quantities_nullsNamed() {
        Quantity q = Quantity.parse("1 GWh");
        assertThrows(NullPointerException.class, () -> Growth.between((Quantity) null, q, MC));
        assertThrows(NullPointerException.class, () -> Growth.between(q, null, MC));
        assertThrows(NullPointerException.class, () -> Growth.between(q, q, null));
        assertThrows(NullPointerException.class, () -> Multiple.between((Quantity) null, q, MC));
        assertThrows(NullPointerException.class, () -> Multiple.between(q, q, null));
        assertThrows(NullPointerException.class, () -> Share.of(q, null, MC));
        assertThrows(NullPointerException.class, () -> Share.of(q, q, null));
    }
}
