package org.industrymetrics.csv;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InvalidValueException;
import org.industrymetrics.Suggestion;
import org.industrymetrics.io.TableSchema;
import org.industrymetrics.io.internal.CharSlice;
import org.industrymetrics.io.internal.Row;

/**
 * The row a {@link RowBinder} is binding: its cells by column, its place in the file, and a way to
 * report what is wrong with it.
 * <p>
 * Cells are found by canonical column name (or index in the schema), whatever the order and case
 * of the file's header. An empty cell is {@code null}: "not given". A required column always has a
 * value here: a row that lacks one is reported by the reader and never reaches the binder.
 * <p>
 * A row is a cursor: the reader reuses it for the next row, so a binder must not keep it.
 * It is not thread-safe.
 */
public final class CsvRow {

    private final String input;
    private final TableSchema schema;
    private final String[] extraNames;
    private final ProblemList problems;
    /**
     * The row's characters, where the tokenizer read them: the cell of schema column {@code i} is
     * {@code chars[starts[i], ends[i])}, empty (not given) where they are equal; the {@code x_}
     * cells likewise. A String is made only for a cell asked for, once per row.
     */
    char[] chars;
    final int[] starts;
    final int[] ends;
    final int[] extraStarts;
    final int[] extraEnds;
    /** The Strings made of the cells this row, by schema index; null where none was made. */
    private final String[] strings;
    private boolean stringsMade;
    private final CharSlice[] views;
    long line;
    boolean hasProblem;

    CsvRow(String input, TableSchema schema, String[] extraNames, ProblemList problems) {
        this.input = input;
        this.schema = schema;
        this.extraNames = extraNames;
        this.problems = problems;
        int n = schema.size();
        this.starts = new int[n];
        this.ends = new int[n];
        this.strings = new String[n];
        this.views = new CharSlice[n];
        for (int i = 0; i < n; i++) {
            views[i] = new CharSlice();
        }
        this.extraStarts = new int[extraNames.length];
        this.extraEnds = new int[extraNames.length];
    }

    /** Points the row at the next row's characters: the cells are then set in {@link #starts} and {@link #ends}. */
    void moveTo(char[] buffer, long rowLine, boolean rowHasProblem) {
        chars = buffer;
        line = rowLine;
        hasProblem = rowHasProblem;
        if (stringsMade) {
            java.util.Arrays.fill(strings, null);
            stringsMade = false;
        }
    }

    /** {@return the name of the input (the file name), as used in problems} */
    public String input() {
        return input;
    }

    /** {@return the line on which the row starts, from 1 (the header is line 1)} */
    public long line() {
        return line;
    }

    /** {@return the schema the file was read with} */
    public TableSchema schema() {
        return schema;
    }

    /**
     * Returns the cell of a column.
     *
     * @param column the canonical column name, not null
     * @return the text, or null if the cell is empty or the file has no such column
     * @throws IllegalArgumentException if the schema has no such column
     */
    public String get(String column) {
        return get(schema.indexOf(column));
    }

    /**
     * Returns the cell of a column by its index in the schema ({@link TableSchema#indexOf(String)}),
     * the fast way for binders that read many rows.
     *
     * @param index the index in the schema
     * @return the text, or null if the cell is empty or the file has no such column
     * @throws IndexOutOfBoundsException if the index is not that of a column
     */
    public String get(int index) {
        String s = strings[index];
        if (s == null) {
            int from = starts[index];
            int to = ends[index];
            if (from == to) {
                return null;
            }
            s = new String(chars, from, to - from);
            strings[index] = s;
            stringsMade = true;
        }
        return s;
    }

    /** Returns the cell of a column as a view of the row's characters, or null if empty; see {@link Row#text(int)}. */
    CharSequence text(int index) {
        int from = starts[index];
        int to = ends[index];
        return from == to ? null : views[index].set(chars, from, to);
    }

    /**
     * {@return whether the cell of a column has a value}
     *
     * @param column the column
     */
    public boolean has(String column) {
        return get(column) != null;
    }

    /**
     * Reads the cell of a column with a parser, reporting a problem if the parser rejects it.
     * <pre>{@code Quantity q = row.get("capacity", Quantity::parse);}</pre>
     *
     * @param <V> the type of the value
     * @param column the canonical column name, not null
     * @param parser reads the text, throwing a {@link FigureParseException} (as every {@code parse}
     *     of the library does), an {@link InvalidValueException}, or a {@link NumberFormatException}
     *     (as the JDK's number parsers do) if it is bad; any other exception is not caught, not null
     * @return the value, or null if the cell is empty or a problem was reported
     * @throws IllegalArgumentException if the schema has no such column
     */
    public <V> V get(String column, Function<? super String, ? extends V> parser) {
        Objects.requireNonNull(parser, "parser");
        String text = get(column);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (FigureParseException e) {
            problem(column, e.getMessage());
            return null;
        } catch (InvalidValueException e) {
            problem(column, Cells.quote(text) + ": " + e.problem());
            return null;
        } catch (NumberFormatException e) {
            // the JDK's number parsers (Integer::valueOf, BigDecimal::new) reject text this way
            problem(column, Cells.quote(text) + ": " + e.getMessage());
            return null;
        }
    }

    /**
     * Returns the cells of the {@code x_} columns that have a value, by their header name, in header order.
     *
     * @return the extra cells, not null
     */
    public Map<String, String> extras() {
        return extraMap();
    }

    private ImmutableMap<String, String> extraMap() {
        if (extraNames.length == 0) {
            return ImmutableMap.of();
        }
        ImmutableMap.Builder<String, String> b = ImmutableMap.builderWithExpectedSize(extraNames.length);
        for (int i = 0; i < extraNames.length; i++) {
            int from = extraStarts[i];
            int to = extraEnds[i];
            if (from != to) {
                b.put(extraNames[i], new String(chars, from, to - from));
            }
        }
        return b.build();
    }

    /**
     * Returns the row as a record: the given cells, in canonical order, and the extra cells.
     *
     * @return the record, not null
     */
    public CsvRecord toRecord() {
        ImmutableMap.Builder<String, String> b = ImmutableMap.builderWithExpectedSize(starts.length);
        for (int i = 0; i < starts.length; i++) {
            String value = get(i);
            if (value != null) {
                b.put(schema.columns().get(i).name(), value);
            }
        }
        return CsvRecord.ofGiven(b.build(), extraMap());
    }

    /**
     * Reports a problem with the cell of a column, such as
     * {@code "30,00" is not a number (use '.' for decimals and no group separators)}; it is reported
     * as {@code observations.csv:14: column value: "30,00" is not a number ...}.
     *
     * @param column the canonical column name (or an {@code x_} name), not null
     * @param message what was found and what was expected, not null
     */
    public void problem(String column, String message) {
        problem(column, message, null);
    }

    /**
     * Reports a problem with the cell of a column, with what to write instead:
     * {@code observations.csv:14: column unit: unknown unit "GWhh" (did you mean "GWh"?)}.
     *
     * @param column the canonical column name (or an {@code x_} name), not null
     * @param message what was found and what was expected, without the suggestion, not null
     * @param suggestion what to write instead, or null for none
     */
    public void problem(String column, String message, Suggestion suggestion) {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(message, "message");
        hasProblem = true;
        problems.add(line, column, message, suggestion);
    }

    /**
     * Reports a problem with the row as a whole, such as two columns that contradict each other.
     *
     * @param message what was found and what was expected, not null
     */
    public void problem(String message) {
        Objects.requireNonNull(message, "message");
        hasProblem = true;
        problems.add(line, null, message);
    }

    /** {@return whether a problem has been reported for this row} */
    public boolean hasProblems() {
        return hasProblem;
    }

    /**
     * Returns the place of the row, {@code observations.csv:14}, as a location a problem found later
     * can name (see {@code Dataset.Builder.addObservation(Observation, InputLocation)}).
     *
     * @return the location of the row, not null
     */
    public InputLocation location() {
        return InputLocation.of(input, line);
    }

    /** Returns the place of the row: {@code observations.csv:14}. */
    @Override
    public String toString() {
        return input + ":" + line;
    }
}
