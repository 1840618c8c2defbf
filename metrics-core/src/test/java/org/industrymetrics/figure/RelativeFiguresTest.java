package org.industrymetrics.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeFiguresTest {

    private static final MathContext MC = new MathContext(10);

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    // ------------------------------------------------------------------------------------------
    // Growth

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "14.8 %; 14.8 %", "14.8%; 14.8 %", "+14.8 %; 14.8 %", "-18.1 %; -18.1 %", "144 %; 144 %", "-100 %; -100 %",
        "163.15  %; 163.15 %",
    })
    void test_growth_parse(String text, String canonical) {
        Growth growth = Growth.parse(text);
        assertEquals(canonical, growth.toString());
        assertEquals(growth, Growth.parse(canonical));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "14.8; 4; found the end, expected a number and \" %\"",
        "14.8 pp; 5; found \"pp\", expected a number and \" %\"",
        "14,8 %; 2; found ',', expected a digit or the end of the number",
        "%; 0; found nothing, expected a number",
        "abc %; 0; found 'a', expected a digit",
    })
    void test_growth_parseBad(String text, int index, String problem) {
        FigureParseException e = assertThrows(FigureParseException.class, () -> Growth.parse(text));
        assertEquals(text, e.input());
        assertEquals(index, e.index(), e.getMessage());
        assertTrue(e.problem().contains(problem), e.problem());
    }

    @Test
    void test_growth_belowMinus100() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Growth.ofPercent("-100.1"));
        assertEquals("a growth must be at least -100 %, found -100.1 % (a level cannot fall by more than all of it)", e.getMessage());
        assertThrows(InvalidValueException.class, () -> Growth.parse("-150 %"));
        InvalidValueException between = assertThrows(InvalidValueException.class,
                () -> Growth.between(d("100"), d("-50"), MC));
        assertTrue(between.getMessage().contains("-150 %"), between.getMessage());
        assertThrows(InvalidValueException.class, () -> Growth.ofPercent("-50").minus(PercentagePoints.of("60")));
        assertEquals(Growth.ofPercent("-100"), Growth.ofPercent("-50").minus(PercentagePoints.of("50")));
    }

    @Test
    void test_growth_between() {
        assertEquals(Growth.ofPercent("58.64678432"), Growth.between(d("103.073"), d("163.522"), MC));
        assertEquals(Growth.ofPercent("25"), Growth.between(d("80"), d("100"), MathContext.UNLIMITED));
        assertEquals(Growth.ofPercent("-18"), Growth.between(d("100"), d("82"), MathContext.UNLIMITED));
        ArithmeticException zero = assertThrows(ArithmeticException.class, () -> Growth.between(BigDecimal.ZERO, d("5"), MC));
        assertEquals("the growth from 0 to 5 is not defined: division by zero", zero.getMessage());
        assertThrows(ArithmeticException.class, () -> Growth.between(d("3"), d("4"), MathContext.UNLIMITED));
    }

    @Test
    void test_growth_applyTo_baseFrom() {
        Growth growth = Growth.parse("14.8 %");
        assertEquals(0, d("114.8").compareTo(growth.applyTo(d("100"))));
        assertEquals(d("1.148"), growth.factor());
        // Bishan: over 60 billion yuan in 2023, up 14.8 %: 2022 was over 52.26 billion
        assertEquals(d("52.26480836"), growth.baseFrom(d("60"), MC));
        assertEquals(0, d("100").compareTo(growth.baseFrom(d("114.8"), MathContext.UNLIMITED)));
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> Growth.ofPercent("-100").baseFrom(d("0"), MC));
        assertTrue(e.getMessage().contains("-100 %"), e.getMessage());
    }

    @Test
    void test_growth_compound_annualised() {
        assertEquals(Growth.ofPercent("21"), Growth.ofPercent("10").compound(Growth.ofPercent("10")));
        assertEquals(Growth.ofPercent("-100"), Growth.ofPercent("-100").compound(Growth.ofPercent("50")));
        assertEquals(Growth.ofPercent("0"), Growth.ofPercent("25").compound(Growth.ofPercent("-20")));
        assertEquals(Growth.ofPercent("10"), Growth.annualised(Growth.ofPercent("21"), 2, MC));
        assertEquals("10 %", Growth.annualised(Growth.ofPercent("21"), 2, MC).toString());
        assertEquals(Growth.ofPercent("25.99210499"), Growth.annualised(Growth.ofPercent("100"), 3, MC));
        assertEquals(Growth.ofPercent("-100"), Growth.annualised(Growth.ofPercent("-100"), 4, MC));
        assertEquals(Growth.ofPercent("58.7"), Growth.annualised(Growth.ofPercent("58.7"), 1, MC));
        assertThrows(IllegalArgumentException.class, () -> Growth.annualised(Growth.ofPercent("21"), 0, MC));
        assertThrows(IllegalArgumentException.class, () -> Growth.annualised(Growth.ofPercent("21"), 2, MathContext.UNLIMITED));
    }

    @Test
    void test_growth_percentagePoints_seed() {
        // Yibin: investment in secondary industry grew 26.3 % in 2022, 10.4 pp more than in 2021;
        // industrial investment 27.8 %, 9.7 pp more
        assertEquals(Growth.parse("15.9 %"), Growth.parse("26.3 %").minus(PercentagePoints.parse("10.4 pp")));
        assertEquals(Growth.parse("18.1 %"), Growth.parse("27.8 %").minus(PercentagePoints.parse("9.7 pp")));
        assertEquals(Growth.parse("26.3 %"), Growth.parse("15.9 %").plus(PercentagePoints.parse("10.4 pp")));
        assertEquals(PercentagePoints.parse("10.4 pp"), PercentagePoints.between(Growth.parse("15.9 %"), Growth.parse("26.3 %")));
        assertEquals(PercentagePoints.parse("-9.7 pp"), PercentagePoints.between(Growth.parse("27.8 %"), Growth.parse("18.1 %")));
    }

    @Test
    void test_types_areDistinct() throws Exception {
        // a percentage where points are needed must not compile: no overload takes a Growth
        for (String name : new String[] {"plus", "minus"}) {
            Method method = Growth.class.getMethod(name, PercentagePoints.class);
            assertEquals(Growth.class, method.getReturnType());
            assertThrows(NoSuchMethodException.class, () -> Growth.class.getMethod(name, Growth.class));
            assertThrows(NoSuchMethodException.class, () -> Growth.class.getMethod(name, Share.class));
            assertThrows(NoSuchMethodException.class, () -> PercentagePoints.class.getMethod(name, Growth.class));
        }
        for (Class<?> type : Arrays.asList(Growth.class, Multiple.class, PercentagePoints.class, Share.class, Contribution.class)) {
            assertEquals(Object.class, type.getSuperclass());
            assertTrue(java.lang.reflect.Modifier.isFinal(type.getModifiers()));
        }
        new EqualsTester()
                .addEqualityGroup(Growth.parse("10.4 %"), Growth.ofPercent("10.40"))
                .addEqualityGroup(PercentagePoints.parse("10.4 pp"), PercentagePoints.of("10.40"))
                .addEqualityGroup(Share.parse("10.4 %"))
                .addEqualityGroup(Contribution.parse("10.4 %"))
                .addEqualityGroup(Multiple.ofTimesAsMuch("10.4"))
                .testEquals();
    }

    @Test
    void test_growth_compareTo() {
        assertTrue(Growth.parse("14.8 %").compareTo(Growth.parse("144 %")) < 0);
        assertEquals(0, Growth.parse("14.8 %").compareTo(Growth.parse("14.80 %")));
        assertEquals(Multiple.ofTimesAsMuch("4.5"), Growth.parse("350 %").toMultiple());
    }

    // ------------------------------------------------------------------------------------------
    // Multiple

    @Test
    void test_multiple_twoReadings_seed() {
        // Yibin, 2022: battery output value 88.9 billion yuan, "an increase of 4.5 times"
        Multiple asMuch = Multiple.ofTimesAsMuch(4.5);
        Multiple increase = Multiple.ofIncreaseBy(4.5);
        assertEquals("4.5 x", asMuch.toString());
        assertEquals("5.5 x", increase.toString());
        assertEquals(d("19.75555556"), asMuch.baseFrom(d("88.9"), MC));
        assertEquals(d("16.16363636"), increase.baseFrom(d("88.9"), MC));
        assertEquals(d("3.5"), asMuch.increase());
        assertEquals(Growth.parse("350 %"), asMuch.toGrowth());
        assertEquals(Growth.parse("450 %"), increase.toGrowth());
        assertEquals(Multiple.ofTimesAsMuch("5.5"), Multiple.ofIncreaseBy("4.5"));
        assertEquals(Multiple.ofTimesAsMuch(d("5")), Multiple.ofTimesAsMuch(5));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"4.5 x; 4.5 x", "4.5x; 4.5 x", "4.5 X; 4.5 x", "4.5×; 4.5 x", "4.5 ×; 4.5 x", "0 x; 0 x"})
    void test_multiple_parse(String text, String canonical) {
        assertEquals(canonical, Multiple.parse(text).toString());
        assertEquals(Multiple.parse(text), Multiple.parse(canonical));
    }

    @Test
    void test_multiple_bad() {
        InvalidValueException negative = assertThrows(InvalidValueException.class, () -> Multiple.ofTimesAsMuch(-1));
        assertEquals("a multiple must not be negative, found -1.0 x", negative.getMessage());
        assertThrows(InvalidValueException.class, () -> Multiple.ofIncreaseBy(-2));
        assertThrows(IllegalArgumentException.class, () -> Multiple.ofTimesAsMuch(Double.NaN));
        assertThrows(InvalidValueException.class, () -> Multiple.parse("-2 x"));
        FigureParseException e = assertThrows(FigureParseException.class, () -> Multiple.parse("4.5 times"));
        assertEquals(4, e.index());
        assertThrows(ArithmeticException.class, () -> Multiple.between(BigDecimal.ZERO, d("1"), MC));
        assertThrows(ArithmeticException.class, () -> Multiple.ofTimesAsMuch(0).baseFrom(d("1"), MC));
    }

    @Test
    void test_multiple_between_applyTo() {
        // "20 billion yuan (about USD 2.75 billion)": 7.27 yuan a dollar
        assertEquals(Multiple.ofTimesAsMuch("7.272727273"), Multiple.between(d("2.75"), d("20"), MC));
        assertEquals(0, d("88.9").compareTo(Multiple.ofTimesAsMuch("4.5").applyTo(d("19.7555555555555555")).setScale(1, java.math.RoundingMode.HALF_UP)));
        assertEquals(0, d("9").compareTo(Multiple.ofTimesAsMuch("4.5").applyTo(d("2"))));
    }

    // ------------------------------------------------------------------------------------------
    // PercentagePoints

    @Test
    void test_points() {
        assertEquals("10.4 pp", PercentagePoints.parse("10.4 pp").toString());
        assertEquals("-2 pp", PercentagePoints.parse("-2pp").toString());
        assertEquals(PercentagePoints.of("1"), PercentagePoints.between(Share.parse("20 %"), Share.parse("21 %")));
        assertEquals(PercentagePoints.of("11"), PercentagePoints.of("10.4").plus(PercentagePoints.of("0.6")));
        assertEquals(PercentagePoints.of("9.8"), PercentagePoints.of("10.4").minus(PercentagePoints.of("0.6")));
        assertEquals(PercentagePoints.of("-10.4"), PercentagePoints.of("10.4").negate());
        FigureParseException e = assertThrows(FigureParseException.class, () -> PercentagePoints.parse("10.4 %"));
        assertEquals("cannot read \"10.4 %\" at index 5: found \"%\", expected a number and \" pp\", as in \"14.8 pp\"", e.getMessage());
        assertTrue(PercentagePoints.of("1").compareTo(PercentagePoints.of("2")) < 0);
    }

    // ------------------------------------------------------------------------------------------
    // Share

    @Test
    void test_share() {
        assertEquals("21 %", Share.parse("21 %").toString());
        assertEquals("57 %", Share.parse("57%").toString());
        assertEquals(Share.ofPercent("84"), Share.of(d("210"), d("250"), MC));
        assertEquals(Share.ofPercent("0"), Share.of(BigDecimal.ZERO, d("250"), MC));
        assertEquals(Share.ofPercent("100"), Share.of(d("250"), d("250"), MC));
        assertEquals(0, d("21").compareTo(Share.parse("21 %").applyTo(d("100"))));
        assertEquals(0, d("1000").compareTo(Share.parse("21 %").wholeFrom(d("210"), MC)));
        assertEquals(Share.parse("79 %"), Share.parse("21 %").complement());
        assertEquals(Share.parse("22 %"), Share.parse("21 %").plus(PercentagePoints.of("1")));
        assertEquals(Share.parse("20 %"), Share.parse("21 %").minus(PercentagePoints.of("1")));
        assertEquals(Share.parse("21 %"), Share.of(d("21")));
    }

    @Test
    void test_share_outside() {
        InvalidValueException over = assertThrows(InvalidValueException.class, () -> Share.ofPercent("100.1"));
        assertEquals("a share must be from 0 to 100 %, found 100.1 %", over.getMessage());
        InvalidValueException under = assertThrows(InvalidValueException.class, () -> Share.ofPercent("-0.5"));
        assertEquals("a share must be from 0 to 100 %, found -0.5 %", under.getMessage());
        InvalidValueException parsed = assertThrows(InvalidValueException.class, () -> Share.parse("102.2 %"));
        assertTrue(parsed.getMessage().contains("102.2 %"), parsed.getMessage());
        InvalidValueException of = assertThrows(InvalidValueException.class, () -> Share.of(d("120"), d("100"), MC));
        assertEquals("a share must be from 0 to 100 %, found 120 % (120 of 100)", of.getMessage());
        assertThrows(InvalidValueException.class, () -> Share.parse("99 %").plus(PercentagePoints.of("2")));
        ArithmeticException zero = assertThrows(ArithmeticException.class, () -> Share.of(d("1"), BigDecimal.ZERO, MC));
        assertEquals("the share of 1 in 0 is not defined: division by zero", zero.getMessage());
        assertThrows(ArithmeticException.class, () -> Share.ofPercent("0").wholeFrom(d("1"), MC));
    }

    // ------------------------------------------------------------------------------------------
    // Contribution

    @Test
    void test_contribution() {
        // Changzhou: three industries contributed 102.2 % of the growth of industrial output
        Contribution changzhou = Contribution.parse("102.2 %");
        assertEquals("102.2 %", changzhou.toString());
        assertEquals(Contribution.ofPercent("-20"), Contribution.parse("-20 %"));
        assertEquals(Contribution.ofPercent("125"), Contribution.of(d("50"), d("40"), MC));
        assertEquals(Contribution.ofPercent("-25"), Contribution.of(d("-10"), d("40"), MC));
        assertEquals(0, d("102.2").compareTo(changzhou.applyTo(d("100"))));
        assertEquals(Contribution.of(d("102.2")), changzhou);
        assertThrows(ArithmeticException.class, () -> Contribution.of(d("1"), BigDecimal.ZERO, MC));
        assertThrows(FigureParseException.class, () -> Contribution.parse("102.2"));
    }
}
