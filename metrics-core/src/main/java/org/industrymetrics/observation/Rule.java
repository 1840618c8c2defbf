package org.industrymetrics.observation;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A row of the rules table (FORMAT.md §5): an identity or inequality between metrics of the same
 * subject and period, such as {@code lithium_salt.capacity = lithium_carbonate.capacity + lithium_hydroxide.capacity}.
 * The text is parsed by the {@code rule} check. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Rule {

    Rule() {
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds rules: set the fields, then {@link #build()} checks them.
     * <p>
     * Required: {@code id}, {@code rule}; setting one to {@code null} is a
     * NullPointerException naming it, leaving one unset makes {@code build()} throw an
     * IllegalStateException naming it. An optional field set to {@code null} is left empty, as if never
     * set; a field with a default (none) refuses
     * {@code null}. Hand-written over the generated builder so that each field has one setter
     * ({@code unit(null)} is never ambiguous) and every method is documented. A builder is not
     * thread-safe.
     */
    public static final class Builder {
        private final ImmutableRule.Builder delegate = ImmutableRule.generatedBuilder();
        private final ExtrasBuilder extras = new ExtrasBuilder();

        Builder() {
        }

        /**
         * Sets every field from {@code instance}, replacing what was set.
         *
         * @param instance the rule to copy, not null
         * @return this builder
         */
        public Builder from(Rule instance) {
            delegate.from(instance);
            extras.putAll(instance.extras());
            return this;
        }

        /**
         * Sets the id.
         *
         * @param id the value, required, not null
         * @return this builder
         */
        public Builder id(String id) {
            delegate.id(id);
            return this;
        }

        /**
         * Sets the rule text.
         *
         * @param rule the value, required, not null
         * @return this builder
         */
        public Builder rule(String rule) {
            delegate.rule(rule);
            return this;
        }

        /**
         * Sets the description.
         *
         * @param description the value, or null to leave it empty
         * @return this builder
         */
        public Builder description(String description) {
            delegate.description(Optional.ofNullable(description));
            return this;
        }

        /**
         * Sets the severity as written.
         *
         * @param severity the value, or null to leave it empty
         * @return this builder
         */
        public Builder severity(String severity) {
            delegate.severity(Optional.ofNullable(severity));
            return this;
        }

        /**
         * Adds an {@code x_} column the rule was read with; columns keep the order they are added in.
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
         * Returns the rule built from the fields set.
         *
         * @return a new instance, not null
         * @throws IllegalStateException if a required field is not set
         * @throws IllegalArgumentException if the fields break a rule of the format
         */
        public Rule build() {
            return delegate.extras(extras.build()).build();
        }
    }

    /** {@return the id (generated from the row number when the table has none)} */
    public abstract String id();

    /** {@return the rule text} */
    public abstract String rule();

    /** {@return the description} */
    public abstract Optional<String> description();

    /** {@return the severity as written} */
    public abstract Optional<String> severity();

    /** {@return the {@code x_} columns the row was read with, in their order: carried along, as FORMAT.md says of any table} */
    public abstract Map<String, String> extras();
}
