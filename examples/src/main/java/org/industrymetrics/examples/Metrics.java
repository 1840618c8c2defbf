package org.industrymetrics.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.aggregate.Aggregation;
import org.industrymetrics.aggregate.GroupBy;
import org.industrymetrics.aggregate.SumResult;
import org.industrymetrics.check.CheckId;
import org.industrymetrics.check.CheckSettings;
import org.industrymetrics.check.Checker;
import org.industrymetrics.check.Report;
import org.industrymetrics.csv.DatasetCsv;
import org.industrymetrics.csv.DatasetTable;
import org.industrymetrics.csv.ReferenceRates;
import org.industrymetrics.csv.ReportCsv;
import org.industrymetrics.csv.SumCsv;
import org.industrymetrics.figure.QualifierWidths;
import org.industrymetrics.json.DatasetJson;
import org.industrymetrics.json.ReportJson;
import org.industrymetrics.json.SumJson;
import org.industrymetrics.observation.Dataset;
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

    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;

    Metrics(InputStream stdin, PrintStream stdout, PrintStream stderr) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new Metrics(System.in, out, err).run(args));
    }

    /**
     * Runs the command with these arguments; what it prints goes to the streams given.
     *
     * @return the exit status
     */
    int run(String... args) {
        StringWriter buffer = new StringWriter();
        try {
            int status = dispatch(args, buffer);
            // nothing reaches standard output unless the command succeeded
            stdout.print(buffer);
            stdout.flush();
            return status;
        } catch (UsageException e) {
            stderr.println("metrics: " + e.getMessage());
            stderr.println("Try 'metrics help' for usage.");
            return BAD_INPUT;
        } catch (InvalidInputException e) {
            for (InputProblem p : e.problems()) {
                stderr.println(p);
            }
            return BAD_INPUT;
        } catch (FigureParseException e) {
            stderr.println(e.getMessage());
            return BAD_INPUT;
        } catch (NoSuchFileException e) {
            stderr.println(e.getFile() + ": no such file");
            return BAD_INPUT;
        } catch (IOException e) {
            stderr.println("cannot read or write: " + e.getMessage());
            return BAD_INPUT;
        } catch (RuntimeException e) {
            stderr.println("metrics: internal error: " + e);
            e.printStackTrace(stderr);
            return INTERNAL_ERROR;
        }
    }

    private int dispatch(String[] args, Writer out) throws IOException {
        if (args.length == 0) {
            Options defaults = new Options();
            defaults.defaultRates = true;
            return check(SeedDataset.load(), defaults, out);
        }
        String command = args[0];
        Options options = Options.parse(command, List.of(args).subList(1, args.length));
        switch (command) {
            case "check":
                return check(load(options), options, out);
            case "sum":
                return sum(load(options), options, out);
            case "convert":
                return convert(load(options), options, out);
            case "help":
            case "--help":
            case "-h":
                out.write(Help.text(options.files.isEmpty() ? null : options.files.get(0)));
                return OK;
            default:
                throw new UsageException("unknown command \"" + command + "\", expected check, sum, convert or help");
        }
    }

    private int check(Dataset dataset, Options options, Writer out) throws IOException {
        Report report = Checker.check(dataset, checkSettings(options));
        switch (options.format) {
            case "json":
                ReportJson.write(report, out);
                break;
            case "csv":
                ReportCsv.write(report, out);
                break;
            default:
                out.write(report.toString());
                break;
        }
        return report.hasInconsistencies() ? INCONSISTENT : OK;
    }

    private CheckSettings checkSettings(Options options) {
        CheckSettings.Builder settings = CheckSettings.builder().widths(options.widths());
        if (options.only != null) {
            settings.only(options.only);
        }
        if (options.defaultRates) {
            settings.addRates(ReferenceRates.cnyPerUsd());
        }
        return settings.build();
    }

    private int sum(Dataset dataset, Options options, Writer out) throws IOException {
        if (options.unit == null) {
            throw new UsageException("sum needs --unit U: the unit or currency of the totals, such as GWh or billion USD");
        }
        Aggregation.Builder aggregation = Aggregation.inUnit(options.unit).widths(options.widths());
        options.by.forEach(aggregation::by);
        if (options.metric != null) {
            aggregation.metric(options.metric);
        }
        if (options.period != null) {
            aggregation.period(ReportingPeriod.parse(options.period));
        }
        if (options.defaultRates) {
            aggregation.rates(ReferenceRates.cnyPerUsd());
        }
        SumResult result = aggregation.build().sum(dataset);
        switch (options.format) {
            case "json":
                SumJson.write(result, out);
                break;
            case "csv":
                SumCsv.write(result, out);
                break;
            default:
                out.write(result.toString());
                out.write('\n');
                break;
        }
        return OK;
    }

    private int convert(Dataset dataset, Options options, Writer out) throws IOException {
        String to = options.to == null ? "json" : options.to;
        if (options.output == null) {
            if (to.equals("json")) {
                DatasetJson.write(dataset, out);
            } else {
                DatasetCsv.writeObservations(dataset, out);
            }
            return OK;
        }
        Path target = Path.of(options.output);
        if (to.equals("json")) {
            try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                DatasetJson.write(dataset, w);
            }
        } else {
            Files.createDirectories(target);
            DatasetCsv.write(dataset, target);
        }
        return OK;
    }

    /** Reads the dataset named by the FILE arguments and table options (CLI.md). */
    private Dataset load(Options options) throws IOException {
        if (options.files.isEmpty() && options.tables.isEmpty()) {
            throw new UsageException(options.command + " needs a dataset: a JSON file, CSV files or a folder (or - for standard input)");
        }
        List<Path> json = new ArrayList<>();
        DatasetCsv.Builder csv = DatasetCsv.reader().name(options.files.isEmpty() ? "dataset" : options.files.get(0));
        boolean anyCsv = false;
        for (String file : options.files) {
            if (file.equals("-")) {
                csv.add(DatasetTable.OBSERVATIONS, new InputStreamReader(stdin, StandardCharsets.UTF_8), "<stdin>");
                anyCsv = true;
                continue;
            }
            Path path = Path.of(file);
            List<Path> members;
            if (Files.isDirectory(path)) {
                try (Stream<Path> list = Files.list(path)) {
                    members = list.filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return n.endsWith(".csv") || n.endsWith(".json");
                    }).sorted().collect(Collectors.toList());
                }
                if (members.isEmpty()) {
                    throw new UsageException(file + ": the folder holds no .csv or .json file");
                }
            } else if (!Files.exists(path)) {
                throw new NoSuchFileException(file);
            } else {
                members = List.of(path);
            }
            for (Path p : members) {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".json")) {
                    json.add(p);
                } else {
                    csv.add(DatasetTable.fromFileName(name).orElse(DatasetTable.OBSERVATIONS), p);
                    anyCsv = true;
                }
            }
        }
        for (var entry : options.tables) {
            csv.add(entry.table(), Path.of(entry.file()));
            anyCsv = true;
        }
        if (json.size() > 1 || (!json.isEmpty() && anyCsv)) {
            throw new UsageException("one dataset at a time: a JSON document, or CSV files, not both or several documents");
        }
        if (!json.isEmpty()) {
            return DatasetJson.read(json.get(0));
        }
        return csv.read();
    }

    /** A table option and its file. */
    record TableFile(DatasetTable table, String file) {
    }

    /** The settings of one run. */
    static final class Options {
        String command = "";
        final List<String> files = new ArrayList<>();
        final List<TableFile> tables = new ArrayList<>();
        boolean defaultRates;
        String format = "text";
        BigDecimal about;
        BigDecimal over;
        BigDecimal nearly;
        Set<CheckId> only;
        final List<GroupBy> by = new ArrayList<>();
        String metric;
        String period;
        String unit;
        String to;
        String output;

        QualifierWidths widths() {
            QualifierWidths d = QualifierWidths.DEFAULTS;
            try {
                return QualifierWidths.of(about == null ? d.about() : about, over == null ? d.over() : over,
                        nearly == null ? d.nearly() : nearly);
            } catch (IllegalArgumentException e) {
                throw new UsageException("bad qualifier width: " + e.getMessage());
            }
        }

        static Options parse(String command, List<String> args) {
            Options o = new Options();
            o.command = command;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                String value = null;
                if (arg.startsWith("--") && arg.contains("=")) {
                    value = arg.substring(arg.indexOf('=') + 1);
                    arg = arg.substring(0, arg.indexOf('='));
                }
                if (!arg.startsWith("-") || arg.equals("-")) {
                    o.files.add(arg);
                    continue;
                }
                if (arg.equals("--default-rates")) {
                    o.defaultRates = true;
                    continue;
                }
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("option " + arg + " needs a value");
                    }
                    value = args.get(++i);
                }
                switch (arg) {
                    case "--subjects":
                    case "--metrics":
                    case "--rates":
                    case "--rules":
                    case "--sources":
                    case "--observations":
                        o.tables.add(new TableFile(DatasetTable.valueOf(arg.substring(2).toUpperCase(Locale.ROOT)), value));
                        break;
                    case "--format":
                        o.format = oneOf(arg, value, "text", "json", "csv");
                        break;
                    case "--about":
                        o.about = fraction(arg, value);
                        break;
                    case "--over":
                        o.over = fraction(arg, value);
                        break;
                    case "--nearly":
                        o.nearly = fraction(arg, value);
                        break;
                    case "--only":
                        Set<CheckId> ids = EnumSet.noneOf(CheckId.class);
                        for (String id : value.split(",")) {
                            try {
                                ids.add(CheckId.parse(id));
                            } catch (FigureParseException e) {
                                throw new UsageException("--only: " + e.problem());
                            }
                        }
                        o.only = ids;
                        break;
                    case "--by":
                        try {
                            o.by.add(GroupBy.parse(value));
                        } catch (FigureParseException e) {
                            throw new UsageException("--by: " + e.problem());
                        }
                        break;
                    case "--metric":
                        o.metric = value;
                        break;
                    case "--period":
                        o.period = value;
                        break;
                    case "--unit":
                        o.unit = value;
                        break;
                    case "--to":
                        o.to = oneOf(arg, value, "csv", "json");
                        break;
                    case "-o":
                    case "--output":
                        o.output = value;
                        break;
                    default:
                        throw new UsageException("unknown option " + arg);
                }
            }
            return o;
        }

        private static String oneOf(String option, String value, String... allowed) {
            for (String a : allowed) {
                if (a.equals(value)) {
                    return a;
                }
            }
            throw new UsageException(option + ": found \"" + value + "\", expected one of " + String.join(", ", allowed));
        }

        private static BigDecimal fraction(String option, String value) {
            try {
                return org.industrymetrics.internal.Decimals.parse(value, false);
            } catch (FigureParseException e) {
                throw new UsageException(option + ": " + e.problem() + ", a fraction such as 0.05");
            }
        }
    }

    /** Runs with captured output, for tests: returns {status, stdout, stderr}. */
    static String[] capture(InputStream in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Metrics(in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new String[] {Integer.toString(status), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }
}
