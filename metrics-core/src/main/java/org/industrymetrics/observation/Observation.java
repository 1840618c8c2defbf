package org.industrymetrics.observation;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.InvalidValueException;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.figure.QualifierWidths;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.period.ReportingPeriod;

/**
 * One reported figure (FORMAT.md §1): its id, subject, metric, period, measure, the figure as
 * printed (with qualifier and precision), unit, base, status, source and quote, and any {@code x_}
 * columns it was read with.
 * <p>
 * Construction validates the rules of the format: a {@code level} needs a unit; a relative figure
 * takes no unit but its implied one ({@code %}, {@code pp}, {@code x}); a {@code share} or
 * {@code contribution} needs a base subject; the base of a growth is a period; a share lies in
 * 0..100 and a growth is not below −100 %. Obtain instances with {@link #builder()}.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Observation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    Observation() {
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds observations: set the fields, then {@link #build()} validates them (FORMAT.md §1).
     * <p>
     * Required: {@code id}, {@code subject}, {@code metric}, {@code period}, {@code figure}; setting one to {@code null} is a
     * NullPointerException naming it, leaving one unset makes {@code build()} throw an
     * IllegalStateException naming it. An optional field set to {@code null} is left empty, as if never
     * set; a field with a default ({@code measure}, {@code status}) refuses
     * {@code null}. Hand-written over the generated builder so that each field has one setter
     * ({@code unit(null)} is never ambiguous) and every method is documented. A builder is not
     * thread-safe.
     */
    public static final class Builder {
        private final ImmutableObservation.Builder delegate = ImmutableObservation.generatedBuilder();

        Builder() {
        }

        /**
         * Sets every field from {@code instance}, replacing what was set.
         *
         * @param instance the observation to copy, not null
         * @return this builder
         */
        public Builder from(Observation instance) {
            delegate.from(instance);
            return this;
        }

        /**
         * Sets the id, unique within a dataset.
         *
         * @param id the value, required, not null
         * @return this builder
         */
        public Builder id(String id) {
            delegate.id(id);
            return this;
        }

        /**
         * Sets what the figure is about.
         *
         * @param subject the value, required, not null
         * @return this builder
         */
        public Builder subject(SubjectRef subject) {
            delegate.subject(subject);
            return this;
        }

        /**
         * Sets the metric id, lower-case and dotted.
         *
         * @param metric the value, required, not null
         * @return this builder
         */
        public Builder metric(String metric) {
            delegate.metric(metric);
            return this;
        }

        /**
         * Sets the period the figure is for.
         *
         * @param period the value, required, not null
         * @return this builder
         */
        public Builder period(ReportingPeriod period) {
            delegate.period(period);
            return this;
        }

        /**
         * Sets the measure; {@code level} unless set.
         *
         * @param measure the value, not null
         * @return this builder
         */
        public Builder measure(Measure measure) {
            delegate.measure(measure);
            return this;
        }

        /**
         * Sets the figure as printed, with its qualifier and precision.
         *
         * @param figure the value, required, not null
         * @return this builder
         */
        public Builder figure(ReportedFigure figure) {
            delegate.figure(figure);
            return this;
        }

        /**
         * Sets the unit; a relative figure may leave it out.
         *
         * @param unit the value, or null to leave it empty
         * @return this builder
         */
        public Builder unit(ObservationUnit unit) {
            delegate.unit(Optional.ofNullable(unit));
            return this;
        }

        /**
         * Sets the {@code base} column: the whole of a share or contribution, or a base period.
         *
         * @param base the value, or null to leave it empty
         * @return this builder
         */
        public Builder base(String base) {
            delegate.base(Optional.ofNullable(base));
            return this;
        }

        /**
         * Sets the status; {@code actual} unless set.
         *
         * @param status the value, not null
         * @return this builder
         */
        public Builder status(Status status) {
            delegate.status(status);
            return this;
        }

        /**
         * Sets the source id or URL.
         *
         * @param source the value, or null to leave it empty
         * @return this builder
         */
        public Builder source(String source) {
            delegate.source(Optional.ofNullable(source));
            return this;
        }

        /**
         * Sets the phrase as printed.
         *
         * @param quote the value, or null to leave it empty
         * @return this builder
         */
        public Builder quote(String quote) {
            delegate.quote(Optional.ofNullable(quote));
            return this;
        }

        /**
         * Adds an {@code x_} column the observation was read with; columns keep the order they are added in.
         *
         * @param key the column name, not null
         * @param value the cell, not null
         * @return this builder
         */
        public Builder putExtras(String key, String value) {
            delegate.putExtras(key, value);
            return this;
        }

        /**
         * Adds {@code x_} columns, in the map's order.
         *
         * @param entries the columns, not null, without null keys or values
         * @return this builder
         */
        public Builder putAllExtras(Map<String, String> entries) {
            delegate.putAllExtras(entries);
            return this;
        }

        /**
         * Replaces the {@code x_} columns, in the map's order.
         *
         * @param entries the columns, not null, without null keys or values
         * @return this builder
         */
        public Builder extras(Map<String, String> entries) {
            delegate.extras(entries);
            return this;
        }

        /**
         * Returns the observation built from the fields set.
         *
         * @return a new instance, not null
         * @throws IllegalStateException if a required field is not set
         * @throws IllegalArgumentException if the fields break a rule of the format
         */
        public Observation build() {
            return delegate.build();
        }
    }

    /** {@return the id, unique within a dataset} */
    public abstract String id();

    /** {@return what the figure is about: a subject or a union of subjects} */
    public abstract SubjectRef subject();

    /** {@return the metric id, lower-case and dotted ({@code power_battery.output})} */
    public abstract String metric();

    /** {@return the period the figure is for} */
    public abstract ReportingPeriod period();

    /** {@return the measure; {@code level} unless given} */
    @Value.Default
    public Measure measure() {
        return Measure.LEVEL;
    }

    /** {@return the figure as printed, with its qualifier and precision} */
    public abstract ReportedFigure figure();

    /** {@return the unit as given; a relative figure may leave it out} */
    public abstract Optional<ObservationUnit> unit();

    /** {@return the {@code base} column as given: a whole (share, contribution) or a base period} */
    public abstract Optional<String> base();

    /** {@return the status; {@code actual} unless given} */
    @Value.Default
    public Status status() {
        return Status.ACTUAL;
    }

    /** {@return the source id or URL} */
    public abstract Optional<String> source();

    /** {@return the phrase as printed} */
    public abstract Optional<String> quote();

    /** {@return the {@code x_} columns the observation was read with, in their order} */
    public abstract Map<String, String> extras();

    /** {@return the unit of the figure: the given one, or the one its measure implies} */
    @Value.Lazy
    public ObservationUnit effectiveUnit() {
        if (unit().isPresent()) {
            return unit().get();
        }
        return ObservationUnit.parse(measure().impliedUnit());
    }

    /**
     * Returns the whole a share or contribution is taken of.
     *
     * @return the base subject
     * @throws IllegalStateException if the measure has no base subject
     */
    @Value.Lazy
    public SubjectRef baseSubject() {
        if (!measure().baseIsSubject()) {
            throw new IllegalStateException("observation " + id() + ": a " + measure() + " has no base subject");
        }
        return SubjectRef.parse(base().orElseThrow());
    }

    /**
     * Returns the period a growth, multiple or percentage-point change is taken against:
     * the {@code base} column, or the same period one year earlier.
     *
     * @return the base period
     * @throws IllegalStateException if the measure has no base period
     */
    @Value.Lazy
    public ReportingPeriod basePeriod() {
        if (!measure().baseIsPeriod() && measure() != Measure.CONTRIBUTION) {
            throw new IllegalStateException("observation " + id() + ": a " + measure() + " has no base period");
        }
        if (measure().baseIsPeriod() && base().isPresent()) {
            return ReportingPeriod.parse(base().get());
        }
        return period().previousYear();
    }

    /**
     * {@return the interval of true values the figure stands for, with the given qualifier widths}
     *
     * @param widths the qualifier widths
     */
    public Interval interval(QualifierWidths widths) {
        return figure().interval(widths);
    }

    /**
     * Returns the interval of true values the figure stands for, with the default qualifier widths
     * ({@link QualifierWidths#DEFAULTS}).
     *
     * @return the interval, bounded
     */
    public Interval interval() {
        return figure().interval();
    }

    /** Names the observation in a problem; made only when there is one (not once per row read). */
    private String where() {
        return "observation " + id();
    }

    /** Validates the rules of FORMAT.md §1; messages name the observation. */
    @Value.Check
    void check() {
        if (id().isBlank()) {
            throw new InvalidValueException(null, "id", "observation id must not be blank");
        }
        if (!isMetricId(metric())) {
            throw new InvalidValueException(where(), "metric", "metric \"" + metric()
                    + "\" is not a lower-case dotted id such as power_battery.output");
        }
        Measure m = measure();
        if (m == Measure.LEVEL) {
            if (unit().isEmpty()) {
                throw new InvalidValueException(where(), "unit", "a level needs a unit");
            }
        } else if (unit().isPresent() && !unit().get().toString().equals(m.impliedUnit())) {
            throw new InvalidValueException(where(), "unit", "a " + m + " takes no unit but " + m.impliedUnit()
                    + ", found \"" + unit().get() + "\"");
        }
        if (m.baseIsSubject()) {
            if (base().isEmpty()) {
                throw new InvalidValueException(where(), "base", "a " + m + " needs a base: the whole it is taken of, such as CN");
            }
            try {
                SubjectRef.parse(base().get());
            } catch (FigureParseException e) {
                throw new InvalidValueException(where(), "base", "the base of a " + m + " is the whole it is taken of, such as CN: "
                        + e.getMessage());
            }
        } else if (m.baseIsPeriod() && base().isPresent()) {
            ReportingPeriod basePeriod;
            try {
                basePeriod = ReportingPeriod.parse(base().get());
            } catch (FigureParseException e) {
                throw new InvalidValueException(where(), "base", "the base of a " + m + " is a period, such as 2023: "
                        + e.getMessage());
            }
            if (basePeriod.granularity() != period().granularity()) {
                throw new InvalidValueException(where(), "base", "base period " + basePeriod + " is a "
                        + basePeriod.granularity().name().toLowerCase(Locale.ROOT) + ", the period " + period() + " a "
                        + period().granularity().name().toLowerCase(Locale.ROOT));
            }
        } else if (m == Measure.LEVEL && base().isPresent()) {
            throw new InvalidValueException(where(), "base", "a level takes no base, found \"" + base().get() + "\"");
        }
        BigDecimal low = figure().value();
        BigDecimal high = figure().high();
        if (m == Measure.SHARE && (low.signum() < 0 || high.compareTo(HUNDRED) > 0)) {
            throw new InvalidValueException(where(), "value", "a share is between 0 and 100 %, found " + figure());
        }
        if (m == Measure.GROWTH && low.compareTo(HUNDRED.negate()) < 0) {
            throw new InvalidValueException(where(), "value", "a growth cannot be below -100 %, found " + figure());
        }
        if (m == Measure.MULTIPLE && low.signum() < 0) {
            throw new InvalidValueException(where(), "value", "a multiple cannot be negative, found " + figure());
        }
    }

    /**
     * Whether {@code id} is lower-case and dotted, {@code [a-z0-9_]+(\.[a-z0-9_]+)*}: checked by hand
     * because it runs once per row read, and a regular expression was a seventh of the reading time.
     */
    static boolean isMetricId(String id) {
        boolean segmentStart = true;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '.') {
                if (segmentStart) {
                    return false;
                }
                segmentStart = true;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') {
                segmentStart = false;
            } else {
                return false;
            }
        }
        return !segmentStart;
    }
}
