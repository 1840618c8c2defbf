package org.industrymetrics;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Reads decimal numbers the way the library reads every number in text: strictly and without a
 * locale. {@code [+-]digits[.digits]}, and an exponent {@code e[+-]digits} only where asked for;
 * no group separators, no comma as decimal point, no {@code NaN} or infinity, at most
 * {@value #MAX_DIGITS} digits and exponents up to ±{@value #MAX_EXPONENT}, each refused at once with
 * the index of the offending character, so hostile input costs microseconds.
 * <pre>{@code
 * DecimalText.parse("88.90")          // 88.90, the scale as written
 * DecimalText.parse("30,00")          // FigureParseException at index 2
 * DecimalText.parseWithExponent("1e3") // 1E+3
 * }</pre>
 */
public final class DecimalText {

    /** The most digits a number may have. */
    public static final int MAX_DIGITS = 1000;
    /** The largest exponent magnitude accepted. */
    public static final int MAX_EXPONENT = 1000;

    /** The most digits a {@code long} holds whatever they are. */
    private static final int MAX_LONG_DIGITS = 18;

    /** 10^18: a long of at most 18 digits lies strictly between its negation and it. */
    private static final long LONG_DIGITS_BOUND = 1_000_000_000_000_000_000L;

    private DecimalText() {
    }

    /**
     * Writes a number without an exponent, as people write numbers: exactly
     * {@code value.toPlainString()}, the inverse of {@link #parse(String)} for a number of
     * non-negative scale. A number of up to 18 digits is written from its digits, without the
     * intermediate string and builder {@code toPlainString} makes: figures' texts and interval bounds
     * are written millions of times in a check run and its report.
     *
     * @param value the number, not null
     * @return its plain text
     */
    public static String plain(BigDecimal value) {
        int scale = value.scale();
        if (scale <= 0 || scale > MAX_LONG_DIGITS || value.precision() > MAX_LONG_DIGITS) {
            return value.toPlainString();
        }
        // the unscaled value as a long: the number with its point moved to the end (no BigInteger)
        long unscaled = value.movePointRight(scale).longValue();
        byte[] text = new byte[MAX_LONG_DIGITS + 3];
        int pos = text.length;
        long m = Math.abs(unscaled);
        int count = 0;
        // digits from the last; the point after the scale's digits, and a zero before it if none is left
        do {
            if (count == scale) {
                text[--pos] = '.';
            }
            text[--pos] = (byte) ('0' + (int) (m % 10));
            m /= 10;
            count++;
        } while (m != 0 || count <= scale);
        if (unscaled < 0) {
            text[--pos] = '-';
        }
        return new String(text, pos, text.length - pos, StandardCharsets.ISO_8859_1);
    }

    /**
     * Appends {@link #plain(BigDecimal)}'s text to a builder: a number of up to 18 digits is written
     * digit by digit into the builder, with no string of its own (a check's messages write millions
     * of figures).
     *
     * @param sb the builder, not null
     * @param value the number, not null
     * @return {@code sb}
     */
    public static StringBuilder appendPlain(StringBuilder sb, BigDecimal value) {
        int scale = value.scale();
        if (scale < 0 || scale > MAX_LONG_DIGITS || value.precision() > MAX_LONG_DIGITS) {
            return sb.append(value.toPlainString());
        }
        if (scale == 0) {
            return sb.append(value.longValue()); // a whole number: its digits, as toPlainString writes them
        }
        return appendPlain(sb, value.movePointRight(scale).longValue(), scale);
    }

    /**
     * Appends the plain text of {@code unscaled × 10^-scale} to a builder, exactly what
     * {@code BigDecimal.valueOf(unscaled, scale).toPlainString()} gives (trailing zeros kept):
     * written digit by digit into the builder when the number has at most 18 digits and a scale
     * from 0 to 18, for code that keeps numbers as longs of digits.
     *
     * @param sb the builder, not null
     * @param unscaled the digits
     * @param scale how many of them are after the point
     * @return {@code sb}
     */
    public static StringBuilder appendPlain(StringBuilder sb, long unscaled, int scale) {
        if (scale == 0) {
            return sb.append(unscaled);
        }
        if (scale < 0 || scale > MAX_LONG_DIGITS || unscaled <= -LONG_DIGITS_BOUND || unscaled >= LONG_DIGITS_BOUND) {
            return sb.append(BigDecimal.valueOf(unscaled, scale).toPlainString());
        }
        long m = Math.abs(unscaled);
        // the length first (digits, at least one before the point, the point, a sign), then the
        // digits from the last, as plain writes them
        int digits = 1;
        for (long p = 10; digits < MAX_LONG_DIGITS && m >= p; p *= 10) {
            digits++;
        }
        int length = Math.max(digits, scale + 1) + 1 + (unscaled < 0 ? 1 : 0);
        int start = sb.length();
        sb.setLength(start + length);
        int pos = start + length;
        int count = 0;
        do {
            if (count == scale) {
                sb.setCharAt(--pos, '.');
            }
            sb.setCharAt(--pos, (char) ('0' + (int) (m % 10)));
            m /= 10;
            count++;
        } while (m != 0 || count <= scale);
        if (unscaled < 0) {
            sb.setCharAt(--pos, '-');
        }
        return sb;
    }

    /**
     * Reads a plain decimal number: {@code 88.9}, {@code -18.1}, {@code 7}.
     *
     * @param text the text, not null
     * @return the number, with the scale as written
     * @throws FigureParseException if the text is not such a number
     */
    public static BigDecimal parse(String text) {
        return parse(text, 0, text.length(), false, text);
    }

    /**
     * Reads a decimal number that may have an exponent: {@code 88.9}, {@code 8.89e1}.
     *
     * @param text the text, not null
     * @return the number, with the scale as written
     * @throws FigureParseException if the text is not such a number
     */
    public static BigDecimal parseWithExponent(String text) {
        return parse(text, 0, text.length(), true, text);
    }

    /**
     * Reads {@code text[begin, end)} as a decimal number, for readers of text that holds a number
     * among other things ({@code 88.9 GWh}, a row's cells in one buffer): no string is made of the
     * characters unless the number has more than 18 digits or is not one. Errors name
     * {@code wholeInput}, with indexes into it; or, if it is null, the characters
     * {@code text[begin, end)} as a string, with indexes into that.
     *
     * @param text the text, not null
     * @param begin the index of the number's first character
     * @param end the index after the number's last character
     * @param allowExponent whether an exponent ({@code 8.89e1}) is accepted
     * @param wholeInput the input to name in errors, or null for {@code text[begin, end)}
     * @return the number, with the scale as written
     * @throws FigureParseException if the characters are not such a number
     */
    public static BigDecimal parse(CharSequence text, int begin, int end, boolean allowExponent, String wholeInput) {
        int i = begin;
        if (i >= end) {
            throw problem(text, begin, end, wholeInput, i, "found nothing, expected a number");
        }
        char first = text.charAt(i);
        if (first == '+' || first == '-') {
            i++;
        }
        int digits = 0;
        int intStart = i;
        // the digits as a long while they fit (18 digits always do): no substring and no char[] per number
        long unscaled = 0;
        int fractionDigits = 0;
        while (i < end && isDigit(text.charAt(i))) {
            unscaled = unscaled * 10 + (text.charAt(i) - '0');
            i++;
            digits++;
        }
        if (i == intStart) {
            throw problem(text, begin, end, wholeInput, i, "found " + describe(text, i, end) + ", expected a digit");
        }
        if (i < end && text.charAt(i) == '.') {
            i++;
            int fracStart = i;
            while (i < end && isDigit(text.charAt(i))) {
                unscaled = unscaled * 10 + (text.charAt(i) - '0');
                i++;
                digits++;
            }
            if (i == fracStart) {
                throw problem(text, begin, end, wholeInput, i,
                        "found " + describe(text, i, end) + ", expected a digit after the decimal point");
            }
            fractionDigits = i - fracStart;
        }
        if (digits > MAX_DIGITS) {
            throw problem(text, begin, end, wholeInput, begin,
                    "found a number of " + digits + " digits, expected at most " + MAX_DIGITS);
        }
        int mantissaEnd = i;
        int exponent = 0;
        if (i < end && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            if (!allowExponent) {
                throw problem(text, begin, end, wholeInput, i,
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
                throw problem(text, begin, end, wholeInput, i,
                        "found " + describe(text, i, end) + ", expected the digits of an exponent");
            }
            if (value > MAX_EXPONENT) {
                throw problem(text, begin, end, wholeInput, expStart,
                        "found exponent " + abbreviateDigits(text.subSequence(expStart, i).toString())
                                + ", expected one between -" + MAX_EXPONENT + " and " + MAX_EXPONENT);
            }
            exponent = negative ? (int) -value : (int) value;
        }
        if (i < end) {
            char c = text.charAt(i);
            String hint = c == ',' ? " (use '.' for decimals and no group separators)" : "";
            throw problem(text, begin, end, wholeInput, i,
                    "found " + describe(text, i, end) + ", expected a digit or the end of the number" + hint);
        }
        BigDecimal mantissa;
        if (digits <= MAX_LONG_DIGITS) {
            mantissa = BigDecimal.valueOf(first == '-' ? -unscaled : unscaled, fractionDigits);
        } else {
            mantissa = new BigDecimal(text.subSequence(begin, mantissaEnd).toString());
        }
        return exponent == 0 ? mantissa : mantissa.scaleByPowerOfTen(exponent);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The problem at {@code index}: of {@code whole}, or of {@code text[begin, end)} made a string now. */
    private static FigureParseException problem(CharSequence text, int begin, int end, String whole, int index, String message) {
        if (whole != null) {
            return new FigureParseException(whole, index, message);
        }
        return new FigureParseException(text.subSequence(begin, end).toString(), index - begin, message);
    }

    private static String describe(CharSequence text, int i, int end) {
        if (i >= end) {
            return "the end";
        }
        return "'" + text.charAt(i) + "'";
    }

    private static String abbreviateDigits(String s) {
        return s.length() <= 20 ? s : s.substring(0, 12) + "…(" + s.length() + " digits)";
    }
}
