package org.industrymetrics.money;

import static org.industrymetrics.money.Currencies.CNY;
import static org.industrymetrics.money.Currencies.USD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.stream.Stream;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.quantity.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MoneyTest {

    static Stream<Arguments> data_parseGood() {
        return Stream.of(
                Arguments.of("88.9 billion CNY", "88.9", Scale.BILLION, "CNY", "88.9 billion CNY"),
                Arguments.of("1.2 trillion yuan", "1.2", Scale.TRILLION, "CNY", "1.2 trillion CNY"),
                Arguments.of("5.6 yi CNY", "5.6", Scale.YI, "CNY", "5.6 yi CNY"),
                Arguments.of("5.6 hundred million yuan", "5.6", Scale.YI, "CNY", "5.6 yi CNY"),
                Arguments.of("20 billion RMB", "20", Scale.BILLION, "CNY", "20 billion CNY"),
                Arguments.of("20 Billion Yuan", "20", Scale.BILLION, "CNY", "20 billion CNY"),
                Arguments.of("12.34 CNY", "12.34", Scale.ONE, "CNY", "12.34 CNY"),
                Arguments.of("-18 million USD", "-18", Scale.MILLION, "USD", "-18 million USD"),
                Arguments.of("88.9e9 CNY", "88900000000", Scale.ONE, "CNY", "88900000000 CNY"),
                Arguments.of("3 亿元", "3", Scale.YI, "CNY", "3 yi CNY"),
                Arguments.of("3 万元", "3", Scale.WAN, "CNY", "3 wan CNY"),
                Arguments.of("USD 2.75 billion", "2.75", Scale.BILLION, "USD", "2.75 billion USD"),
                Arguments.of("CNY 12.34", "12.34", Scale.ONE, "CNY", "12.34 CNY"),
                Arguments.of("0.50 EUR", "0.50", Scale.ONE, "EUR", "0.50 EUR"));
    }

    @ParameterizedTest
    @MethodSource("data_parseGood")
    void test_parse_good(String text, String value, Scale scale, String code, String canonical) {
        Money m = Money.parse(text);
        assertEquals(0, new BigDecimal(value).compareTo(m.value()), "value");
        assertEquals(scale, m.unit().scale());
        assertEquals(code, m.currency().getCurrencyCode());
        assertEquals(canonical, m.toString());
        assertEquals(m, Money.parse(m.toString()));
        assertEquals(m.toString(), Money.parse(m.toString()).toString());
    }

    static Stream<Arguments> data_parseBad() {
        return Stream.of(
                Arguments.of("", 0, "found nothing"),
                Arguments.of("20", 2, "expected a space and a currency"),
                Arguments.of("20,5 billion CNY", 2, "use '.' for decimals"),
                Arguments.of("20 bilion CNY", 3, "did you mean \"billion\"?"),
                Arguments.of("20 billion cny", 11, "did you mean \"CNY\"?"),
                Arguments.of("20 billion XYZ", 11, "unknown currency \"XYZ\""),
                Arguments.of("20 million", 10, "expected a currency such as CNY after the scale word \"million\""),
                Arguments.of("billion CNY", 0, "found 'b', expected a digit"),
                Arguments.of(" 20 CNY", 0, "expected a number"),
                Arguments.of("NaN CNY", 0, "found 'N', expected a digit"),
                Arguments.of("USD", 0, "expected a number"),
                Arguments.of("USD 2,75 billion", 5, "use '.' for decimals"),
                Arguments.of("USD 2.75 bn", 9, "unknown scale word \"bn\""),
                Arguments.of("20 billion ", 11, "expected a currency"));
    }

    @ParameterizedTest
    @MethodSource("data_parseBad")
    void test_parse_bad(String text, int index, String fragment) {
        FigureParseException e = assertThrows(FigureParseException.class, () -> Money.parse(text));
        assertEquals(text, e.input());
        assertEquals(index, e.index(), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void test_of_exponent() {
        Money m = Money.of(CNY, "88.9e9");
        assertEquals(Money.parse("88.9 billion CNY"), m);
        assertEquals("88900000000 CNY", m.toString());
        assertEquals(0, new BigDecimal("88900000000").compareTo(m.amount()));
    }

    @Test
    void test_of_valueAndUnit() {
        Money m = Money.of(new BigDecimal("88.9"), MoneyUnit.parse("billion CNY"));
        assertEquals("88.9 billion CNY", m.toString());
        assertEquals(0, new BigDecimal("88.9e9").compareTo(m.amount()));
        assertEquals(new BigDecimal("88.9"), m.value());
    }

    @Test
    void test_equals() {
        new EqualsTester()
                .addEqualityGroup(Money.parse("88.9 billion CNY"), Money.parse("88900 million CNY"),
                        Money.of(CNY, "88.9e9"), Money.parse("88.90 billion yuan"), Money.parse("8.89 yi CNY").multipliedBy(BigDecimal.TEN.pow(2)))
                .addEqualityGroup(Money.parse("88.9 billion USD"))
                .addEqualityGroup(Money.parse("-88.9 billion CNY"))
                .addEqualityGroup(Money.zero(CNY), Money.parse("0 billion CNY"), Money.parse("0.00 CNY"))
                .addEqualityGroup(Money.zero(USD))
                .testEquals();
    }

    @Test
    void test_nulls() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(MoneyUnit.class, MoneyUnit.parse("billion CNY"))
                .setDefault(Money.class, Money.parse("1 CNY"));
        tester.testAllPublicStaticMethods(Money.class);
        tester.testAllPublicInstanceMethods(Money.parse("1 CNY"));
    }

    @Test
    void test_plus_sameUnit() {
        assertEquals("20.5 billion CNY", Money.parse("20 billion CNY").plus(Money.parse("0.5 billion CNY")).toString());
    }

    @Test
    void test_plus_finerScaleWins() {
        Money sum = Money.parse("20 billion CNY").plus(Money.parse("500 million CNY"));
        assertEquals("20500 million CNY", sum.toString());
        assertEquals("20500 million CNY", Money.parse("500 million CNY").plus(Money.parse("20 billion CNY")).toString());
    }

    @Test
    void test_plus_differentCurrencies() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Money.parse("20 billion CNY").plus(Money.parse("2.75 billion USD")));
        assertEquals("cannot add 20 billion CNY and 2.75 billion USD: different currencies; convert with an FxRate first",
                e.getMessage());
    }

    @Test
    void test_minus() {
        assertEquals("19500 million CNY", Money.parse("20 billion CNY").minus(Money.parse("500 million CNY")).toString());
        assertEquals(Money.zero(CNY), Money.parse("1 yi CNY").minus(Money.parse("100 million CNY")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Money.parse("1 CNY").minus(Money.parse("1 USD")));
        assertTrue(e.getMessage().startsWith("cannot subtract 1 CNY and 1 USD: different currencies"), e.getMessage());
    }

    @Test
    void test_multipliedBy_dividedBy_negated() {
        Money m = Money.parse("20 billion CNY");
        assertEquals("30.0 billion CNY", m.multipliedBy(new BigDecimal("1.5")).toString());
        assertEquals("8 billion CNY", m.dividedBy(new BigDecimal("2.5")).toString());
        assertEquals("6.667 billion CNY", m.dividedBy(new BigDecimal("3"), new MathContext(4)).toString());
        assertThrows(ArithmeticException.class, () -> m.dividedBy(new BigDecimal("3")));
        assertThrows(ArithmeticException.class, () -> m.dividedBy(BigDecimal.ZERO));
        assertEquals("-20 billion CNY", m.negated().toString());
        assertEquals(-1, m.negated().signum());
        assertFalse(m.isZero());
        assertTrue(m.minus(m).isZero());
    }

    @Test
    void test_to() {
        Money m = Money.parse("88.9 billion CNY");
        assertEquals("88900 million CNY", m.to(MoneyUnit.parse("million CNY")).toString());
        assertEquals("889 yi CNY", m.to(Scale.YI).toString());
        assertEquals("0.0889 trillion CNY", m.to(Scale.TRILLION).toString());
        assertEquals("88900000000 CNY", m.to(Scale.ONE).toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.to(MoneyUnit.parse("million USD")));
        assertTrue(e.getMessage().contains("different currencies"), e.getMessage());
    }

    @Test
    void test_compareTo() {
        assertTrue(Money.parse("1 billion CNY").compareTo(Money.parse("999 million CNY")) > 0);
        assertTrue(Money.parse("-1 billion CNY").compareTo(Money.parse("999 million CNY")) < 0);
        assertEquals(0, Money.parse("1 billion CNY").compareTo(Money.parse("1000 million CNY")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Money.parse("1 CNY").compareTo(Money.parse("1 USD")));
        assertTrue(e.getMessage().startsWith("cannot compare 1 CNY and 1 USD"), e.getMessage());
    }

    @Test
    void test_hashCode_acrossScales() {
        assertEquals(Money.parse("88.9 billion CNY").hashCode(), Money.parse("88900.000 million CNY").hashCode());
    }

    @Test
    void test_collector() {
        Money total = Stream.of("20 billion CNY", "500 million CNY", "1.5 billion yuan").map(Money::parse)
                .collect(Money.collector(CNY));
        assertEquals("22000 million CNY", total.toString());
        assertEquals(Money.zero(CNY), Stream.<Money>empty().collect(Money.collector(CNY)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Stream.of(Money.parse("1 CNY"), Money.parse("1 USD")).collect(Money.collector(CNY)));
        assertTrue(e.getMessage().startsWith("cannot add 1 USD to a total in CNY"), e.getMessage());
        Money parallel = List.of("1 CNY", "2 CNY", "3 thousand CNY", "4 CNY").parallelStream().map(Money::parse)
                .collect(Money.collector(CNY));
        assertEquals("3007 CNY", parallel.toString());
    }
}
