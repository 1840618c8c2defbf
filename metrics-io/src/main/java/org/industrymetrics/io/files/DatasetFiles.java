package org.industrymetrics.io.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.csv.DatasetCsv;
import org.industrymetrics.csv.RateTables;
import org.industrymetrics.io.DatasetTable;
import org.industrymetrics.json.DatasetJson;
import org.industrymetrics.money.FxRateTable;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Observation;

/**
 * Reads a dataset from the files a user names, by the rules of the command line (CLI.md): a JSON
 * document, or CSV files whose table is given or else told by the file name
 * ({@link DatasetTable#fromFileName}), a folder for all its {@code .csv} and {@code .json} files, or
 * standard input.
 * <pre>{@code
 * DatasetFiles.Contents read = DatasetFiles.builder().add(Path.of("data/cn-2024")).read();
 * Dataset d = read.dataset();
 *
 * DatasetFiles.builder()
 *         .add(Path.of("figures.csv"))                         // observations: no table in its name
 *         .add(DatasetTable.SUBJECTS, Path.of("regions.csv"))  // the table given
 *         .read();
 * }</pre>
 * <ul>
 * <li>A folder gives its {@code .csv} and {@code .json} files, by name; hidden files and
 *     sub-folders are not read. A folder with none is a problem.
 * <li>A CSV file whose name names no table holds observations, unless its header is that of a
 *     FRED exchange-rate series ({@code observation_date,DEXCHUS}): those rates are read as a rate
 *     table of their own ({@link Contents#rateTables()}), not a table of the dataset.
 * <li>A JSON document holds every table: it is the one input of a dataset.
 * <li>Problems name each file as it was given ({@code data/observations.csv:14: ...}); a file that
 *     does not exist is a problem too. Every problem of every file is collected before failing with
 *     one {@link InvalidInputException}, and each row of the dataset keeps its origin
 *     ({@link Dataset#origin}), so a problem found later names the file and line.
 * </ul>
 * Not thread-safe; the {@link Contents} it reads are immutable.
 */
public final class DatasetFiles {

    /** The name of standard input in problems and generated ids. */
    public static final String STDIN = "<stdin>";

    private DatasetFiles() {
    }

    /**
     * A dataset read from files, and the exchange-rate tables given in FRED's layout, which are not a
     * table of the dataset.
     *
     * @param dataset the dataset, not null
     * @param rateTables the FRED rate tables, in the order given, not null
     */
    public record Contents(Dataset dataset, List<FxRateTable> rateTables) {

        /**
         * Validates and copies the components.
         *
         * @param dataset the dataset, not null
         * @param rateTables the FRED rate tables, in the order given, not null
         */
        public Contents {
            Objects.requireNonNull(dataset, "dataset");
            rateTables = List.copyOf(rateTables);
        }
    }

    /**
     * Returns a builder: add the files, then {@link Builder#read()}.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the dataset of a folder, a JSON document or a CSV file.
     *
     * @param fileOrFolder the file or folder, not null
     * @return what was read
     * @throws InvalidInputException listing every problem found, up to 100
     * @throws IOException if a file cannot be read
     */
    public static Contents read(Path fileOrFolder) throws IOException {
        return builder().add(fileOrFolder).read();
    }

    /** One input: a table (null for a JSON document), the file (null for a stream), its name in problems. */
    private record Input(DatasetTable table, Path path, InputStream stream, String name, boolean fred) {
        boolean json() {
            return table == null;
        }
    }

    /** Reads a dataset from files. Not thread-safe. */
    public static final class Builder {

        /** What was added: a path (with a table or none), or a stream of a table with its name. */
        private record Added(DatasetTable table, Path path, InputStream stream, String name) {
        }

        private final List<Added> added = new ArrayList<>();
        private String name;

        private Builder() {
        }

        /**
         * Sets the name of the dataset, used in the problems of the dataset as a whole; unless set, the
         * first file or folder as given.
         *
         * @param datasetName the name, not null
         * @return this builder
         */
        public Builder name(String datasetName) {
            this.name = Objects.requireNonNull(datasetName, "datasetName");
            return this;
        }

        /**
         * Adds a folder (all its {@code .csv} and {@code .json} files), a JSON document, or a CSV file
         * whose table is told by its name.
         *
         * @param fileOrFolder the file or folder, not null
         * @return this builder
         */
        public Builder add(Path fileOrFolder) {
            added.add(new Added(null, Objects.requireNonNull(fileOrFolder, "fileOrFolder"), null, null));
            return this;
        }

        /**
         * Adds a CSV file of a table, whatever its name.
         *
         * @param table the table, not null
         * @param csvFile the file, not null
         * @return this builder
         */
        public Builder add(DatasetTable table, Path csvFile) {
            added.add(new Added(Objects.requireNonNull(table, "table"), Objects.requireNonNull(csvFile, "csvFile"), null, null));
            return this;
        }

        /**
         * Adds a CSV table read from a stream of UTF-8 bytes, such as standard input; {@link #read()}
         * reads it to the end, decoding strictly (a malformed byte is a problem of its line), and does
         * not close it.
         *
         * @param table the table, not null
         * @param in the bytes, not null
         * @param inputName the name in problems and generated ids, such as {@link #STDIN}, not null
         * @return this builder
         */
        public Builder add(DatasetTable table, InputStream in, String inputName) {
            added.add(new Added(Objects.requireNonNull(table, "table"), null, Objects.requireNonNull(in, "in"),
                    Objects.requireNonNull(inputName, "inputName")));
            return this;
        }

        /**
         * Reads every input added. Problems of the inputs as given (a file that does not exist, a
         * folder without data files, a JSON document given with other inputs or as a table, a folder
         * given as a table) are reported before any file is read.
         *
         * @return the dataset and the FRED rate tables
         * @throws InvalidInputException listing every problem found, up to 100
         * @throws IOException if a file cannot be read
         */
        public Contents read() throws IOException {
            return readAll(null, 1);
        }

        /**
         * Reads every input added as {@link #read()} does, the observations files in parts at the same
         * time on {@code executor} (see {@link DatasetCsv.Builder#read(Executor, int)}): the same
         * dataset, and the same problems in the same order. A JSON document, and inputs given as
         * streams, are read as by {@code read()}. The library starts no thread: the executor runs the
         * parts.
         * <pre>{@code
         * ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
         * try {
         *     Dataset d = DatasetFiles.builder().add(Path.of("data/cn-2024")).read(pool, 2).dataset();
         * } finally {
         *     pool.shutdown();
         * }
         * }</pre>
         *
         * @param executor runs the parts, not null
         * @param parts the most parts to split an observations file into, at least 1 (such as the number of cores)
         * @return the dataset and the FRED rate tables
         * @throws InvalidInputException listing every problem found, up to 100
         * @throws IOException if a file cannot be read
         * @throws IllegalArgumentException if {@code parts} is less than 1
         */
        public Contents read(Executor executor, int parts) throws IOException {
            Objects.requireNonNull(executor, "executor");
            if (parts < 1) {
                throw new IllegalArgumentException("parts must be at least 1, found " + parts);
            }
            return readAll(executor, parts);
        }

        /** Reads the inputs; the observations in parts on the executor if one is given. */
        private Contents readAll(Executor executor, int parts) throws IOException {
            List<Input> inputs = resolve();
            String datasetName = name != null ? name : inputs.isEmpty() ? "dataset" : firstName();
            if (inputs.size() == 1 && inputs.get(0).json()) {
                Input in = inputs.get(0);
                return new Contents(DatasetJson.read(in.path, in.name), List.of());
            }
            DatasetCsv.Builder csv = DatasetCsv.reader().name(datasetName);
            List<FxRateTable> fred = new ArrayList<>();
            List<InputProblem> problems = new ArrayList<>();
            for (Input in : inputs) {
                if (in.stream != null) {
                    csv.add(in.table, new StringReader(decode(in.stream, in.name)), in.name);
                } else if (in.fred) {
                    try {
                        fred.add(RateTables.read(in.path));
                    } catch (InvalidInputException e) {
                        // the rate reader names the file by its file name: name it as given
                        e.problems().forEach(p -> problems.add(p.withLocation(p.location().withInput(in.name))));
                    } catch (UncheckedIOException e) {
                        throw e.getCause();
                    }
                } else {
                    csv.add(in.table, in.path, in.name);
                }
            }
            Dataset dataset = null;
            try {
                dataset = executor == null ? csv.read() : csv.read(executor, parts);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
            if (!problems.isEmpty()) {
                throw InvalidInputException.ofFirst(problems);
            }
            return new Contents(dataset, fred);
        }

        /**
         * Reads every input added, streaming the observations (see
         * {@link DatasetCsv.Builder#readStreaming()}): the tables other than the observations and the
         * FRED rate tables are read at once ({@link StreamingRead#tables()}), and
         * {@link StreamingRead#forEachObservation} then reads the observations, handing each with its
         * origin to an action without keeping it. Problems of the inputs as given are thrown here, as
         * by {@link #read()}; every other problem is thrown at the end of {@code forEachObservation},
         * the same problems in the same order as {@link #read()}. A JSON document is read whole.
         * <pre>{@code
         * DatasetFiles.StreamingRead read = DatasetFiles.builder().add(Path.of("data/cn-2024")).readStreaming();
         * RunningSum sum = Aggregation.inUnit("GWh").build().runningSum(read.tables().dataset());
         * read.forEachObservation(sum::add);
         * SumResult result = sum.result();
         * }</pre>
         *
         * @return the read, its tables read
         * @throws InvalidInputException listing the problems of the inputs as given, or of a JSON document
         * @throws IOException if a file cannot be read
         */
        public StreamingRead readStreaming() throws IOException {
            List<Input> inputs = resolve();
            String datasetName = name != null ? name : inputs.isEmpty() ? "dataset" : firstName();
            if (inputs.size() == 1 && inputs.get(0).json()) {
                Input in = inputs.get(0);
                return new StreamingRead(new Contents(DatasetJson.read(in.path, in.name), List.of()), null, List.of());
            }
            DatasetCsv.Builder csv = DatasetCsv.reader().name(datasetName);
            List<FxRateTable> fred = new ArrayList<>();
            List<InputProblem> problems = new ArrayList<>();
            for (Input in : inputs) {
                if (in.stream != null) {
                    csv.add(in.table, new StringReader(decode(in.stream, in.name)), in.name);
                } else if (in.fred) {
                    try {
                        fred.add(RateTables.read(in.path));
                    } catch (InvalidInputException e) {
                        // the rate reader names the file by its file name: name it as given
                        e.problems().forEach(p -> problems.add(p.withLocation(p.location().withInput(in.name))));
                    } catch (UncheckedIOException e) {
                        throw e.getCause();
                    }
                } else {
                    csv.add(in.table, in.path, in.name);
                }
            }
            DatasetCsv.StreamingRead read = csv.readStreaming();
            return new StreamingRead(new Contents(read.tables(), fred), read, problems);
        }

        private String firstName() {
            Added first = added.get(0);
            return first.path != null ? first.path.toString() : first.name;
        }

        /** The inputs: folders to their files, each CSV file to its table; problems of the inputs as given. */
        private List<Input> resolve() throws IOException {
            List<Input> inputs = new ArrayList<>();
            List<InputProblem> problems = new ArrayList<>();
            for (Added a : added) {
                DatasetTable table = a.table;
                if (a.stream != null) {
                    inputs.add(new Input(table, null, a.stream, a.name, false));
                    continue;
                }
                Path path = a.path;
                String shown = path.toString();
                if (Files.isDirectory(path)) {
                    if (table != null) {
                        problems.add(InputProblem.of(InputLocation.of(shown), "a folder, expected a CSV file of the "
                                + table.tableName() + " table"));
                        continue;
                    }
                    List<Path> members = members(path);
                    if (members.isEmpty()) {
                        problems.add(InputProblem.of(InputLocation.of(shown), "the folder holds no .csv or .json file"));
                    }
                    for (Path p : members) {
                        inputs.add(input(null, p));
                    }
                } else if (!Files.exists(path)) {
                    problems.add(InputProblem.of(InputLocation.of(shown), "no such file or folder"));
                } else if (table != null && isJson(path)) {
                    problems.add(InputProblem.of(InputLocation.of(shown), "a JSON document holds every table;"
                            + " give it without a table"));
                } else {
                    inputs.add(input(table, path));
                }
            }
            long documents = inputs.stream().filter(Input::json).count();
            if (problems.isEmpty() && (documents > 1 || documents == 1 && inputs.size() > 1)) {
                Input first = inputs.stream().filter(Input::json).findFirst().orElseThrow();
                problems.add(InputProblem.of(InputLocation.of(first.name), "one dataset at a time: a JSON document or CSV files, found "
                        + inputs.stream().map(Input::name).collect(Collectors.joining(", "))));
            }
            if (!problems.isEmpty()) {
                throw InvalidInputException.ofFirst(problems);
            }
            return inputs;
        }
    }

    /** The {@code .csv} and {@code .json} files of a folder, by name; hidden files and sub-folders are not read. */
    private static List<Path> members(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return !n.startsWith(".") && (n.endsWith(".csv") || n.endsWith(".json")) && Files.isRegularFile(p);
            }).sorted().collect(Collectors.toList());
        }
    }

    private static boolean isJson(Path p) {
        return p.getFileName() != null && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static Input input(DatasetTable given, Path path) throws IOException {
        String shown = path.toString();
        if (given == null && isJson(path)) {
            return new Input(null, path, null, shown, false);
        }
        String fileName = path.getFileName() == null ? shown : path.getFileName().toString();
        DatasetTable table = given != null ? given : DatasetTable.fromFileName(fileName).orElse(null);
        if (table == null) {
            // any other CSV file is observations, unless its header is that of a FRED series (DEXCHUS.csv)
            return isFred(path) ? new Input(DatasetTable.RATES, path, null, shown, true)
                    : new Input(DatasetTable.OBSERVATIONS, path, null, shown, false);
        }
        return new Input(table, path, null, shown, table == DatasetTable.RATES && isFred(path));
    }

    /** FRED's daily series layout ({@code observation_date,DEXCHUS}), told by the header as the rate reader does. */
    private static boolean isFred(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String header = in.readLine();
            if (header == null) {
                return false;
            }
            String[] cells = header.replace("\uFEFF", "").replace("\u00EF\u00BB\u00BF", "").replace("\"", "").split(",", -1);
            return cells.length == 2
                    && (cells[0].strip().equalsIgnoreCase("observation_date") || cells[0].strip().equalsIgnoreCase("date"))
                    && cells[1].strip().toUpperCase(Locale.ROOT).startsWith("DEX");
        }
    }

    /** Decodes a stream strictly: a malformed byte is a problem of its line, not a replacement character. */
    private static String decode(InputStream stream, String inputName) throws IOException {
        byte[] bytes = stream.readAllBytes();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            long line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new InvalidInputException(InputProblem.of(InputLocation.of(inputName, line),
                    "malformed UTF-8 (" + result.length() + " byte" + (result.length() == 1 ? "" : "s") + "); save the input as UTF-8"));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /**
     * A read of a dataset's files whose observations are streamed ({@link Builder#readStreaming()}):
     * the tables other than the observations and the FRED rate tables, read, and the observations to
     * read once. Not thread-safe.
     */
    public static final class StreamingRead {

        private final Contents tables;
        /** The CSV read, or null for a JSON document (read whole). */
        private final DatasetCsv.StreamingRead csv;
        private final List<InputProblem> fredProblems;
        private boolean read;

        private StreamingRead(Contents tables, DatasetCsv.StreamingRead csv, List<InputProblem> fredProblems) {
            this.tables = tables;
            this.csv = csv;
            this.fredProblems = List.copyOf(fredProblems);
        }

        /**
         * Returns the tables read: a dataset without observations (with them, for a JSON document) and
         * the FRED rate tables. If the tables have problems, the dataset is empty; the problems are
         * thrown by {@link #forEachObservation}.
         *
         * @return the tables, not null
         */
        public Contents tables() {
            return tables;
        }

        /**
         * Reads the observations, in the order of the inputs, handing each observation of a row
         * without problems to {@code action} with its origin. Whatever the action built is to be thrown
         * away when this method throws. It may be called once.
         *
         * @param action takes each observation and where it was read (null if not known), not null
         * @throws InvalidInputException listing every problem, up to 100, as {@link Builder#read()} would
         * @throws IOException if a file cannot be read
         * @throws IllegalStateException if called a second time
         */
        public void forEachObservation(BiConsumer<? super Observation, ? super InputLocation> action) throws IOException {
            Objects.requireNonNull(action, "action");
            if (read) {
                throw new IllegalStateException("the observations of a streaming read are read once");
            }
            read = true;
            if (csv == null) {
                Dataset d = tables.dataset();
                for (Observation o : d.observations()) {
                    action.accept(o, d.origin(o).orElse(null));
                }
                return;
            }
            List<InputProblem> problems = new ArrayList<>(fredProblems);
            try {
                csv.forEachObservation(action);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
            if (!problems.isEmpty()) {
                throw InvalidInputException.ofFirst(problems);
            }
        }

        /**
         * Reads the observations as {@link #forEachObservation(BiConsumer)} does, in parts at the same
         * time on {@code executor}: each observations file split at row boundaries into at most
         * {@code parts} parts, each handed to an action of its own (see
         * {@link DatasetCsv.StreamingRead#forEachObservation(Executor, int, IntFunction)}). A JSON
         * document, read whole, is one part. The problems are exactly those of
         * {@code forEachObservation}, in the same order. It may be called once.
         *
         * @param executor runs the parts, not null
         * @param parts the most parts to split a file into, at least 1 (such as the number of cores)
         * @param actions makes the action of part {@code i}, from 0; called on the calling thread,
         *     once per part, in order, before any part is read; not null
         * @return the number of parts read
         * @throws InvalidInputException listing every problem, up to 100, as {@link Builder#read()} would
         * @throws IOException if a file cannot be read
         * @throws IllegalStateException if called a second time
         * @throws IllegalArgumentException if {@code parts} is less than 1
         */
        public int forEachObservation(Executor executor, int parts,
                IntFunction<? extends BiConsumer<? super Observation, ? super InputLocation>> actions) throws IOException {
            Objects.requireNonNull(executor, "executor");
            Objects.requireNonNull(actions, "actions");
            if (parts < 1) {
                throw new IllegalArgumentException("parts must be at least 1, found " + parts);
            }
            if (csv == null) {
                forEachObservation(actions.apply(0));
                return 1;
            }
            if (read) {
                throw new IllegalStateException("the observations of a streaming read are read once");
            }
            read = true;
            List<InputProblem> problems = new ArrayList<>(fredProblems);
            int n = 1;
            try {
                n = csv.forEachObservation(executor, parts, actions);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
            if (!problems.isEmpty()) {
                throw InvalidInputException.ofFirst(problems);
            }
            return n;
        }
    }
}
