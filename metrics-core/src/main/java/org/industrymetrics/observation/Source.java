package org.industrymetrics.observation;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Where figures come from (FORMAT.md §6): id, title, publisher, date, url. Immutable and thread-safe. */
@Value.Immutable
public abstract class Source {

    Source() {
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds sources. */
    public static final class Builder extends ImmutableSource.Builder {
        Builder() {
        }
    }

    /** Returns the id observations refer to. */
    public abstract String id();

    /** Returns the title. */
    public abstract Optional<String> title();

    /** Returns the publisher. */
    public abstract Optional<String> publisher();

    /** Returns the date as written ({@code 2024-06-26}). */
    public abstract Optional<String> date();

    /** Returns the address. */
    public abstract Optional<String> url();

    /** Returns the {@code x_} columns the row was read with, in their order: carried along, as FORMAT.md says of any table. */
    public abstract Map<String, String> extras();
}
