package org.industrymetrics.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ReportedFigureTest {

    private static final QualifierWidths W = QualifierWidths.DEFAULTS;

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "88.9; 88.9; EXACT; 88.9",
        "-18.1; -18.1; EXACT; -18.1",
        "12..15; 12..15; RANGE; 12..15",
        "over 210; 210; OVER; over 210",
        "more than 85; 85; OVER; over 85",
        "about 2.75; 2.75; ABOUT; about 2.75",
        "around 2.75; 2.75; ABOUT; about 2.75",
        "at least 5; 5; AT_LEAST; at least 5",
        "AT LEAST 5; 5; AT_LEAST; at least 5",
        "at_least 5; 5; AT_LEAST; at least 5",
        "no less than 5; 5; AT_LEAST; at least 5",
        "nearly 250; 250; NEARLY; nearly 250",
        "close to 250; 250; NEARLY; nearly 250",
        "under 100; 100; UNDER; under 100",
        "up to 100; 100; AT_MOST; at most 100",
        "no more than 100; 100; AT_MOST; at most 100",
        "突破500; 500; OVER; over 500",
        "突破 500; 500; OVER; over 500",
        "exact 88.9; 88.9; EXACT; 88.9",
        "range 12..15; 12..15; RANGE; 12..15",
        "2000 (precision -3); 2000; EXACT; 2000 (precision -3)",
        "over 12.5 (precision 0); 12.5; OVER; over 12.5 (precision 0)",
        "over -18; -18; OVER; over -18",
        "-5..-3; -5..-3; RANGE; -5..-3",
    })
    void test_parse_good(String text, String valueText, Qualifier qualifier, String canonical) {
        ReportedFigure figure = ReportedFigure.parse(text);
        assertEquals(valueText, figure.text());
        assertEquals(qualifier, figure.qualifier());
        assertEquals(canonical, figure.toString());
        assertEquals(figure, ReportedFigure.parse(canonical));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "88.9; [88.85, 88.95]",
        "88.90; [88.895, 88.905]",
        "-18.1; [-18.15, -18.05]",
        "21; [20.5, 21.5]",
        "0; [-0.5, 0.5]",
        "about 2.75; [2.6075, 2.8925]",
        "over 210; (210, 231.5]",
        "more than 85; (85, 94]",
        "at least 5; [5, 6]",
        "nearly 250; [237, 250)",
        "under 100; [89.5, 100)",
        "at most 100; [89.5, 100]",
        "12..15; [11.5, 15.5]",
        "1.5..2; [1, 2.5]",
        "-5..-3; [-5.5, -2.5]",
        "over -18; [-20.3, -18)",
        "at least -18; [-20.3, -18]",
        "about -10; [-11, -9]",
        "nearly -5; (-5, -4.25]",
        "under -5; (-5, -4]",
        "at most -5; [-5, -4]",
        "over 0; (0, 0.5]",
        "突破500; (500, 550.5]",
        "2000 (precision -3); [1500, 2500]",
        "over 2000 (precision -3); (2000, 2700]",
        "88.9 (precision 2); [88.895, 88.905]",
    })
    void test_interval(String text, String interval) {
        assertEquals(Interval.parse(interval), ReportedFigure.parse(text).interval(W));
    }

    @Test
    void test_interval_widths() {
        QualifierWidths wide = QualifierWidths.of(d("0.1"), d("0.2"), d("0.3"));
        assertEquals(Interval.parse("[89.5, 110.5]"), ReportedFigure.parse("about 100").interval(wide));
        assertEquals(Interval.parse("(100, 120.5]"), ReportedFigure.parse("over 100").interval(wide));
        assertEquals(Interval.parse("[69.5, 100)"), ReportedFigure.parse("nearly 100").interval(wide));
        assertEquals(Interval.parse("[79.5, 100)"), ReportedFigure.parse("under 100").interval(wide));
        QualifierWidths none = QualifierWidths.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        assertEquals(Interval.parse("(100, 100.5]"), ReportedFigure.parse("over 100").interval(none));
        assertThrows(NullPointerException.class, () -> ReportedFigure.parse("1").interval(null));
    }

    static Stream<Arguments> data_parseBad() {
        return Stream.of(
                Arguments.of("30,00", 2, "found ',', expected a digit or the end of the number (use '.' for decimals and no group separators)"),
                Arguments.of("1,000", 1, "use '.' for decimals"),
                Arguments.of("15..12", 0, "found a range from 15 down to 12, expected LOW..HIGH with LOW at most HIGH"),
                Arguments.of("over 12..15", 7, "found a range, expected a single number after the qualifier over"),
                Arguments.of("aboot 5", 0, "found \"aboot\", expected a qualifier such as about, over, at least, nearly, under, at most"),
                Arguments.of("over210", 4, "found '2', expected a space after \"over\""),
                Arguments.of("over", 4, "found nothing, expected a number"),
                Arguments.of("88.9e9", 4, "expected a plain decimal number (no exponent)"),
                Arguments.of("", 0, "found nothing, expected a number"),
                Arguments.of("88.9 (precision x)", 16, "found 'x', expected a digit of a precision"),
                Arguments.of("88.9 (precision 5000)", 16, "found precision 5000, expected one from -1000 to 1000"),
                Arguments.of("88.9 billion", 4, "expected a digit or the end of the number"),
                Arguments.of("range 12", 8, "expected a range LOW..HIGH for the qualifier range"),
                Arguments.of("12..", 4, "found nothing, expected a number"));
    }

    @ParameterizedTest
    @MethodSource("data_parseBad")
    void test_parse_bad(String text, int index, String problem) {
        FigureParseException e = assertThrows(FigureParseException.class, () -> ReportedFigure.parse(text));
        assertEquals(text, e.input());
        assertTrue(e.problem().contains(problem), e.problem());
        assertEquals(index, e.index(), e.getMessage());
    }

    @Test
    void test_of_slice() {
        String row = "cn-1,CN,+5,12.50..13,00007,x";
        assertEquals(ReportedFigure.of("+5", Qualifier.EXACT), ReportedFigure.of(row, 8, 10, Qualifier.EXACT));
        assertEquals("+5", ReportedFigure.of(row, 8, 10, Qualifier.ABOUT).text());
        ReportedFigure range = ReportedFigure.of(row, 11, 20, Qualifier.EXACT);
        assertEquals("12.50..13", range.text());
        assertEquals(Qualifier.RANGE, range.qualifier());
        assertEquals(new BigDecimal("12.50"), range.value());
        assertEquals("00007", ReportedFigure.of(row, 21, 26, Qualifier.EXACT).text());
        FigureParseException bad = assertThrows(FigureParseException.class, () -> ReportedFigure.of(row, 0, 4, Qualifier.EXACT));
        assertEquals("cn-1", bad.input());
        assertThrows(IndexOutOfBoundsException.class, () -> ReportedFigure.of(row, 26, 40, Qualifier.EXACT));
    }

    @Test
    void test_of() {
        assertEquals(ReportedFigure.parse("over 210"), ReportedFigure.of("210", Qualifier.OVER));
        assertEquals(ReportedFigure.parse("12..15"), ReportedFigure.of("12..15", Qualifier.EXACT));
        assertEquals(ReportedFigure.parse("12..15"), ReportedFigure.of("12..15", Qualifier.RANGE));
        assertEquals(Qualifier.RANGE, ReportedFigure.of("12..15", Qualifier.EXACT).qualifier());
        FigureParseException noRange = assertThrows(FigureParseException.class, () -> ReportedFigure.of("12", Qualifier.RANGE));
        assertEquals("cannot read \"12\" at index 2: found the end, expected a range LOW..HIGH for the qualifier range",
                noRange.getMessage());
        FigureParseException qualified = assertThrows(FigureParseException.class, () -> ReportedFigure.of("12..15", Qualifier.ABOUT));
        assertEquals(2, qualified.index());
        FigureParseException backwards = assertThrows(FigureParseException.class, () -> ReportedFigure.of("15..12", Qualifier.RANGE));
        assertEquals("15..12", backwards.input());
        assertThrows(NullPointerException.class, () -> ReportedFigure.of(null, Qualifier.EXACT));
        assertThrows(NullPointerException.class, () -> ReportedFigure.of("1", null));
    }

    @Test
    void test_accessors() {
        ReportedFigure range = ReportedFigure.parse("12..15");
        assertEquals(d("12"), range.value());
        assertEquals(d("15"), range.high());
        assertTrue(range.isRange());
        ReportedFigure over = ReportedFigure.parse("over 210");
        assertEquals(d("210"), over.value());
        assertEquals(d("210"), over.high());
        assertFalse(over.isRange());
        assertEquals(0, over.precision());
        assertEquals(OptionalInt.empty(), over.explicitPrecision());
        assertEquals(d("0.5"), over.halfWidth());
        ReportedFigure growth = ReportedFigure.parse("58.7");
        assertEquals(1, growth.precision());
        assertEquals(d("0.05"), growth.halfWidth());
        ReportedFigure thousands = ReportedFigure.parse("2000").withPrecision(-3);
        assertEquals(-3, thousands.precision());
        assertEquals(OptionalInt.of(-3), thousands.explicitPrecision());
        assertEquals(0, d("500").compareTo(thousands.halfWidth()));
        assertEquals("2000", thousands.text());
        assertEquals(d("2000"), thousands.value());
        assertThrows(InvalidValueException.class, () -> growth.withPrecision(1001));
    }

    @Test
    void test_display() {
        assertEquals("over 210", ReportedFigure.parse("more than 210").display());
        assertEquals("12 to 15", ReportedFigure.parse("12..15").display());
        assertEquals("-5 to -3", ReportedFigure.parse("-5..-3").display());
        assertEquals("88.9", ReportedFigure.parse("88.9").display());
        assertEquals("2000", ReportedFigure.parse("2000 (precision -3)").display());
        assertEquals("at least 5", ReportedFigure.parse("no less than 5").display());
    }

    @Test
    void test_rounded() {
        assertEquals("548.4", ReportedFigure.rounded(d("548.4049"), 1).toString());
        assertEquals("548.4", ReportedFigure.rounded(d("548.4"), 1).toString());
        assertEquals("548.40", ReportedFigure.rounded(d("548.4"), 2).toString());
        assertEquals("58.6", ReportedFigure.rounded(d("58.6467843"), 1).toString());
        assertEquals("3", ReportedFigure.rounded(d("2.5"), 0).toString());
        assertEquals("-3", ReportedFigure.rounded(d("-2.5"), 0).toString());
        assertEquals("0.0", ReportedFigure.rounded(d("-0.04"), 1).toString());
        ReportedFigure thousands = ReportedFigure.rounded(d("548449"), -3);
        assertEquals("548000 (precision -3)", thousands.toString());
        assertEquals("548000", thousands.display());
        assertEquals(Interval.parse("[547500, 548500]"), thousands.interval(W));
        assertEquals(ReportedFigure.parse("548000 (precision -3)"), thousands);
    }

    @Test
    void test_equals() {
        new EqualsTester()
                .addEqualityGroup(ReportedFigure.parse("88.9"), ReportedFigure.of("88.9", Qualifier.EXACT),
                        ReportedFigure.parse("exact 88.9"), ReportedFigure.rounded(d("88.94"), 1))
                .addEqualityGroup(ReportedFigure.parse("88.90"))
                .addEqualityGroup(ReportedFigure.parse("88.9 (precision 1)"), ReportedFigure.parse("88.9").withPrecision(1))
                .addEqualityGroup(ReportedFigure.parse("over 88.9"), ReportedFigure.parse("more than 88.9"),
                        ReportedFigure.of("88.9", Qualifier.OVER))
                .addEqualityGroup(ReportedFigure.parse("12..15"), ReportedFigure.of("12..15", Qualifier.EXACT),
                        ReportedFigure.of("12..15", Qualifier.RANGE))
                .testEquals();
    }

    @Test
    void test_seed_unreadableFigure() {
        // "30,00 NEVs" (China.org.cn, 2022-11-01): 30.00 or 3000? Nobody can tell, so it is an error
        FigureParseException e = assertThrows(FigureParseException.class, () -> ReportedFigure.parse("30,00"));
        assertEquals("cannot read \"30,00\" at index 2: found ',', expected a digit or the end of the number "
                + "(use '.' for decimals and no group separators)", e.getMessage());
    }
}
