package org.industrymetrics.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.industrymetrics.FigureParseException;

/**
 * Strict, locale-free reading and normalising of decimal numbers. Not part of the public API.
 * <p>
 * Accepts {@code [+-]digits[.digits]} and, where allowed, an exponent {@code e[+-]digits}.
 * Rejects group separators, a comma as decimal point, {@code NaN}, infinities, more than
 * {@value #MAX_DIGITS} digits and exponents beyond ±{@value #MAX_EXPONENT}, each at once
 * and with the index of the offending character, so hostile input costs microseconds.
 */
public final class Decimals {

    /** The most digits a number may have. */
    public static final int MAX_DIGITS = 1000;
    /** The largest exponent magnitude accepted. */
    public static final int MAX_EXPONENT = 1000;

    private Decimals() {
    }

    /**
     * Reads a whole string as a decimal number.
     *
     * @param input the text, not null
     * @param allowExponent whether {@code 88.9e9} is accepted
     * @return the number, with the scale as written
     * @throws FigureParseException if the text is not a number
     */
    public static BigDecimal parse(String input, boolean allowExponent) {
        return parse(input, 0, input.length(), allowExponent, input);
    }

    /**
     * Reads {@code text[begin, end)} as a decimal number; errors are reported against {@code wholeInput}
     * with indexes into it.
     */
    public static BigDecimal parse(String text, int begin, int end, boolean allowExponent, String wholeInput) {
        int i = begin;
        if (i >= end) {
            throw new FigureParseException(wholeInput, i, "found nothing, expected a number");
        }
        char first = text.charAt(i);
        if (first == '+' || first == '-') {
            i++;
        }
        int digits = 0;
        int intStart = i;
        while (i < end && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i == intStart) {
            throw new FigureParseException(wholeInput, i, "found " + describe(text, i, end) + ", expected a digit");
        }
        if (i < end && text.charAt(i) == '.') {
            i++;
            int fracStart = i;
            while (i < end && isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
            if (i == fracStart) {
                throw new FigureParseException(wholeInput, i,
                        "found " + describe(text, i, end) + ", expected a digit after the decimal point");
            }
        }
        if (digits > MAX_DIGITS) {
            throw new FigureParseException(wholeInput, begin,
                    "found a number of " + digits + " digits, expected at most " + MAX_DIGITS);
        }
        int mantissaEnd = i;
        int exponent = 0;
        if (i < end && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            if (!allowExponent) {
                throw new FigureParseException(wholeInput, i,
                        "found '" + text.charAt(i) + "', expected a plain decimal number (no exponent)");
            }
            i++;
            boolean negative = false;
            if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                negative = text.charAt(i) == '-';
                i++;
            }
            int expStart = i;
            long value = 0;
            while (i < end && isDigit(text.charAt(i))) {
                value = Math.min(value * 10 + (text.charAt(i) - '0'), Integer.MAX_VALUE);
                i++;
            }
            if (i == expStart) {
                throw new FigureParseException(wholeInput, i,
                        "found " + describe(text, i, end) + ", expected the digits of an exponent");
            }
            if (value > MAX_EXPONENT) {
                throw new FigureParseException(wholeInput, expStart,
                        "found exponent " + abbreviateDigits(text.substring(expStart, i))
                                + ", expected one between -" + MAX_EXPONENT + " and " + MAX_EXPONENT);
            }
            exponent = negative ? (int) -value : (int) value;
        }
        if (i < end) {
            char c = text.charAt(i);
            String hint = c == ',' ? " (use '.' for decimals and no group separators)" : "";
            throw new FigureParseException(wholeInput, i,
                    "found " + describe(text, i, end) + ", expected a digit or the end of the number" + hint);
        }
        BigDecimal mantissa = new BigDecimal(text.substring(begin, mantissaEnd));
        return exponent == 0 ? mantissa : mantissa.scaleByPowerOfTen(exponent);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String describe(String text, int i, int end) {
        if (i >= end) {
            return "the end";
        }
        return "'" + text.charAt(i) + "'";
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

    private static String abbreviateDigits(String s) {
        return s.length() <= 20 ? s : s.substring(0, 12) + "…(" + s.length() + " digits)";
    }
}
