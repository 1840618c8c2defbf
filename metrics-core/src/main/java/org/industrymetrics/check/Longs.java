package org.industrymetrics.check;

import org.industrymetrics.DecimalText;

/**
 * Decimal numbers as a long of digits and a scale ({@code unscaled × 10^-scale}), for the checks'
 * sums of figures: exact like BigDecimal while the numbers fit, and no object per figure added.
 * Overflow is an {@link ArithmeticException}, on which the caller takes the BigDecimal path.
 */
final class Longs {

    /** Powers of ten that fit a long. */
    private static final long[] POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L,
        100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L,
        1_000_000_000_000_000_000L};

    private Longs() {
    }

    /** {@return {@code 10^n}} @throws ArithmeticException if {@code n} is negative or the power does not fit a long */
    static long pow10(int n) {
        if (n < 0 || n >= POWERS.length) {
            throw new ArithmeticException("10^" + n + " is not a long");
        }
        return POWERS[n];
    }

    /** Appends {@code unscaled × 10^-scale} as {@link Text#plain} writes it: no exponent, no trailing zeros. */
    static StringBuilder appendPlain(StringBuilder sb, long unscaled, int scale) {
        // the bound's canonical form, as an interval keeps it: no trailing zeros after the point
        while (scale > 0 && unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
        }
        return DecimalText.appendPlain(sb, unscaled, scale);
    }
}
