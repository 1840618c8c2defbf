package org.industrymetrics.figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * The relative figures of {@link Growth}, {@link Multiple}, {@link Share}, {@link Contribution}
 * and {@link PercentagePoints}, computed from intervals instead of numbers: what the consistency
 * checks derive from other figures.
 * <p>
 * Each result contains the relative figure of every choice of true values in the operand
 * intervals (interval arithmetic, quotients rounded outward under the {@link MathContext}; see
 * {@link Interval#dividedBy(Interval, MathContext)}). A divisor that reaches zero gives an
 * unbounded result. The operands are taken as independent.
 * <p>
 * For example, Yibin's high-tech income of 163.522 billion yuan in 2022 and 103.073 in 2021,
 * both rounded to three decimals, give a growth in {@code [58.6455, 58.6481]} % (rounded
 * outward), which does not overlap the {@code [58.65, 58.75]} % of the printed "58.7 %".
 * <p>
 * This class has only static methods.
 */
public final class Relations {

    private static final BigDecimal HUNDRED = RelativeText.HUNDRED;

    private Relations() {
    }

    /**
     * Returns the growth in percent, {@code (current / base − 1) × 100}.
     *
     * @param current the later level, not null
     * @param base the earlier level, not null
     * @param mc the precision of the quotient, not null
     * @return the growth interval, in percent
     */
    public static Interval growthPercent(Interval current, Interval base, MathContext mc) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(base, "base");
        // one division with each level once: tighter than (current − base) / base; then − 1 and × 100
        // in one step, the same numbers as minus(ONE).times(HUNDRED) without the interval between
        return current.dividedBy(base, mc).minusThenTimes(BigDecimal.ONE, HUNDRED);
    }

    /**
     * Returns the multiple, {@code current / base}.
     *
     * @param current the later level, not null
     * @param base the earlier level, not null
     * @param mc the precision of the quotient, not null
     * @return the multiple interval
     */
    public static Interval multiple(Interval current, Interval base, MathContext mc) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(base, "base");
        return current.dividedBy(base, mc);
    }

    /**
     * Returns the share in percent, {@code part / whole × 100}. The part is not assumed to be
     * at most the whole, so the result may reach beyond 100.
     *
     * @param part the part's level, not null
     * @param whole the whole's level, not null
     * @param mc the precision of the quotient, not null
     * @return the share interval, in percent
     */
    public static Interval sharePercent(Interval part, Interval whole, MathContext mc) {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(whole, "whole");
        return part.times(HUNDRED).dividedBy(whole, mc);
    }

    /**
     * Returns the contribution in percent,
     * {@code (partNow − partBefore) / (wholeNow − wholeBefore) × 100}.
     *
     * @param partNow the part's later level, not null
     * @param partBefore the part's earlier level, not null
     * @param wholeNow the whole's later level, not null
     * @param wholeBefore the whole's earlier level, not null
     * @param mc the precision of the quotient, not null
     * @return the contribution interval, in percent
     */
    public static Interval contributionPercent(Interval partNow, Interval partBefore, Interval wholeNow,
            Interval wholeBefore, MathContext mc) {
        Objects.requireNonNull(partNow, "partNow");
        Objects.requireNonNull(partBefore, "partBefore");
        Objects.requireNonNull(wholeNow, "wholeNow");
        Objects.requireNonNull(wholeBefore, "wholeBefore");
        return partNow.minus(partBefore).times(HUNDRED).dividedBy(wholeNow.minus(wholeBefore), mc);
    }

    /**
     * Returns the change in percentage points, {@code now − before}, of two growth rates or two
     * shares given in percent. Exact.
     *
     * @param now the later percentage, not null
     * @param before the earlier percentage, not null
     * @return the difference interval, in percentage points
     */
    public static Interval ppDifference(Interval now, Interval before) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(before, "before");
        return now.minus(before);
    }
}
