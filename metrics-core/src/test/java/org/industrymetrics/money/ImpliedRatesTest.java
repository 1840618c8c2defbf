package org.industrymetrics.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class ImpliedRatesTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void test_impliedRate_closed() {
        // "20 billion yuan (about USD 2.75 billion)": 19.5..20.5 over 2.745..2.755 (rounding only)
        Range<BigDecimal> r = ImpliedRates.impliedRate(d("19.5"), d("20.5"), d("2.745"), d("2.755"), new MathContext(5));
        assertEquals(0, d("7.0780").compareTo(r.lowerEndpoint()), r.toString());
        assertEquals(0, d("7.4682").compareTo(r.upperEndpoint()), r.toString());
        assertTrue(r.contains(d("7.2666")));
        assertEquals(BoundType.CLOSED, r.lowerBoundType());
    }

    @Test
    void test_impliedRate_openAndUnbounded() {
        // over 20 billion yuan: (20, +inf); about 2.75 billion dollars, [2.6125, 2.8875]
        Range<BigDecimal> r = ImpliedRates.impliedRate(Range.greaterThan(d("20")), Range.closed(d("2.5"), d("2.5")), MathContext.DECIMAL64);
        assertEquals(0, d("8").compareTo(r.lowerEndpoint()));
        assertEquals(BoundType.OPEN, r.lowerBoundType());
        assertFalse(r.hasUpperBound());
        assertFalse(r.contains(d("8")));
        Range<BigDecimal> s = ImpliedRates.impliedRate(Range.openClosed(d("20"), d("22")), Range.atLeast(d("2")), MathContext.DECIMAL64);
        assertEquals(0, BigDecimal.ZERO.compareTo(s.lowerEndpoint()));
        assertEquals(BoundType.OPEN, s.lowerBoundType());
        assertEquals(0, d("11").compareTo(s.upperEndpoint()));
        assertEquals(BoundType.CLOSED, s.upperBoundType());
    }

    @Test
    void test_impliedRate_roundsOutward() {
        Range<BigDecimal> r = ImpliedRates.impliedRate(d("1"), d("2"), d("3"), d("3"), new MathContext(3));
        assertEquals(0, d("0.333").compareTo(r.lowerEndpoint()));
        assertEquals(0, d("0.667").compareTo(r.upperEndpoint()));
        assertTrue(r.contains(BigDecimal.ONE.divide(d("3"), MathContext.DECIMAL128)));
        assertTrue(r.contains(d("2").divide(d("3"), MathContext.DECIMAL128)));
    }

    @Test
    void test_impliedRate_bad() {
        assertThrows(IllegalArgumentException.class,
                () -> ImpliedRates.impliedRate(d("1"), d("2"), d("0"), d("3"), MathContext.DECIMAL64));
        assertThrows(IllegalArgumentException.class,
                () -> ImpliedRates.impliedRate(d("-1"), d("2"), d("1"), d("3"), MathContext.DECIMAL64));
        assertThrows(IllegalArgumentException.class,
                () -> ImpliedRates.impliedRate(Range.atMost(d("2")), Range.closed(d("1"), d("3")), MathContext.DECIMAL64));
    }
}
