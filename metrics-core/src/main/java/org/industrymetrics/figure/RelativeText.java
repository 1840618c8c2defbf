package org.industrymetrics.figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.internal.Decimals;

/** Reading and arithmetic shared by the relative figure types. Not part of the public API. */
final class RelativeText {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal MINUS_HUNDRED = BigDecimal.valueOf(-100);

    private RelativeText() {
    }

    /**
     * Reads {@code NUMBER SUFFIX}: a decimal number without exponent, optional spaces, and one of
     * the suffixes (the first is the canonical one, named in errors).
     */
    static BigDecimal parse(String text, List<String> suffixes) {
        int n = text.length();
        for (String suffix : suffixes) {
            if (text.endsWith(suffix)) {
                int numberEnd = n - suffix.length();
                while (numberEnd > 0 && text.charAt(numberEnd - 1) == ' ') {
                    numberEnd--;
                }
                return Decimals.parse(text, 0, numberEnd, false, text);
            }
        }
        // no suffix: point at what follows the number
        int i = 0;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        while (i < n && ((text.charAt(i) >= '0' && text.charAt(i) <= '9') || text.charAt(i) == '.')) {
            i++;
        }
        while (i < n && text.charAt(i) == ' ') {
            i++;
        }
        String found = i >= n ? "the end" : "\"" + text.substring(i) + "\"";
        throw new FigureParseException(text, i, "found " + found + ", expected a number and \" "
                + suffixes.get(0) + "\", as in \"14.8 " + suffixes.get(0) + "\"");
    }

    /** Divides, exactly when {@code mc} has no precision limit. */
    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor, MathContext mc) {
        return mc.getPrecision() == 0 ? dividend.divide(divisor) : dividend.divide(divisor, mc);
    }

    /** {@code a·100/b}, rounded by {@code mc}; ArithmeticException naming {@code what} if b is zero. */
    static BigDecimal percentOf(BigDecimal a, BigDecimal b, MathContext mc, String what) {
        if (b.signum() == 0) {
            throw new ArithmeticException(what + " is not defined: division by zero");
        }
        return divide(a.multiply(HUNDRED), b, mc);
    }
}
