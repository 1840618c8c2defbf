package org.industrymetrics.figure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import org.industrymetrics.money.Money;
import org.industrymetrics.quantity.AbstractQuantity;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.InvalidValueException;
import org.industrymetrics.internal.Decimals;

/**
 * How many times as much one level is as another, {@code 4.5 x}: the current level is
 * {@code base × m} (the dataset's {@code multiple} measure).
 * <p>
 * Reports say "an increase of 4.5 times", which is read two ways: the level is now 4.5 times
 * as much as before (m = 4.5), or it increased by 4.5 times the base and is now 5.5 times as
 * much (m = 5.5). Yibin's battery output of 88.9 billion yuan in 2022, "an increase of 4.5
 * times", puts 2021 at 19.8 billion yuan on the first reading and 16.2 on the second. Nothing
 * in the text decides, so this class has no neutral factory: choose
 * {@link #ofTimesAsMuch(BigDecimal)} or {@link #ofIncreaseBy(BigDecimal)}.
 * <p>
 * A multiple is zero or more. The value is compared numerically: {@code 4.50 x} equals
 * {@code 4.5 x}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Multiple implements Comparable<Multiple> {

    private static final List<String> SUFFIXES = List.of("x", "X", "\u00d7");

    private final BigDecimal times;

    private Multiple(BigDecimal times) {
        this.times = Decimals.checkResult(times, "the multiple");
    }

    /**
     * Obtains a multiple from "m times as much": the current level is {@code base × m}.
     *
     * @param times the factor m, not null, zero or more
     * @return the multiple
     * @throws InvalidValueException if {@code times} is negative
     */
    public static Multiple ofTimesAsMuch(BigDecimal times) {
        Decimals.checkArgument(times, "times");
        if (times.signum() < 0) {
            throw new InvalidValueException(null, null, "a multiple must not be negative, found " + times.toPlainString() + " x");
        }
        return new Multiple(times);
    }

    /**
     * Obtains a multiple from "m times as much", from decimal text.
     *
     * @param times the factor m, not null
     * @return the multiple
     * @throws FigureParseException if the text is not a number
     * @throws InvalidValueException if it is negative
     */
    public static Multiple ofTimesAsMuch(String times) {
        Objects.requireNonNull(times, "times");
        return ofTimesAsMuch(Decimals.parse(times, false));
    }

    /**
     * Obtains a multiple from "m times as much", from a {@code double} read by its shortest
     * decimal text ({@code 4.5} is exactly 4.5).
     *
     * @param times the factor m, finite, zero or more
     * @return the multiple
     * @throws InvalidValueException if {@code times} is negative
     * @throws IllegalArgumentException if {@code times} is not finite
     */
    public static Multiple ofTimesAsMuch(double times) {
        return ofTimesAsMuch(decimal(times, "times"));
    }

    /**
     * Obtains a multiple from "an increase by k times": the level grew by k times the base,
     * so it is now {@code k + 1} times as much.
     *
     * @param increase the increase k, not null, -1 or more
     * @return the multiple {@code k + 1}
     * @throws InvalidValueException if {@code increase} is below -1
     */
    public static Multiple ofIncreaseBy(BigDecimal increase) {
        Decimals.checkArgument(increase, "increase");
        if (increase.compareTo(BigDecimal.ONE.negate()) < 0) {
            throw new InvalidValueException(null, null, "an increase must be at least -1 times, found " + increase.toPlainString());
        }
        return new Multiple(increase.add(BigDecimal.ONE));
    }

    /**
     * Obtains a multiple from "an increase by k times", from decimal text.
     *
     * @param increase the increase k, not null
     * @return the multiple {@code k + 1}
     * @throws FigureParseException if the text is not a number
     * @throws InvalidValueException if it is below -1
     */
    public static Multiple ofIncreaseBy(String increase) {
        Objects.requireNonNull(increase, "increase");
        return ofIncreaseBy(Decimals.parse(increase, false));
    }

    /**
     * Obtains a multiple from "an increase by k times", from a {@code double} read by its
     * shortest decimal text.
     *
     * @param increase the increase k, finite, -1 or more
     * @return the multiple {@code k + 1}
     * @throws IllegalArgumentException if {@code increase} is below -1 or not finite
     */
    public static Multiple ofIncreaseBy(double increase) {
        return ofIncreaseBy(decimal(increase, "increase"));
    }

    private static BigDecimal decimal(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, found " + value);
        }
        return BigDecimal.valueOf(value);
    }

    /**
     * Obtains a multiple from text: {@code 4.5 x}, {@code 4.5x}, {@code 4.5 ×}. As in the
     * dataset format, the number is "times as much".
     *
     * @param text the text, not null
     * @return the multiple
     * @throws FigureParseException if the text is not a number followed by {@code x}
     * @throws IllegalArgumentException if it is negative
     */
    @JsonCreator
    public static Multiple parse(String text) {
        Objects.requireNonNull(text, "text");
        return ofTimesAsMuch(RelativeText.parse(text, SUFFIXES));
    }

    /**
     * Obtains the multiple {@code current / base}.
     *
     * @param base the earlier level, not null, not zero
     * @param current the later level, not null
     * @param mc the precision of the result, not null; unlimited for an exact result
     * @return the multiple
     * @throws ArithmeticException if {@code base} is zero, or the exact quotient does not terminate
     * @throws IllegalArgumentException if the levels differ in sign
     */
    public static Multiple between(BigDecimal base, BigDecimal current, MathContext mc) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(mc, "mc");
        if (base.signum() == 0) {
            throw new ArithmeticException("the multiple of " + current.toPlainString() + " over 0 is not defined: division by zero");
        }
        return ofTimesAsMuch(RelativeText.divide(current, base, mc));
    }

    /**
     * Obtains the multiple {@code current / base} of two amounts of one currency, in any scale words.
     *
     * @param base the earlier amount, not null, not zero
     * @param current the later amount, of the same currency, not null
     * @param mc the precision of the result, not null; unlimited for an exact result
     * @return the multiple
     * @throws IllegalArgumentException if the currencies differ, or the amounts differ in sign
     * @throws ArithmeticException if {@code base} is zero, or the exact quotient does not terminate
     */
    public static Multiple between(Money base, Money current, MathContext mc) {
        Objects.requireNonNull(base, "base");
        return ofTimesAsMuch(Objects.requireNonNull(current, "current").ratio(base, mc));
    }

    /**
     * Obtains the multiple {@code current / base} of two quantities of one dimension, in any units:
     * {@code 2 GWh} to {@code 9000 MWh} is {@code 4.5 x}.
     *
     * @param <Q> the type of quantity
     * @param base the earlier quantity, not null, not zero
     * @param current the later quantity, not null
     * @param mc the precision of the result, not null; unlimited for an exact result
     * @return the multiple
     * @throws IllegalArgumentException if the dimensions differ, or the quantities differ in sign
     * @throws ArithmeticException if {@code base} is zero, or the exact quotient does not terminate
     */
    public static <Q extends AbstractQuantity<Q>> Multiple between(Q base, Q current, MathContext mc) {
        Objects.requireNonNull(base, "base");
        return ofTimesAsMuch(Objects.requireNonNull(current, "current").ratio(base, mc));
    }

    /** {@return m, how many times as much: 4.5 for {@code 4.5 x}} */
    public BigDecimal value() {
        return times;
    }

    /** {@return the increase {@code m − 1}: 3.5 for {@code 4.5 x}} */
    public BigDecimal increase() {
        return times.subtract(BigDecimal.ONE);
    }

    /**
     * Returns {@code base × m}, exact.
     *
     * @param base the earlier level, not null
     * @return the later level
     */
    public BigDecimal applyTo(BigDecimal base) {
        Objects.requireNonNull(base, "base");
        return base.multiply(times);
    }

    /**
     * Returns {@code current / m}, the base this multiple led from.
     *
     * @param current the later level, not null
     * @param mc the precision of the result, not null; unlimited for an exact result
     * @return the earlier level
     * @throws ArithmeticException if m is zero, or the exact quotient does not terminate
     */
    public BigDecimal baseFrom(BigDecimal current, MathContext mc) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(mc, "mc");
        if (times.signum() == 0) {
            throw new ArithmeticException("the base of a multiple of 0 is not determined");
        }
        return RelativeText.divide(current, times, mc);
    }

    /** {@return the growth this multiple amounts to, {@code (m − 1) × 100 %}: {@code 4.5 x} is {@code 350 %}} */
    public Growth toGrowth() {
        return Growth.ofPercent(increase().multiply(RelativeText.HUNDRED));
    }

    /** Compares the multiples numerically. */
    @Override
    public int compareTo(Multiple other) {
        return times.compareTo(other.times);
    }

    /** Returns whether {@code obj} is a multiple of the same numeric value. */
    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof Multiple && times.compareTo(((Multiple) obj).times) == 0);
    }

    @Override
    public int hashCode() {
        return Decimals.normalize(times).hashCode();
    }

    /** Returns the multiple as {@code 4.5 x}, the inverse of {@link #parse}. */
    @JsonValue
    @Override
    public String toString() {
        return times.toPlainString() + " x";
    }
}
