package org.industrymetrics.observation;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Where figures come from (FORMAT.md §6): id, title, publisher, date, url. Immutable and thread-safe. */
@Value.Immutable
public abstract class Source {

    Source() {
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds sources: set the fields, then {@link #build()} checks them.
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
        private final ImmutableSource.Builder delegate = ImmutableSource.generatedBuilder();
        private final ExtrasBuilder extras = new ExtrasBuilder();

        Builder() {
        }

        /**
         * Sets every field from {@code instance}, replacing what was set.
         *
         * @param instance the source to copy, not null
         * @return this builder
         */
        public Builder from(Source instance) {
            delegate.from(instance);
            extras.putAll(instance.extras());
            return this;
        }

        /**
         * Sets the id observations refer to.
         *
         * @param id the value, required, not null
         * @return this builder
         */
        public Builder id(String id) {
            delegate.id(id);
            return this;
        }

        /**
         * Sets the title.
         *
         * @param title the value, or null to leave it empty
         * @return this builder
         */
        public Builder title(String title) {
            delegate.title(Optional.ofNullable(title));
            return this;
        }

        /**
         * Sets the publisher.
         *
         * @param publisher the value, or null to leave it empty
         * @return this builder
         */
        public Builder publisher(String publisher) {
            delegate.publisher(Optional.ofNullable(publisher));
            return this;
        }

        /**
         * Sets the date as written.
         *
         * @param date the value, or null to leave it empty
         * @return this builder
         */
        public Builder date(String date) {
            delegate.date(Optional.ofNullable(date));
            return this;
        }

        /**
         * Sets the address.
         *
         * @param url the value, or null to leave it empty
         * @return this builder
         */
        public Builder url(String url) {
            delegate.url(Optional.ofNullable(url));
            return this;
        }

        /**
         * Adds an {@code x_} column the source was read with; columns keep the order they are added in.
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
         * Returns the source built from the fields set.
         *
         * @return a new instance, not null
         * @throws IllegalStateException if a required field is not set
         * @throws IllegalArgumentException if the fields break a rule of the format
         */
        public Source build() {
            return delegate.extras(extras.build()).build();
        }
    }

    /** {@return the id observations refer to} */
    public abstract String id();

    /** {@return the title} */
    public abstract Optional<String> title();

    /** {@return the publisher} */
    public abstract Optional<String> publisher();

    /** {@return the date as written ({@code 2024-06-26})} */
    public abstract Optional<String> date();

    /** {@return the address} */
    public abstract Optional<String> url();

    /** {@return the {@code x_} columns the row was read with, in their order: carried along, as FORMAT.md says of any table} */
    public abstract Map<String, String> extras();
}
