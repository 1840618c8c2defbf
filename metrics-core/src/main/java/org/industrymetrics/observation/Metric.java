package org.industrymetrics.observation;

import java.util.Map;
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

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds metrics. */
    public static final class Builder extends ImmutableMetric.Builder {
        Builder() {
        }
    }

    /** Returns the metric id. */
    public abstract String id();

    /** Returns the display name. */
    public abstract Optional<String> name();

    /** Returns whether it adds up over periods (flow) or is a level at a time (stock), if known. */
    public abstract Optional<MetricKind> kind();

    /** Returns the unit its levels must convert to, if given. */
    public abstract Optional<ObservationUnit> unit();

    /** Returns the {@code x_} columns the row was read with, in their order: carried along, as FORMAT.md says of any table. */
    public abstract Map<String, String> extras();
}
