package org.industrymetrics;

import java.util.Objects;
import java.util.Optional;

/**
 * Where in an input a problem is: the input's name, a line, and a CSV column or a JSON path; or,
 * for a problem of a dataset as a whole, the row it concerns by table and id.
 * <pre>{@code
 * InputLocation.ofColumn("observations.csv", 14, "value")      // observations.csv:14: column value
 * InputLocation.ofPath("seed.json", 9, "observations[3].value")  // seed.json:9: field observations[3].value
 * InputLocation.ofEntry("cn-2024", "observations", "yibin-growth") // cn-2024: observation yibin-growth
 * InputLocation.ofPath("seed.json", 9, "observations[3]").field("id") // seed.json:9: field observations[3].id
 * }</pre>
 * A reader gives each row it reads its location ({@code Dataset.Builder.addObservation(o, origin)}),
 * so a problem found later (by the dataset, by a sum) names the file and line without reading it
 * again. This class is immutable and thread-safe.
 */
public final class InputLocation {

    private final String input;
    private final long line;
    private final String column;
    private final String path;
    private final Entry entry;

    /**
     * A row of a dataset table known by its id: the {@code observations} row {@code yibin-growth}.
     *
     * @param table the table's name as in the dataset format ({@code observations}, {@code subjects},
     *     {@code metrics}, {@code rates}, {@code rules}, {@code sources}), not null
     * @param id the id of the row, not null
     */
    public record Entry(String table, String id) {

        /**
         * Validates the components.
         *
         * @param table the table
         * @param id the id
         */
        public Entry {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(id, "id");
        }

        /** Returns the row as a message names it: {@code observation yibin-growth}. */
        @Override
        public String toString() {
            String noun = table.endsWith("s") ? table.substring(0, table.length() - 1) : table;
            return noun + " " + id;
        }
    }

    private InputLocation(String input, long line, String column, String path, Entry entry) {
        this.input = Objects.requireNonNull(input, "input");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative, found " + line);
        }
        this.line = line;
        this.column = column;
        this.path = path;
        this.entry = entry;
    }

    /**
     * Obtains the location of a whole input: a file that does not exist, an empty dataset.
     *
     * @param input the name of the input (a file name as given, {@code <stdin>}, a dataset name), not null
     * @return the location
     */
    public static InputLocation of(String input) {
        return new InputLocation(input, 0, null, null, null);
    }

    /**
     * Obtains the location of a line of an input.
     *
     * @param input the name of the input, not null
     * @param line the one-based line, or 0 if not known
     * @return the location
     * @throws IllegalArgumentException if the line is negative
     */
    public static InputLocation of(String input, long line) {
        return new InputLocation(input, line, null, null, null);
    }

    /**
     * Obtains the location of a cell of a CSV file.
     *
     * @param input the name of the input, not null
     * @param line the one-based line, or 0 if not known
     * @param column the column as the header names it (or its canonical name, or its number), not null
     * @return the location
     */
    public static InputLocation ofColumn(String input, long line, String column) {
        return new InputLocation(input, line, Objects.requireNonNull(column, "column"), null, null);
    }

    /**
     * Obtains the location of a value of a JSON document.
     *
     * @param input the name of the input, not null
     * @param line the one-based line, or 0 if not known
     * @param path the path of the value: {@code observations[3].value}, {@code observations[3]} for a row,
     *     {@code format} for a field of the document, not null
     * @return the location
     */
    public static InputLocation ofPath(String input, long line, String path) {
        return new InputLocation(input, line, null, Objects.requireNonNull(path, "path"), null);
    }

    /**
     * Obtains the location of a row of a dataset known by its id only (a dataset built in code).
     *
     * @param input the name of the dataset, not null
     * @param table the table's name ({@code observations}), not null
     * @param id the id of the row, not null
     * @return the location
     */
    public static InputLocation ofEntry(String input, String table, String id) {
        return new InputLocation(input, 0, null, null, new Entry(table, id));
    }

    /** {@return the name of the input: a file name as given, {@code <stdin>}, a dataset name} */
    public String input() {
        return input;
    }

    /** {@return the one-based line, or 0 if the location has no line} */
    public long line() {
        return line;
    }

    /** {@return the CSV column, as the header names it, if the location is a cell of a CSV file} */
    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    /** {@return the JSON path ({@code observations[3].value}), if the location is in a JSON document} */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    /** {@return the dataset row the location concerns, where it is known by id} */
    public Optional<Entry> entry() {
        return Optional.ofNullable(entry);
    }

    /**
     * Returns a copy naming another input (the file as the user gave it, {@code data/observations.csv}).
     * This instance is immutable and unaffected by this method call.
     *
     * @param newInput the name, not null
     * @return the location in that input
     */
    public InputLocation withInput(String newInput) {
        return new InputLocation(newInput, line, column, path, entry);
    }

    /**
     * Returns a copy on another line. This instance is immutable and unaffected by this method call.
     *
     * @param newLine the one-based line, or 0
     * @return the location on that line
     */
    public InputLocation withLine(long newLine) {
        return new InputLocation(input, newLine, column, path, entry);
    }

    /**
     * Returns a copy that also names the dataset row it concerns.
     * This instance is immutable and unaffected by this method call.
     *
     * @param table the table's name ({@code observations}), not null
     * @param id the id of the row, not null
     * @return the location
     */
    public InputLocation withEntry(String table, String id) {
        return new InputLocation(input, line, column, path, new Entry(table, id));
    }

    /**
     * Returns the location of a field of the row at this location: in a CSV file the cell of the
     * column, in a JSON document the path of the field ({@code observations[3]} → {@code observations[3].id}).
     * This instance is immutable and unaffected by this method call.
     *
     * @param name the canonical name of the column or field, not null
     * @return the location of the cell
     */
    public InputLocation field(String name) {
        Objects.requireNonNull(name, "name");
        if (path != null) {
            return new InputLocation(input, line, null, path.isEmpty() ? name : path + "." + name, entry);
        }
        return new InputLocation(input, line, name, null, entry);
    }

    /**
     * Says where this location is as seen from a problem in {@code from}: {@code on line 3},
     * {@code at observations[2]}, and {@code of other.csv} after it when the inputs differ.
     *
     * @param from the input of the problem that refers to this location, not null
     * @return the words
     */
    public String describeFrom(String from) {
        String place = path != null ? "at " + path : line > 0 ? "on line " + line : entry != null ? "as " + entry : "";
        if (from.equals(input)) {
            return place;
        }
        return place.isEmpty() ? "in " + input : place + " of " + input;
    }

    /** Whether a column name reads unquoted in a message: letters, digits and {@code _}. */
    private static boolean isPlain(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static String quote(String name) {
        String s = name.length() <= 80 ? name : name.substring(0, 60) + "…(" + name.length() + " characters)";
        return '"' + s.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + '"';
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof InputLocation)) {
            return false;
        }
        InputLocation o = (InputLocation) obj;
        return input.equals(o.input) && line == o.line && Objects.equals(column, o.column)
                && Objects.equals(path, o.path) && Objects.equals(entry, o.entry);
    }

    @Override
    public int hashCode() {
        return Objects.hash(input, line, column, path, entry);
    }

    /**
     * Returns the location as messages show it: {@code observations.csv:14: column value},
     * {@code seed.json:9: field observations[3].value}, {@code cn-2024: observation yibin-growth},
     * {@code observations.csv:14}; a cell's column is named rather than its row's id, a row's id rather
     * than its JSON path.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(input);
        if (line > 0) {
            sb.append(':').append(line);
        }
        if (column != null) {
            sb.append(": column ").append(isPlain(column) ? column : quote(column));
        } else if (entry != null) {
            sb.append(": ").append(entry);
        } else if (path != null && !path.isEmpty()) {
            sb.append(": field ").append(path);
        }
        return sb.toString();
    }
}
