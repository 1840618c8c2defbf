package org.industrymetrics.io;

import java.util.Objects;

/**
 * One column of a dataset table: its canonical name, whether a value is required, and whether its
 * cells are numbers or text.
 * <p>
 * The kind matters only when writing: a cell of a {@link Kind#NUMBER number} column that is a
 * plain decimal number or a range ({@code -18.1}, {@code 12..15}, {@code -3}) is written as it is,
 * while any other cell that starts like a spreadsheet formula is defused (see {@link org.industrymetrics.csv.CsvTableWriter}).
 * <p>
 * A required column must be in the header of every file, and every row must give it a value.
 * This class is immutable and thread-safe.
 */
public final class TableColumn {

    /** What the cells of a column hold. */
    public enum Kind {
        /** Free text: ids, names, units, quotes. */
        TEXT,
        /** Decimal numbers as written ({@code 88.9}, {@code -3}, {@code 12..15}). */
        NUMBER
    }

    private final String name;
    private final Kind kind;
    private final boolean required;

    private TableColumn(String name, Kind kind, boolean required) {
        this.name = name;
        this.kind = kind;
        this.required = required;
    }

    /**
     * Obtains an optional text column.
     *
     * @param name the canonical name: lower-case letters, digits and {@code _}, starting with a
     *     letter and not with {@code x_}, not null
     * @return the column
     * @throws IllegalArgumentException if the name is not such a name
     */
    public static TableColumn text(String name) {
        return new TableColumn(checkName(name), Kind.TEXT, false);
    }

    /**
     * Obtains an optional number column.
     *
     * @param name the canonical name, as for {@link #text(String)}, not null
     * @return the column
     * @throws IllegalArgumentException if the name is not such a name
     */
    public static TableColumn number(String name) {
        return new TableColumn(checkName(name), Kind.NUMBER, false);
    }

    /**
     * Returns a copy of this column that is required.
     * This instance is immutable and unaffected by this method call.
     *
     * @return the required column
     */
    public TableColumn required() {
        return new TableColumn(name, kind, true);
    }

    private static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        boolean ok = !name.isEmpty() && name.charAt(0) >= 'a' && name.charAt(0) <= 'z' && !name.startsWith("x_");
        for (int i = 0; ok && i < name.length(); i++) {
            char c = name.charAt(i);
            ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
        }
        if (!ok) {
            throw new IllegalArgumentException("column name must be lower-case letters, digits and '_', "
                    + "start with a letter and not with x_, found \"" + name + "\"");
        }
        return name;
    }

    /** {@return the canonical name, as written in a header} */
    public String name() {
        return name;
    }

    /** {@return what the cells hold} */
    public Kind kind() {
        return kind;
    }

    /** {@return whether every file must have this column and every row a value in it} */
    public boolean isRequired() {
        return required;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof TableColumn)) {
            return false;
        }
        TableColumn other = (TableColumn) obj;
        return name.equals(other.name) && kind == other.kind && required == other.required;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, kind, required);
    }

    /** Returns the name, with {@code #} for a number column and {@code *} for a required one: {@code value#*}. */
    @Override
    public String toString() {
        return name + (kind == Kind.NUMBER ? "#" : "") + (required ? "*" : "");
    }
}
