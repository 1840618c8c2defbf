package org.industrymetrics.figure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.industrymetrics.DecimalText;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.InvalidValueException;
import org.industrymetrics.internal.Decimals;

/**
 * A non-empty interval of real numbers with decimal bounds, each end closed, open or unbounded:
 * the set of true values a reported figure allows. {@code 58.7} rounded to one decimal is
 * {@code [58.65, 58.75]}; {@code over 210} is {@code (210, 231.5]}.
 * <p>
 * The factories name the shape of the ends, as Guava's {@code Range} does: {@link #closed},
 * {@link #open}, {@link #closedOpen}, {@link #openClosed}, {@link #atLeast}, {@link #lessThan},
 * and so on. An unbounded end has no bound: {@link #low()} or {@link #high()} returns
 * {@code null}, and it counts as open ({@link #isLowOpen()} is true), since no number is
 * infinite. Empty intervals cannot be made: every interval contains at least one number.
 * <p>
 * The arithmetic is interval arithmetic: the result contains every value the operation can give
 * for operands anywhere in the operand intervals, so the true result is never excluded. Sums,
 * differences and products are exact. Quotients are rounded outward under a
 * {@link MathContext}: the low end down, the high end up, and a bound that had to be rounded is
 * closed. Operands are taken as independent, so an expression that uses one figure twice may
 * come out wider than it need be, never narrower.
 * <p>
 * Bounds are compared numerically and stored without trailing zeros or exponent, so {@code [1.50, 2]}
 * equals, and prints as, {@code [1.5, 2]}. {@link #toString()} writes the ends as
 * {@code [58.65, 58.75]}, {@code (210, 231.5]}, {@code (-inf, 3)}, {@code [0, +inf)}, and
 * {@link #parse} reads that back.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Interval {

    private static final Interval ALL = new Interval(null, true, null, true);

    /** Low bound, null when unbounded below. */
    private final BigDecimal low;
    private final boolean lowOpen;
    /** High bound, null when unbounded above. */
    private final BigDecimal high;
    private final boolean highOpen;

    private Interval(BigDecimal low, boolean lowOpen, BigDecimal high, boolean highOpen) {
        this.low = low;
        this.lowOpen = low == null || lowOpen;
        this.high = high;
        this.highOpen = high == null || highOpen;
    }

    // -----------------------------------------------------------------------------------------
    // factories

    /**
     * Obtains an interval from its ends.
     *
     * @param low the low bound, null for unbounded below
     * @param lowOpen whether the low bound is excluded (ignored when {@code low} is null)
     * @param high the high bound, null for unbounded above
     * @param highOpen whether the high bound is excluded (ignored when {@code high} is null)
     * @return the interval
     * @throws InvalidValueException if the interval would be empty: {@code low > high}, or
     *     {@code low == high} with an open end
     */
    public static Interval of(BigDecimal low, boolean lowOpen, BigDecimal high, boolean highOpen) {
        if (low == null && high == null) {
            return ALL;
        }
        BigDecimal lo = low == null ? null : canonical(low);
        BigDecimal hi = high == null ? null : canonical(high);
        if (lo != null && hi != null) {
            int cmp = lo.compareTo(hi);
            if (cmp > 0 || (cmp == 0 && (lowOpen || highOpen))) {
                throw new InvalidValueException(null, null, "the interval " + text(lo, lowOpen, hi, highOpen)
                        + " is empty: its low end must be below its high end");
            }
        }
        return new Interval(lo, lowOpen, hi, highOpen);
    }

    /**
     * Obtains {@code [low, high]}.
     *
     * @param low the low bound, not null
     * @param high the high bound, not null
     * @return the interval
     * @throws InvalidValueException if {@code low > high}
     */
    public static Interval closed(BigDecimal low, BigDecimal high) {
        return of(Objects.requireNonNull(low, "low"), false, Objects.requireNonNull(high, "high"), false);
    }

    /**
     * Obtains {@code [low × 10^-scale, high × 10^-scale]}, for code that works bounds out in longs
     * of digits at one scale (sums of many figures): the same interval as
     * {@code closed(BigDecimal.valueOf(low, scale), BigDecimal.valueOf(high, scale))}, without
     * reading the bounds' digits back out of BigDecimals.
     *
     * @param low the digits of the low bound
     * @param high the digits of the high bound
     * @param scale the decimals of both, zero or more
     * @return the interval
     * @throws InvalidValueException if {@code low > high} or {@code scale} is negative
     */
    public static Interval closed(long low, long high, int scale) {
        if (low > high || scale < 0) {
            throw new InvalidValueException(null, null, "the interval [" + low + ", " + high + "] × 10^-" + scale
                    + " is empty or has a negative scale: its low end must be at most its high end, the scale zero or more");
        }
        return new Interval(canonical(low, scale), false, canonical(high, scale), false);
    }

    /**
     * Obtains {@code (low, high)}.
     *
     * @param low the low bound, not null
     * @param high the high bound, not null
     * @return the interval
     * @throws IllegalArgumentException if {@code low >= high}
     */
    public static Interval open(BigDecimal low, BigDecimal high) {
        return of(Objects.requireNonNull(low, "low"), true, Objects.requireNonNull(high, "high"), true);
    }

    /**
     * Obtains {@code [low, high)}.
     *
     * @param low the low bound, not null
     * @param high the high bound, not null
     * @return the interval
     * @throws IllegalArgumentException if {@code low >= high}
     */
    public static Interval closedOpen(BigDecimal low, BigDecimal high) {
        return of(Objects.requireNonNull(low, "low"), false, Objects.requireNonNull(high, "high"), true);
    }

    /**
     * Obtains {@code (low, high]}.
     *
     * @param low the low bound, not null
     * @param high the high bound, not null
     * @return the interval
     * @throws IllegalArgumentException if {@code low >= high}
     */
    public static Interval openClosed(BigDecimal low, BigDecimal high) {
        return of(Objects.requireNonNull(low, "low"), true, Objects.requireNonNull(high, "high"), false);
    }

    /**
     * Obtains {@code [value, value]}, the interval of one number.
     *
     * @param value the number, not null
     * @return the interval
     */
    public static Interval point(BigDecimal value) {
        BigDecimal v = canonical(Objects.requireNonNull(value, "value"));
        return new Interval(v, false, v, false);
    }

    /**
     * Obtains {@code [value, +inf)}.
     *
     * @param value the low bound, not null
     * @return the interval
     */
    public static Interval atLeast(BigDecimal value) {
        return of(Objects.requireNonNull(value, "value"), false, null, true);
    }

    /**
     * Obtains {@code (value, +inf)}.
     *
     * @param value the low bound, not null
     * @return the interval
     */
    public static Interval greaterThan(BigDecimal value) {
        return of(Objects.requireNonNull(value, "value"), true, null, true);
    }

    /**
     * Obtains {@code (-inf, value]}.
     *
     * @param value the high bound, not null
     * @return the interval
     */
    public static Interval atMost(BigDecimal value) {
        return of(null, true, Objects.requireNonNull(value, "value"), false);
    }

    /**
     * Obtains {@code (-inf, value)}.
     *
     * @param value the high bound, not null
     * @return the interval
     */
    public static Interval lessThan(BigDecimal value) {
        return of(null, true, Objects.requireNonNull(value, "value"), true);
    }

    /**
     * Returns {@code (-inf, +inf)}, the interval of all numbers.
     *
     * @return the interval of all numbers
     */
    public static Interval all() {
        return ALL;
    }

    /**
     * Obtains an interval from a Guava {@link Range} of decimals, for code that works with ranges.
     *
     * @param range the range, not null, not empty
     * @return the interval of the same numbers
     * @throws IllegalArgumentException if the range is empty, such as {@code [1..1)}
     */
    public static Interval from(Range<BigDecimal> range) {
        Objects.requireNonNull(range, "range");
        if (range.isEmpty()) {
            throw new InvalidValueException(null, null, "the range " + range + " is empty: an interval has at least one number");
        }
        return of(range.hasLowerBound() ? range.lowerEndpoint() : null,
                range.hasLowerBound() && range.lowerBoundType() == BoundType.OPEN,
                range.hasUpperBound() ? range.upperEndpoint() : null,
                range.hasUpperBound() && range.upperBoundType() == BoundType.OPEN);
    }

    /**
     * Obtains an interval from its text, as written by {@link #toString()}: a bracket {@code [}
     * or {@code (}, the low bound or {@code -inf}, a comma, the high bound or {@code +inf}
     * ({@code inf} is accepted), and a bracket {@code ]} or {@code )}. Spaces after the comma
     * and around the bounds are allowed; an unbounded end must have a round bracket.
     *
     * @param text the text, not null
     * @return the interval
     * @throws FigureParseException if the text is not an interval, or is an empty one
     */
    @JsonCreator
    public static Interval parse(String text) {
        Objects.requireNonNull(text, "text");
        int n = text.length();
        if (n == 0 || (text.charAt(0) != '[' && text.charAt(0) != '(')) {
            throw new FigureParseException(text, 0, "found " + found(text, 0) + ", expected '[' or '('");
        }
        boolean lowOpen = text.charAt(0) == '(';
        int comma = text.indexOf(',');
        if (comma < 0) {
            throw new FigureParseException(text, n, "found the end, expected ',' between the bounds");
        }
        char last = text.charAt(n - 1);
        if (n < 2 || (last != ']' && last != ')')) {
            throw new FigureParseException(text, n - 1, "found " + found(text, n - 1) + ", expected ']' or ')'");
        }
        boolean highOpen = last == ')';
        BigDecimal low = bound(text, 1, comma, "-inf", lowOpen);
        BigDecimal high = bound(text, comma + 1, n - 1, "+inf", highOpen);
        if (low != null && high != null) {
            int cmp = low.compareTo(high);
            if (cmp > 0 || (cmp == 0 && (lowOpen || highOpen))) {
                throw new FigureParseException(text, 0, "found an empty interval, expected a low bound below the high bound");
            }
        }
        return of(low, lowOpen, high, highOpen);
    }

    /** Reads a bound in {@code text[begin, end)}, trimming spaces; null for infinity. */
    private static BigDecimal bound(String text, int begin, int end, String infinity, boolean open) {
        while (begin < end && text.charAt(begin) == ' ') {
            begin++;
        }
        while (end > begin && text.charAt(end - 1) == ' ') {
            end--;
        }
        String token = text.substring(begin, end);
        boolean lowEnd = infinity.startsWith("-");
        if (token.equals(infinity) || (!lowEnd && token.equals("inf"))) {
            if (!open) {
                throw new FigureParseException(text, lowEnd ? 0 : text.length() - 1,
                        "found a square bracket at an unbounded end, expected " + (lowEnd ? "'('" : "')'"));
            }
            return null;
        }
        return Decimals.parse(text, begin, end, true, text);
    }

    private static String found(String text, int i) {
        return i >= text.length() ? "the end" : "'" + text.charAt(i) + "'";
    }

    // -----------------------------------------------------------------------------------------
    // accessors

    /** {@return the low bound, or null if the interval is unbounded below} */
    public BigDecimal low() {
        return low;
    }

    /** {@return the high bound, or null if the interval is unbounded above} */
    public BigDecimal high() {
        return high;
    }

    /** {@return whether the low bound is excluded; true when unbounded below} */
    public boolean isLowOpen() {
        return lowOpen;
    }

    /** {@return whether the high bound is excluded; true when unbounded above} */
    public boolean isHighOpen() {
        return highOpen;
    }

    /** {@return whether the interval has a low bound} */
    public boolean isLowBounded() {
        return low != null;
    }

    /** {@return whether the interval has a high bound} */
    public boolean isHighBounded() {
        return high != null;
    }

    /** {@return whether the interval has both bounds} */
    public boolean isBounded() {
        return low != null && high != null;
    }

    /** {@return whether the interval holds exactly one number} */
    public boolean isPoint() {
        return low != null && high != null && low.compareTo(high) == 0;
    }

    /**
     * Returns {@code high - low}, or null if the interval is unbounded.
     *
     * @return the width, or null
     */
    public BigDecimal width() {
        return isBounded() ? canonical(high.subtract(low)) : null;
    }

    /**
     * Returns this interval as a Guava {@link Range} of the same numbers ({@code [1..2)} for
     * {@code [1, 2)}), for code that works with ranges.
     *
     * @return the range
     */
    public Range<BigDecimal> toRange() {
        if (low == null) {
            return high == null ? Range.all() : Range.upTo(high, boundType(highOpen));
        }
        if (high == null) {
            return Range.downTo(low, boundType(lowOpen));
        }
        return Range.range(low, boundType(lowOpen), high, boundType(highOpen));
    }

    private static BoundType boundType(boolean open) {
        return open ? BoundType.OPEN : BoundType.CLOSED;
    }

    // -----------------------------------------------------------------------------------------
    // arithmetic

    /**
     * Returns the interval of all sums {@code x + y}, x in this interval and y in {@code other}.
     * This instance is immutable and unaffected by this method call.
     *
     * @param other the other interval, not null
     * @return the sum, exact
     */
    public Interval plus(Interval other) {
        Objects.requireNonNull(other, "other");
        BigDecimal lo = low == null || other.low == null ? null : low.add(other.low);
        BigDecimal hi = high == null || other.high == null ? null : high.add(other.high);
        return make(lo, lowOpen || other.lowOpen, hi, highOpen || other.highOpen);
    }

    /**
     * Returns the interval of all differences {@code x - y}, x in this interval and y in {@code other}.
     *
     * @param other the other interval, not null
     * @return the difference, exact
     */
    public Interval minus(Interval other) {
        return plus(Objects.requireNonNull(other, "other").negate());
    }

    /**
     * Returns the interval of all {@code -x}.
     *
     * @return the negated interval
     */
    public Interval negate() {
        return new Interval(high == null ? null : canonical(high.negate()), highOpen,
                low == null ? null : canonical(low.negate()), lowOpen);
    }

    /**
     * Returns the interval of all products {@code x * factor}.
     *
     * @param factor the factor, not null
     * @return the product, exact
     */
    public Interval times(BigDecimal factor) {
        Objects.requireNonNull(factor, "factor");
        if (factor.signum() == 0) {
            return point(BigDecimal.ZERO);
        }
        if (factor.signum() < 0) {
            return negate().times(factor.negate());
        }
        return make(low == null ? null : low.multiply(factor), lowOpen,
                high == null ? null : high.multiply(factor), highOpen);
    }

    /**
     * {@code minus(point(shift)).times(factor)} for a positive factor, in one step: each bound is
     * shifted and scaled, then made canonical once (the growth of every growth figure is worked out so).
     */
    Interval minusThenTimes(BigDecimal shift, BigDecimal factor) {
        return make(low == null ? null : low.subtract(shift).multiply(factor), lowOpen,
                high == null ? null : high.subtract(shift).multiply(factor), highOpen);
    }

    /**
     * Returns the interval of all products {@code x * y}, x in this interval and y in {@code other}.
     *
     * @param other the other interval, not null
     * @return the product, exact
     */
    public Interval times(Interval other) {
        Objects.requireNonNull(other, "other");
        End a = lowEnd();
        End b = highEnd();
        End c = other.lowEnd();
        End d = other.highEnd();
        End[] products = {End.product(a, c), End.product(a, d), End.product(b, c), End.product(b, d)};
        End lo = products[0];
        End hi = products[0];
        for (int i = 1; i < 4; i++) {
            lo = End.min(lo, products[i]);
            hi = End.max(hi, products[i]);
        }
        return make(lo.value, !lo.closed, hi.value, !hi.closed);
    }

    /**
     * Returns the interval of all quotients {@code x / y}, x in this interval and y in
     * {@code divisor}, rounded outward under {@code mc}: the low end toward negative infinity and
     * the high end toward positive infinity, to {@code mc}'s number of significant digits.
     * A bound that had to be rounded is closed. With {@link MathContext#UNLIMITED} the quotient
     * is exact, or an {@link ArithmeticException} if it does not terminate.
     * <p>
     * Division by zero has no value, so a zero in the divisor is left out, and the result is the
     * interval spanned by the quotients by its other numbers: unbounded when the divisor reaches
     * zero ({@code [1, 2] / [0, 4]} is {@code [0.25, +inf)}), all numbers when zero lies inside
     * the divisor, except that zero divided by anything is zero. Only a divisor that is zero
     * alone throws.
     *
     * @param divisor the divisor, not null
     * @param mc the precision of the quotient's bounds, not null; its rounding mode is not used
     * @return the quotient
     * @throws ArithmeticException if the divisor is {@code [0, 0]}, or the quotient does not
     *     terminate under {@link MathContext#UNLIMITED}
     */
    public Interval dividedBy(Interval divisor, MathContext mc) {
        Objects.requireNonNull(divisor, "divisor");
        Objects.requireNonNull(mc, "mc");
        int lowSign = divisor.low == null ? -1 : divisor.low.signum();
        int highSign = divisor.high == null ? 1 : divisor.high.signum();
        if (lowSign == 0 && highSign == 0) {
            throw new ArithmeticException("cannot divide " + this + " by " + divisor + ": division by zero");
        }
        if (lowSign >= 0) {
            return dividePositive(divisor, mc);
        }
        if (highSign <= 0) {
            return negate().dividePositive(divisor.negate(), mc);
        }
        // zero lies inside the divisor: quotients by numbers near zero reach both infinities
        return isPoint() && low.signum() == 0 ? this : ALL;
    }

    /** Divides by a divisor whose numbers are all positive, or zero at its low end (left out). */
    private Interval dividePositive(Interval divisor, MathContext mc) {
        boolean decimal128 = mc.getPrecision() == DECIMAL128_FLOOR.getPrecision();
        MathContext down = decimal128 ? DECIMAL128_FLOOR : new MathContext(mc.getPrecision(), RoundingMode.FLOOR);
        MathContext up = decimal128 ? DECIMAL128_CEILING : new MathContext(mc.getPrecision(), RoundingMode.CEILING);
        BigDecimal c = divisor.low; // >= 0; 0 stands for numbers just above zero
        BigDecimal d = divisor.high; // null for +inf
        BigDecimal lo;
        boolean loOpen;
        if (low == null) {
            lo = null;
            loOpen = true;
        } else if (low.signum() >= 0) {
            // smallest quotient: the smallest dividend by the largest divisor
            if (d == null) {
                lo = BigDecimal.ZERO;
                loOpen = low.signum() > 0 || lowOpen;
            } else {
                lo = divide(low, d, down);
                // an attained zero dividend gives an attained zero whatever the divisor
                loOpen = (lowOpen || (divisor.highOpen && low.signum() != 0)) && isExact(lo, low, d);
            }
        } else {
            // a negative dividend is smallest divided by the smallest divisor
            if (c.signum() == 0) {
                lo = null;
                loOpen = true;
            } else {
                lo = divide(low, c, down);
                loOpen = (lowOpen || divisor.lowOpen) && isExact(lo, low, c);
            }
        }
        BigDecimal hi;
        boolean hiOpen;
        if (high == null) {
            hi = null;
            hiOpen = true;
        } else if (high.signum() > 0) {
            if (c.signum() == 0) {
                hi = null;
                hiOpen = true;
            } else {
                hi = divide(high, c, up);
                hiOpen = (highOpen || divisor.lowOpen) && isExact(hi, high, c);
            }
        } else {
            if (d == null) {
                hi = BigDecimal.ZERO;
                hiOpen = high.signum() < 0 || highOpen;
            } else {
                hi = divide(high, d, up);
                hiOpen = (highOpen || (divisor.highOpen && high.signum() != 0)) && isExact(hi, high, d);
            }
        }
        return make(lo, loOpen, hi, hiOpen);
    }

    /**
     * The rounding of quotients at the checks' precision, made once: a division makes no context.
     * A bound is open only if an open end made it and the quotient is exact, so the exactness
     * (a multiplication back) is asked only when an open end is involved: closed figures skip it.
     */
    private static final MathContext DECIMAL128_FLOOR = new MathContext(MathContext.DECIMAL128.getPrecision(), RoundingMode.FLOOR);
    private static final MathContext DECIMAL128_CEILING = new MathContext(MathContext.DECIMAL128.getPrecision(), RoundingMode.CEILING);

    private static BigDecimal divide(BigDecimal dividend, BigDecimal divisor, MathContext mc) {
        if (mc.getPrecision() == 0) {
            return dividend.divide(divisor); // exact, or ArithmeticException
        }
        return dividend.divide(divisor, mc);
    }

    private static boolean isExact(BigDecimal quotient, BigDecimal dividend, BigDecimal divisor) {
        return quotient.multiply(divisor).compareTo(dividend) == 0;
    }

    /**
     * Returns this interval with its low bound rounded down and its high bound rounded up to
     * {@code scale} decimal places, so the result encloses this interval. A bound that changed
     * is closed; one that did not keeps its end.
     *
     * @param scale the number of decimal places, may be negative ({@code -3}: thousands)
     * @return the rounded interval
     */
    public Interval roundOutward(int scale) {
        if ((low == null || low.scale() <= scale) && (high == null || high.scale() <= scale)) {
            return this; // no bound has more decimals: nothing to round (the checks' sums of figures, mostly)
        }
        BigDecimal lo = low == null ? null : low.setScale(scale, RoundingMode.FLOOR);
        BigDecimal hi = high == null ? null : high.setScale(scale, RoundingMode.CEILING);
        boolean loOpen = lowOpen && lo != null && lo.compareTo(low) == 0;
        boolean hiOpen = highOpen && hi != null && hi.compareTo(high) == 0;
        return make(lo, loOpen, hi, hiOpen);
    }

    // -----------------------------------------------------------------------------------------
    // relations

    /**
     * Returns whether some number lies in both intervals. Open ends are respected:
     * {@code [1, 2)} and {@code [2, 3]} do not overlap, {@code [1, 2]} and {@code [2, 3]} do.
     *
     * @param other the other interval, not null
     * @return true if the intervals have a number in common
     */
    public boolean overlaps(Interval other) {
        Objects.requireNonNull(other, "other");
        return !isBelow(other) && !other.isBelow(this);
    }

    /** Returns whether every number of this interval is below every number of {@code other}. */
    private boolean isBelow(Interval other) {
        if (high == null || other.low == null) {
            return false;
        }
        int cmp = high.compareTo(other.low);
        return cmp < 0 || (cmp == 0 && (highOpen || other.lowOpen));
    }

    /**
     * Returns whether {@code value} lies in this interval.
     *
     * @param value the number, not null
     * @return true if it is in the interval
     */
    public boolean contains(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (low != null) {
            int cmp = low.compareTo(value);
            if (cmp > 0 || (cmp == 0 && lowOpen)) {
                return false;
            }
        }
        if (high != null) {
            int cmp = high.compareTo(value);
            return cmp > 0 || (cmp == 0 && !highOpen);
        }
        return true;
    }

    /**
     * Returns whether every number of {@code other} lies in this interval.
     *
     * @param other the other interval, not null
     * @return true if this interval encloses {@code other}
     */
    public boolean encloses(Interval other) {
        Objects.requireNonNull(other, "other");
        boolean lowOk = low == null || (other.low != null
                && (low.compareTo(other.low) < 0 || (low.compareTo(other.low) == 0 && (!lowOpen || other.lowOpen))));
        boolean highOk = high == null || (other.high != null
                && (high.compareTo(other.high) > 0 || (high.compareTo(other.high) == 0 && (!highOpen || other.highOpen))));
        return lowOk && highOk;
    }

    /**
     * Returns the gap between the two intervals: the distance from the high end of the lower
     * one to the low end of the higher one, or zero when they overlap. This is a check's
     * margin: how far the stated and derived intervals are apart. Two intervals that meet at
     * an open end ({@code [1, 2)} and {@code [2, 3]}) do not overlap, yet their distance is zero.
     *
     * @param other the other interval, not null
     * @return the distance, zero or more
     */
    public BigDecimal distanceTo(Interval other) {
        Objects.requireNonNull(other, "other");
        if (isBelow(other)) {
            return canonical(other.low.subtract(high));
        }
        if (other.isBelow(this)) {
            return canonical(low.subtract(other.high));
        }
        return BigDecimal.ZERO;
    }

    /**
     * Returns the smallest interval that encloses both intervals (the numbers between them
     * included).
     *
     * @param other the other interval, not null
     * @return the hull
     */
    public Interval hull(Interval other) {
        Objects.requireNonNull(other, "other");
        End lo = End.min(lowEnd(), other.lowEnd());
        End hi = End.max(highEnd(), other.highEnd());
        return new Interval(lo.value, !lo.closed, hi.value, !hi.closed);
    }

    /**
     * Returns the numbers in both intervals, if there are any.
     *
     * @param other the other interval, not null
     * @return the intersection, or empty if the intervals do not overlap
     */
    public Optional<Interval> intersection(Interval other) {
        if (!overlaps(other)) {
            return Optional.empty();
        }
        End lo = End.max(lowEnd(), other.lowEnd(), false);
        End hi = End.min(highEnd(), other.highEnd(), false);
        return Optional.of(new Interval(lo.value, !lo.closed, hi.value, !hi.closed));
    }

    // -----------------------------------------------------------------------------------------
    // object

    /**
     * Returns whether {@code obj} is an interval with the same ends (bounds compared numerically).
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Interval)) {
            return false;
        }
        Interval other = (Interval) obj;
        return lowOpen == other.lowOpen && highOpen == other.highOpen
                && Objects.equals(low, other.low) && Objects.equals(high, other.high);
    }

    @Override
    public int hashCode() {
        return Objects.hash(low, lowOpen, high, highOpen);
    }

    /**
     * Returns the interval as {@code [58.65, 58.75]}, {@code (210, 231.5]}, {@code (-inf, 3)}:
     * square brackets for closed ends, round ones for open or unbounded ends, bounds in plain
     * decimal notation.
     */
    @JsonValue
    @Override
    public String toString() {
        return text(low, lowOpen, high, highOpen);
    }

    private static String text(BigDecimal low, boolean lowOpen, BigDecimal high, boolean highOpen) {
        return (low == null || lowOpen ? "(" : "[") + (low == null ? "-inf" : DecimalText.plain(low)) + ", "
                + (high == null ? "+inf" : DecimalText.plain(high)) + (high == null || highOpen ? ")" : "]");
    }

    // -----------------------------------------------------------------------------------------
    // internals

    /** Builds a result of arithmetic, whose ends are known to be in order. */
    private static Interval make(BigDecimal low, boolean lowOpen, BigDecimal high, boolean highOpen) {
        return new Interval(low == null ? null : canonical(low), lowOpen,
                high == null ? null : canonical(high), highOpen);
    }

    /**
     * The one representation of a number used for bounds: no trailing zeros after the decimal
     * point, and no exponent for whole numbers ({@code 210}, not {@code 2.1E+2}).
     */
    private static BigDecimal canonical(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        int scale = value.scale();
        if (scale >= 0) {
            // a last digit that is not zero: nothing to strip. Asked of a long for a number that fits
            // one (unscaledValue() would make a BigInteger), of the BigInteger it holds for a longer one
            boolean last = value.precision() <= 18 ? lastDigitNotZero(value, scale) : value.unscaledValue().testBit(0);
            if (last) {
                return value;
            }
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static boolean lastDigitNotZero(BigDecimal value, int scale) {
        long unscaled = scale == 0 ? value.longValue() : value.movePointRight(scale).longValue();
        return unscaled % 10 != 0;
    }

    /**
     * The canonical bound {@code unscaled × 10^-scale}, for {@code scale >= 0}: trailing zeros
     * dropped in the long, so no BigDecimal is made but the result.
     */
    static BigDecimal canonical(long unscaled, int scale) {
        if (unscaled == 0) {
            return BigDecimal.ZERO;
        }
        while (scale > 0 && unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
        }
        return BigDecimal.valueOf(unscaled, scale);
    }

    /** {@code [low, high]} from canonical bounds in order, for the figure's own arithmetic. */
    static Interval canonicalClosed(BigDecimal low, BigDecimal high) {
        return new Interval(low, false, high, false);
    }

    private End lowEnd() {
        return low == null ? End.NEGATIVE_INFINITY : new End(0, low, !lowOpen);
    }

    private End highEnd() {
        return high == null ? End.POSITIVE_INFINITY : new End(0, high, !highOpen);
    }

    /** An end of an interval on the extended real line: a number or an infinity, and whether it is attained. */
    private static final class End {
        static final End NEGATIVE_INFINITY = new End(-1, null, false);
        static final End POSITIVE_INFINITY = new End(1, null, false);

        /** -1 or +1 for an infinity, 0 for a number. */
        final int infinity;
        final BigDecimal value;
        /** Whether the end is attained (a closed bound). */
        final boolean closed;

        End(int infinity, BigDecimal value, boolean closed) {
            this.infinity = infinity;
            this.value = value;
            this.closed = closed;
        }

        int signum() {
            return infinity != 0 ? infinity : value.signum();
        }

        /**
         * The product of two ends, with {@code 0 * inf = 0}, which is right for the ends of
         * non-empty intervals: an attained zero times anything is an attained zero.
         */
        static End product(End x, End y) {
            boolean xZero = x.infinity == 0 && x.value.signum() == 0;
            boolean yZero = y.infinity == 0 && y.value.signum() == 0;
            if (xZero || yZero) {
                boolean closed = (xZero && x.closed) || (yZero && y.closed) || (x.closed && y.closed);
                return new End(0, BigDecimal.ZERO, closed);
            }
            if (x.infinity != 0 || y.infinity != 0) {
                return x.signum() * y.signum() < 0 ? NEGATIVE_INFINITY : POSITIVE_INFINITY;
            }
            return new End(0, x.value.multiply(y.value), x.closed && y.closed);
        }

        static int compare(End x, End y) {
            if (x.infinity != 0 || y.infinity != 0) {
                return Integer.compare(x.infinity, y.infinity);
            }
            return x.value.compareTo(y.value);
        }

        /** The lesser end; on a tie the one that is attained if {@code preferClosed}, else the open one. */
        static End min(End x, End y, boolean preferClosed) {
            int cmp = compare(x, y);
            if (cmp != 0) {
                return cmp < 0 ? x : y;
            }
            return x.closed == preferClosed ? x : y;
        }

        static End max(End x, End y, boolean preferClosed) {
            int cmp = compare(x, y);
            if (cmp != 0) {
                return cmp > 0 ? x : y;
            }
            return x.closed == preferClosed ? x : y;
        }

        static End min(End x, End y) {
            return min(x, y, true);
        }

        static End max(End x, End y) {
            return max(x, y, true);
        }
    }
}
