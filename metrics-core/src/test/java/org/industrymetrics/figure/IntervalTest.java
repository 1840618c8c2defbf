package org.industrymetrics.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Range;
import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.stream.Stream;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class IntervalTest {

    private static final MathContext MC = new MathContext(10);

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    private static Interval i(String text) {
        return Interval.parse(text);
    }

    @Test
    void test_factories() {
        assertEquals("[58.65, 58.75]", Interval.closed(d("58.65"), d("58.75")).toString());
        assertEquals("(1, 2)", Interval.open(d("1"), d("2")).toString());
        assertEquals("[1, 2)", Interval.closedOpen(d("1"), d("2")).toString());
        assertEquals("(210, 231.5]", Interval.openClosed(d("210"), d("231.5")).toString());
        assertEquals("[3, 3]", Interval.point(d("3.00")).toString());
        assertEquals("[3, +inf)", Interval.atLeast(d("3")).toString());
        assertEquals("(3, +inf)", Interval.greaterThan(d("3")).toString());
        assertEquals("(-inf, 3]", Interval.atMost(d("3")).toString());
        assertEquals("(-inf, 3)", Interval.lessThan(d("3")).toString());
        assertEquals("(-inf, +inf)", Interval.all().toString());
        assertEquals("(-inf, 3]", Interval.of(null, false, d("3"), false).toString());
        assertEquals("[2100, 2200]", Interval.closed(d("2.1E+3"), d("2200.000")).toString());
    }

    @Test
    void test_factories_empty() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Interval.closed(d("2"), d("1")));
        assertEquals("the interval [2, 1] is empty: its low end must be below its high end", e.getMessage());
        assertThrows(InvalidValueException.class, () -> Interval.open(d("1"), d("1")));
        assertThrows(InvalidValueException.class, () -> Interval.closedOpen(d("1"), d("1")));
        assertThrows(InvalidValueException.class, () -> Interval.openClosed(d("1"), d("1.0")));
        assertThrows(NullPointerException.class, () -> Interval.closed(null, d("1")));
        assertThrows(NullPointerException.class, () -> Interval.point(null));
    }

    @Test
    void test_accessors() {
        Interval over = i("(210, 231.5]");
        assertEquals(d("210"), over.low());
        assertEquals(d("231.5"), over.high());
        assertTrue(over.isLowOpen());
        assertFalse(over.isHighOpen());
        assertTrue(over.isBounded());
        assertEquals(d("21.5"), over.width());
        Interval lessThan = i("(-inf, 3)");
        assertNull(lessThan.low());
        assertTrue(lessThan.isLowOpen());
        assertFalse(lessThan.isLowBounded());
        assertTrue(lessThan.isHighBounded());
        assertFalse(lessThan.isBounded());
        assertNull(lessThan.width());
        assertTrue(i("[2, 2]").isPoint());
        assertFalse(over.isPoint());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "[58.65, 58.75]; [58.65, 58.75]",
        "(210, 231.5]; (210, 231.5]",
        "(-inf, 3); (-inf, 3)",
        "[0, +inf); [0, +inf)",
        "(0, inf); (0, +inf)",
        "(-inf, +inf); (-inf, +inf)",
        "[1.50, 2]; [1.5, 2]",
        "(1,2); (1, 2)",
        "[ -5 ,  -3 ); [-5, -3)",
        "[1e3, 2000]; [1000, 2000]",
        "[0.000, 0]; [0, 0]",
    })
    void test_parse_good(String text, String canonical) {
        Interval interval = Interval.parse(text);
        assertEquals(canonical, interval.toString());
        assertEquals(interval, Interval.parse(canonical));
    }

    static Stream<Arguments> data_parseBad() {
        return Stream.of(
                Arguments.of("", 0, "found the end, expected '[' or '('"),
                Arguments.of("58.65, 58.75]", 0, "found '5', expected '[' or '('"),
                Arguments.of("[58.75, 58.65]", 0, "found an empty interval"),
                Arguments.of("[1, 1)", 0, "found an empty interval"),
                Arguments.of("[-inf, 3)", 0, "found a square bracket at an unbounded end, expected '('"),
                Arguments.of("(3, +inf]", 8, "found a square bracket at an unbounded end, expected ')'"),
                Arguments.of("[1 2]", 5, "expected ',' between the bounds"),
                Arguments.of("[1, 2", 4, "found '2', expected ']' or ')'"),
                Arguments.of("[1, x]", 4, "found 'x', expected a digit"),
                Arguments.of("[1,5, 2]", 4, "found ',', expected a digit or the end of the number"),
                Arguments.of("[, 2]", 1, "found nothing, expected a number"));
    }

    @ParameterizedTest
    @MethodSource("data_parseBad")
    void test_parse_bad(String text, int index, String problem) {
        FigureParseException e = assertThrows(FigureParseException.class, () -> Interval.parse(text));
        assertEquals(text, e.input());
        assertTrue(e.problem().contains(problem), e.problem());
        assertEquals(index, e.index(), e.getMessage());
    }

    @Test
    void test_equals() {
        new EqualsTester()
                .addEqualityGroup(i("[1.5, 2]"), i("[1.50, 2.0]"), Interval.closed(d("1.5"), d("2")))
                .addEqualityGroup(i("(1.5, 2]"))
                .addEqualityGroup(i("[1.5, 2)"))
                .addEqualityGroup(i("(1.5, 2)"))
                .addEqualityGroup(Interval.point(d("1")), Interval.closed(d("1.00"), d("1")))
                .addEqualityGroup(Interval.atMost(d("3")), Interval.of(null, false, d("3"), false), i("(-inf, 3]"))
                .addEqualityGroup(Interval.all(), Interval.of(null, false, null, false))
                .testEquals();
    }

    @Test
    void test_plus_minus_negate() {
        assertEquals(i("(4, 6)"), i("[1, 2)").plus(i("(3, 4]")));
        assertEquals(i("[4, 6]"), i("[1, 2]").plus(i("[3, 4]")));
        assertEquals(i("(0, 2)"), i("[1, 2]").minus(i("(0, 1)")));
        assertEquals(i("(-inf, 5]"), i("(-inf, 2]").plus(i("[1, 3]")));
        assertEquals(i("(-inf, +inf)"), i("(-inf, 2]").plus(i("[1, +inf)")));
        assertEquals(i("[-2, -1)"), i("(1, 2]").negate());
        assertEquals(i("(-3, +inf)"), i("(-inf, 3)").negate());
        assertEquals(i("[58.65, 58.75]"), i("[58.6, 58.7]").plus(Interval.point(d("0.05"))));
    }

    @Test
    void test_times_number() {
        assertEquals(i("(-4, -2]"), i("[1, 2)").times(d("-2")));
        assertEquals(i("[2, 4)"), i("[1, 2)").times(d("2")));
        assertEquals(i("[0, 0]"), Interval.all().times(BigDecimal.ZERO));
        assertEquals(i("(-inf, 30)"), i("(-inf, 3)").times(BigDecimal.TEN));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "[-1, 2]; [3, 4]; [-4, 8]",
        "[1, 2]; [3, 4]; [3, 8]",
        "(1, 2]; [3, 4); (3, 8)",
        "[-2, -1]; [-4, -3]; [3, 8]",
        "(-inf, 3); [0, 2]; (-inf, 6)",
        "[0, 1]; (2, 3); [0, 3)",
        "(0, 1]; [1, +inf); (0, +inf)",
        "(0, 1]; (-inf, -1]; (-inf, 0)",
        "[-1, 1]; (2, 3); (-3, 3)",
        "[-1, 0]; (1, 2); (-2, 0]",
        "(-inf, +inf); [0, 0]; [0, 0]",
        "[0, 1]; [1, +inf); [0, +inf)",
        "(-1, 0]; [1, +inf); (-inf, 0]",
        "[2, +inf); [3, +inf); [6, +inf)",
        "(-inf, -2]; [3, +inf); (-inf, -6]",
        "(-inf, 1]; (-inf, 1]; (-inf, +inf)",
    })
    void test_times_interval(String a, String b, String product) {
        assertEquals(i(product), i(a).times(i(b)));
        assertEquals(i(product), i(b).times(i(a)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "[1, 2]; [4, 8]; [0.125, 0.5]",
        "[1, 2]; [3, 3]; [0.3333333333, 0.6666666667]",
        "(1, 2]; [2, 4); (0.25, 1]",
        "[-2, -1]; [1, 2]; [-2, -0.5]",
        "[1, 2]; [-2, -1]; [-2, -0.5]",
        "[-1, 2]; [1, +inf); [-1, 2]",
        "[1, 2]; [1, +inf); (0, 2]",
        "[0, 2]; [1, +inf); [0, 2]",
        "[-2, 0]; (1, +inf); (-2, 0]",
        "[-2, -1]; [1, +inf); [-2, 0)",
        "[1, 2]; [0, 4]; [0.25, +inf)",
        "[1, 2]; (0, 4]; [0.25, +inf)",
        "[-2, -1]; [0, 4]; (-inf, -0.25]",
        "[1, 2]; [-4, 0]; (-inf, -0.25]",
        "[-1, 2]; [0, 4]; (-inf, +inf)",
        "[1, 2]; [-1, 1]; (-inf, +inf)",
        "[0, 0]; [-1, 1]; [0, 0]",
        "[0, 0]; (0, 1); [0, 0]",
        "[0, 1]; [2, 4); [0, 0.5]",
        "(-inf, 3); [1, 2]; (-inf, 3)",
        "(-inf, -3); [1, 2]; (-inf, -1.5)",
        "[3, +inf); [1, 2]; [1.5, +inf)",
    })
    void test_dividedBy(String a, String b, String quotient) {
        assertEquals(i(quotient), i(a).dividedBy(i(b), MC));
    }

    @Test
    void test_dividedBy_roundsOutward() {
        Interval third = i("[1, 1]").dividedBy(i("[3, 3]"), new MathContext(3));
        assertEquals(i("[0.333, 0.334]"), third);
        Interval minusThird = i("[-1, -1]").dividedBy(i("[3, 3]"), new MathContext(3));
        assertEquals(i("[-0.334, -0.333]"), minusThird);
        // an exact quotient keeps its open end
        assertEquals(i("(0.5, 1]"), i("(1, 2]").dividedBy(i("[2, 2]"), new MathContext(3)));
    }

    @Test
    void test_dividedBy_zero() {
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> i("[1, 2]").dividedBy(i("[0, 0]"), MC));
        assertEquals("cannot divide [1, 2] by [0, 0]: division by zero", e.getMessage());
        assertThrows(ArithmeticException.class, () -> i("[1, 1]").dividedBy(i("[3, 3]"), MathContext.UNLIMITED));
        assertEquals(i("[0.125, 0.5]"), i("[1, 2]").dividedBy(i("[4, 8]"), MathContext.UNLIMITED));
    }

    @Test
    void test_roundOutward() {
        Interval derived = i("[58.64552964, 58.64803901]");
        assertEquals(i("[58.6455, 58.6481]"), derived.roundOutward(4));
        assertEquals(i("[1, 3]"), i("(1.5, 2.5)").roundOutward(0));
        assertEquals(i("(1, 2)"), i("(1, 2)").roundOutward(0));
        assertEquals(i("[1000, 3000]"), i("[1500, 2500]").roundOutward(-3));
        assertEquals(i("[-2, -1]"), i("[-1.5, -1.2]").roundOutward(0));
        assertEquals(i("(-inf, 3]"), i("(-inf, 2.1)").roundOutward(0));
    }

    @Test
    void test_overlaps() {
        assertFalse(i("[1, 2)").overlaps(i("[2, 3]")));
        assertFalse(i("[2, 3]").overlaps(i("[1, 2)")));
        assertFalse(i("[1, 2]").overlaps(i("(2, 3]")));
        assertTrue(i("[1, 2]").overlaps(i("[2, 3]")));
        assertTrue(i("[1, 3]").overlaps(i("[2, 2]")));
        assertFalse(i("(-inf, 3)").overlaps(i("[3, 4]")));
        assertTrue(i("(-inf, +inf)").overlaps(i("[3, 4]")));
        assertFalse(i("[58.6455, 58.6481]").overlaps(i("[58.65, 58.75]")));
    }

    @Test
    void test_contains_encloses() {
        Interval over = i("(210, 231.5]");
        assertFalse(over.contains(d("210")));
        assertTrue(over.contains(d("210.0001")));
        assertTrue(over.contains(d("231.50")));
        assertFalse(over.contains(d("231.51")));
        assertTrue(Interval.all().contains(d("-1e100")));
        assertTrue(i("[1, 3]").encloses(i("(1, 3)")));
        assertTrue(i("[1, 3]").encloses(i("[1, 3]")));
        assertFalse(i("(1, 3]").encloses(i("[1, 3]")));
        assertTrue(i("(1, 3]").encloses(i("(1, 3]")));
        assertFalse(i("[1, 3]").encloses(i("[1, +inf)")));
        assertTrue(i("(-inf, 3]").encloses(i("(-inf, 2]")));
        assertFalse(i("[0, 3]").encloses(i("(-inf, 2]")));
    }

    @Test
    void test_distanceTo() {
        assertEquals(0, BigDecimal.ZERO.compareTo(i("[1, 2)").distanceTo(i("[2, 3]"))));
        assertEquals(d("3"), i("[1, 2]").distanceTo(i("[5, 6]")));
        assertEquals(d("3"), i("[5, 6]").distanceTo(i("[1, 2]")));
        assertEquals(BigDecimal.ZERO, i("[1, 5]").distanceTo(i("[2, 3]")));
        assertEquals(d("0.0019"), i("[58.6455, 58.6481]").distanceTo(i("[58.65, 58.75]")));
        assertEquals(d("1"), i("(-inf, 2)").distanceTo(i("(3, +inf)")));
    }

    @Test
    void test_range_roundTrip() {
        assertEquals(Range.closedOpen(d("1"), d("2")), i("[1, 2)").toRange());
        assertEquals(Range.lessThan(d("3")), i("(-inf, 3)").toRange());
        assertEquals(Range.atLeast(d("0")), i("[0, +inf)").toRange());
        assertEquals(Range.all(), Interval.all().toRange());
        assertEquals(i("(210, 231.5]"), Interval.from(Range.openClosed(d("210"), d("231.50"))));
        assertEquals(Interval.all(), Interval.from(Range.<BigDecimal>all()));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Interval.from(Range.closedOpen(d("1"), d("1"))));
        assertEquals("the range [1..1) is empty: an interval has at least one number", e.getMessage());
    }

    @Test
    void test_hull_intersection() {
        assertEquals(i("[1, 6]"), i("[1, 2)").hull(i("(5, 6]")));
        assertEquals(i("[0, 2]"), i("[1, 2)").hull(i("[0, 2]")));
        assertEquals(i("(-inf, 2]"), i("(-inf, 0)").hull(i("[1, 2]")));
        assertEquals(Optional.of(i("[2, 2]")), i("[1, 2]").intersection(i("[2, 3]")));
        assertEquals(Optional.of(i("(2, 3)")), i("[1, 3)").intersection(i("(2, 4]")));
        assertEquals(Optional.empty(), i("[1, 2)").intersection(i("[2, 3]")));
        assertEquals(Optional.of(i("[1, 2]")), Interval.all().intersection(i("[1, 2]")));
    }
}
