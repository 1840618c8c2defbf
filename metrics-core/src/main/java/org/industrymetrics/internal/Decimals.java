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

    // ---------------------------------------------------------------- the range every value type keeps

    /**
     * Number of digits of {@code value} written as a plain decimal ({@code 0.05} has 3, {@code 5E+3} has 4).
     * Every value type keeps its numbers within {@value #MAX_DIGITS} such digits: exactly the numbers
     * {@link #parse} reads back from {@code toPlainString()}, so {@code parse(toString(x))} is {@code x}
     * for every instance, and no {@code toString} or {@code hashCode} takes unbounded time.
     *
     * @param value the number, not null
     * @return the number of digits of its plain form, without sign or point
     */
    public static long plainDigits(BigDecimal value) {
        int scale = value.scale();
        int precision = value.precision();
        if (scale <= 0) {
            return value.signum() == 0 ? 1 : (long) precision - scale;
        }
        return scale >= precision ? (long) scale + 1 : precision;
    }

    /**
     * Returns a number given by a caller, a negative scale made zero ({@code 5E+3} is kept as
     * {@code 5000}), or throws if it has more than {@value #MAX_DIGITS} plain digits.
     *
     * @param value the number, not null
     * @param name what it is, for the message
     * @return the number, with a scale of zero or more
     * @throws IllegalArgumentException if it is out of range
     */
    public static BigDecimal checkArgument(BigDecimal value, String name) {
        if (value == null) {
            throw new NullPointerException(name);
        }
        long digits = plainDigits(value);
        if (digits > MAX_DIGITS) {
            throw new IllegalArgumentException(name + " has " + digits + " digits when written out, expected at most "
                    + MAX_DIGITS);
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /**
     * Returns the result of arithmetic, a negative scale made zero, or throws if it has more than
     * {@value #MAX_DIGITS} plain digits: a result out of range is never a wrong number.
     *
     * @param value the number, not null
     * @param operation what it is the result of, for the message
     * @return the number, with a scale of zero or more
     * @throws ArithmeticException if it is out of range
     */
    public static BigDecimal checkResult(BigDecimal value, String operation) {
        long digits = plainDigits(value);
        if (digits > MAX_DIGITS) {
            throw new ArithmeticException("overflow: " + operation + " has " + digits
                    + " digits when written out, more than " + MAX_DIGITS);
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** Reads a whole string as a decimal number; see {@link DecimalText}. */
    public static BigDecimal parse(String input, boolean allowExponent) {
        return allowExponent ? DecimalText.parseWithExponent(input) : DecimalText.parse(input);
    }

    /** Reads {@code text[begin, end)} as a decimal number; see {@link DecimalText#parse(CharSequence, int, int, boolean, String)}. */
    public static BigDecimal parse(CharSequence text, int begin, int end, boolean allowExponent, String wholeInput) {
        return DecimalText.parse(text, begin, end, allowExponent, wholeInput);
    }

    /**
     * Returns where the number that {@code text[begin, end)} starts with ends: an optional sign,
     * digits, a decimal point and digits (not the first point of {@code ..}), and with
     * {@code allowExponent} an exponent; {@code begin} if the text does not start with a digit.
     * For the hints about what follows a number ({@code 12.5GWh}).
     */
    public static int numberEnd(String text, int begin, int end, boolean allowExponent) {
        int i = begin;
        if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = i;
        while (i < end && isDigit(text.charAt(i))) {
            i++;
        }
        if (i == digits) {
            return begin;
        }
        if (i + 1 < end && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
            i++;
            while (i < end && isDigit(text.charAt(i))) {
                i++;
            }
        }
        if (allowExponent && i + 1 < end && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < end && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
                j++;
            }
            if (j < end && isDigit(text.charAt(j))) {
                while (j < end && isDigit(text.charAt(j))) {
                    j++;
                }
                i = j;
            }
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
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
