package org.industrymetrics.check;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The findings of a check run, in a stable order (by check, then by observations), and their
 * summary. {@link #toString()} is the text table a person reads in a terminal.
 * This class is immutable and thread-safe.
 */
public final class Report {

    private final ImmutableList<Finding> findings;
    private final ImmutableList<Implied> implied;
    /** The number of findings of each verdict, by its ordinal: counted once, read by the summary and the exit status. */
    private final int[] counts = new int[Verdict.values().length];

    /** A report of findings already in the stable order; what lone figures imply is sorted here. */
    private Report(List<Finding> inOrder, Collection<Implied> implied) {
        this.findings = ImmutableList.copyOf(inOrder);
        for (Finding f : this.findings) {
            counts[f.verdict().ordinal()]++;
        }
        List<Implied> sortedImplied = new ArrayList<>(implied);
        Collections.sort(sortedImplied);
        this.implied = ImmutableList.copyOf(sortedImplied);
    }

    private static List<Finding> sorted(Collection<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(Objects.requireNonNull(findings, "findings"));
        Collections.sort(sorted);
        return sorted;
    }

    /**
     * A report of findings the caller has put in the stable order ({@link Finding#compareTo}), such
     * as the checker's, which sorts each check's findings where they are made: a sort of the whole
     * again would only compare every neighbour once more.
     */
    static Report ofSorted(List<Finding> inOrder, Collection<Implied> implied) {
        return new Report(inOrder, implied);
    }

    /**
     * Obtains a report of these findings, sorted into the stable order.
     *
     * @param findings the findings
     * @return the report
     */
    public static Report of(Collection<Finding> findings) {
        return new Report(sorted(findings), List.of());
    }

    /**
     * Obtains a report of these findings and of what lone figures imply, each sorted into a stable order.
     *
     * @param findings the findings
     * @param implied what lone figures imply
     * @return the report
     */
    public static Report of(Collection<Finding> findings, Collection<Implied> implied) {
        return new Report(sorted(findings), Objects.requireNonNull(implied, "implied"));
    }

    /**
     * {@return what the lone relative figures imply: for each share, growth or multiple of which
     * only one of its two levels is in the dataset, where the other lies} Not verdicts.
     */
    public List<Implied> implied() {
        return implied;
    }

    /** {@return the findings in the stable order} */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * {@return the number of findings with this verdict}
     *
     * @param verdict the verdict
     */
    public int count(Verdict verdict) {
        return counts[verdict.ordinal()];
    }

    /** {@return whether any finding is {@link Verdict#INCONSISTENT}} */
    public boolean hasInconsistencies() {
        return count(Verdict.INCONSISTENT) > 0;
    }

    /**
     * {@return the findings with this verdict}
     *
     * @param verdict the verdict
     */
    public List<Finding> findings(Verdict verdict) {
        List<Finding> result = new ArrayList<>();
        for (Finding f : findings) {
            if (f.verdict() == verdict) {
                result.add(f);
            }
        }
        return result;
    }

    /** {@return {@code 12 consistent, 1 inconsistent, 2 undetermined}} */
    public String summary() {
        return count(Verdict.CONSISTENT) + " consistent, " + count(Verdict.INCONSISTENT) + " inconsistent, "
                + count(Verdict.UNDETERMINED) + " undetermined";
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Report && ((Report) obj).findings.equals(findings) && ((Report) obj).implied.equals(implied);
    }

    @Override
    public int hashCode() {
        return findings.hashCode() * 31 + implied.hashCode();
    }

    /** Returns the text table: one block per finding, the summary, then what lone figures imply, if any. */
    @Override
    public String toString() {
        return ReportText.render(this);
    }

    /**
     * Returns the text table fitted to a terminal {@code width} columns wide: explanations wrap
     * between words; when the columns do not fit, the observations go on a line of their own, and
     * when even that is too wide, each finding becomes a few labelled lines. No word, number or
     * interval is split; a line is longer than {@code width} only where a single word is.
     *
     * @param width the number of columns, at least 20
     * @return the text, one line per row, then the summary
     * @throws IllegalArgumentException if {@code width} is below 20
     */
    public String toText(int width) {
        if (width < 20) {
            throw new IllegalArgumentException("width must be at least 20 columns, found " + width);
        }
        return ReportText.render(this, width);
    }

    /**
     * Returns a report of the findings with one of these verdicts, in the same order: what
     * {@code metrics check --verdict inconsistent} shows. What lone figures imply ({@link #implied()})
     * is no verdict, so the report returned has none: it shows only what was selected.
     *
     * @param verdicts the verdicts to keep, not null
     * @return the report of those findings; this instance is immutable and unaffected by this method call
     */
    public Report only(Collection<Verdict> verdicts) {
        Objects.requireNonNull(verdicts, "verdicts");
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            if (verdicts.contains(f.verdict())) {
                kept.add(f);
            }
        }
        return new Report(kept, List.of()); // in the order they had
    }
}
