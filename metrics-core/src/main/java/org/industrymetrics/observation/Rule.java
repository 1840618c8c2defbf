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

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds rules. */
    public static final class Builder extends ImmutableRule.Builder {
        Builder() {
        }
    }

    /** Returns the id (generated from the row number when the table has none). */
    public abstract String id();

    /** Returns the rule text. */
    public abstract String rule();

    /** Returns the description. */
    public abstract Optional<String> description();

    /** Returns the severity as written. */
    public abstract Optional<String> severity();

    /** Returns the {@code x_} columns the row was read with, in their order: carried along, as FORMAT.md says of any table. */
    public abstract Map<String, String> extras();
}
