package org.industrymetrics.observation;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What is measured (FORMAT.md §3): id, display name, kind (flow or stock) and the unit its levels
 * must convert to. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Metric {

    Metric() {
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds metrics: set the fields, then {@link #build()} checks them.
     * <p>
     * Required: {@code id}; setting one to {@code null} is a
     * NullPointerException naming it, leaving one unset makes {@code build()} throw an
     * IllegalStateException naming it. An optional field set to {@code null} is left empty, as if never
     * set; a field with a default (none) refuses
     * {@code null}. Hand-written over the generated builder so that each field has one setter
     * ({@code unit(null)} is never ambiguous) and every method is documented. A builder is not
     * thread-safe.
     */
    public static final class Builder {
        private final ImmutableMetric.Builder delegate = ImmutableMetric.generatedBuilder();
        private final ExtrasBuilder extras = new ExtrasBuilder();

        Builder() {
        }

        /**
         * Sets every field from {@code instance}, replacing what was set.
         *
         * @param instance the metric to copy, not null
         * @return this builder
         */
        public Builder from(Metric instance) {
            delegate.from(instance);
            extras.putAll(instance.extras());
            return this;
        }

        /**
         * Sets the metric id.
         *
         * @param id the value, required, not null
         * @return this builder
         */
        public Builder id(String id) {
            delegate.id(id);
            return this;
        }

        /**
         * Sets the display name.
         *
         * @param name the value, or null to leave it empty
         * @return this builder
         */
        public Builder name(String name) {
            delegate.name(Optional.ofNullable(name));
            return this;
        }

        /**
         * Sets whether it is a flow or a stock.
         *
         * @param kind the value, or null to leave it empty
         * @return this builder
         */
        public Builder kind(MetricKind kind) {
            delegate.kind(Optional.ofNullable(kind));
            return this;
        }

        /**
         * Sets the unit its levels must convert to.
         *
         * @param unit the value, or null to leave it empty
         * @return this builder
         */
        public Builder unit(ObservationUnit unit) {
            delegate.unit(Optional.ofNullable(unit));
            return this;
        }

        /**
         * Adds an {@code x_} column the metric was read with; columns keep the order they are added in.
         *
         * @param key the column name, not null
         * @param value the cell, not null
         * @return this builder
         */
        public Builder putExtras(String key, String value) {
            extras.put(key, value);
            return this;
        }

        /**
         * Adds {@code x_} columns, in the map's order.
         *
         * @param entries the columns, not null, without null keys or values
         * @return this builder
         */
        public Builder putAllExtras(Map<String, String> entries) {
            extras.putAll(entries);
            return this;
        }

        /**
         * Replaces the {@code x_} columns, in the map's order.
         *
         * @param entries the columns, not null, without null keys or values
         * @return this builder
         */
        public Builder extras(Map<String, String> entries) {
            extras.replace(entries);
            return this;
        }

        /**
         * Returns the metric built from the fields set.
         *
         * @return a new instance, not null
         * @throws IllegalStateException if a required field is not set
         * @throws IllegalArgumentException if the fields break a rule of the format
         */
        public Metric build() {
            return delegate.extras(extras.build()).build();
        }
    }

    /** {@return the metric id} */
    public abstract String id();

    /** {@return the display name} */
    public abstract Optional<String> name();

    /** {@return whether it adds up over periods (flow) or is a level at a time (stock), if known} */
    public abstract Optional<MetricKind> kind();

    /** {@return the unit its levels must convert to, if given} */
    public abstract Optional<ObservationUnit> unit();

    /** {@return the {@code x_} columns the row was read with, in their order: carried along, as FORMAT.md says of any table} */
    public abstract Map<String, String> extras();

    /**
     * Returns why a level in {@code unit} does not fit this metric, in the words a dataset and every
     * reader use: {@code unit t (mass) does not convert to GWh, the unit of metric battery.output}.
     * Empty if the metric has no unit or the unit converts to it; any currency fits a money unit
     * (rates convert it).
     *
     * @param unit the effective unit of a level, not null
     * @return the problem, or empty if the unit fits
     */
    public Optional<String> unitProblem(ObservationUnit unit) {
        Objects.requireNonNull(unit, "unit");
        Optional<ObservationUnit> own = unit();
        if (own.isEmpty()) {
            return Optional.empty();
        }
        ObservationUnit expected = own.get();
        if (unit.isConvertibleTo(expected) || unit.isMoney() && expected.isMoney()) {
            return Optional.empty();
        }
        return Optional.of("unit " + unit + " (" + unit.dimension() + ") does not convert to " + expected
                + ", the unit of metric " + id());
    }
}
