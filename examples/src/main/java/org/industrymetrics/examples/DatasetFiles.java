package org.industrymetrics.examples;

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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.csv.DatasetCsv;
import org.industrymetrics.csv.DatasetTable;
import org.industrymetrics.csv.RateTables;
import org.industrymetrics.json.DatasetJson;
import org.industrymetrics.money.FxRateTable;
import org.industrymetrics.observation.Dataset;

/**
 * The files of one dataset as named on the command line (CLI.md): a JSON document, or CSV files
 * whose table is told by the option before them or else by the file name, a folder for all its
 * {@code .csv} and {@code .json} files, {@code -} for standard input.
 * <p>
 * Problems name the files as the user wrote them ({@code data/observations.csv:14: ...}, not just
 * the file name the readers use). Not thread-safe: one instance per run.
 */
final class DatasetFiles {

    /** The name of standard input in problems and generated ids. */
    static final String STDIN = "<stdin>";

    /** A file argument: the table an option gave it, or null if told by its name. */
    record Arg(DatasetTable table, String file) {
    }

    /** A dataset and the rate tables given in FRED's layout, which are not a table of the dataset. */
    record Loaded(Dataset dataset, List<FxRateTable> fredRates) {
    }

    /** One input: a table (null for a JSON document), the file (null for standard input), the names. */
    private record Input(DatasetTable table, Path path, String shown, String name, boolean fred) {
        boolean json() {
            return table == null;
        }
    }

    private final List<Input> inputs;
    private final String datasetName;
    private final Map<String, String> shownByName = new HashMap<>();

    private DatasetFiles(List<Input> inputs, String datasetName) {
        this.inputs = inputs;
        this.datasetName = datasetName;
        Map<String, Long> counts = inputs.stream().collect(Collectors.groupingBy(Input::name, Collectors.counting()));
        for (Input in : inputs) {
            // a name two inputs share is left as it is: the readers cannot tell them apart either
            if (counts.get(in.name) == 1 && !in.name.equals(in.shown)) {
                shownByName.put(in.name, in.shown);
            }
        }
    }

    /**
     * Resolves the file arguments: folders to their files, each CSV file to its table.
     *
     * @throws InvalidInputException naming every file that does not exist
     * @throws UsageException for arguments that do not make one dataset
     */
    static DatasetFiles resolve(List<Arg> args) throws IOException {
        List<Input> inputs = new ArrayList<>();
        List<InputProblem> missing = new ArrayList<>();
        boolean stdin = false;
        for (Arg arg : args) {
            String file = arg.file();
            if (file.equals("-")) {
                if (stdin) {
                    throw new UsageException("standard input (-) can be read only once");
                }
                stdin = true;
                DatasetTable table = arg.table() == null ? DatasetTable.OBSERVATIONS : arg.table();
                inputs.add(new Input(table, null, STDIN, STDIN, false));
                continue;
            }
            Path path = Path.of(file);
            if (Files.isDirectory(path)) {
                if (arg.table() != null) {
                    throw new UsageException("--" + arg.table().tableName() + " " + file + ": a folder, expected a CSV file");
                }
                List<Path> members = members(path);
                if (members.isEmpty()) {
                    throw new UsageException(file + ": the folder holds no .csv or .json file");
                }
                for (Path p : members) {
                    inputs.add(input(null, p, p.toString()));
                }
            } else if (!Files.exists(path)) {
                missing.add(InputProblem.of(InputLocation.of(file), "no such file or folder"));
            } else {
                if (arg.table() != null && isJson(path)) {
                    throw new UsageException("--" + arg.table().tableName() + " " + file
                            + ": a JSON document holds every table; give it without --" + arg.table().tableName());
                }
                inputs.add(input(arg.table(), path, file));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing.subList(0, Math.min(missing.size(), InvalidInputException.MAX_PROBLEMS)));
        }
        long documents = inputs.stream().filter(Input::json).count();
        if (documents > 1 || documents == 1 && inputs.size() > 1) {
            throw new UsageException("one dataset at a time: a JSON document or CSV files, found "
                    + inputs.stream().map(Input::shown).collect(Collectors.joining(", ")));
        }
        String name = args.isEmpty() ? "dataset" : args.get(0).file().equals("-") ? STDIN : args.get(0).file();
        return new DatasetFiles(inputs, name);
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
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static Input input(DatasetTable given, Path path, String shown) throws IOException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (given == null && isJson(path)) {
            return new Input(null, path, shown, name, false);
        }
        DatasetTable table = given != null ? given : DatasetTable.fromFileName(name).orElse(null);
        if (table == null) {
            // any other CSV file is observations, unless its header is that of a FRED series (DEXCHUS.csv)
            return isFred(path) ? new Input(DatasetTable.RATES, path, shown, name, true)
                    : new Input(DatasetTable.OBSERVATIONS, path, shown, name, false);
        }
        return new Input(table, path, shown, name, table == DatasetTable.RATES && isFred(path));
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

    /** Returns whether the dataset is one JSON document. */
    boolean isJson() {
        return inputs.size() == 1 && inputs.get(0).json();
    }

    /** Returns whether some rates are in FRED's layout, which is read as rates but is no table of a dataset. */
    boolean hasFredRates() {
        return inputs.stream().anyMatch(Input::fred);
    }

    /**
     * Reads the dataset.
     *
     * @throws InvalidInputException with every problem, each naming its file as given
     */
    Loaded read(InputStream stdin) throws IOException {
        try {
            if (isJson()) {
                return new Loaded(DatasetJson.read(inputs.get(0).path), List.of());
            }
            DatasetCsv.Builder csv = DatasetCsv.reader().name(datasetName);
            List<FxRateTable> fred = new ArrayList<>();
            List<InputProblem> problems = new ArrayList<>();
            for (Input in : inputs) {
                if (in.path == null) {
                    csv.add(in.table, new StringReader(decode(stdin)), STDIN);
                } else if (in.fred) {
                    try {
                        fred.add(RateTables.read(in.path));
                    } catch (InvalidInputException e) {
                        problems.addAll(e.problems());
                    } catch (UncheckedIOException e) {
                        throw e.getCause();
                    }
                } else {
                    csv.add(in.table, in.path);
                }
            }
            Dataset dataset;
            try {
                dataset = csv.read();
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
                dataset = null;
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems.subList(0, Math.min(problems.size(), InvalidInputException.MAX_PROBLEMS)));
            }
            return new Loaded(dataset, fred);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(shown(e.problems()));
        }
    }

    /** Decodes standard input strictly: a malformed byte is a problem of its line, not a replacement character. */
    private static String decode(InputStream stdin) throws IOException {
        byte[] bytes = stdin.readAllBytes();
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
            throw new InvalidInputException(InputProblem.of(InputLocation.of(STDIN, line),
                    "malformed UTF-8 (" + result.length() + " byte" + (result.length() == 1 ? "" : "s") + "); save the input as UTF-8"));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** Names each problem's file as the user gave it. */
    List<InputProblem> shown(List<InputProblem> problems) {
        List<InputProblem> result = new ArrayList<>(problems.size());
        for (InputProblem p : problems) {
            String shown = shownByName.get(p.input());
            result.add(shown == null ? p : p.withLocation(p.location().withInput(shown)));
        }
        return result;
    }
}
