package org.industrymetrics.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.figure.QualifierWidths;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.observation.Observation;

/**
 * One operand of a check's arithmetic: a figure's interval in the unit the check works in, its
 * nominal value (the number as printed, converted), how to write it, and the observations it
 * stands for. A hull term stands for several figures of one slot at once (see
 * {@link CheckContext#choices}), and has no nominal value.
 * <p>
 * A figure in the check's own unit keeps the figure and works out its interval and nominal value
 * only when asked: a sum of exact figures is done in longs at one scale
 * ({@link #sumInLongs}) and never asks.
 */
final class Term {

    /** Null until asked, for a figure in its own unit. */
    private Interval interval;
    /** The nominal value in the check's unit; null for a hull of several figures (and until asked, for a figure in its own unit). */
    private BigDecimal nominal;
    /** How to write it; null when that is the figure's own display text, written from the figure when asked. */
    private final String text;
    /** The figure, for a figure in the check's own unit; else null. */
    private final ReportedFigure figure;
    private final QualifierWidths widths;
    /** The observations the term stands for: an array, so the checks' loops over them see one type. */
    final Observation[] observations;
    /** Whether the figures are printed without qualifier words (so the nominal arithmetic means something). */
    final boolean exact;

    Term(Interval interval, BigDecimal nominal, String text, Observation[] observations, boolean exact) {
        this.interval = interval;
        this.nominal = nominal;
        this.text = text;
        this.figure = null;
        this.widths = null;
        this.observations = observations;
        this.exact = exact;
    }

    /** A figure in its own unit, written as it displays: most terms are used once, in one message. */
    Term(ReportedFigure figure, QualifierWidths widths, Observation observation, boolean exact) {
        this.text = null;
        this.figure = figure;
        this.widths = widths;
        this.observations = new Observation[] {observation};
        this.exact = exact;
    }

    /** {@return the interval of the values the term stands for, in the check's unit} */
    Interval interval() {
        Interval i = interval;
        if (i == null) {
            i = figure.interval(widths);
            interval = i;
        }
        return i;
    }

    /** {@return the nominal value in the check's unit (a range's midpoint); null for a hull} */
    BigDecimal nominal() {
        BigDecimal n = nominal;
        if (n == null && figure != null) {
            n = CheckContext.nominal(figure);
            nominal = n;
        }
        return n;
    }

    /** {@return whether the term has a nominal value: a figure, not a hull} */
    boolean hasNominal() {
        return figure != null || nominal != null;
    }

    /** {@return how the term is written: {@code 854.0}, {@code over 20 billion CNY at 7.2666 (...)}} */
    String text() {
        return text != null ? text : figure.display();
    }

    /** Appends {@link #text()} to a message, without a string of its own for a figure in its own unit. */
    StringBuilder appendText(StringBuilder sb) {
        return text != null ? sb.append(text) : figure.appendDisplay(sb);
    }

    /** Whether the low end of the interval is a number below zero, or unbounded. */
    boolean mayBeNegative() {
        if (inLongs()) {
            try {
                return lowAt(longScale) < 0;
            } catch (ArithmeticException overflow) {
                // the interval's own bound decides
            }
        }
        Interval i = interval();
        return !i.isLowBounded() || i.low().signum() < 0;
    }

    // -----------------------------------------------------------------------------------------
    // sums in longs

    /** {@link #longScale}'s value before it is worked out. */
    private static final int UNKNOWN = -2;
    /** {@link #longScale}'s value for a term not {@link #inLongs()}. */
    private static final int NOT_IN_LONGS = -1;

    /** The least scale at which the interval's ends are whole numbers, for a term {@link #inLongs()}; worked out once. */
    private int longScale = UNKNOWN;
    /** The figure's value times {@code 10^scale}, for a term {@link #inLongs()}. */
    private long digits;

    /**
     * Whether the term is an exact figure in the check's unit with a long value
     * ({@link ReportedFigure#hasLongValue()}): its interval is {@code [value − h, value + h]},
     * {@code h} the half-width, and a sum of such terms needs no BigDecimal. (Ranges and qualified
     * figures take the BigDecimal path.)
     */
    private boolean inLongs() {
        if (longScale == UNKNOWN) {
            longScale = NOT_IN_LONGS;
            if (figure != null && figure.qualifier() == Qualifier.EXACT && figure.hasLongValue()) {
                digits = figure.unscaledLong();
                // the number's scale and that of the half-width 5 × 10^-(precision + 1)
                longScale = Math.max(figure.scale(), figure.precision() + 1);
            }
        }
        return longScale != NOT_IN_LONGS;
    }

    /** {@code (value − h) × 10^k}, for {@code k >= longScale}; ArithmeticException if it does not fit. */
    private long lowAt(int k) {
        return Math.subtractExact(Math.multiplyExact(digits, Longs.pow10(k - figure.scale())), halfWidthAt(k));
    }

    /** {@code (value + h) × 10^k}, for {@code k >= longScale}; ArithmeticException if it does not fit. */
    private long highAt(int k) {
        return Math.addExact(Math.multiplyExact(digits, Longs.pow10(k - figure.scale())), halfWidthAt(k));
    }

    private long halfWidthAt(int k) {
        return Math.multiplyExact(5L, Longs.pow10(k - figure.precision() - 1));
    }

    /**
     * The sum of the terms' intervals worked out in longs at one scale, the same interval as
     * {@link SumChecks#sum} gives in BigDecimal; null when a term is not {@link #inLongs()} or a
     * number does not fit a long.
     */
    static Interval sumInLongs(List<Term> terms) {
        int k = 0;
        for (Term t : terms) {
            if (!t.inLongs()) {
                return null;
            }
            k = Math.max(k, t.longScale);
        }
        try {
            long low = 0;
            long high = 0;
            for (Term t : terms) {
                low = Math.addExact(low, t.lowAt(k));
                high = Math.addExact(high, t.highAt(k));
            }
            return Interval.closed(low, high, k);
        } catch (ArithmeticException overflow) {
            return null;
        }
    }

    /**
     * Appends the plain sum of the nominal values of exact terms, as {@code Text.plain} of the
     * BigDecimal sum writes it, worked out in longs; false (nothing appended) when a term is not
     * {@link #inLongs()} or the sum does not fit.
     */
    static boolean appendNominalSumInLongs(StringBuilder sb, List<Term> terms) {
        int k = 0;
        for (Term t : terms) {
            if (!t.exact || !t.inLongs()) {
                return false;
            }
            k = Math.max(k, t.figure.scale());
        }
        try {
            long total = 0;
            for (Term t : terms) {
                total = Math.addExact(total, Math.multiplyExact(t.digits, Longs.pow10(k - t.figure.scale())));
            }
            Longs.appendPlain(sb, total, k);
            return true;
        } catch (ArithmeticException overflow) {
            return false;
        }
    }

    // -----------------------------------------------------------------------------------------

    /** The hull of several terms: every figure of a slot in one interval. */
    static Term hull(List<Term> terms) {
        if (terms.size() == 1) {
            return terms.get(0);
        }
        Interval hull = terms.get(0).interval();
        List<Observation> all = new ArrayList<>();
        for (Term t : terms) {
            hull = hull.hull(t.interval());
            all.addAll(Arrays.asList(t.observations));
        }
        return new Term(hull, null, "one of " + terms.size() + " figures " + hull, all.toArray(new Observation[0]), false);
    }

    /** Whether every term is exact and has a nominal value. */
    static boolean allExact(List<Term> terms) {
        for (Term t : terms) {
            if (!t.exact || !t.hasNominal()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return text() + " " + interval();
    }
}
