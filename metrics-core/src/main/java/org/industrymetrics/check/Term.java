package org.industrymetrics.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.observation.Observation;

/**
 * One operand of a check's arithmetic: a figure's interval in the unit the check works in, its
 * nominal value (the number as printed, converted), how to write it, and the observations it
 * stands for. A hull term stands for several figures of one slot at once (see
 * {@link CheckContext#choices}), and has no nominal value.
 */
final class Term {

    final Interval interval;
    /** The nominal value in the check's unit; null for a hull of several figures. */
    final BigDecimal nominal;
    /** How to write it; null when that is the figure's own display text, written from the figure when asked. */
    private final String text;
    private final ReportedFigure figure;
    final List<Observation> observations;
    /** Whether the figures are printed without qualifier words (so the nominal arithmetic means something). */
    final boolean exact;

    Term(Interval interval, BigDecimal nominal, String text, List<Observation> observations, boolean exact) {
        this(interval, nominal, text, null, observations, exact);
    }

    /** A figure in its own unit, written as it displays: most terms are used once, in one message. */
    Term(Interval interval, BigDecimal nominal, ReportedFigure figure, List<Observation> observations, boolean exact) {
        this(interval, nominal, null, figure, observations, exact);
    }

    private Term(Interval interval, BigDecimal nominal, String text, ReportedFigure figure, List<Observation> observations,
            boolean exact) {
        this.interval = interval;
        this.nominal = nominal;
        this.text = text;
        this.figure = figure;
        this.observations = observations;
        this.exact = exact;
    }

    /** {@return how the term is written: {@code 854.0}, {@code over 20 billion CNY at 7.2666 (...)}} */
    String text() {
        return text != null ? text : figure.display();
    }

    /** Appends {@link #text()} to a message, without a string of its own for a figure in its own unit. */
    StringBuilder appendText(StringBuilder sb) {
        return text != null ? sb.append(text) : figure.appendDisplay(sb);
    }

    Observation observation() {
        return observations.get(0);
    }

    /** The hull of several terms: every figure of a slot in one interval. */
    static Term hull(List<Term> terms) {
        if (terms.size() == 1) {
            return terms.get(0);
        }
        Interval hull = terms.get(0).interval;
        List<Observation> all = new ArrayList<>();
        for (Term t : terms) {
            hull = hull.hull(t.interval);
            all.addAll(t.observations);
        }
        return new Term(hull, null, "one of " + terms.size() + " figures " + hull, List.copyOf(all), false);
    }

    /** Whether every term is exact and has a nominal value. */
    static boolean allExact(List<Term> terms) {
        for (Term t : terms) {
            if (!t.exact || t.nominal == null) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return text() + " " + interval;
    }
}
