package org.industrymetrics.observation;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.industrymetrics.InvalidValueException;

/**
 * A region or entity (FORMAT.md §2): id, display name, parent, kind. Subjects with a common
 * ancestor, neither an ancestor of the other, are disjoint (see {@link SubjectTree}).
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Subject {

    Subject() {
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a subject with an id and, optionally, a parent id.
     *
     * @param id the id
     * @param parent the parent id
     * @return the subject
     */
    public static Subject of(String id, String parent) {
        Builder b = builder().id(id);
        if (parent != null) {
            b.parent(parent);
        }
        return b.build();
    }

    /**
     * Builds subjects: set the fields, then {@link #build()} checks them.
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
        private final ImmutableSubject.Builder delegate = ImmutableSubject.generatedBuilder();
        private final ExtrasBuilder extras = new ExtrasBuilder();

        Builder() {
        }

        /**
         * Sets every field from {@code instance}, replacing what was set.
         *
         * @param instance the subject to copy, not null
         * @return this builder
         */
        public Builder from(Subject instance) {
            delegate.from(instance);
            extras.putAll(instance.extras());
            return this;
        }

        /**
         * Sets the id used in observations.
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
         * Sets the id of the subject that contains this one.
         *
         * @param parent the value, or null to leave it empty
         * @return this builder
         */
        public Builder parent(String parent) {
            delegate.parent(Optional.ofNullable(parent));
            return this;
        }

        /**
         * Sets the kind: country, province, city, company, plant, or another word.
         *
         * @param kind the value, or null to leave it empty
         * @return this builder
         */
        public Builder kind(String kind) {
            delegate.kind(Optional.ofNullable(kind));
            return this;
        }

        /**
         * Adds an {@code x_} column the subject was read with; columns keep the order they are added in.
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
         * Returns the subject built from the fields set.
         *
         * @return a new instance, not null
         * @throws IllegalStateException if a required field is not set
         * @throws IllegalArgumentException if the fields break a rule of the format
         */
        public Subject build() {
            return delegate.extras(extras.build()).build();
        }
    }

    /** {@return the id used in observations} */
    public abstract String id();

    /** {@return the display name} */
    public abstract Optional<String> name();

    /** {@return the id of the subject that contains this one} */
    public abstract Optional<String> parent();

    /** {@return the kind: country, province, city, company, plant, or another word} */
    public abstract Optional<String> kind();

    /** {@return the {@code x_} columns the row was read with, in their order: carried along, as FORMAT.md says of any table} */
    public abstract Map<String, String> extras();

    @Value.Check
    void check() {
        if (id().isBlank() || id().contains("+") || id().chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidValueException(null, "id", "subject id \"" + id() + "\" must be non-blank, without '+' or spaces");
        }
        if (parent().isPresent() && parent().get().equals(id())) {
            throw new InvalidValueException("subject " + id(), "parent", "cannot be its own parent");
        }
    }
}
