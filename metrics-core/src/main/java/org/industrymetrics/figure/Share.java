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
 * A part's percentage of a whole, from 0 to 100: Sichuan and Chongqing make {@code 21 %} of
 * China's power batteries. A share outside 0 to 100 % is not a share (for a part's share of a
 * change, which may exceed 100, see {@link Contribution}).
 * <p>
 * The value is compared numerically: {@code 21.0 %} equals {@code 21 %}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Share implements Comparable<Share> {

    private static final List<String> SUFFIXES = List.of("%");

    private final BigDecimal percent;

    private Share(BigDecimal percent) {
        this.percent = Decimals.checkResult(percent, "the share");
    }

    /**
     * Obtains a share in percent.
     *
     * @param percent the share, not null, from 0 to 100
     * @return the share
     * @throws InvalidValueException if {@code percent} is below 0 or above 100
     */
    public static Share ofPercent(BigDecimal percent) {
        Decimals.checkArgument(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(RelativeText.HUNDRED) > 0) {
            throw new InvalidValueException(null, null, "a share must be from 0 to 100 %, found " + percent.toPlainString() + " %");
        }
        return new Share(percent);
    }

    /**
     * Obtains a share in percent from decimal text: {@code ofPercent("21")}.
     *
     * @param percent the share, not null
     * @return the share
     * @throws FigureParseException if the text is not a number
     * @throws InvalidValueException if it is below 0 or above 100
     */
    public static Share ofPercent(String percent) {
        Objects.requireNonNull(percent, "percent");
        return ofPercent(Decimals.parse(percent, false));
    }

    /**
     * Obtains a share in percent; the same as {@link #ofPercent(BigDecimal)}.
     *
     * @param percent the share, not null, from 0 to 100
     * @return the share
     * @throws InvalidValueException if {@code percent} is below 0 or above 100
     */
    public static Share of(BigDecimal percent) {
        return ofPercent(percent);
    }

    /**
     * Obtains the share {@code part / whole × 100}.
     *
     * @param part the part, not null
     * @param whole the whole, not null, not zero
     * @param mc the precision of the result, not null; unlimited for an exact result
     * @return the share
     * @throws ArithmeticException if {@code whole} is zero, or the exact quotient does not terminate
     * @throws InvalidValueException if the part is larger than the whole or of the other sign
     */
    public static Share of(BigDecimal part, BigDecimal whole, MathContext mc) {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(whole, "whole");
        Objects.requireNonNull(mc, "mc");
        BigDecimal percent = RelativeText.percentOf(part, whole, mc,
                "the share of " + part.toPlainString() + " in " + whole.toPlainString());
        if (percent.signum() < 0 || percent.compareTo(RelativeText.HUNDRED) > 0) {
            throw new InvalidValueException(null, null, "a share must be from 0 to 100 %, found " + percent.toPlainString()
                    + " % (" + part.toPlainString() + " of " + whole.toPlainString() + ")");
        }
        return new Share(percent);
    }

    /**
     * Obtains the share {@code part / whole × 100} of two amounts of one currency, in any scale words:
     * {@code 210 billion CNY} of {@code 250 billion CNY} is {@code 84 %}.
     *
     * @param part the part, not null
     * @param whole the whole, of the same currency, not null, not zero
     * @param mc the precision of the result, not null; unlimited for an exact result
     * @return the share
     * @throws IllegalArgumentException if the currencies differ, or the part is larger than the whole
     *     or of the other sign
     * @throws ArithmeticException if {@code whole} is zero, or the exact quotient does not terminate
     */
    public static Share of(Money part, Money whole, MathContext mc) {
        Objects.requireNonNull(whole, "whole");
        return checked(Objects.requireNonNull(part, "part").ratio(whole, mc).movePointRight(2), part, whole);
    }

    /**
     * Obtains the share {@code part / whole × 100} of two quantities of one dimension, in any units:
     * {@code 500 MWh} of {@code 20 GWh} is {@code 2.5 %}.
     *
     * @param <Q> the type of quantity
     * @param part the part, not null
     * @param whole the whole, not null, not zero
     * @param mc the precision of the result, not null; unlimited for an exact result
     * @return the share
     * @throws IllegalArgumentException if the dimensions differ, or the part is larger than the whole
     *     or of the other sign
     * @throws ArithmeticException if {@code whole} is zero, or the exact quotient does not terminate
     */
    public static <Q extends AbstractQuantity<Q>> Share of(Q part, Q whole, MathContext mc) {
        Objects.requireNonNull(whole, "whole");
        return checked(Objects.requireNonNull(part, "part").ratio(whole, mc).movePointRight(2), part, whole);
    }

    private static Share checked(BigDecimal percent, Object part, Object whole) {
        if (percent.signum() < 0 || percent.compareTo(RelativeText.HUNDRED) > 0) {
            throw new IllegalArgumentException("a share must be from 0 to 100 %, found " + percent.toPlainString()
                    + " % (" + part + " of " + whole + ")");
        }
        return new Share(percent);
    }

    /**
     * Obtains a share from text: {@code 21 %}, {@code 57%}.
     *
     * @param text the text, not null
     * @return the share
     * @throws FigureParseException if the text is not a number followed by {@code %}
     * @throws InvalidValueException if it is below 0 or above 100
     */
    @JsonCreator
    public static Share parse(String text) {
        Objects.requireNonNull(text, "text");
        return ofPercent(RelativeText.parse(text, SUFFIXES));
    }

    /** {@return the share in percent, as given: 21 for {@code 21 %}} */
    public BigDecimal percent() {
        return percent;
    }

    /** {@return the share in percent; the same as {@link #percent()}} */
    public BigDecimal value() {
        return percent;
    }

    /**
     * Returns the part of {@code whole} this share makes: {@code whole × s / 100}, exact.
     *
     * @param whole the whole, not null
     * @return the part
     */
    public BigDecimal applyTo(BigDecimal whole) {
        Objects.requireNonNull(whole, "whole");
        return whole.multiply(percent.movePointLeft(2));
    }

    /**
     * Returns the whole that {@code part} is this share of: {@code part × 100 / s}.
     *
     * @param part the part, not null
     * @param mc the precision of the result, not null; unlimited for an exact result
     * @return the whole
     * @throws ArithmeticException if this share is zero, or the exact quotient does not terminate
     */
    public BigDecimal wholeFrom(BigDecimal part, MathContext mc) {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(mc, "mc");
        if (percent.signum() == 0) {
            throw new ArithmeticException("the whole of a share of 0 % is not determined");
        }
        return RelativeText.divide(part.multiply(RelativeText.HUNDRED), percent, mc);
    }

    /** {@return the share of the rest of the whole, {@code 100 − s}} */
    public Share complement() {
        return new Share(RelativeText.HUNDRED.subtract(percent));
    }

    /**
     * Returns this share plus percentage points.
     *
     * @param points the points, not null
     * @return the share
     * @throws IllegalArgumentException if the result is outside 0 to 100 %
     */
    public Share plus(PercentagePoints points) {
        return ofPercent(percent.add(Objects.requireNonNull(points, "points").value()));
    }

    /**
     * Returns this share minus percentage points.
     *
     * @param points the points, not null
     * @return the share
     * @throws IllegalArgumentException if the result is outside 0 to 100 %
     */
    public Share minus(PercentagePoints points) {
        return ofPercent(percent.subtract(Objects.requireNonNull(points, "points").value()));
    }

    /** Compares numerically. */
    @Override
    public int compareTo(Share other) {
        return percent.compareTo(other.percent);
    }

    /** Returns whether {@code obj} is a share of the same numeric value. */
    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof Share && percent.compareTo(((Share) obj).percent) == 0);
    }

    @Override
    public int hashCode() {
        return Decimals.normalize(percent).hashCode();
    }

    /** Returns the share as {@code 21 %}, the inverse of {@link #parse}. */
    @JsonValue
    @Override
    public String toString() {
        return percent.toPlainString() + " %";
    }
}
