package org.industrymetrics.csv;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.InvalidValueException;
import org.industrymetrics.Suggestion;
import org.industrymetrics.io.TableColumn;
import org.industrymetrics.io.TableSchema;

/**
 * Reads a CSV table by the rules of the dataset format, binding each row to a value.
 * <ul>
 * <li>Columns are matched by header name, in any order and any case, against the {@link TableSchema}.
 *     A column whose name starts with {@code x_} is carried along ({@link CsvRow#extras()}); any other
 *     unknown column is a problem, with a suggestion for a near miss ({@code column "vaule": unknown
 *     column (did you mean "value"?)}); so is a missing required column or a column given twice.
 *     A header with a problem ends the read: the rows are not read.
 * <li>The input is UTF-8, decoded strictly (malformed bytes are a problem of their line); a
 *     byte-order mark is ignored; lines end with LF, CRLF or CR; cells are quoted by RFC 4180 (commas,
 *     doubled quotes and line breaks inside quotes); blank lines are skipped. An empty cell means
 *     "not given". A cell in quotes that starts with {@code '} followed by {@code = + - @}, tab, CR or
 *     another {@code '} loses that first {@code '}: it is the guard {@link CsvTableWriter} puts before
 *     cells a spreadsheet would run as formulas. A cell not in quotes is read as typed
 *     ({@code '-- means no data} keeps its apostrophe).
 * <li>A row with more or fewer cells than the header, an empty cell in a required column, a quote
 *     problem, or a problem its binder reports is left out, and the read fails. Every problem is
 *     collected, each with the input name, line and column, up to
 *     {@link InvalidInputException#MAX_PROBLEMS}; then one {@link InvalidInputException} lists them.
 *     No row is ever skipped silently.
 * </ul>
 * <p>
 * {@link #stream} reads lazily, in constant memory: the stream gives the rows of a clean file in
 * order, and no row at all once a problem has been found; it throws the {@link InvalidInputException}
 * when it reaches the end of the input (or the 100th problem). So a stream that ends normally has
 * read a file without problems, and an action run on its elements has seen only rows before the first problem.
 * <pre>{@code
 * CsvTableReader<CsvRecord> reader = CsvTableReader.records(schema);
 * try (Stream<CsvRecord> rows = reader.stream(Path.of("observations.csv"))) {
 *     rows.forEach(System.out::println);
 * }
 * }</pre>
 * This class is immutable and thread-safe; each stream it returns is for one thread.
 *
 * @param <T> the type of value bound from a row
 */
public final class CsvTableReader<T> {

    private static final int BUFFER_SIZE = 1 << 16;

    private final TableSchema schema;
    private final RowBinder<T> binder;
    private final int bufferSize;

    private CsvTableReader(TableSchema schema, RowBinder<T> binder, int bufferSize) {
        this.schema = schema;
        this.binder = binder;
        this.bufferSize = bufferSize;
    }

    /**
     * Obtains a reader of a table that binds each row with a binder.
     *
     * @param <T> the type of a bound row
     * @param schema the table's columns, not null
     * @param binder makes a value of each row, not null
     * @return the reader
     */
    public static <T> CsvTableReader<T> of(TableSchema schema, RowBinder<T> binder) {
        return new CsvTableReader<>(Objects.requireNonNull(schema, "schema"),
                Objects.requireNonNull(binder, "binder"), BUFFER_SIZE);
    }

    /**
     * Obtains a reader of a table that gives each row as a {@link CsvRecord}.
     *
     * @param schema the table's columns, not null
     * @return the reader
     */
    public static CsvTableReader<CsvRecord> records(TableSchema schema) {
        return of(schema, CsvRow::toRecord);
    }

    /** Returns a reader with another buffer size, for tests of cells across buffer ends. */
    CsvTableReader<T> withBufferSize(int size) {
        return new CsvTableReader<>(schema, binder, size);
    }

    /** {@return the schema} */
    public TableSchema schema() {
        return schema;
    }

    /**
     * Reads a table from characters, lazily. The header is read at once; the stream does not close
     * the reader.
     *
     * @param in the characters, not null
     * @param inputName the name of the input in problems, such as the file name, not null
     * @return the values of the rows, in order; the stream throws {@link InvalidInputException} at
     *     the end if the input has problems, and {@link UncheckedIOException} if reading fails
     * @throws InvalidInputException if the header has problems
     * @throws IOException if reading the header fails
     */
    public Stream<T> stream(Reader in, String inputName) throws IOException {
        Objects.requireNonNull(in, "in");
        return stream(CharSource.of(in), inputName);
    }

    /**
     * Reads a table from UTF-8 bytes, lazily, decoding strictly: malformed bytes are a problem of
     * their line. The header is read at once; the stream does not close the input stream.
     *
     * @param in the bytes, not null
     * @param inputName the name of the input in problems, such as the file name, not null
     * @return the values of the rows, in order; the stream throws {@link InvalidInputException} at
     *     the end if the input has problems, and {@link UncheckedIOException} if reading fails
     * @throws InvalidInputException if the header has problems
     * @throws IOException if reading the header fails
     */
    public Stream<T> stream(InputStream in, String inputName) throws IOException {
        Objects.requireNonNull(in, "in");
        return stream(CharSource.utf8(in, bufferSize), inputName);
    }

    /**
     * Reads a table from a UTF-8 file, lazily; problems name the file by its file name. Close the
     * stream to close the file.
     *
     * @param file the file, not null
     * @return the values of the rows, in order; the stream throws {@link InvalidInputException} at
     *     the end if the input has problems, and {@link UncheckedIOException} if reading fails
     * @throws InvalidInputException if the header has problems
     * @throws IOException if the file cannot be opened or its header read
     */
    public Stream<T> stream(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            return stream(in, fileName(file)).onClose(() -> {
                try {
                    in.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Reads a whole table from characters.
     *
     * @param in the characters, not closed, not null
     * @param inputName the name of the input in problems, not null
     * @return the values of the rows, in order
     * @throws InvalidInputException listing every problem (up to 100) if the input has any
     * @throws IOException if reading fails
     */
    public List<T> read(Reader in, String inputName) throws IOException {
        return collect(stream(in, inputName));
    }

    /**
     * Reads a whole table from UTF-8 bytes.
     *
     * @param in the bytes, not closed, not null
     * @param inputName the name of the input in problems, not null
     * @return the values of the rows, in order
     * @throws InvalidInputException listing every problem (up to 100) if the input has any
     * @throws IOException if reading fails
     */
    public List<T> read(InputStream in, String inputName) throws IOException {
        return collect(stream(in, inputName));
    }

    /**
     * Reads a whole table from a UTF-8 file.
     *
     * @param file the file, not null
     * @return the values of the rows, in order
     * @throws InvalidInputException listing every problem (up to 100) if the file has any
     * @throws IOException if reading fails
     */
    public List<T> read(Path file) throws IOException {
        try (Stream<T> rows = stream(file)) {
            return collect(rows);
        }
    }

    private static <T> List<T> collect(Stream<T> rows) throws IOException {
        try {
            return rows.collect(ImmutableList.toImmutableList());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private Stream<T> stream(CharSource source, String inputName) throws IOException {
        Objects.requireNonNull(inputName, "inputName");
        Rows rows = new Rows(source, inputName);
        return StreamSupport.stream(rows, false);
    }

    /**
     * Reads a part of a file split at row boundaries ({@link CsvParts}): {@code in} holds the file's
     * header and then the part, whose first character is on line {@code firstLine} of the file.
     */
    Stream<T> streamPart(InputStream in, String inputName, long firstLine) throws IOException {
        return StreamSupport.stream(rowsOfPart(in, inputName, firstLine), false);
    }

    /** The rows of characters, for a binder that hands its values on itself ({@link Rows#bindRows}). */
    Rows rows(Reader in, String inputName) throws IOException {
        return new Rows(CharSource.of(Objects.requireNonNull(in, "in")), Objects.requireNonNull(inputName, "inputName"));
    }

    /** The rows of UTF-8 bytes, for a binder that hands its values on itself ({@link Rows#bindRows}). */
    Rows rows(InputStream in, String inputName) throws IOException {
        return new Rows(CharSource.utf8(Objects.requireNonNull(in, "in"), bufferSize), Objects.requireNonNull(inputName, "inputName"));
    }

    /** The rows of a part of a file, as {@link #streamPart}, for a binder that hands its values on itself. */
    Rows rowsOfPart(InputStream in, String inputName, long firstLine) throws IOException {
        Rows rows = rows(in, inputName);
        rows.tokenizer.nextLine(firstLine);
        return rows;
    }

    /** The rows of one input: reads the header when made, then one row per advance. */
    final class Rows extends Spliterators.AbstractSpliterator<T> implements CsvTokenizer.Problems {
        private final String inputName;
        private final ProblemList problems;
        private final CsvTokenizer tokenizer;
        /** For each header position: the schema index, or -1 - k for the k-th extra column. */
        private int[] targets;
        private String[] headerNames;
        private CsvRow row;
        private int[] required;
        private InvalidInputException failure;
        private boolean done;

        Rows(CharSource source, String inputName) throws IOException {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.inputName = inputName;
            this.problems = new ProblemList(inputName);
            this.tokenizer = new CsvTokenizer(source, bufferSize, this);
            readHeader();
        }

        private void readHeader() throws IOException {
            if (!tokenizer.nextRow()) {
                problems.add(0, null, "the input is empty, expected a header line naming the columns of the "
                        + schema.tableName() + " table, such as " + String.join(",", requiredNames()));
                throw problems.exception();
            }
            long line = tokenizer.rowLine();
            int n = tokenizer.count();
            String[] cells = new String[n];
            for (int i = 0; i < n; i++) {
                cells[i] = tokenizer.cell(i);
            }
            targets = new int[n];
            headerNames = new String[n];
            Map<String, Integer> seen = new HashMap<>();
            List<String> extras = new ArrayList<>();
            boolean[] present = new boolean[schema.size()];
            for (int i = 0; i < n; i++) {
                String name = cells[i] == null ? "" : cells[i].strip();
                headerNames[i] = name.isEmpty() ? Integer.toString(i + 1) : name;
                if (name.isEmpty()) {
                    problems.add(line, Integer.toString(i + 1), "the header gives no name");
                    continue;
                }
                String lower = name.toLowerCase(Locale.ROOT);
                Integer earlier = seen.putIfAbsent(lower, i);
                if (earlier != null) {
                    problems.add(line, name, "given twice (columns " + (earlier + 1)
                            + " and " + (i + 1) + " of the header)");
                    continue;
                }
                if (CsvTableWriter.isExtraName(name)) {
                    targets[i] = -1 - extras.size();
                    extras.add(name);
                    continue;
                }
                int index = schema.hasColumn(lower) ? schema.indexOf(lower) : -1;
                if (index < 0) {
                    Suggestion near = Cells.nearest(name, schema.columnNames()).orElse(null);
                    problems.add(line, name, near != null ? "unknown column"
                            : "unknown column: the " + schema.tableName() + " table has the columns "
                                    + String.join(", ", schema.columnNames())
                                    + "; start the name of a column of your own with x_", near);
                    continue;
                }
                targets[i] = index;
                present[index] = true;
            }
            List<Integer> requiredIndexes = new ArrayList<>();
            for (int i = 0; i < schema.size(); i++) {
                TableColumn column = schema.columns().get(i);
                if (column.isRequired()) {
                    requiredIndexes.add(i);
                    if (!present[i]) {
                        problems.add(line, column.name(), "missing: the " + schema.tableName()
                                + " table requires it");
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw problems.exception();
            }
            required = requiredIndexes.stream().mapToInt(Integer::intValue).toArray();
            row = new CsvRow(inputName, schema, extras.toArray(new String[0]), problems);
        }

        private List<String> requiredNames() {
            List<String> names = new ArrayList<>();
            for (TableColumn c : schema.columns()) {
                if (c.isRequired()) {
                    names.add(c.name());
                }
            }
            return names.isEmpty() ? schema.columnNames() : names;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            T value = next();
            if (value == null) {
                return false;
            }
            action.accept(value);
            return true;
        }

        /**
         * Binds up to {@code n} rows for a binder that hands its values on itself (rows after a
         * problem are bound too, all in this call), as a stream of them would: throws the problems at the
         * end of the input. A caller alternates this loop with its own handling of what was bound, so
         * that the JIT compiles the binding and the handling as separate units, each of moderate size.
         *
         * @return false once the input has ended
         * @throws InvalidInputException at the end of an input with problems, or at the 100th problem
         * @throws UncheckedIOException if reading fails
         */
        boolean bindRows(int n) {
            for (int i = 0; i < n; i++) {
                if (next() == null) {
                    return false;
                }
            }
            return true;
        }

        /** Binds rows up to the next one without a problem: its value, or null at the end of the input. */
        private T next() {
            if (failure != null) {
                throw failure;
            }
            if (done) {
                return null;
            }
            try {
                while (true) {
                    if (problems.isFull()) {
                        throw fail();
                    }
                    if (!tokenizer.nextRow()) {
                        done = true;
                        if (!problems.isEmpty()) {
                            throw fail();
                        }
                        return null;
                    }
                    T value = bind();
                    if (value != null && problems.isEmpty()) {
                        return value;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void forEachRemaining(Consumer<? super T> action) {
            while (tryAdvance(action)) {
                // one row after another
            }
        }

        private InvalidInputException fail() {
            failure = problems.exception();
            return failure;
        }

        /** Binds the row just read; returns null if it has a problem. */
        private T bind() {
            CsvRow r = row;
            char[] buf = tokenizer.buffer();
            r.moveTo(buf, tokenizer.rowLine(), tokenizer.rowHasProblem());
            if (r.hasProblem) {
                return null;
            }
            int n = tokenizer.count();
            if (n != targets.length) {
                problems.add(r.line, null, "found " + n + (n == 1 ? " cell" : " cells") + ", expected "
                        + targets.length + " as in the header");
                return null;
            }
            int[] starts = r.starts;
            int[] ends = r.ends;
            // every column of the header is written below; those not in the header stay empty
            for (int i = 0; i < n; i++) {
                int from = tokenizer.start(i);
                int to = tokenizer.end(i);
                // undoes the guard of Cells.appendCell on a cell in quotes: one leading ' before a formula
                // character or another '; a cell not in quotes is read as typed ('-- means no data)
                if (to - from >= 2 && buf[from] == '\'' && tokenizer.quoted(i) && Cells.isGuarded(buf[from + 1])) {
                    from++;
                }
                int target = targets[i];
                if (target >= 0) {
                    starts[target] = from;
                    ends[target] = to;
                } else {
                    r.extraStarts[-1 - target] = from;
                    r.extraEnds[-1 - target] = to;
                }
            }
            for (int index : required) {
                if (starts[index] == ends[index]) {
                    r.problem(schema.columns().get(index).name(), "empty, but a value is required");
                }
            }
            if (r.hasProblem) {
                return null;
            }
            T value;
            try {
                value = binder.bind(r);
            } catch (FigureParseException | InvalidValueException e) {
                // the library's own faults of a value; anything else is a bug and not caught
                r.problem(e.getMessage());
                return null;
            }
            if (r.hasProblem) {
                return null;
            }
            if (value == null) {
                throw new NullPointerException("the binder returned null for " + r + " without reporting a problem");
            }
            return value;
        }

        @Override
        public void problem(long line, int cell, String message) {
            problems.add(line, field(cell), message);
        }

        @Override
        public RuntimeException fatal(long line, int cell, String message) {
            problems.add(line, field(cell), message);
            return fail();
        }

        /** The column of a cell as the header names it, or its number; null for the line as a whole. */
        private String field(int cell) {
            if (cell < 0) {
                return null;
            }
            if (headerNames == null || cell >= headerNames.length) {
                return Integer.toString(cell + 1);
            }
            return headerNames[cell];
        }
    }
}
