package org.industrymetrics.figure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.internal.Decimals;

/**
 * A difference of two percentages, {@code 10.4 pp}: investment grew 26.3 % in 2022, "10.4
 * percentage points" more than in 2021, so 15.9 % in 2021.
 * <p>
 * Percentage points are not a percentage: a growth of 10.4 % on a growth of 15.9 % would be
 * 17.6 %, not 26.3 %. The types are distinct so that
 * {@link Growth#minus(PercentagePoints)} takes points, and passing a {@link Growth} there does
 * not compile.
 * <p>
 * The value is compared numerically: {@code 10.40 pp} equals {@code 10.4 pp}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PercentagePoints implements Comparable<PercentagePoints> {

    private static final List<String> SUFFIXES = List.of("pp");

    private final BigDecimal points;

    private PercentagePoints(BigDecimal points) {
        this.points = Decimals.checkResult(points, "the points");
    }

    /**
     * Obtains percentage points.
     *
     * @param points the points, not null, any sign
     * @return the points
     */
    public static PercentagePoints of(BigDecimal points) {
        return new PercentagePoints(Decimals.checkArgument(points, "points"));
    }

    /**
     * Obtains percentage points from decimal text: {@code of("10.4")}.
     *
     * @param points the points, not null
     * @return the points
     * @throws FigureParseException if the text is not a number
     */
    public static PercentagePoints of(String points) {
        Objects.requireNonNull(points, "points");
        return of(Decimals.parse(points, false));
    }

    /**
     * Obtains percentage points from text: {@code 10.4 pp}, {@code -2pp}.
     *
     * @param text the text, not null
     * @return the points
     * @throws FigureParseException if the text is not a number followed by {@code pp}
     */
    @JsonCreator
    public static PercentagePoints parse(String text) {
        Objects.requireNonNull(text, "text");
        return of(RelativeText.parse(text, SUFFIXES));
    }

    /**
     * Returns the change from one growth rate to a later one, {@code after − before}:
     * from {@code 15.9 %} to {@code 26.3 %} is {@code 10.4 pp}.
     *
     * @param before the earlier growth, not null
     * @param after the later growth, not null
     * @return the difference in points, exact
     */
    public static PercentagePoints between(Growth before, Growth after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        return new PercentagePoints(after.percent().subtract(before.percent()));
    }

    /**
     * Returns the change from one share to a later one, {@code after − before}.
     *
     * @param before the earlier share, not null
     * @param after the later share, not null
     * @return the difference in points, exact
     */
    public static PercentagePoints between(Share before, Share after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        return new PercentagePoints(after.percent().subtract(before.percent()));
    }

    /** {@return the number of points: 10.4 for {@code 10.4 pp}} */
    public BigDecimal value() {
        return points;
    }

    /**
     * Returns the sum of the points.
     *
     * @param other the points to add, not null
     * @return the sum, exact
     */
    public PercentagePoints plus(PercentagePoints other) {
        return new PercentagePoints(points.add(Objects.requireNonNull(other, "other").points));
    }

    /**
     * Returns the difference of the points.
     *
     * @param other the points to subtract, not null
     * @return the difference, exact
     */
    public PercentagePoints minus(PercentagePoints other) {
        return new PercentagePoints(points.subtract(Objects.requireNonNull(other, "other").points));
    }

    /** {@return the points with the opposite sign} */
    public PercentagePoints negate() {
        return new PercentagePoints(points.negate());
    }

    /** Compares numerically. */
    @Override
    public int compareTo(PercentagePoints other) {
        return points.compareTo(other.points);
    }

    /** Returns whether {@code obj} is the same number of points. */
    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof PercentagePoints && points.compareTo(((PercentagePoints) obj).points) == 0);
    }

    @Override
    public int hashCode() {
        return Decimals.normalize(points).hashCode();
    }

    /** Returns the points as {@code 10.4 pp}, the inverse of {@link #parse}. */
    @JsonValue
    @Override
    public String toString() {
        return points.toPlainString() + " pp";
    }
}
