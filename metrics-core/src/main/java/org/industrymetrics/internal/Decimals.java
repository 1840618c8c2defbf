package org.industrymetrics.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.industrymetrics.DecimalText;

/**
 * Normalising decimal numbers, and the library's own shorthand for {@link DecimalText}. Not part of the public API.
 * <p>
 * Accepts {@code [+-]digits[.digits]} and, where allowed, an exponent {@code e[+-]digits}.
 * Rejects group separators, a comma as decimal point, {@code NaN}, infinities, more than
 * {@value #MAX_DIGITS} digits and exponents beyond ±{@value #MAX_EXPONENT}, each at once
 * and with the index of the offending character, so hostile input costs microseconds.
 */
public final class Decimals {

    /** The most digits a number may have. */
    public static final int MAX_DIGITS = DecimalText.MAX_DIGITS;
    /** The largest exponent magnitude accepted. */
    public static final int MAX_EXPONENT = DecimalText.MAX_EXPONENT;

    private Decimals() {
    }

    /** Reads a whole string as a decimal number; see {@link DecimalText}. */
    public static BigDecimal parse(String input, boolean allowExponent) {
        return allowExponent ? DecimalText.parseWithExponent(input) : DecimalText.parse(input);
    }

    /** Reads {@code text[begin, end)} as a decimal number; see {@link DecimalText#parse(String, int, int, boolean, String)}. */
    public static BigDecimal parse(String text, int begin, int end, boolean allowExponent, String wholeInput) {
        return DecimalText.parse(text, begin, end, allowExponent, wholeInput);
    }

    /**
     * Returns the value with trailing zeros removed and zero as {@code 0}, so that numerically
     * equal values have equal representations (for {@code equals} and {@code hashCode}).
     */
    public static BigDecimal normalize(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return value.stripTrailingZeros();
    }

    /** Returns the text of a value without an exponent, as people write numbers. */
    public static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    /** Multiplies {@code value} by the fraction {@code num/den}, exactly if the result terminates. */
    public static BigDecimal multiplyExact(BigDecimal value, BigInteger num, BigInteger den) {
        BigDecimal product = value.multiply(new BigDecimal(num));
        if (den.equals(BigInteger.ONE)) {
            return product;
        }
        // throws ArithmeticException if the quotient does not terminate
        return product.divide(new BigDecimal(den));
    }
}
