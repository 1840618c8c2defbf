package org.industrymetrics.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.io.DatasetTable;
import org.industrymetrics.io.internal.DatasetRows;
import org.industrymetrics.io.internal.FileBatch;
import org.industrymetrics.io.internal.IdSet;
import org.industrymetrics.io.internal.Row;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.Metric;
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
     * {@code subjects.csv}, ...): the observations always, the other tables if they have rows, and
     * a table the dataset has no rows of with its header alone if its file is already there (so the
     * folder reads back as this dataset, not with an older table). Either every file is written or
     * none is: each is written beside its target first, and all are moved into place at the end, so
     * a failure leaves no half-written file. Other files in the folder are left alone. The folder is
     * made if it does not exist.
     *
     * @param dataset the dataset, not null
     * @param folder the folder, not null
     * @throws org.industrymetrics.io.UnwritableTextException for a text a reader would not read back
     * @throws IOException if a file cannot be written
     */
    public static void write(Dataset dataset, Path folder) throws IOException {
        Objects.requireNonNull(dataset, "dataset");
        Files.createDirectories(Objects.requireNonNull(folder, "folder"));
        FileBatch batch = new FileBatch();
        for (DatasetTable table : DatasetTable.values()) {
            Path file = folder.resolve(table.fileName());
            if (table == DatasetTable.OBSERVATIONS || size(dataset, table) > 0 || Files.exists(file)) {
                batch.add(file, out -> write(dataset, table, out));
            }
        }
        batch.write();
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
                writeRows(out, table, dataset.observations(), DatasetRows::cells);
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

    /** Writes the rows of a table: the columns of its schema, then its rows' {@code x_} columns in order of first appearance. */
    private static <T> void writeRows(Writer out, DatasetTable table, Collection<T> values, Function<T, String[]> cells)
            throws IOException {
        List<String> extras = DatasetRows.extraColumns(values, DatasetRows::extras);
        CsvTableWriter w = CsvTableWriter.open(out, table.schema(), extras);
        String[] row = new String[table.schema().size() + extras.size()];
        List<String> list = Arrays.asList(row);
        for (T v : values) {
            String[] given = cells.apply(v);
            System.arraycopy(given, 0, row, 0, given.length);
            Map<String, String> x = DatasetRows.extras(v);
            for (int i = 0; i < extras.size(); i++) {
                row[given.length + i] = x.get(extras.get(i));
            }
            w.writeRow(list);
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

        record Input(DatasetTable table, Path file, Reader reader, String name) {
            Input named(String newName) {
                return new Input(table, file, reader, newName);
            }
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
         * Adds a UTF-8 file of a table; problems and generated ids name it by its file name, with as
         * many of its folders as tell it from another input of the same name ({@code d1/observations.csv}
         * and {@code d2/observations.csv}): see {@link #inputNames()}.
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
         * Returns the names the inputs added go by in problems and generated ids ({@code observations.csv#14}),
         * in the order added: an input of characters by the name given; a file by its file name, or,
         * when another input has the same, by as many of its folders as tell them apart, as given
         * ({@code d1/observations.csv}, with {@code /} between the parts), so that generated ids of two
         * files never collide and problems say which file.
         *
         * @return the names, one per input
         */
        public List<String> inputNames() {
            List<List<String>> parts = new ArrayList<>();
            for (Input in : inputs) {
                List<String> p = new ArrayList<>();
                if (in.file == null || in.file.getFileName() == null || !in.name.equals(in.file.getFileName().toString())) {
                    p.add(in.name); // named by the caller (the path as the user gave it): as it is
                } else {
                    in.file.normalize().forEach(part -> p.add(part.toString()));
                    if (p.isEmpty() || p.get(0).isEmpty()) {
                        p.clear();
                        p.add(in.file.toString());
                    }
                }
                parts.add(p);
            }
            List<String> names = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                List<String> mine = parts.get(i);
                int k = 1;
                while (k < mine.size() && sharesSuffix(parts, i, k)) {
                    k++;
                }
                names.add(String.join("/", mine.subList(mine.size() - k, mine.size())));
            }
            return names;
        }

        /** Whether another input's last {@code k} parts are those of input {@code i}. */
        private static boolean sharesSuffix(List<List<String>> parts, int i, int k) {
            List<String> mine = parts.get(i);
            List<String> suffix = mine.subList(mine.size() - k, mine.size());
            for (int j = 0; j < parts.size(); j++) {
                List<String> other = parts.get(j);
                if (j != i && other.size() >= k && other.subList(other.size() - k, other.size()).equals(suffix)) {
                    return true;
                }
            }
            return false;
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
            List<String> names = inputNames();
            for (int i = 0; i < inputs.size(); i++) {
                Input in = inputs.get(i).named(names.get(i));
                try {
                    readTable(in, rows, dataset);
                } catch (InvalidInputException e) {
                    problems.addAll(e.problems());
                } catch (IOException e) {
                    failure = failure == null ? e : failure;
                } finally {
                    failure = close(in, failure);
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
                throw InvalidInputException.ofFirst(sorted(problems, names));
            }
            return result;
        }

        /**
         * Reads every input added as {@link #read()} does, the observations files in parts at the same
         * time: each observations file is split at row boundaries into at most {@code parts} parts of
         * about the same size (of a megabyte at least), each part is read on {@code executor} by a
         * reader of its own, and the dataset is built from the parts in the order of the inputs and
         * of the files. The dataset is the one {@link #read()} builds: the same observations in the
         * same order, with the same origins and generated ids.
         * <pre>{@code
         * ExecutorService pool = Executors.newFixedThreadPool(2);
         * try {
         *     Dataset d = DatasetCsv.reader().add(DatasetTable.OBSERVATIONS, Path.of("observations.csv"))
         *             .read(pool, 2);
         * } finally {
         *     pool.shutdown();
         * }
         * }</pre>
         * The library starts no thread: the executor runs the parts ({@code Runnable::run} runs them
         * one after the other on the calling thread). Inputs given as characters are read as by
         * {@code read()}, and so are all inputs if one of them is; a file too small to split is one
         * part. The problems are exactly those of {@code read()}, in the same order: where a table or
         * a part has one, or the dataset built has one (a repeated id, a unit that does not convert),
         * every input is read again by {@code read()}, which throws them.
         *
         * @param executor runs the parts, not null
         * @param parts the most parts to split a file into, at least 1 (such as the number of cores)
         * @return the dataset
         * @throws InvalidInputException listing every problem found, up to 100, as {@link #read()} would
         * @throws IOException if an input cannot be read
         * @throws IllegalArgumentException if {@code parts} is less than 1
         */
        public Dataset read(Executor executor, int parts) throws IOException {
            return read(executor, parts, CsvParts.MIN_PART_BYTES);
        }

        /** As {@link #read(Executor, int)}, with parts of {@code minPartBytes} at least (small in tests). */
        Dataset read(Executor executor, int parts, long minPartBytes) throws IOException {
            Objects.requireNonNull(executor, "executor");
            if (parts < 1) {
                throw new IllegalArgumentException("parts must be at least 1, found " + parts);
            }
            if (parts == 1 || inputs.stream().anyMatch(in -> in.file == null)) {
                return read();
            }
            List<String> names = inputNames();
            DatasetRows rows = new DatasetRows(true);
            Dataset.Builder dataset = Dataset.builder().name(name);
            List<ObservationParts.File> files = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                Input in = inputs.get(i).named(names.get(i));
                if (in.table == DatasetTable.OBSERVATIONS) {
                    files.add(new ObservationParts.File(in.file, in.name, i));
                    continue;
                }
                try {
                    readTable(in, rows, dataset);
                } catch (InvalidInputException e) {
                    return read(); // for every problem, in the order read() finds them
                }
            }
            ObservationParts split = ObservationParts.split(files, parts, minPartBytes);
            List<Dataset.Builder> read = new ArrayList<>(split.size());
            // each part into a builder of its own; repeated ids and units that do not convert are the dataset's to find
            boolean clean = split.read(executor, i -> {
                Dataset.Builder part = Dataset.builder();
                read.add(part);
                return part::addObservation;
            }, null, false);
            if (!clean) {
                return read();
            }
            for (int i = 0; i < read.size(); i++) {
                dataset.addObservationsOf(read.get(i));
                read.set(i, null); // each part let go once added
            }
            try {
                return dataset.build();
            } catch (InvalidInputException e) {
                return read();
            }
        }

        /** In the order of the inputs and lines, whether a file or the dataset found them (a stable sort). */
        private static List<InputProblem> sorted(List<InputProblem> problems, List<String> names) {
            problems.sort(Comparator.comparingInt((InputProblem p) -> {
                int i = names.indexOf(p.input());
                return i < 0 ? Integer.MAX_VALUE : i;
            }).thenComparingLong(InputProblem::line));
            return problems;
        }

        /** Closes the reader of an input given as characters; returns the first failure. */
        private static IOException close(Input in, IOException failure) {
            if (in.reader != null) {
                try {
                    in.reader.close();
                } catch (IOException e) {
                    return failure == null ? e : failure;
                }
            }
            return failure;
        }

        /**
         * Reads every input added, streaming the observations: the other tables are read at once into
         * a dataset without observations ({@link StreamingRead#tables()}: subjects, metrics, rates,
         * rules, sources), and {@link StreamingRead#forEachObservation} then reads the observations
         * inputs, handing each observation with its origin to an action as it is read, without
         * keeping it. So a sum or a filter of a file of any length takes the memory of the small
         * tables and of its own state.
         * <p>
         * The problems are those of {@link #read()}, in the same order: of every row of every input,
         * and those of the dataset as a whole (a repeated id, a level whose unit does not convert to its
         * metric's, a parent not in the subjects table); they are thrown together by
         * {@code forEachObservation} at the end. Ids are checked for repeats at the end, in a compact
         * set of the ids (their characters and about 24 bytes each), not in a map of the observations.
         * <pre>{@code
         * DatasetCsv.StreamingRead read = DatasetCsv.reader()
         *         .add(DatasetTable.METRICS, Path.of("metrics.csv"))
         *         .add(DatasetTable.OBSERVATIONS, Path.of("observations.csv"))
         *         .readStreaming();
         * RunningSum sum = Aggregation.inUnit("GWh").build().runningSum(read.tables());
         * read.forEachObservation(sum::add);
         * SumResult result = sum.result();
         * }</pre>
         *
         * @return the read, its tables read
         * @throws IOException if an input of a table other than the observations cannot be read
         */
        public StreamingRead readStreaming() throws IOException {
            return new StreamingRead(this);
        }

        private static void readTable(Input in, DatasetRows rows, Dataset.Builder dataset) throws IOException {
            switch (in.table) {
                case OBSERVATIONS:
                    readBatches(in, rows::observation, RowBatch.each(dataset::addObservation));
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
            readBatches(in, bind, RowBatch.each((value, input, line) -> sink.accept(value, InputLocation.of(input, line))));
        }

        /** As {@link #readTable(Input, Function, BiConsumer)}, handing the values a batch at a time. */
        private static <T> void readBatches(Input in, Function<Row, T> bind, RowBatch.Sink<T> sink) throws IOException {
            RowBatch<T> batch = new RowBatch<>(in.name, sink);
            CsvTableReader<T> reader = RowBatch.reader(in.table.schema(), bind, batch);
            try {
                if (in.file == null) {
                    batch.drain(reader.rows(in.reader, in.name));
                    return;
                }
                try (InputStream bytes = Files.newInputStream(in.file)) {
                    batch.drain(reader.rows(bytes, in.name));
                }
            } finally {
                batch.flush(); // the last rows, also when the input has problems (they are added too)
            }
        }
    }

    /**
     * A read of CSV files whose observations are streamed ({@link Builder#readStreaming()}): the
     * tables other than the observations, read, and the observations to read once. Not thread-safe.
     */
    public static final class StreamingRead {

        private final List<String> names;
        private final List<Builder.Input> observationInputs = new ArrayList<>();
        private final List<InputProblem> problems = new ArrayList<>();
        private final List<InputProblem> tableProblems = new ArrayList<>();
        private final DatasetRows rows = new DatasetRows(true);
        private final Map<String, Metric> metrics = new HashMap<>();
        private final Dataset tables;
        private boolean read;

        StreamingRead(Builder b) throws IOException {
            names = b.inputNames();
            Dataset.Builder dataset = Dataset.builder().name(b.name);
            IOException failure = null;
            for (int i = 0; i < b.inputs.size(); i++) {
                Builder.Input in = b.inputs.get(i).named(names.get(i));
                if (in.table() == DatasetTable.OBSERVATIONS) {
                    observationInputs.add(in);
                    continue;
                }
                try {
                    if (in.table() == DatasetTable.METRICS) {
                        // kept apart too, so the units of the observations are checked even if the tables have problems
                        Builder.readTable(in, rows::metric, (m, origin) -> {
                            dataset.addMetric(m, origin);
                            metrics.putIfAbsent(m.id(), m);
                        });
                    } else {
                        Builder.readTable(in, rows, dataset);
                    }
                } catch (InvalidInputException e) {
                    problems.addAll(e.problems());
                } catch (IOException e) {
                    failure = failure == null ? e : failure;
                } finally {
                    failure = Builder.close(in, failure);
                }
            }
            if (failure != null) {
                for (Builder.Input in : observationInputs) {
                    Builder.close(in, null);
                }
                throw failure;
            }
            Dataset built;
            try {
                built = dataset.build();
            } catch (InvalidInputException e) {
                // reported with the observations' problems; the observations are read without these tables' rows
                tableProblems.addAll(e.problems());
                built = Dataset.builder().name(b.name).build();
            }
            tables = built;
        }

        /**
         * Returns the tables other than the observations: a dataset without observations. If they have
         * problems, it is an empty dataset; the problems are thrown by {@link #forEachObservation}.
         *
         * @return the tables, not null
         */
        public Dataset tables() {
            return tables;
        }

        /**
         * Reads the observations inputs, in the order added, handing each observation of a row without
         * problems to {@code action} with its origin ({@code observations.csv:14}). Rows after a
         * problem are handed over too (every problem of every input is collected), and so is a row that
         * repeats an earlier row's id (repeats are found at the end, in one pass over the ids);
         * whatever the action built is to be thrown away when this method throws. It may be called once.
         *
         * @param action takes each observation and where it was read, not null
         * @throws InvalidInputException listing every problem of every input (the tables' too) and of
         *     the dataset as a whole, up to 100, as {@link Builder#read()} would
         * @throws IOException if an input cannot be read
         * @throws IllegalStateException if called a second time
         */
        public void forEachObservation(BiConsumer<? super Observation, ? super InputLocation> action) throws IOException {
            Objects.requireNonNull(action, "action");
            if (read) {
                throw new IllegalStateException("the observations of a streaming read are read once");
            }
            read = true;
            IdSet ids = new IdSet();
            List<InputProblem> unitProblems = new ArrayList<>();
            IOException failure = null;
            for (Builder.Input in : observationInputs) {
                int input = names.indexOf(in.name());
                try {
                    Builder.readBatches(in, rows::observation, RowBatch.observations(ids, input, (o, name, line) -> {
                        String problem = unitProblem(o);
                        if (problem != null) {
                            unitProblems.add(InputProblem.of(InputLocation.of(name, line).field("unit"), problem));
                        }
                        return problem == null;
                    }, (o, name, line) -> action.accept(o, InputLocation.of(name, line))));
                } catch (InvalidInputException e) {
                    problems.addAll(e.problems());
                } catch (IOException e) {
                    failure = failure == null ? e : failure;
                } finally {
                    failure = Builder.close(in, failure);
                }
            }
            if (failure != null) {
                throw failure;
            }
            List<InputProblem> all = new ArrayList<>(problems);
            all.addAll(tableProblems);
            all.addAll(datasetProblems(ids.repeats(), unitProblems));
            if (!all.isEmpty()) {
                throw InvalidInputException.ofFirst(Builder.sorted(all, names));
            }
        }

        /**
         * Reads the observations inputs as {@link #forEachObservation(BiConsumer)} does, in parts at the
         * same time: each observations file is split at row boundaries into at most {@code parts} parts
         * of about the same size (of a megabyte at least; quoted cells may hold line ends), each part is
         * read on {@code executor} by a reader of its own, and its observations are handed, in the
         * order of the file, with the same origins as a read of the whole, to an action of its own.
         * The parts are in the order of the inputs and of the files, so the actions, one after the
         * other, see what the one action of {@code forEachObservation} would; a sum adds each part to
         * a running sum of its own and merges them in order:
         * <pre>{@code
         * List<RunningSum> sums = new ArrayList<>();
         * read.forEachObservation(pool, 2, i -> {
         *     RunningSum part = aggregation.runningSum(read.tables());
         *     sums.add(part);
         *     return part::add;
         * });
         * RunningSum sum = sums.get(0);
         * sums.subList(1, sums.size()).forEach(sum::merge);
         * }</pre>
         * The library starts no thread: the executor runs the parts ({@code Runnable::run} runs them
         * one after the other on the calling thread). Inputs given as characters, and files too small
         * to split, are one part each; where nothing is split, this is {@code forEachObservation} with
         * the action of part 0. The problems are exactly those of {@code forEachObservation}, in the
         * same order: where a part finds one (or an id is in two parts), the observations are read
         * again, in one pass, for the problems, and none of it goes to the actions. It may be called
         * once.
         *
         * @param executor runs the parts, not null
         * @param parts the most parts to split a file into, at least 1 (such as the number of cores)
         * @param actions makes the action of part {@code i}, from 0; called on the calling thread,
         *     once per part, in order, before any part is read; not null
         * @return the number of parts read
         * @throws InvalidInputException listing every problem of every input (the tables' too) and of
         *     the dataset as a whole, up to 100, as {@link Builder#read()} would
         * @throws IOException if an input cannot be read
         * @throws IllegalStateException if called a second time
         * @throws IllegalArgumentException if {@code parts} is less than 1
         */
        public int forEachObservation(Executor executor, int parts,
                IntFunction<? extends BiConsumer<? super Observation, ? super InputLocation>> actions) throws IOException {
            return forEachObservation(executor, parts, actions, CsvParts.MIN_PART_BYTES);
        }

        /** As {@link #forEachObservation(Executor, int, IntFunction)}, with parts of {@code minPartBytes} at least (small in tests). */
        int forEachObservation(Executor executor, int parts,
                IntFunction<? extends BiConsumer<? super Observation, ? super InputLocation>> actions, long minPartBytes)
                throws IOException {
            Objects.requireNonNull(executor, "executor");
            Objects.requireNonNull(actions, "actions");
            if (parts < 1) {
                throw new IllegalArgumentException("parts must be at least 1, found " + parts);
            }
            if (read) {
                throw new IllegalStateException("the observations of a streaming read are read once");
            }
            ObservationParts split = null;
            if (parts > 1 && problems.isEmpty() && tableProblems.isEmpty()
                    && observationInputs.stream().allMatch(in -> in.file() != null)) {
                List<ObservationParts.File> files = new ArrayList<>();
                for (Builder.Input in : observationInputs) {
                    files.add(new ObservationParts.File(in.file(), in.name(), names.indexOf(in.name())));
                }
                split = ObservationParts.split(files, parts, minPartBytes);
            }
            if (split == null || split.size() == 1) {
                forEachObservation(actions.apply(0));
                return 1;
            }
            read = true;
            IntFunction<RowBatch.RowSink<Observation>> sinks = i -> {
                BiConsumer<? super Observation, ? super InputLocation> action = actions.apply(i);
                return (o, name, line) -> action.accept(o, InputLocation.of(name, line));
            };
            if (!split.read(executor, sinks, o -> unitProblem(o) == null, true)) {
                read = false;
                forEachObservation((o, at) -> {
                    // the read again is for its problems only
                });
                throw new IllegalStateException("a part of the observations had a problem that a read of the whole did not find");
            }
            return split.size();
        }

        /**
         * The problems of the dataset as a whole in the order the dataset finds them: row by row, a
         * repeated id before a unit that does not convert. Both lists are in the order read.
         */
        private List<InputProblem> datasetProblems(List<IdSet.Repeat> repeats, List<InputProblem> unitProblems) {
            List<InputProblem> merged = new ArrayList<>(repeats.size() + unitProblems.size());
            int u = 0;
            for (IdSet.Repeat r : repeats) {
                InputLocation origin = InputLocation.of(names.get(r.input()), r.line());
                while (u < unitProblems.size() && before(unitProblems.get(u), r.input(), r.line())) {
                    merged.add(unitProblems.get(u++));
                }
                merged.add(InputProblem.ofDuplicateId(r.id(), origin, InputLocation.of(names.get(r.firstInput()), r.firstLine())));
            }
            merged.addAll(unitProblems.subList(u, unitProblems.size()));
            return merged;
        }

        /** Whether a problem was read before the row at {@code line} of input {@code input}. */
        private boolean before(InputProblem p, int input, long line) {
            int i = names.indexOf(p.input());
            return i < input || i == input && p.line() < line;
        }

        /** The problem of a level whose unit does not convert to its metric's, as the dataset words it; null if it does. */
        private String unitProblem(Observation o) {
            if (o.measure() != Measure.LEVEL) {
                return null;
            }
            Metric metric = metrics.get(o.metric());
            if (metric == null) {
                return null;
            }
            return metric.unitProblem(o.effectiveUnit()).orElse(null);
        }
    }
}
