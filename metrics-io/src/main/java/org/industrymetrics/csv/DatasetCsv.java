package org.industrymetrics.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.io.DatasetTable;
import org.industrymetrics.io.internal.DatasetRows;
import org.industrymetrics.io.internal.Row;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Observation;

/**
 * Reads and writes a {@link Dataset} as CSV files, one per table (FORMAT.md).
 * <p>
 * Reading follows the rules of {@link CsvTableReader} (columns by header name in any order and
 * case, {@code x_} columns carried along on observations, UTF-8 with an optional byte-order mark,
 * LF or CRLF, RFC 4180 quoting, an empty cell is "not given") and binds each cell by FORMAT.md:
 * <ul>
 * <li>{@code value}: a number as printed, {@code .} as the decimal point and no group separators,
 *     or a range {@code LOW..HIGH}; {@code qualifier} and {@code precision} (an integer, may be
 *     negative) make the {@link org.industrymetrics.figure.ReportedFigure ReportedFigure};
 * <li>{@code unit}, {@code measure}, {@code qualifier}, {@code status}, a metric's {@code kind}:
 *     an unknown word is a problem with a suggestion for a near miss;
 * <li>{@code period} by {@link org.industrymetrics.period.ReportingPeriod#parse}, {@code subject} by
 *     {@link org.industrymetrics.observation.SubjectRef#parse}; the rules of the model (a share needs
 *     a base, a level a unit) are problems of their row;
 * <li>an observation (or rule) without an id gets one from its file name and line,
 *     {@code observations.csv#14}: stable for the same file, and written out by {@link #write};
 * <li>ids of observations, subjects, metrics and sources are unique: a second row with an id is a
 *     problem that names the first.
 * </ul>
 * Every problem of every file is collected, each as {@code observations.csv:14: column value: "30,00"
 * is not a number (use '.' for decimals and no group separators)}, together with the dataset's own
 * (a parent not in the subjects table, a level whose unit does not convert to its metric's), placed
 * on the row they concern; the read then fails with one {@link InvalidInputException} listing up to 100.
 * <pre>{@code
 * Dataset d = DatasetCsv.reader().name("cn-2024")
 *         .add(DatasetTable.OBSERVATIONS, Path.of("cn-2024/observations.csv"))
 *         .add(DatasetTable.SUBJECTS, Path.of("cn-2024/subjects.csv"))
 *         .read();
 * DatasetCsv.write(d, Path.of("out"));     // out/observations.csv, out/subjects.csv
 * }</pre>
 * Writing gives the canonical form: the tables' columns in canonical order and canonical spellings
 * ({@code 2024-H1}, {@code CNY}, {@code at_least}), the {@code x_} columns of the observations after
 * the others, {@code measure} and {@code status} always written, a qualifier only where it is not
 * {@code exact} (a range's is implied by its value). So {@code read(write(d))} equals {@code d}.
 * This class is immutable and thread-safe.
 */
public final class DatasetCsv {

    private DatasetCsv() {
    }

    /**
     * Returns a builder that reads a dataset from CSV files.
     *
     * @return the builder
     */
    public static Builder reader() {
        return new Builder();
    }

    /**
     * Reads an observations table lazily, in constant memory: each row is bound as it is read, so a
     * file of any length can be summed or filtered without holding it. The stream gives the
     * observations of a clean file in order; at its end (or at the 100th problem) it throws an
     * {@link InvalidInputException} listing the problems, and it gives no observation after the
     * first problem. Ids are not checked for duplicates (that would take memory). The stream does
     * not close the reader.
     * <pre>{@code
     * try (Reader in = Files.newBufferedReader(file)) {
     *     SumResult total = DatasetCsv.streamObservations(in, "observations.csv")
     *             .collect(Aggregation.inUnit("GWh").build().collector(Dataset.of(List.of())));
     * }
     * }</pre>
     *
     * @param in the characters, not null
     * @param inputName the name of the input in problems and generated ids, not null
     * @return the observations
     * @throws InvalidInputException if the header has problems
     * @throws IOException if reading the header fails
     */
    public static Stream<Observation> streamObservations(Reader in, String inputName) throws IOException {
        return observationReader().stream(in, inputName);
    }

    /**
     * Reads an observations file lazily, in constant memory, decoding UTF-8 strictly (malformed
     * bytes are a problem of their line); see {@link #streamObservations(Reader, String)}. Close the
     * stream to close the file.
     *
     * @param file the file, not null
     * @return the observations
     * @throws InvalidInputException if the header has problems
     * @throws IOException if the file cannot be opened or its header read
     */
    public static Stream<Observation> streamObservations(Path file) throws IOException {
        return observationReader().stream(file);
    }

    private static CsvTableReader<Observation> observationReader() {
        DatasetRows rows = new DatasetRows(false);
        CsvRowAdapter adapter = new CsvRowAdapter();
        return CsvTableReader.of(DatasetTable.OBSERVATIONS.schema(), row -> rows.observation(adapter.at(row)));
    }

    /**
     * Writes every table of a dataset to a folder, one file per table ({@code observations.csv},
     * {@code subjects.csv}, ...): the observations always, the other tables if they have rows.
     * Files are replaced; other files in the folder are left alone. The folder is made if it does not exist.
     *
     * @param dataset the dataset, not null
     * @param folder the folder, not null
     * @throws IOException if a file cannot be written
     */
    public static void write(Dataset dataset, Path folder) throws IOException {
        Objects.requireNonNull(dataset, "dataset");
        Files.createDirectories(Objects.requireNonNull(folder, "folder"));
        for (DatasetTable table : DatasetTable.values()) {
            if (table == DatasetTable.OBSERVATIONS || size(dataset, table) > 0) {
                try (Writer out = Files.newBufferedWriter(folder.resolve(table.fileName()), StandardCharsets.UTF_8)) {
                    write(dataset, table, out);
                }
            }
        }
    }

    /**
     * Writes the observations table of a dataset, in canonical form. The writer is flushed, not closed.
     *
     * @param dataset the dataset, not null
     * @param out where to write, not null
     * @throws IOException if writing fails
     */
    public static void writeObservations(Dataset dataset, Writer out) throws IOException {
        write(dataset, DatasetTable.OBSERVATIONS, out);
    }

    /**
     * Writes one table of a dataset, in canonical form, with its header also when it has no rows.
     * The writer is flushed, not closed.
     *
     * @param dataset the dataset, not null
     * @param table the table, not null
     * @param out where to write, not null
     * @throws IOException if writing fails
     */
    public static void write(Dataset dataset, DatasetTable table, Writer out) throws IOException {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(out, "out");
        switch (table) {
            case OBSERVATIONS:
                List<String> extras = DatasetRows.extraColumns(dataset.observations());
                CsvTableWriter w = CsvTableWriter.open(out, table.schema(), extras);
                String[] row = new String[table.schema().size() + extras.size()];
                List<String> cells = Arrays.asList(row);
                for (Observation o : dataset.observations()) {
                    String[] given = DatasetRows.cells(o);
                    System.arraycopy(given, 0, row, 0, given.length);
                    Map<String, String> x = o.extras();
                    for (int i = 0; i < extras.size(); i++) {
                        row[given.length + i] = x.get(extras.get(i));
                    }
                    w.writeRow(cells);
                }
                w.flush();
                break;
            case SUBJECTS:
                writeRows(out, table, dataset.subjects(), DatasetRows::cells);
                break;
            case METRICS:
                writeRows(out, table, dataset.metrics(), DatasetRows::cells);
                break;
            case RATES:
                writeRows(out, table, dataset.rates(), DatasetRows::cells);
                break;
            case RULES:
                writeRows(out, table, dataset.rules(), DatasetRows::cells);
                break;
            default:
                writeRows(out, table, dataset.sources(), DatasetRows::cells);
                break;
        }
    }

    private static <T> void writeRows(Writer out, DatasetTable table, Collection<T> values, Function<T, String[]> cells)
            throws IOException {
        CsvTableWriter w = CsvTableWriter.open(out, table.schema(), List.of());
        for (T v : values) {
            w.writeRow(Arrays.asList(cells.apply(v)));
        }
        w.flush();
    }

    static int size(Dataset d, DatasetTable table) {
        switch (table) {
            case OBSERVATIONS:
                return d.size();
            case SUBJECTS:
                return d.subjects().size();
            case METRICS:
                return d.metrics().size();
            case RATES:
                return d.rates().size();
            case RULES:
                return d.rules().size();
            default:
                return d.sources().size();
        }
    }

    /**
     * Reads a dataset from CSV files: add a file (or reader) for each table, then {@link #read()}.
     * A table may be given by several files; their rows are read in the order added. Not thread-safe.
     */
    public static final class Builder {

        private String name = "dataset";
        private final List<Input> inputs = new ArrayList<>();

        private record Input(DatasetTable table, Path file, Reader reader, String name) {
        }

        private Builder() {
        }

        /**
         * Sets the name of the dataset, used in the problems the dataset as a whole has; {@code dataset} unless set.
         *
         * @param name the name, such as the folder read, not null
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Adds a UTF-8 file of a table; problems name it by its file name.
         *
         * @param table the table the file holds, not null
         * @param file the file, not null
         * @return this builder
         */
        public Builder add(DatasetTable table, Path file) {
            Objects.requireNonNull(file, "file");
            Path fileName = file.getFileName();
            return add(table, file, fileName == null ? file.toString() : fileName.toString());
        }

        /**
         * Adds a UTF-8 file of a table; problems name it by {@code inputName}, such as the path as a
         * user gave it ({@code data/observations.csv}). Generated ids use the last part of the name.
         *
         * @param table the table the file holds, not null
         * @param file the file, not null
         * @param inputName the name of the input in problems, not null
         * @return this builder
         */
        public Builder add(DatasetTable table, Path file, String inputName) {
            inputs.add(new Input(Objects.requireNonNull(table, "table"), Objects.requireNonNull(file, "file"), null,
                    Objects.requireNonNull(inputName, "inputName")));
            return this;
        }

        /**
         * Adds the characters of a table. {@link #read()} reads them to the end and closes the reader.
         *
         * @param table the table the input holds, not null
         * @param in the characters, not null
         * @param inputName the name of the input in problems and generated ids, such as {@code observations.csv}, not null
         * @return this builder
         */
        public Builder add(DatasetTable table, Reader in, String inputName) {
            inputs.add(new Input(Objects.requireNonNull(table, "table"), null, Objects.requireNonNull(in, "in"),
                    Objects.requireNonNull(inputName, "inputName")));
            return this;
        }

        /**
         * Reads every input added, in order, and builds the dataset. Every problem of every input,
         * and those of the dataset as a whole, is collected before failing.
         *
         * @return the dataset
         * @throws InvalidInputException listing every problem found, up to 100
         * @throws IOException if an input cannot be read
         */
        public Dataset read() throws IOException {
            DatasetRows rows = new DatasetRows(true);
            Dataset.Builder dataset = Dataset.builder().name(name);
            List<InputProblem> problems = new ArrayList<>();
            IOException failure = null;
            for (Input in : inputs) {
                try {
                    readTable(in, rows, dataset);
                } catch (InvalidInputException e) {
                    problems.addAll(e.problems());
                } catch (IOException e) {
                    failure = failure == null ? e : failure;
                } finally {
                    if (in.reader != null) {
                        try {
                            in.reader.close();
                        } catch (IOException e) {
                            failure = failure == null ? e : failure;
                        }
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
            Dataset result = null;
            try {
                result = dataset.build();
            } catch (InvalidInputException e) {
                // placed on their rows by the origins the rows were added with
                problems.addAll(e.problems());
            }
            if (!problems.isEmpty()) {
                // in the order of the inputs and lines, whether a file or the dataset found them
                List<String> names = new ArrayList<>();
                inputs.forEach(in -> names.add(in.name));
                problems.sort(Comparator.comparingInt((InputProblem p) -> {
                    int i = names.indexOf(p.input());
                    return i < 0 ? Integer.MAX_VALUE : i;
                }).thenComparingLong(InputProblem::line));
                throw InvalidInputException.ofFirst(problems);
            }
            return result;
        }

        private static void readTable(Input in, DatasetRows rows, Dataset.Builder dataset) throws IOException {
            switch (in.table) {
                case OBSERVATIONS:
                    readTable(in, rows::observation, dataset::addObservation);
                    break;
                case SUBJECTS:
                    readTable(in, rows::subject, dataset::addSubject);
                    break;
                case METRICS:
                    readTable(in, rows::metric, dataset::addMetric);
                    break;
                case RATES:
                    readTable(in, rows::rate, dataset::addRate);
                    break;
                case RULES:
                    readTable(in, rows::rule, dataset::addRule);
                    break;
                default:
                    readTable(in, rows::source, dataset::addSource);
                    break;
            }
        }

        /** Reads one input, adding each row without a problem, also those after a problem, so the dataset can be checked too. */
        private static <T> void readTable(Input in, Function<Row, T> bind, BiConsumer<T, InputLocation> sink)
                throws IOException {
            CsvRowAdapter adapter = new CsvRowAdapter();
            CsvTableReader<T> reader = CsvTableReader.of(in.table.schema(), row -> {
                T value = bind.apply(adapter.at(row));
                if (value != null && !row.hasProblems()) {
                    sink.accept(value, row.location());
                }
                return value;
            });
            if (in.file == null) {
                drain(reader.stream(in.reader, in.name));
                return;
            }
            try (InputStream bytes = Files.newInputStream(in.file)) {
                drain(reader.stream(bytes, in.name));
            }
        }

        private static <T> void drain(Stream<T> values) throws IOException {
            try (values) {
                values.forEach(v -> {
                    // added by the binder
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }
}
