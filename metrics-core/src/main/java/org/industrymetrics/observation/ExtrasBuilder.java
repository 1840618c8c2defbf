package org.industrymetrics.observation;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code x_} columns a builder collects, for every record type's builder: kept in the order added,
 * no null key or value (a NullPointerException naming the entry), a column added twice refused by
 * {@link #build()} (an IllegalArgumentException naming it). The map builder is made only when a
 * column is added, so a row without {@code x_} columns allocates nothing here and gets the one shared
 * empty map. Not thread-safe, like the builders that hold it.
 */
final class ExtrasBuilder {

    /** The columns added so far, or null if none was. */
    private ImmutableMap.Builder<String, String> columns;

    /**
     * Adds one column.
     *
     * @param key the column name, not null
     * @param value the cell, not null
     */
    void put(String key, String value) {
        if (columns == null) {
            columns = ImmutableMap.builder();
        }
        columns.put(key, value);
    }

    /**
     * Adds the columns of {@code entries}, in its order.
     *
     * @param entries the columns, not null, without null keys or values
     */
    void putAll(Map<String, String> entries) {
        if (Objects.requireNonNull(entries, "entries").isEmpty()) {
            return;
        }
        if (columns == null) {
            columns = ImmutableMap.builder();
        }
        columns.putAll(entries);
    }

    /**
     * Replaces the columns with those of {@code entries}, in its order.
     *
     * @param entries the columns, not null, without null keys or values
     */
    void replace(Map<String, String> entries) {
        columns = null;
        putAll(entries);
    }

    /**
     * Returns the columns added, in their order.
     *
     * @return the columns; the shared empty map if none was added
     * @throws IllegalArgumentException if a column was added twice
     */
    ImmutableMap<String, String> build() {
        return columns == null ? ImmutableMap.of() : columns.build();
    }
}
