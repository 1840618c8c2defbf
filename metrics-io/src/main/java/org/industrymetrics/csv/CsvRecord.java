package org.industrymetrics.csv;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;

/**
 * The cells of one row of a table, by column name: the schema's columns that have a value, and the
 * {@code x_} columns that have a value. An empty cell is absent ("not given").
 * <p>
 * This is the untyped form of a row: what {@link CsvTableReader#records} reads and
 * {@link CsvTableWriter#write(CsvRecord)} writes, so that {@code read(write(records))} gives back
 * equal records. This class is immutable and thread-safe.
 */
public final class CsvRecord {

    private final ImmutableMap<String, String> values;
    private final ImmutableMap<String, String> extras;

    private CsvRecord(ImmutableMap<String, String> values, ImmutableMap<String, String> extras) {
        this.values = values;
        this.extras = extras;
    }

    /**
     * Obtains a record of schema cells alone.
     *
     * @param values the cells by canonical column name; null and empty values are left out; not null
     * @return the record
     */
    public static CsvRecord of(Map<String, String> values) {
        return of(values, Map.of());
    }

    /**
     * Obtains a record.
     *
     * @param values the cells by canonical column name; null and empty values are left out; not null
     * @param extras the cells of {@code x_} columns by header name; null and empty values are left out; not null
     * @return the record
     * @throws IllegalArgumentException if an extra name does not start with {@code x_}
     */
    public static CsvRecord of(Map<String, String> values, Map<String, String> extras) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(extras, "extras");
        for (String name : extras.keySet()) {
            if (!CsvTableWriter.isExtraName(Objects.requireNonNull(name, "extras key"))) {
                throw new IllegalArgumentException("the name of an extra column must start with x_, found \"" + name + "\"");
            }
        }
        return new CsvRecord(given(values), given(extras));
    }

    static CsvRecord ofGiven(ImmutableMap<String, String> values, ImmutableMap<String, String> extras) {
        return new CsvRecord(values, extras);
    }

    private static ImmutableMap<String, String> given(Map<String, String> map) {
        ImmutableMap.Builder<String, String> b = ImmutableMap.builderWithExpectedSize(map.size());
        for (Map.Entry<String, String> e : map.entrySet()) {
            if (e.getValue() != null && !e.getValue().isEmpty()) {
                b.put(Objects.requireNonNull(e.getKey(), "key"), e.getValue());
            }
        }
        return b.buildOrThrow();
    }

    /**
     * {@return the value of a column, or null if not given}
     *
     * @param column the column
     */
    public String get(String column) {
        return values.get(Objects.requireNonNull(column, "column"));
    }

    /** {@return the given cells of the schema's columns, in canonical order when read} */
    public Map<String, String> values() {
        return values;
    }

    /** {@return the given cells of the {@code x_} columns, in header order when read} */
    public Map<String, String> extras() {
        return extras;
    }

    /** Equal when the same cells are given with the same values, whatever their order. */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof CsvRecord && ((CsvRecord) obj).values.equals(values)
                && ((CsvRecord) obj).extras.equals(extras);
    }

    @Override
    public int hashCode() {
        return values.hashCode() * 31 + extras.hashCode();
    }

    /** Returns the cells, extras after the others: {@code {subject=CN, value=88.9, x_note=checked}}. */
    @Override
    public String toString() {
        if (extras.isEmpty()) {
            return values.toString();
        }
        return ImmutableMap.builder().putAll(values).putAll(extras).buildKeepingLast().toString();
    }
}
