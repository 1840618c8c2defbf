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

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds findings: set the fields, then {@link #build()} checks them.
     * <p>
     * Required: {@code check}, {@code verdict}, {@code unit}, {@code message}; setting one to {@code null} is a
     * NullPointerException naming it, leaving one unset makes {@code build()} throw an
     * IllegalStateException naming it. An optional field set to {@code null} is left empty, as if never
     * set; a field with a default ({@code marginUnit}) refuses
     * {@code null}. Hand-written over the generated builder so that each field has one setter
     * ({@code unit(null)} is never ambiguous) and every method is documented. A builder is not
     * thread-safe.
     */
    public static final class Builder {
        private final ImmutableFinding.Builder delegate = ImmutableFinding.generatedBuilder();

        Builder() {
        }

        /**
         * Sets every field from {@code instance}, replacing what was set.
         *
         * @param instance the finding to copy, not null
         * @return this builder
         */
        public Builder from(Finding instance) {
            delegate.from(instance);
            return this;
        }

        /**
         * Sets the check that made the finding.
         *
         * @param check the value, required, not null
         * @return this builder
         */
        public Builder check(CheckId check) {
            delegate.check(check);
            return this;
        }

        /**
         * Sets the verdict.
         *
         * @param verdict the value, required, not null
         * @return this builder
         */
        public Builder verdict(Verdict verdict) {
            delegate.verdict(verdict);
            return this;
        }

        /**
         * Sets the interval the checked figure states.
         *
         * @param stated the value, or null to leave it empty
         * @return this builder
         */
        public Builder stated(Interval stated) {
            delegate.stated(Optional.ofNullable(stated));
            return this;
        }

        /**
         * Sets the interval derived from the other figures.
         *
         * @param derived the value, or null to leave it empty
         * @return this builder
         */
        public Builder derived(Interval derived) {
            delegate.derived(Optional.ofNullable(derived));
            return this;
        }

        /**
         * Sets the unit of the stated and derived intervals.
         *
         * @param unit the value, required, not null
         * @return this builder
         */
        public Builder unit(String unit) {
            delegate.unit(unit);
            return this;
        }

        /**
         * Sets the distance between the intervals, zero when they overlap.
         *
         * @param margin the value, or null to leave it empty
         * @return this builder
         */
        public Builder margin(BigDecimal margin) {
            delegate.margin(Optional.ofNullable(margin));
            return this;
        }

        /**
         * Sets the unit of the margin; the intervals' unit unless set.
         *
         * @param marginUnit the value, not null
         * @return this builder
         */
        public Builder marginUnit(String marginUnit) {
            delegate.marginUnit(marginUnit);
            return this;
        }

        /**
         * Sets the one-line explanation with the arithmetic.
         *
         * @param message the value, required, not null
         * @return this builder
         */
        public Builder message(String message) {
            delegate.message(message);
            return this;
        }

        /**
         * Adds the id of an observation used, after those already added (the checked figure first).
         *
         * @param id the observation id, not null
         * @return this builder
         */
        public Builder addObservations(String id) {
            delegate.addObservations(id);
            return this;
        }

        /**
         * Adds the ids of observations used, in order, after those already added.
         *
         * @param ids the observation ids, not null
         * @return this builder
         */
        public Builder addObservations(String... ids) {
            delegate.addObservations(ids);
            return this;
        }

        /**
         * Adds the ids of observations used, in order, after those already added.
         *
         * @param ids the observation ids, not null
         * @return this builder
         */
        public Builder addAllObservations(Iterable<String> ids) {
            delegate.addAllObservations(ids);
            return this;
        }

        /**
         * Replaces the ids of the observations used, in order, the checked figure first.
         *
         * @param ids the observation ids, not null
         * @return this builder
         */
        public Builder observations(Iterable<String> ids) {
            delegate.observations(ids);
            return this;
        }

        /**
         * Returns the finding built from the fields set.
         *
         * @return a new instance, not null
         * @throws IllegalStateException if a required field is not set
         * @throws IllegalArgumentException if the fields break a rule of the format
         */
        public Finding build() {
            return delegate.build();
        }
    }

    /** {@return the check that made this finding} */
    public abstract CheckId check();

    /** {@return the verdict} */
    public abstract Verdict verdict();

    /** {@return the ids of the observations used, the checked figure first} */
    public abstract List<String> observations();

    /** {@return the interval the checked figure states, if the check has one} */
    public abstract Optional<Interval> stated();

    /** {@return the interval derived from the other figures, if it could be derived} */
    public abstract Optional<Interval> derived();

    /** {@return the unit of the stated and derived intervals ({@code %}, {@code billion CNY})} */
    public abstract String unit();

    /** {@return the distance between the intervals, zero when they overlap; absent when undetermined} */
    public abstract Optional<BigDecimal> margin();

    /** {@return the unit of the margin ({@code pp} for percentages), by default the intervals' unit} */
    @Value.Default
    public String marginUnit() {
        return unit();
    }

    /** {@return the one-line explanation with the arithmetic} */
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
