package org.industrymetrics.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.industrymetrics.figure.Interval;

/**
 * The verdict of one check on a set of figures: the check, the verdict, the observations used
 * (the checked figure first), the stated and derived intervals with their unit, the margin (the
 * distance between the intervals, zero when they overlap) and a one-line explanation with the
 * arithmetic and the sources' quotes. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding implements Comparable<Finding> {

    Finding() {
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds findings. */
    public static final class Builder extends ImmutableFinding.Builder {
        Builder() {
        }
    }

    /** Returns the check that made this finding. */
    public abstract CheckId check();

    /** Returns the verdict. */
    public abstract Verdict verdict();

    /** Returns the ids of the observations used, the checked figure first. */
    public abstract List<String> observations();

    /** Returns the interval the checked figure states, if the check has one. */
    public abstract Optional<Interval> stated();

    /** Returns the interval derived from the other figures, if it could be derived. */
    public abstract Optional<Interval> derived();

    /** Returns the unit of the stated and derived intervals ({@code %}, {@code billion CNY}). */
    public abstract String unit();

    /** Returns the distance between the intervals, zero when they overlap; absent when undetermined. */
    public abstract Optional<BigDecimal> margin();

    /** Returns the unit of the margin ({@code pp} for percentages), by default the intervals' unit. */
    @Value.Default
    public String marginUnit() {
        return unit();
    }

    /** Returns the one-line explanation with the arithmetic. */
    public abstract String message();

    /**
     * Orders findings by check, then by the observations used (id by id), then by message, for a
     * stable report. Consistent with {@code equals} for findings of one run.
     */
    @Override
    public int compareTo(Finding o) {
        int c = check().compareTo(o.check());
        if (c != 0) {
            return c;
        }
        List<String> a = observations();
        List<String> b = o.observations();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        c = Integer.compare(a.size(), b.size());
        return c != 0 ? c : message().compareTo(o.message());
    }

    @Value.Check
    void check_() {
        if (observations().isEmpty()) {
            throw new IllegalArgumentException("a finding names at least one observation");
        }
    }
}
