package org.industrymetrics.csv;

import com.google.common.collect.ImmutableList;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.industrymetrics.io.TableColumn;
import org.industrymetrics.io.TableSchema;
import org.industrymetrics.io.UnwritableTextException;
import org.industrymetrics.io.internal.Limits;

/**
 * Writes a CSV table in canonical form: the schema's columns in canonical order, then the
 * {@code x_} columns given, a header line, one line per row, LF line ends, UTF-8 without a
 * byte-order mark, cells quoted by RFC 4180 only where needed (a comma, a quote or a line break).
 * <p>
 * A cell that a spreadsheet would run as a formula, one that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return, is written with a {@code '} before it (the OWASP
 * advice against CSV injection), and always in quotes: {@code =HYPERLINK(...)} is written
 * {@code "'=HYPERLINK(...)"}. So that reading gives back exactly what was written, a cell that starts
 * with {@code '} gets one more {@code '} too ({@code "''quoted"}), and {@link CsvTableReader} drops
 * one {@code '} from a cell in quotes that starts with {@code '} followed by one of those characters
 * or by {@code '}. A cell not in quotes is never changed on reading, so an apostrophe a person typed
 * ({@code '-- means no data}) is kept. A cell of a
 * {@link TableColumn.Kind#NUMBER number} column that is a plain decimal number or range
 * ({@code -18.1}, {@code -3}, {@code -1.5..2}) is written as it is: a spreadsheet reads it as a number.
 * <p>
 * An empty or null cell is written empty ("not given"); a required column must have a value.
 * <pre>{@code
 * try (CsvTableWriter out = CsvTableWriter.open(Path.of("sources.csv"), schema, List.of())) {
 *     out.writeRow(Map.of("id", "ichongqing-2024-06-26", "title", "Chongqing's battery industry"));
 * }
 * }</pre>
 * This class is not thread-safe.
 */
public final class CsvTableWriter implements Closeable, Flushable {

    private final Writer out;
    private final TableSchema schema;
    private final ImmutableList<String> columns;
    private final boolean[] number;
    private final boolean[] required;
    private final Map<String, Integer> indexes = new HashMap<>();
    private final StringBuilder line = new StringBuilder(256);
    private final String[] cells;

    private CsvTableWriter(Writer out, TableSchema schema, List<String> extraColumns) {
        this.out = out;
        this.schema = schema;
        this.columns = ImmutableList.<String>builder().addAll(schema.columnNames()).addAll(extraColumns).build();
        int n = columns.size();
        this.number = new boolean[n];
        this.required = new boolean[n];
        for (int i = 0; i < schema.size(); i++) {
            number[i] = schema.columns().get(i).kind() == TableColumn.Kind.NUMBER;
            required[i] = schema.columns().get(i).isRequired();
        }
        Set<String> lower = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String name = columns.get(i);
            indexes.put(name, i);
            if (i >= schema.size()) {
                if (!isExtraName(name) || !name.strip().equals(name)) {
                    throw new IllegalArgumentException("the name of an extra column must start with x_ "
                            + "and have no space around it, found " + Cells.quote(name));
                }
                if (!lower.add(name.toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("extra column " + Cells.quote(name) + " is given twice");
                }
            } else {
                lower.add(name);
            }
        }
        this.cells = new String[n];
    }

    /** Whether a header name is that of a column carried along: it starts with {@code x_} in any case. */
    static boolean isExtraName(String name) {
        return name.length() > 2 && (name.charAt(0) == 'x' || name.charAt(0) == 'X') && name.charAt(1) == '_';
    }

    /**
     * Starts writing a table: writes the header line at once.
     *
     * @param out where to write; closed by {@link #close()}; not null
     * @param schema the table's columns, not null
     * @param extraColumns names of columns carried along, each starting with {@code x_}, written
     *     after the schema's columns in this order, not null
     * @return the writer
     * @throws IllegalArgumentException if an extra name does not start with {@code x_} or is given twice
     * @throws IOException if writing fails
     */
    public static CsvTableWriter open(Writer out, TableSchema schema, List<String> extraColumns) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(extraColumns, "extraColumns");
        CsvTableWriter writer = new CsvTableWriter(out, schema, ImmutableList.copyOf(extraColumns));
        writer.writeHeader();
        return writer;
    }

    /**
     * Starts writing a table as UTF-8 bytes (no byte-order mark): writes the header line at once.
     *
     * @param out where to write; closed by {@link #close()}; not null
     * @param schema the table's columns, not null
     * @param extraColumns names of columns carried along, each starting with {@code x_}, not null
     * @return the writer
     * @throws IOException if writing fails
     */
    public static CsvTableWriter open(OutputStream out, TableSchema schema, List<String> extraColumns) throws IOException {
        Objects.requireNonNull(out, "out");
        return open(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), schema, extraColumns);
    }

    /**
     * Starts writing a table to a UTF-8 file (no byte-order mark), replacing it if it exists.
     *
     * @param file the file, not null
     * @param schema the table's columns, not null
     * @param extraColumns names of columns carried along, each starting with {@code x_}, not null
     * @return the writer
     * @throws IOException if the file cannot be written
     */
    public static CsvTableWriter open(Path file, TableSchema schema, List<String> extraColumns) throws IOException {
        Objects.requireNonNull(file, "file");
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        try {
            return open(w, schema, extraColumns);
        } catch (IOException | RuntimeException e) {
            w.close();
            throw e;
        }
    }

    /** {@return the columns written: the schema's, in canonical order, then the extra ones} */
    public List<String> columns() {
        return columns;
    }

    private void writeHeader() throws IOException {
        line.setLength(0);
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            Cells.appendQuoted(line, columns.get(i));
        }
        out.append(line.append('\n'));
    }

    /**
     * Writes a record: its values and those of its extras that are columns of this writer.
     *
     * @param record the record, not null
     * @throws IllegalArgumentException if it has a value for a column this writer does not have, or none for a required one
     * @throws UnwritableTextException if a text or the row is one a reader would not read back
     * @throws IOException if writing fails
     */
    public void write(CsvRecord record) throws IOException {
        Objects.requireNonNull(record, "record");
        Arrays.fill(cells, null);
        put(record.values());
        put(record.extras());
        writeCells();
    }

    /**
     * Writes a row given by column name.
     *
     * @param row the cells by column name (canonical or extra); absent, null and empty are "not given"; not null
     * @throws IllegalArgumentException if a name is not a column of this writer, or a required column has no value
     * @throws UnwritableTextException if a text or the row is one a reader would not read back
     * @throws IOException if writing fails
     */
    public void writeRow(Map<String, String> row) throws IOException {
        Objects.requireNonNull(row, "row");
        Arrays.fill(cells, null);
        put(row);
        writeCells();
    }

    /**
     * Writes a row given in the order of {@link #columns()}.
     *
     * @param row one cell per column; null and empty are "not given"; not null
     * @throws IllegalArgumentException if the number of cells is not the number of columns, or a required column has no value
     * @throws UnwritableTextException if a text or the row is one a reader would not read back
     * @throws IOException if writing fails
     */
    public void writeRow(List<String> row) throws IOException {
        Objects.requireNonNull(row, "row");
        if (row.size() != cells.length) {
            throw new IllegalArgumentException("found " + row.size() + " cells, expected " + cells.length
                    + ", one for each of " + columns);
        }
        row.toArray(cells);
        writeCells();
    }

    /** {@code , row with id "a"} when the table has an id column with a value, else nothing. */
    private String where() {
        Integer id = indexes.get("id");
        return id == null || cells[id] == null ? "" : ", row with id " + Cells.quote(cells[id]);
    }

    private void put(Map<String, String> row) {
        for (Map.Entry<String, String> e : row.entrySet()) {
            Integer index = indexes.get(Objects.requireNonNull(e.getKey(), "column name"));
            if (index == null) {
                throw new IllegalArgumentException("table " + schema.tableName() + " has no column "
                        + Cells.quote(e.getKey()) + ", its columns here are " + columns);
            }
            cells[index] = e.getValue();
        }
    }

    private void writeCells() throws IOException {
        StringBuilder sb = line;
        sb.setLength(0);
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i];
            if (i > 0) {
                sb.append(',');
            }
            if (cell == null || cell.isEmpty()) {
                if (required[i]) {
                    throw new IllegalArgumentException("column " + columns.get(i) + " of table "
                            + schema.tableName() + " is required, found no value");
                }
                continue;
            }
            String unwritable = Limits.unwritable(cell);
            if (unwritable != null) {
                throw new UnwritableTextException("table " + schema.tableName() + ", column " + columns.get(i) + ": "
                        + unwritable + where());
            }
            Cells.appendCell(sb, cell, number[i]);
        }
        if (sb.length() > Limits.MAX_ROW_CHARS) {
            throw new UnwritableTextException("table " + schema.tableName() + ": a row of " + sb.length()
                    + " characters, more than the " + Limits.MAX_ROW_CHARS + " a CSV row may have" + where() + "; write JSON instead");
        }
        if (sb.length() == 0) {
            sb.append("\"\""); // a blank line would be skipped on reading: write the one empty cell as ""
        }
        out.append(sb.append('\n'));
    }

    /** Flushes what is written to the underlying writer. */
    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Flushes and closes the underlying writer. */
    @Override
    public void close() throws IOException {
        out.close();
    }
}
