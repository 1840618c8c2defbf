package org.industrymetrics.testkit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * How generated numbers look, shared by every arbitrary of the testkit: a count of significant
 * digits and a count of decimals, each drawn evenly from its range (so the fewest and the most
 * digits are as likely as any, and are edge cases), or, when bounds are set, any number between
 * them with a number of decimals from the range, each bound one time in ten. Immutable.
 *
 * @param minDigits fewest significant digits, at least 1
 * @param maxDigits most significant digits
 * @param minDecimals fewest decimals, at least 0
 * @param maxDecimals most decimals
 * @param min the low bound, or null for none
 * @param max the high bound, or null for none
 * @param negatives whether negative numbers are made (without bounds)
 */
record DecimalSpec(int minDigits, int maxDigits, int minDecimals, int maxDecimals, BigDecimal min, BigDecimal max,
        boolean negatives) {

    /** The most digits a quantity, amount or figure of the library may have when written out. */
    public static final int LIBRARY_MAX_DIGITS = 1000;

    /** Validates the ranges. */
    public DecimalSpec {
        if (minDigits < 1 || maxDigits < minDigits) {
            throw new IllegalArgumentException("digits must be 1 or more, min ≤ max, found " + minDigits + ".." + maxDigits);
        }
        if (minDecimals < 0 || maxDecimals < minDecimals) {
            throw new IllegalArgumentException("decimals must be 0 or more, min ≤ max, found " + minDecimals + ".." + maxDecimals);
        }
        // written out, a number has max(digits, decimals + 1) digits
        if (Math.max(maxDigits, maxDecimals + 1) > LIBRARY_MAX_DIGITS) {
            throw new IllegalArgumentException("the library keeps numbers of at most " + LIBRARY_MAX_DIGITS
                    + " digits written out, found digits up to " + maxDigits + " and decimals up to " + maxDecimals);
        }
        if ((min == null) != (max == null) || (min != null && min.compareTo(max) > 0)) {
            throw new IllegalArgumentException("bounds must be both given, min ≤ max, found " + min + ", " + max);
        }
    }

    /** Numbers of 1 to {@code maxDigits} significant digits and 0 to {@code maxDecimals} decimals, either sign. */
    public static DecimalSpec of(int maxDigits, int maxDecimals) {
        return new DecimalSpec(1, maxDigits, 0, maxDecimals, null, null, true);
    }

    /** Returns a copy with these digit counts. */
    public DecimalSpec digits(int least, int most) {
        return new DecimalSpec(least, most, minDecimals, maxDecimals, min, max, negatives);
    }

    /** Returns a copy with these decimal counts. */
    public DecimalSpec decimals(int least, int most) {
        return new DecimalSpec(minDigits, maxDigits, least, most, min, max, negatives);
    }

    /** Returns a copy with these bounds, inclusive. */
    public DecimalSpec between(BigDecimal low, BigDecimal high) {
        return new DecimalSpec(minDigits, maxDigits, minDecimals, maxDecimals, Objects.requireNonNull(low, "min"),
                Objects.requireNonNull(high, "max"), negatives);
    }

    /** Returns the numbers this spec describes. */
    public Arbitrary<BigDecimal> arbitrary() {
        Arbitrary<Integer> decimals = Arbitraries.integers().between(minDecimals, maxDecimals);
        if (min != null) {
            // made with enough decimals for the bounds, then rounded to s; a rounding past a bound is dropped
            int boundScale = Math.max(min.scale(), max.scale());
            // the bounds themselves one time in ten each (where they have no more than s decimals)
            return decimals.flatMap(s -> Arbitraries.frequencyOf(
                                    Tuple.of(1, Arbitraries.just(min.setScale(s, RoundingMode.CEILING))),
                                    Tuple.of(1, Arbitraries.just(max.setScale(s, RoundingMode.FLOOR))),
                                    Tuple.of(18, Arbitraries.bigDecimals().between(min, max).ofScale(Math.max(s, boundScale))
                                            .map(v -> v.setScale(s, RoundingMode.HALF_UP)))))
                    .filter(v -> v.compareTo(min) >= 0 && v.compareTo(max) <= 0);
        }
        Arbitrary<BigInteger> unscaled = Arbitraries.integers().between(minDigits, maxDigits).flatMap(DecimalSpec::digitsOf);
        Arbitrary<Boolean> negative = negatives ? Arbitraries.of(false, true) : Arbitraries.just(false);
        return Combinators.combine(unscaled, decimals, negative)
                .as((u, s, neg) -> new BigDecimal(neg ? u.negate() : u, s));
    }

    /** Whole numbers of exactly {@code n} digits (and zero among those of one digit). */
    private static Arbitrary<BigInteger> digitsOf(int n) {
        Arbitrary<Integer> lead = Arbitraries.integers().between(n == 1 ? 0 : 1, 9);
        if (n == 1) {
            return lead.map(BigInteger::valueOf);
        }
        return Combinators.combine(lead, Arbitraries.strings().numeric().ofLength(n - 1))
                .as((d, rest) -> new BigInteger(d + rest));
    }
}
