package org.industrymetrics.examples;

import java.io.ByteArrayInputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.industrymetrics.DecimalText;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.InvalidValueException;
import org.industrymetrics.Suggestion;
import org.industrymetrics.aggregate.Aggregation;
import org.industrymetrics.aggregate.GroupBy;
import org.industrymetrics.aggregate.OverlapPolicy;
import org.industrymetrics.aggregate.RunningSum;
import org.industrymetrics.aggregate.SumResult;
import org.industrymetrics.check.CheckId;
import org.industrymetrics.check.CheckSettings;
import org.industrymetrics.check.Checker;
import org.industrymetrics.check.Report;
import org.industrymetrics.check.Verdict;
import org.industrymetrics.csv.DatasetCsv;
import org.industrymetrics.csv.ReferenceRates;
import org.industrymetrics.csv.ReportCsv;
import org.industrymetrics.csv.SumCsv;
import org.industrymetrics.figure.QualifierWidths;
import org.industrymetrics.html.ReportHtml;
import org.industrymetrics.html.SumHtml;
import org.industrymetrics.io.DatasetTable;
import org.industrymetrics.io.files.DatasetFiles.Contents;
import org.industrymetrics.json.DatasetJson;
import org.industrymetrics.json.ReportJson;
import org.industrymetrics.json.SumJson;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.Status;
import org.industrymetrics.period.ReportingPeriod;

/**
 * The {@code metrics} command (shared/spec/CLI.md): {@code check}, {@code sum}, {@code convert},
 * {@code help}. With no arguments it checks the bundled seed dataset against the bundled rates.
 * <p>
 * Exit status: 0 done and no inconsistent finding; 1 done with at least one (check only); 2 bad
 * input or usage, with one line per problem on standard error and nothing on standard output;
 * 3 an internal error (a bug), with a short message and the trace.
 */
public final class Metrics {

    /** Done, and no inconsistent finding. */
    public static final int OK = 0;
    /** Done, and at least one inconsistent finding. */
    public static final int INCONSISTENT = 1;
    /** Bad input or bad usage. */
    public static final int BAD_INPUT = 2;
    /** An internal error. */
    public static final int INTERNAL_ERROR = 3;

    static final List<String> COMMANDS = List.of("check", "sum", "convert", "extract", "help");

    /** The width of the text report when the terminal's is not known. */
    static final int DEFAULT_WIDTH = 100;

    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;
    private final int width;

    Metrics(InputStream stdin, PrintStream stdout, PrintStream stderr, int width) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
        this.width = width;
    }

    /**
     * Returns the terminal's width from the {@code COLUMNS} variable of the environment, or
     * {@value #DEFAULT_WIDTH} when it is not set or not a number of columns (Java cannot ask the terminal).
     */
    static int terminalWidth(String columns) {
        if (columns != null && columns.strip().matches("[0-9]{1,4}")) {
            int n = Integer.parseInt(columns.strip());
            if (n >= 20) {
                return n;
            }
        }
        return DEFAULT_WIDTH;
    }

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int status = new Metrics(System.in, out, err, terminalWidth(System.getenv("COLUMNS"))).run(args);
        out.flush();
        System.exit(status);
    }

    /**
     * Runs the command with these arguments; what it prints goes to the streams given.
     *
     * @return the exit status
     */
    int run(String... args) {
        String command = args.length > 0 && COMMANDS.contains(args[0]) ? args[0] : null;
        try {
            // a command reads and computes everything first; what it prints is written only once it
            // has succeeded, so nothing reaches standard output on exit 2
            Result result = dispatch(args);
            result.output().writeTo(stdout);
            stdout.flush();
            return result.status();
        } catch (UsageException e) {
            stderr.println(oneLine("metrics: " + e.getMessage()));
            stderr.println("Try 'metrics help" + (command == null || command.equals("help") ? "" : " " + command) + "' for usage.");
            return BAD_INPUT;
        } catch (InvalidInputException e) {
            for (InputProblem p : e.problems()) {
                stderr.println(oneLine(p.toString()));
            }
            return BAD_INPUT;
        } catch (IOException e) {
            stderr.println(oneLine(describe(e)));
            return BAD_INPUT;
        } catch (UncheckedIOException e) {
            stderr.println(oneLine(describe(e.getCause())));
            return BAD_INPUT;
        } catch (OutOfMemoryError e) {
            stderr.println("metrics: out of memory; give Java more, as in: java -Xmx4g -jar metrics.jar ...");
            return INTERNAL_ERROR;
        } catch (RuntimeException | StackOverflowError e) {
            stderr.println("metrics: internal error (a bug; please report it with the command and this trace): " + e);
            e.printStackTrace(stderr);
            return INTERNAL_ERROR;
        }
    }

    /**
     * The text with line breaks and other control characters escaped (a line break as backslash n,
     * others by their code), so a problem is always one line however odd the input it quotes.
     */
    static String oneLine(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                sb.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** {@code data/x.csv: no such file or folder}: one line naming the file, without a trace. */
    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return ((NoSuchFileException) e).getFile() + ": no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return ((AccessDeniedException) e).getFile() + ": permission denied";
        }
        if (e instanceof FileSystemException) {
            FileSystemException f = (FileSystemException) e;
            return f.getFile() + ": " + (f.getReason() == null ? "cannot read or write" : f.getReason());
        }
        return "metrics: cannot read or write: " + e.getMessage();
    }

    /** Work on a pool of threads. */
    @FunctionalInterface
    private interface PoolWork<T> {
        T run(ExecutorService pool) throws IOException;
    }

    /** {@return what {@code work} gives} on a pool of {@code threads} threads made for it (for this command only) and shut down after */
    private static <T> T withPool(int threads, PoolWork<T> work) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            return work.run(pool);
        } finally {
            pool.shutdown();
        }
    }

    /** {@return the threads the commands use: one per core} */
    private static int cores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** What a command prints once it has succeeded. */
    @FunctionalInterface
    private interface Output {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Text a command prints, written to a writer. */
    @FunctionalInterface
    private interface TextOutput {
        void writeTo(Writer out) throws IOException;
    }

    /** {@return the output that writes this text as UTF-8} */
    private static Output text(TextOutput text) {
        return out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            text.writeTo(w);
            w.flush();
        };
    }

    /** The exit status of a command that succeeded and what it prints. */
    private record Result(int status, Output output) {
        static Result ok(Output output) {
            return new Result(OK, output);
        }
    }

    private Result dispatch(String[] args) throws IOException {
        if (args.length == 0) {
            Options defaults = new Options("check");
            defaults.defaultRates = true;
            return check(new Contents(SeedDataset.load(), List.of()), defaults, QualifierWidths.DEFAULTS);
        }
        String command = args[0];
        if (command.equals("--help") || command.equals("-h")) {
            command = "help";
        }
        if (!COMMANDS.contains(command)) {
            throw new UsageException("unknown command " + quote(command) + hint(command, COMMANDS)
                    + ", expected check, sum, convert, extract or help");
        }
        List<String> rest = List.of(args).subList(1, args.length);
        if (command.equals("help")) {
            if (rest.size() > 1) {
                throw new UsageException("help takes one command, found " + String.join(" ", rest));
            }
            String text = Help.text(rest.isEmpty() ? null : rest.get(0));
            return Result.ok(text(out -> out.write(text)));
        }
        Options options = Options.parse(command, rest);
        if (options.help) {
            String text = Help.text(command);
            return Result.ok(text(out -> out.write(text)));
        }
        switch (command) {
            case "check":
                return check(options);
            case "sum":
                return sum(options);
            case "extract":
                return extract(options);
            default:
                return convert(options);
        }
    }

    private Result check(Options options) throws IOException {
        // the settings are checked before the files are read
        QualifierWidths widths = options.widths();
        // the observations file is read in parts, and the independent checks run, at the same time
        return withPool(cores(), pool -> check(options.files().read(stdin, pool, cores()), options, widths, pool));
    }

    private Result check(Contents loaded, Options options, QualifierWidths widths) throws IOException {
        return withPool(cores(), pool -> check(loaded, options, widths, pool));
    }

    private Result check(Contents loaded, Options options, QualifierWidths widths, ExecutorService pool)
            throws IOException {
        CheckSettings.Builder settings = CheckSettings.builder().widths(widths);
        if (options.only != null) {
            settings.only(options.only);
        }
        loaded.rateTables().forEach(settings::addRates);
        if (options.defaultRates) {
            settings.addRates(ReferenceRates.cnyPerUsd());
        }
        CheckSettings used = settings.build();
        Report all = Checker.check(loaded.dataset(), used, pool);
        // --verdict chooses what is shown; the exit status is still that of every finding
        Report report = options.verdicts == null ? all : all.only(options.verdicts);
        Output output;
        switch (options.format) {
            case "json":
                // written on this thread: rendering in parts on the pool (ReportJson.write(report, out,
                // executor)) took 1.2-1.7x the CPU of a cold run and no less wall time on 2 cores;
                // as bytes, with no characters in between
                output = out -> ReportJson.write(report, out);
                break;
            case "csv":
                output = text(out -> ReportCsv.write(report, out));
                break;
            case "html":
                output = text(out -> ReportHtml.write(report, loaded.dataset(), used, out));
                break;
            default:
                output = text(out -> out.write(report.toText(width)));
                break;
        }
        return new Result(all.hasInconsistencies() ? INCONSISTENT : OK, toFile(options, output));
    }

    private Result sum(Options options) throws IOException {
        if (options.unit == null) {
            throw new UsageException("sum needs --unit U: the unit or currency of the totals, such as GWh or \"billion USD\"");
        }
        // the settings are checked before the files are read, so a mistyped unit costs no read
        QualifierWidths widths = options.widths();
        Aggregation.Builder aggregation;
        try {
            aggregation = Aggregation.inUnit(ObservationUnit.parse(options.unit));
        } catch (FigureParseException e) {
            throw new UsageException("--unit: " + reason(e));
        } catch (InvalidValueException e) {
            throw new UsageException("--unit: " + e.problem());
        }
        aggregation.widths(widths);
        aggregation.overlapPolicy(options.overlapPolicy);
        if (options.status != null) {
            aggregation.status(options.status);
        }
        options.by.forEach(aggregation::by);
        if (options.period != null) {
            try {
                aggregation.period(ReportingPeriod.parse(options.period));
            } catch (FigureParseException e) {
                throw new UsageException("--period: " + quote(options.period) + " is not a period: " + reason(e));
            }
        }
        // the observations are summed as they are read: one running total per group, no dataset of them
        org.industrymetrics.io.files.DatasetFiles.StreamingRead read = options.files().readStreaming(stdin);
        Contents tables = read.tables();
        Dataset dataset = tables.dataset();
        if (options.metric != null) {
            aggregation.metric(options.metric);
        }
        tables.rateTables().forEach(aggregation::rates);
        if (options.defaultRates) {
            aggregation.rates(ReferenceRates.cnyPerUsd());
        }
        Aggregation summed = aggregation.build();
        // the metrics of the figures, to tell a mistyped --metric from an empty sum
        boolean checkMetric = options.metric != null && dataset.metric(options.metric).isEmpty();
        List<RunningSum> parts = new ArrayList<>();
        List<Set<String>> seen = new ArrayList<>();
        // a large file is read in parts at the same time, one thread per core, for this command only;
        // a running sum per part, merged in the order of the parts
        int threads = (int) Math.max(1, Math.min(cores(), inputBytes(options.files) / BYTES_PER_PART));
        withPool(threads, pool -> read.forEachObservation(pool, threads, i -> {
                RunningSum part = summed.runningSum(dataset);
                parts.add(part);
                if (!checkMetric) {
                    return part::add;
                }
                Set<String> metrics = new HashSet<>();
                seen.add(metrics);
                return (o, at) -> {
                    metrics.add(o.metric());
                    part.add(o, at);
                };
            }));
        RunningSum running = parts.get(0);
        parts.subList(1, parts.size()).forEach(running::merge);
        if (checkMetric) {
            Set<String> all = new HashSet<>();
            seen.forEach(all::addAll);
            requireMetric(dataset, options.metric, all);
        }
        SumResult result = running.result();
        switch (options.format) {
            case "json":
                return Result.ok(toFile(options, text(out -> SumJson.write(result, out))));
            case "csv":
                return Result.ok(toFile(options, text(out -> SumCsv.write(result, out))));
            case "html":
                return Result.ok(toFile(options, text(out -> SumHtml.write(result, out))));
            default:
                return Result.ok(toFile(options, text(out -> out.write(SumText.render(result, options.by)))));
        }
    }

    /**
     * The least input a part of a parallel sum reads: a second part costs the warm-up of its thread's
     * code and the merge of its keys into the first part's (a key per row, at worst), and at 1,000,000
     * rows (43 MB) two parts took about 1.4 s more CPU than one and were no faster on two cores.
     */
    private static final long BYTES_PER_PART = 256L << 20;

    /** {@return the bytes of the files and folders given (their files, not below), 0 for standard input} */
    private static long inputBytes(List<DatasetFiles.Arg> given) throws IOException {
        long total = 0;
        for (DatasetFiles.Arg g : given) {
            if (g.file().equals("-")) {
                continue;
            }
            Path p = Path.of(g.file());
            if (Files.isRegularFile(p)) {
                total += Files.size(p);
            } else if (Files.isDirectory(p)) {
                try (java.util.stream.Stream<Path> in = Files.list(p)) {
                    for (Path f : (Iterable<Path>) in::iterator) {
                        total += Files.isRegularFile(f) ? Files.size(f) : 0;
                    }
                }
            }
        }
        return total;
    }

    /** {@code metrics extract}: the figures of articles as a draft observations table (see {@link ExtractCommand}). */
    private Result extract(Options options) throws IOException {
        if (options.files.isEmpty()) {
            throw new UsageException("extract needs FILE...: articles as UTF-8 text files");
        }
        List<String> paths = new ArrayList<>();
        for (DatasetFiles.Arg a : options.files) {
            if (a.table() != null || a.file().equals("-")) {
                throw new UsageException("extract reads articles from files, found " + (a.table() != null
                        ? "--" + a.table().tableName() + " " + a.file() : "-"));
            }
            paths.add(a.file());
        }
        LocalDate date = null;
        if (options.date != null) {
            try {
                date = LocalDate.parse(options.date.strip());
            } catch (DateTimeParseException e) {
                throw new UsageException("--date: found " + quote(options.date) + ", expected a day such as 2024-06-26");
            }
        }
        if ((options.format.equals("text") || options.format.equals("html")) && options.given.contains("--format")) {
            throw new UsageException("extract writes csv or json, found --format " + options.format);
        }
        ExtractCommand.Table table = ExtractCommand.read(paths, date);
        Output write = text(options.format.equals("json") ? out -> ExtractCommand.writeJson(table, out)
                : out -> ExtractCommand.writeCsv(table, out));
        for (String note : table.notes()) {
            stderr.println(oneLine(note));
        }
        return Result.ok(toFile(options, write));
    }

    /**
     * With {@code -o FILE}, writes the output to the file now (the command has succeeded) and
     * leaves nothing for standard output; without it, returns the output unchanged.
     */
    private static Output toFile(Options options, Output output) throws IOException {
        if (options.output == null) {
            return output;
        }
        try (OutputStream o = Files.newOutputStream(Path.of(options.output))) {
            output.writeTo(o);
        }
        return out -> { };
    }

    /** A metric no observation and no row of the metrics table has is a mistake, not an empty sum. */
    private static void requireMetric(Dataset tables, String metric, Set<String> observed) {
        if (tables.metric(metric).isPresent() || observed.contains(metric)) {
            return;
        }
        Set<String> known = new TreeSet<>(observed);
        tables.metrics().forEach(m -> known.add(m.id()));
        throw new UsageException("--metric: no figure of the dataset has the metric " + quote(metric)
                + hint(metric, known));
    }

    private Result convert(Options options) throws IOException {
        DatasetFiles files = options.files();
        boolean jsonFile = options.output != null && options.output.toLowerCase(Locale.ROOT).endsWith(".json");
        // default: a JSON file for -o *.json, else the form the input is not in (CSV files to JSON, JSON to CSV)
        String to = options.to != null ? options.to : jsonFile ? "json" : files.isJson() ? "csv" : "json";
        if (options.output != null) {
            Path target = Path.of(options.output);
            if (to.equals("csv") && jsonFile) {
                throw new UsageException("-o " + options.output + ": a name for a JSON file; CSV is written to a folder, one file per table");
            }
            if (to.equals("json") && Files.isDirectory(target)) {
                throw new UsageException("-o " + options.output + ": a folder; JSON is written to a file (CSV to a folder: --to csv)");
            }
            if (to.equals("csv") && Files.exists(target) && !Files.isDirectory(target)) {
                throw new UsageException("-o " + options.output + ": a file; CSV is written to a folder, one file per table");
            }
        }
        // the observations file is read in parts at the same time
        Contents contents = withPool(cores(), pool -> files.read(stdin, pool, cores()));
        if (!contents.rateTables().isEmpty()) {
            throw new UsageException("convert: rates in FRED's layout are not a table of a dataset; give them to check or sum");
        }
        Dataset dataset = contents.dataset();
        if (options.output == null) {
            return Result.ok(text(to.equals("json") ? out -> DatasetJson.write(dataset, out) : out -> DatasetCsv.writeObservations(dataset, out)));
        }
        Path target = Path.of(options.output);
        // all or nothing: a failure leaves no half-written file (and an older table file is emptied, not left to be read back)
        if (to.equals("json")) {
            DatasetJson.write(dataset, target);
        } else {
            DatasetCsv.write(dataset, target);
        }
        return Result.ok(out -> { });
    }

    private static boolean isEmpty(Dataset d, DatasetTable table) {
        switch (table) {
            case OBSERVATIONS:
                return false;
            case SUBJECTS:
                return d.subjects().isEmpty();
            case METRICS:
                return d.metrics().isEmpty();
            case RATES:
                return d.rates().isEmpty();
            case RULES:
                return d.rules().isEmpty();
            default:
                return d.sources().isEmpty();
        }
    }

    static String quote(String s) {
        return '"' + s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + '"';
    }

    /** An option: its name, whether it takes a value, and the commands it is a setting of. */
    private record Spec(String name, boolean takesValue, Set<String> commands) {
    }

    private static final Map<String, Spec> SPECS = specs();

    private static Map<String, Spec> specs() {
        Set<String> all = Set.of("check", "sum", "convert");
        Set<String> checkSum = Set.of("check", "sum");
        Set<String> formats = Set.of("check", "sum", "extract");
        Map<String, Spec> m = new LinkedHashMap<>();
        for (DatasetTable t : DatasetTable.values()) {
            m.put("--" + t.tableName(), new Spec("--" + t.tableName(), true, all));
        }
        m.put("--default-rates", new Spec("--default-rates", false, checkSum));
        m.put("--format", new Spec("--format", true, formats));
        m.put("--date", new Spec("--date", true, Set.of("extract")));
        m.put("--about", new Spec("--about", true, checkSum));
        m.put("--over", new Spec("--over", true, checkSum));
        m.put("--nearly", new Spec("--nearly", true, checkSum));
        m.put("--only", new Spec("--only", true, Set.of("check")));
        m.put("--verdict", new Spec("--verdict", true, Set.of("check")));
        m.put("--by", new Spec("--by", true, Set.of("sum")));
        m.put("--metric", new Spec("--metric", true, Set.of("sum")));
        m.put("--period", new Spec("--period", true, Set.of("sum")));
        m.put("--unit", new Spec("--unit", true, Set.of("sum")));
        m.put("--status", new Spec("--status", true, Set.of("sum")));
        m.put("--keep-subject", new Spec("--keep-subject", true, Set.of("sum")));
        m.put("--keep-period", new Spec("--keep-period", true, Set.of("sum")));
        m.put("--prefer-source", new Spec("--prefer-source", true, Set.of("sum")));
        m.put("--prefer-unit", new Spec("--prefer-unit", true, Set.of("sum")));
        m.put("--keep-first", new Spec("--keep-first", false, Set.of("sum")));
        m.put("--allow-overlap", new Spec("--allow-overlap", false, Set.of("sum")));
        m.put("--to", new Spec("--to", true, Set.of("convert")));
        Set<String> withExtract = Set.of("check", "sum", "convert", "extract");
        m.put("-o", new Spec("-o", true, withExtract));
        m.put("--output", new Spec("--output", true, withExtract));
        m.put("--help", new Spec("--help", false, withExtract));
        m.put("-h", new Spec("-h", false, withExtract));
        return m;
    }

    /** The settings of one run. */
    static final class Options {
        final String command;
        final List<DatasetFiles.Arg> files = new ArrayList<>();
        final Set<String> given = new TreeSet<>();
        boolean help;
        boolean defaultRates;
        String format = "text";
        BigDecimal about;
        BigDecimal over;
        BigDecimal nearly;
        Set<CheckId> only;
        Set<Verdict> verdicts;
        final List<GroupBy> by = new ArrayList<>();
        String metric;
        String period;
        String unit;
        Status status;
        OverlapPolicy overlapPolicy = OverlapPolicy.REFUSE;
        String to;
        String output;
        String date;

        Options(String command) {
            this.command = command;
        }

        DatasetFiles files() throws IOException {
            if (files.isEmpty()) {
                throw new UsageException(command + " needs a dataset: a JSON file, CSV files or a folder (or - for standard input)");
            }
            return DatasetFiles.resolve(files);
        }

        QualifierWidths widths() {
            QualifierWidths d = QualifierWidths.DEFAULTS;
            try {
                return QualifierWidths.of(about == null ? d.about() : about, over == null ? d.over() : over,
                        nearly == null ? d.nearly() : nearly);
            } catch (InvalidValueException e) {
                throw new UsageException("bad qualifier width: " + e.getMessage());
            }
        }

        static Options parse(String command, List<String> args) {
            Options o = new Options(command);
            boolean optionsEnd = false;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (optionsEnd || !arg.startsWith("-") || arg.equals("-")) {
                    o.files.add(new DatasetFiles.Arg(null, arg));
                    continue;
                }
                if (arg.equals("--")) {
                    optionsEnd = true;
                    continue;
                }
                String value = null;
                if (arg.startsWith("--") && arg.contains("=")) {
                    value = arg.substring(arg.indexOf('=') + 1);
                    arg = arg.substring(0, arg.indexOf('='));
                }
                Spec spec = SPECS.get(arg);
                if (spec == null) {
                    throw new UsageException("unknown option " + quote(arg) + hint(arg, SPECS.keySet()));
                }
                if (!spec.commands().contains(command)) {
                    throw new UsageException(arg + " is a setting of " + String.join(" and ", new TreeSet<>(spec.commands()))
                            + ", not of " + command);
                }
                if (!spec.takesValue()) {
                    if (value != null) {
                        throw new UsageException("option " + arg + " takes no value, found " + quote(value));
                    }
                    if (arg.equals("--default-rates")) {
                        o.defaultRates = true;
                    } else if (arg.equals("--keep-first")) {
                        o.overlapPolicy = o.overlapPolicy.keepFirst();
                    } else if (arg.equals("--allow-overlap")) {
                        o.overlapPolicy = o.overlapPolicy.allowRest();
                    } else {
                        o.help = true;
                    }
                    continue;
                }
                if (value == null) {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        throw new UsageException("option " + arg + " needs a value" + Help.valueHint(arg));
                    }
                    value = args.get(++i);
                }
                boolean repeatable = arg.equals("--by") || arg.equals("--verdict") || arg.equals("--prefer-source")
                        || arg.equals("--prefer-unit") || table(arg) != null;
                String key = arg.equals("--output") ? "-o" : arg;
                if (!o.given.add(key) && !repeatable) {
                    throw new UsageException("option " + arg + " given twice");
                }
                o.set(arg, value);
            }
            return o;
        }

        private void set(String option, String value) {
            DatasetTable table = table(option);
            if (table != null) {
                files.add(new DatasetFiles.Arg(table, value));
                return;
            }
            switch (option) {
                case "--format":
                    format = oneOf(option, value, "text", "json", "csv", "html");
                    break;
                case "--about":
                    about = fraction(option, value);
                    break;
                case "--over":
                    over = fraction(option, value);
                    break;
                case "--nearly":
                    nearly = fraction(option, value);
                    break;
                case "--only":
                    Set<CheckId> ids = EnumSet.noneOf(CheckId.class);
                    for (String id : value.split(",", -1)) {
                        try {
                            ids.add(CheckId.parse(id.strip()));
                        } catch (FigureParseException e) {
                            throw new UsageException("--only: " + reason(e));
                        }
                    }
                    only = ids;
                    break;
                case "--verdict":
                    if (verdicts == null) {
                        verdicts = EnumSet.noneOf(Verdict.class);
                    }
                    for (String v : value.split(",", -1)) {
                        Verdict verdict = verdict(v);
                        if (verdict == null) {
                            throw new UsageException("--verdict: unknown verdict " + quote(v.strip())
                                    + ", expected consistent, inconsistent or undetermined");
                        }
                        verdicts.add(verdict);
                    }
                    break;
                case "--by":
                    for (String field : value.split(",", -1)) {
                        try {
                            GroupBy g = GroupBy.parse(field);
                            if (!by.contains(g)) {
                                by.add(g);
                            }
                        } catch (FigureParseException e) {
                            throw new UsageException("--by: " + reason(e));
                        }
                    }
                    break;
                case "--metric":
                    metric = value.strip();
                    break;
                case "--period":
                    period = value.strip();
                    break;
                case "--unit":
                    unit = value;
                    break;
                case "--status":
                    try {
                        status = Status.parse(value.strip());
                    } catch (FigureParseException e) {
                        throw new UsageException("--status: " + e.problem());
                    }
                    break;
                case "--keep-subject":
                    overlapPolicy = overlapPolicy.withSubjects("broadest".equals(oneOf(option, value, "broadest", "finest"))
                            ? OverlapPolicy.SubjectRule.BROADEST : OverlapPolicy.SubjectRule.FINEST);
                    break;
                case "--keep-period":
                    overlapPolicy = overlapPolicy.withPeriods("whole".equals(oneOf(option, value, "whole", "parts"))
                            ? OverlapPolicy.PeriodRule.WHOLE : OverlapPolicy.PeriodRule.PARTS);
                    break;
                case "--prefer-source":
                    for (String id : value.split(",", -1)) {
                        if (id.isBlank()) {
                            throw new UsageException("--prefer-source: found an empty source id in " + quote(value)
                                    + ", expected source ids separated by commas");
                        }
                        overlapPolicy = overlapPolicy.preferSources(id.strip());
                    }
                    break;
                case "--prefer-unit":
                    for (String u : value.split(",", -1)) {
                        try {
                            overlapPolicy = overlapPolicy.preferUnits(ObservationUnit.parse(u.strip()));
                        } catch (FigureParseException e) {
                            throw new UsageException("--prefer-unit: " + reason(e));
                        }
                    }
                    break;
                case "--to":
                    to = oneOf(option, value, "csv", "json");
                    break;
                case "--date":
                    date = value;
                    break;
                default: // -o, --output; "-o -" is standard output, as without -o
                    output = value.equals("-") ? null : value;
                    break;
            }
        }

        /** The table of a table option ({@code --subjects}), or null. */
        private static DatasetTable table(String option) {
            for (DatasetTable t : DatasetTable.values()) {
                if (option.equals("--" + t.tableName())) {
                    return t;
                }
            }
            return null;
        }

        private static String oneOf(String option, String value, String... allowed) {
            for (String a : allowed) {
                if (a.equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return a;
                }
            }
            throw new UsageException(option + ": found " + quote(value) + hint(value, List.of(allowed))
                    + ", expected " + String.join(", ", allowed));
        }

        private static BigDecimal fraction(String option, String value) {
            try {
                return DecimalText.parse(value);
            } catch (FigureParseException e) {
                throw new UsageException(option + ": " + quote(value) + " is not a number: " + reason(e)
                        + "; expected a fraction such as 0.05");
            }
        }
    }

    /** {@code " (did you mean \"check\"?)"} for a near miss of a candidate, else an empty string. */
    static String hint(String found, Iterable<String> candidates) {
        return Suggestion.nearest(found, candidates).map(h -> " (" + h + ")").orElse("");
    }

    /** What was found and expected, with the parser's suggestion: {@code unknown unit "GWhh", ... (did you mean "GWh"?)}. */
    static String reason(FigureParseException e) {
        return e.problem() + e.suggestion().map(h -> " (" + h + ")").orElse("");
    }

    /** Runs with captured output, for tests: returns {status, stdout, stderr}. */
    /** Returns the verdict named by {@code text}, in any case, or null. */
    private static Verdict verdict(String text) {
        for (Verdict v : Verdict.values()) {
            if (v.name().equalsIgnoreCase(text.strip())) {
                return v;
            }
        }
        return null;
    }

    static String[] capture(InputStream in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Metrics(in == null ? new ByteArrayInputStream(new byte[0]) : in,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                DEFAULT_WIDTH).run(args);
        return new String[] {Integer.toString(status), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }
}
