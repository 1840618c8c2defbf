package org.industrymetrics.figure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.industrymetrics.money.Money;
import org.industrymetrics.quantity.AbstractQuantity;
import org.industrymetrics.quantity.Quantity;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.InvalidValueException;
import org.industrymetrics.internal.Decimals;

/**
 * A relative change in percent, {@code 14.8 %}: the current level is
 * {@code base × (1 + g/100)}. A fall is negative; a fall of more than everything
 * (below {@code -100 %}) does not exist.
 * <p>
 * A growth is not a {@link PercentagePoints} (the difference of two percentages), nor a
 * {@link Share}: the types are distinct so they cannot be mixed by mistake. A growth minus
 * percentage points is a growth ({@code 26.3 % − 10.4 pp = 15.9 %}); a growth minus a growth
 * does not compile, use {@link PercentagePoints#between(Growth, Growth)}.
 * <p>
 * The value is kept as given and compared numerically: {@code 14.80 %} equals {@code 14.8 %}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Growth implements Comparable<Growth> {

    private static final List<String> SUFFIXES = List.of("%");

    private final BigDecimal percent;

    private Growth(BigDecimal percent) {
        this.percent = Decimals.checkResult(percent, "the growth");
    }

    /**
     * Obtains a growth in percent.
     *
     * @param percent the growth in percent, not null, at least -100
     * @return the growth
     * @throws InvalidValueException if {@code percent} is below -100
     */
    public static Growth ofPercent(BigDecimal percent) {
        Decimals.checkArgument(percent, "percent");
        if (percent.compareTo(RelativeText.MINUS_HUNDRED) < 0) {
            throw new InvalidValueException(null, null, "a growth must be at least -100 %, found " + percent.toPlainString()
                    + " % (a level cannot fall by more than all of it)");
        }
        return new Growth(percent);
    }

    /**
     * Obtains a growth in percent from decimal text: {@code ofPercent("14.8")}.
     *
     * @param percent the growth in percent, {@code .} as the decimal point, not null
     * @return the growth
     * @throws FigureParseException if the text is not a number
     * @throws InvalidValueException if it is below -100
     */
    public static Growth ofPercent(String percent) {
        Objects.requireNonNull(percent, "percent");
        return ofPercent(Decimals.parse(percent, false));
    }

    /**
     * Obtains a growth in percent; the same as {@link #ofPercent(BigDecimal)}.
     *
     * @param percent the growth in percent, not null, at least -100
     * @return the growth
     * @throws InvalidValueException if {@code percent} is below -100
     */
    public static Growth of(BigDecimal percent) {
        return ofPercent(percent);
    }

    /**
     * Obtains a growth from text: {@code 14.8 %}, {@code -18.1%}, {@code +14.8 %}.
     *
     * @param text the text, not null
     * @return the growth
     * @throws FigureParseException if the text is not a number followed by {@code %}
     * @throws InvalidValueException if the growth is below -100 %
     */
    @JsonCreator
    public static Growth parse(String text) {
        Objects.requireNonNull(text, "text");
        return ofPercent(RelativeText.parse(text, SUFFIXES));
    }

    /**
     * Obtains the growth from {@code base} to {@code current}: {@code (current/base − 1) × 100}.
     *
     * @param base the earlier level, not null, not zero
     * @param current the later level, not null
     * @param mc the precision of the result, not null; unlimited for an exact result
     * @return the growth
     * @throws ArithmeticException if {@code base} is zero, or the exact quotient does not terminate
     * @throws IllegalArgumentException if the result is below -100 % (the levels differ in sign)
     */
    public static Growth between(BigDecimal base, BigDecimal current, MathContext mc) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(mc, "mc");
        return ofPercent(RelativeText.percentOf(current.subtract(base), base, mc,
                "the growth from " + base.toPlainString() + " to " + current.toPlainString()));
    }

    /**
     * Obtains the growth from {@code base} to {@code current}, amounts of one currency in any scale
     * words: {@code 103.073 billion CNY} to {@code 163.522 billion CNY} is {@code 58.647... %}.
     *
     * @param base the earlier amount, not null, not zero
     * @param current the later amount, of the same currency, not null
     * @param mc the precision of the result, not null; unlimited for an exact result
     * @return the growth
     * @throws IllegalArgumentException if the currencies differ, or the result is below -100 %
     * @throws ArithmeticException if {@code base} is zero, or the exact quotient does not terminate
     */
    public static Growth between(Money base, Money current, MathContext mc) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(current, "current");
        return ofPercent(current.minus(base).ratio(base, mc).movePointRight(2));
    }

    /**
     * Obtains the growth from {@code base} to {@code current}, quantities of one dimension in any
     * units: {@code 20 GWh} to {@code 25000 MWh} is {@code 25 %}. Works for {@link Quantity} and for
     * each typed quantity ({@code Energy}, {@code Mass}, ...).
     *
     * @param <Q> the type of quantity
     * @param base the earlier quantity, not null, not zero
     * @param current the later quantity, not null
     * @param mc the precision of the result, not null; unlimited for an exact result
     * @return the growth
     * @throws IllegalArgumentException if the dimensions differ, or the result is below -100 %
     * @throws ArithmeticException if {@code base} is zero, or the exact quotient does not terminate
     */
    public static <Q extends AbstractQuantity<Q>> Growth between(Q base, Q current, MathContext mc) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(current, "current");
        return ofPercent(current.minus(base).ratio(base, mc).movePointRight(2));
    }

    /**
     * Returns the average yearly growth that compounds to {@code total} over {@code years}
     * years (a CAGR): {@code ((1 + total/100)^(1/years) − 1) × 100}.
     *
     * @param total the growth over the whole span, not null
     * @param years the number of years, 1 or more
     * @param mc the precision of the result, not null, with a precision limit when
     *     {@code years > 1} (a root is rarely a terminating decimal)
     * @return the yearly growth
     * @throws IllegalArgumentException if {@code years} is below 1, or {@code mc} is unlimited
     *     and {@code years > 1}
     */
    public static Growth annualised(Growth total, int years, MathContext mc) {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(mc, "mc");
        if (years < 1) {
            throw new IllegalArgumentException("years must be 1 or more, found " + years);
        }
        if (years == 1) {
            return total;
        }
        if (mc.getPrecision() == 0) {
            throw new IllegalArgumentException("an annualised growth needs a MathContext with a precision, found " + mc);
        }
        MathContext work = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
        BigDecimal root = nthRoot(total.factor(), years, work);
        BigDecimal percent = Decimals.normalize(root.subtract(BigDecimal.ONE).multiply(RelativeText.HUNDRED).round(mc));
        // rounding cannot take a value at or above -100 below it
        return ofPercent(percent.max(RelativeText.MINUS_HUNDRED));
    }

    /** The {@code n}th root of {@code x >= 0} by Newton's method, to the precision of {@code mc}. */
    private static BigDecimal nthRoot(BigDecimal x, int n, MathContext mc) {
        if (x.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal guess;
        double d = x.doubleValue();
        if (d > Double.MIN_NORMAL && d < Double.MAX_VALUE) {
            guess = new BigDecimal(Math.pow(d, 1.0 / n));
        } else {
            // a power of ten near the root; Newton's method converges from any positive start
            int log10 = x.precision() - x.scale() - 1;
            guess = BigDecimal.ONE.scaleByPowerOfTen(Math.floorDiv(log10, n));
        }
        BigDecimal nn = BigDecimal.valueOf(n);
        BigDecimal nMinus1 = BigDecimal.valueOf(n - 1L);
        // a few units in the last place: rounding keeps the last digits from settling exactly
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(mc.getPrecision() - 3);
        BigDecimal y = guess;
        for (int i = 0; i < 1000; i++) {
            BigDecimal next = nMinus1.multiply(y).add(x.divide(y.pow(n - 1, mc), mc)).divide(nn, mc);
            BigDecimal change = next.subtract(y).abs();
            y = next;
            if (change.compareTo(y.multiply(tolerance)) <= 0) {
                break;
            }
        }
        return y;
    }

    /** {@return the growth in percent, as given: {@code 14.8} for {@code 14.8 %}} */
    public BigDecimal percent() {
        return percent;
    }

    /** {@return the growth in percent; the same as {@link #percent()}} */
    public BigDecimal value() {
        return percent;
    }

    /** {@return the growth factor {@code 1 + g/100}: 1.148 for {@code 14.8 %}, exact} */
    public BigDecimal factor() {
        return BigDecimal.ONE.add(percent.movePointLeft(2));
    }

    /**
     * Returns {@code base × (1 + g/100)}, the level this growth leads to from {@code base}, exact.
     *
     * @param base the earlier level, not null
     * @return the later level
     */
    public BigDecimal applyTo(BigDecimal base) {
        Objects.requireNonNull(base, "base");
        return base.multiply(factor());
    }

    /**
     * Returns the base this growth led from to {@code current}: {@code current / (1 + g/100)}.
     *
     * @param current the later level, not null
     * @param mc the precision of the result, not null; unlimited for an exact result
     * @return the earlier level
     * @throws ArithmeticException if this growth is -100 % (every base leads to zero), or the
     *     exact quotient does not terminate
     */
    public BigDecimal baseFrom(BigDecimal current, MathContext mc) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(mc, "mc");
        BigDecimal factor = percent.add(RelativeText.HUNDRED);
        if (factor.signum() == 0) {
            throw new ArithmeticException("the base of a growth of -100 % is not determined: every base falls to zero");
        }
        return RelativeText.divide(current.multiply(RelativeText.HUNDRED), factor, mc);
    }

    /**
     * Returns the growth of this growth followed by {@code other}: {@code 10 %} then {@code 10 %}
     * is {@code 21 %}. Exact.
     *
     * @param other the growth that follows, not null
     * @return the compound growth
     */
    public Growth compound(Growth other) {
        Objects.requireNonNull(other, "other");
        BigDecimal product = percent.multiply(other.percent).movePointLeft(2);
        return new Growth(percent.add(other.percent).add(product));
    }

    /**
     * Returns this growth plus percentage points: {@code 15.9 % + 10.4 pp = 26.3 %}.
     *
     * @param points the points to add, not null
     * @return the growth
     * @throws IllegalArgumentException if the result is below -100 %
     */
    public Growth plus(PercentagePoints points) {
        Objects.requireNonNull(points, "points");
        return ofPercent(percent.add(points.value()));
    }

    /**
     * Returns this growth minus percentage points: {@code 26.3 % − 10.4 pp = 15.9 %}.
     *
     * @param points the points to subtract, not null
     * @return the growth
     * @throws IllegalArgumentException if the result is below -100 %
     */
    public Growth minus(PercentagePoints points) {
        Objects.requireNonNull(points, "points");
        return ofPercent(percent.subtract(points.value()));
    }

    /**
     * Returns the multiple this growth amounts to: {@code 350 %} is {@code 4.5 x}.
     *
     * @return the multiple {@code 1 + g/100}
     */
    public Multiple toMultiple() {
        return Multiple.ofTimesAsMuch(factor());
    }

    /** Compares the growths numerically. */
    @Override
    public int compareTo(Growth other) {
        return percent.compareTo(other.percent);
    }

    /** Returns whether {@code obj} is a growth of the same numeric value. */
    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof Growth && percent.compareTo(((Growth) obj).percent) == 0);
    }

    @Override
    public int hashCode() {
        return Decimals.normalize(percent).hashCode();
    }

    /** Returns the growth as {@code 14.8 %}, the inverse of {@link #parse}. */
    @JsonValue
    @Override
    public String toString() {
        return percent.toPlainString() + " %";
    }
}
