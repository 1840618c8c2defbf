package org.industrymetrics.figure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.internal.Decimals;

/**
 * A part's change as a percentage of the change of the whole, {@code 102.2 %}: Changzhou's
 * three new-energy industries contributed 102.2 % of the growth of the city's industrial
 * output. Unlike a {@link Share}, a contribution may exceed 100 % or be negative: when the
 * other parts fell, one part can add more than the whole did.
 * <p>
 * The value is compared numerically.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Contribution implements Comparable<Contribution> {

    private static final List<String> SUFFIXES = List.of("%");

    private final BigDecimal percent;

    private Contribution(BigDecimal percent) {
        this.percent = Decimals.checkResult(percent, "the contribution");
    }

    /**
     * Obtains a contribution in percent.
     *
     * @param percent the contribution, not null, any sign
     * @return the contribution
     */
    public static Contribution ofPercent(BigDecimal percent) {
        return new Contribution(Decimals.checkArgument(percent, "percent"));
    }

    /**
     * Obtains a contribution in percent from decimal text: {@code ofPercent("102.2")}.
     *
     * @param percent the contribution, not null
     * @return the contribution
     * @throws FigureParseException if the text is not a number
     */
    public static Contribution ofPercent(String percent) {
        Objects.requireNonNull(percent, "percent");
        return ofPercent(Decimals.parse(percent, false));
    }

    /**
     * Obtains a contribution in percent; the same as {@link #ofPercent(BigDecimal)}.
     *
     * @param percent the contribution, not null
     * @return the contribution
     */
    public static Contribution of(BigDecimal percent) {
        return ofPercent(percent);
    }

    /**
     * Obtains the contribution {@code partChange / wholeChange × 100}.
     *
     * @param partChange the change of the part's level, not null
     * @param wholeChange the change of the whole's level, not null, not zero
     * @param mc the precision of the result, not null; unlimited for an exact result
     * @return the contribution
     * @throws ArithmeticException if {@code wholeChange} is zero, or the exact quotient does not terminate
     */
    public static Contribution of(BigDecimal partChange, BigDecimal wholeChange, MathContext mc) {
        Objects.requireNonNull(partChange, "partChange");
        Objects.requireNonNull(wholeChange, "wholeChange");
        Objects.requireNonNull(mc, "mc");
        return new Contribution(RelativeText.percentOf(partChange, wholeChange, mc,
                "the contribution of a change of " + partChange.toPlainString() + " to a change of "
                        + wholeChange.toPlainString()));
    }

    /**
     * Obtains a contribution from text: {@code 102.2 %}.
     *
     * @param text the text, not null
     * @return the contribution
     * @throws FigureParseException if the text is not a number followed by {@code %}
     */
    @JsonCreator
    public static Contribution parse(String text) {
        Objects.requireNonNull(text, "text");
        return ofPercent(RelativeText.parse(text, SUFFIXES));
    }

    /** {@return the contribution in percent, as given} */
    public BigDecimal percent() {
        return percent;
    }

    /** {@return the contribution in percent; the same as {@link #percent()}} */
    public BigDecimal value() {
        return percent;
    }

    /**
     * Returns the part's change for a change of the whole, {@code wholeChange × c / 100}, exact.
     *
     * @param wholeChange the change of the whole, not null
     * @return the change of the part
     */
    public BigDecimal applyTo(BigDecimal wholeChange) {
        Objects.requireNonNull(wholeChange, "wholeChange");
        return wholeChange.multiply(percent.movePointLeft(2));
    }

    /** Compares numerically. */
    @Override
    public int compareTo(Contribution other) {
        return percent.compareTo(other.percent);
    }

    /** Returns whether {@code obj} is a contribution of the same numeric value. */
    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof Contribution && percent.compareTo(((Contribution) obj).percent) == 0);
    }

    @Override
    public int hashCode() {
        return Decimals.normalize(percent).hashCode();
    }

    /** Returns the contribution as {@code 102.2 %}, the inverse of {@link #parse}. */
    @JsonValue
    @Override
    public String toString() {
        return percent.toPlainString() + " %";
    }
}
