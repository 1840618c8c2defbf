package org.industrymetrics.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.io.TableSchema;
import org.industrymetrics.csv.CsvTableReader;
import org.industrymetrics.io.DatasetTable;
import org.industrymetrics.observation.Observation;
import scala.Tuple2;

/**
 * A dataset of FORMAT.md on Spark: the observations as a typed Spark {@code Dataset} of
 * {@link ObservationRow}, the rows that could not be read as a {@code Dataset} of
 * {@link ProblemRow}, and the {@link SmallTables} (subjects, metrics, rates, rules, sources).
 * <p>
 * Every row is bound by the library's own cell rules, on the workers, so a row that does not
 * read becomes a problem row with the message the single-machine reader gives for it (input, line
 * or row id, column, what was found and what was expected): never a dropped row, never a failed
 * job for one bad cell. What makes a whole input unreadable (a header with an unknown or missing
 * column, a small table with problems) fails on the driver, before any job, with an
 * {@link InvalidInputException} naming every problem.
 * <pre>{@code
 * SparkDataset d = SparkDataset.readCsvFolder(spark, "hdfs:///reports/2024");
 * d.observations().groupByKey(ObservationRow::getMetric, Encoders.STRING())
 *         .agg(new TotalAggregator("GWh", d.tables()).toColumn());
 * SparkChecks.check(d).write().csv("hdfs:///reports/2024-findings");
 * }</pre>
 * Both datasets come from one reading of the input; Spark reads it again for each one used,
 * unless {@link #cache()} keeps it. Immutable.
 */
public final class SparkDataset {

    private static final TableSchema OBS = DatasetTable.OBSERVATIONS.schema();
    /** Rows of one input are ordered by line; inputs by their index in the high bits. */
    private static final int INPUT_SHIFT = 40;

    private final Dataset<ObservationRow> observations;
    private final Dataset<ProblemRow> problems;
    private final SmallTables tables;

    private SparkDataset(Dataset<ObservationRow> observations, Dataset<ProblemRow> problems, SmallTables tables) {
        this.observations = observations;
        this.problems = problems;
        this.tables = tables;
    }

    /**
     * Returns a dataset of observation rows already read (for example written by an earlier job
     * as Parquet with the columns of {@link ObservationRow}) and its small tables.
     *
     * @param observations the rows, not null
     * @param tables the small tables, not null
     * @return the dataset; its problems are the rows that repeat an id (see {@link #problems()})
     */
    public static SparkDataset of(Dataset<ObservationRow> observations, SmallTables tables) {
        return withUniqueIds(observations, observations.sparkSession().emptyDataset(Encoders.bean(ProblemRow.class)),
                tables);
    }

    /** {@return the observations that were read, a row per observation, in no particular order} */
    public Dataset<ObservationRow> observations() {
        return observations;
    }

    /**
     * Returns the rows that could not be read: one per problem, so a row with two bad cells has two.
     * A row that repeats the id of an earlier row (by input, then line) is one too, with the
     * single-machine reader's message ({@code duplicate id "a" (first on line 2)}), and is not among
     * the observations: no total counts it and no check sees it.
     *
     * @return the rows that could not be read
     */
    public Dataset<ProblemRow> problems() {
        return problems;
    }

    /** {@return the small tables} */
    public SmallTables tables() {
        return tables;
    }

    /**
     * Returns this dataset with both datasets cached (memory, then disk), so using both reads the
     * input once.
     *
     * @return a new dataset of the cached datasets
     */
    public SparkDataset cache() {
        return new SparkDataset(observations.persist(), problems.persist(), tables);
    }

    /**
     * Reads a dataset folder as the single-machine reader does: {@code observations.csv} (or a
     * folder {@code observations/} of CSV files, as Spark writes them) and whichever of
     * {@code subjects.csv}, {@code metrics.csv}, {@code rates.csv}, {@code rules.csv},
     * {@code sources.csv} are there. The folder may be on any file system Spark reads
     * ({@code hdfs://}, {@code s3a://}, {@code file:}).
     *
     * @param spark the session, not null
     * @param folder the folder, not null
     * @return the dataset
     * @throws InvalidInputException if a small table or a header has problems, naming every one
     * @throws UncheckedIOException if the folder cannot be listed or read
     */
    public static SparkDataset readCsvFolder(SparkSession spark, String folder) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(folder, "folder");
        SmallTables tables = readTables(spark, folder);
        Path dir = new Path(folder);
        FileSystem fs = fileSystem(spark, dir);
        Path observations = new Path(dir, DatasetTable.OBSERVATIONS.fileName());
        Path part = new Path(dir, DatasetTable.OBSERVATIONS.tableName());
        try {
            String path = fs.exists(observations) ? observations.toString() : part.toString();
            if (!fs.exists(new Path(path))) {
                throw new InvalidInputException(InputProblem.of(InputLocation.of(folder),
                        "no observations: expected " + DatasetTable.OBSERVATIONS.fileName() + " or a folder "
                                + DatasetTable.OBSERVATIONS.tableName() + "/ of CSV files"));
            }
            return readCsv(spark, tables, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the small tables of a dataset folder: whichever of {@code subjects.csv},
     * {@code metrics.csv}, {@code rates.csv}, {@code rules.csv}, {@code sources.csv} are there,
     * on the driver, by the library's CSV reader.
     *
     * @param spark the session, not null
     * @param folder the folder, not null
     * @return the tables
     * @throws InvalidInputException listing every problem of the tables
     */
    public static SmallTables readTables(SparkSession spark, String folder) {
        Path dir = new Path(folder);
        FileSystem fs = fileSystem(spark, dir);
        Map<DatasetTable, String> texts = new EnumMap<>(DatasetTable.class);
        try {
            for (DatasetTable t : SmallTables.TABLES) {
                Path file = new Path(dir, t.fileName());
                if (fs.exists(file)) {
                    try (var in = fs.open(file)) {
                        texts.put(t, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SmallTables.read(dir.getName(), texts);
    }

    /**
     * Reads observations from CSV files with the columns of FORMAT.md §1, each with its header
     * line. A path is a file, a folder (its {@code .csv} files, not those starting with {@code _}
     * or {@code .}) or a glob; files are taken in the order of their paths. Problems and generated
     * ids name a file by its name and line ({@code observations.csv#14}), as the single-machine
     * reader does. A cell holding a line break cannot be read here (Spark splits files by lines):
     * its lines are problem rows.
     *
     * @param spark the session, not null
     * @param tables the small tables: a level whose unit does not convert to its metric's unit is a problem row, not null
     * @param paths the files, folders or globs, at least one
     * @return the dataset
     * @throws InvalidInputException if a header has problems (an unknown or missing column), naming every one
     * @throws UncheckedIOException if a file cannot be listed or its header read
     */
    public static SparkDataset readCsv(SparkSession spark, SmallTables tables, String... paths) {
        Objects.requireNonNull(tables, "tables");
        if (paths.length == 0) {
            throw new IllegalArgumentException("no paths to read");
        }
        List<Path> files = new ArrayList<>();
        try {
            for (String p : paths) {
                Path path = new Path(p);
                FileSystem fs = fileSystem(spark, path);
                FileStatus[] found = fs.globStatus(path);
                if (found == null || found.length == 0) {
                    throw new InvalidInputException(InputProblem.of(InputLocation.of(p), "no such file or folder"));
                }
                for (FileStatus s : found) {
                    if (s.isDirectory()) {
                        for (FileStatus f : fs.listStatus(s.getPath())) {
                            String n = f.getPath().getName();
                            if (f.isFile() && n.toLowerCase(Locale.ROOT).endsWith(".csv") && !n.startsWith("_")
                                    && !n.startsWith(".")) {
                                files.add(f.getPath());
                            }
                        }
                    } else {
                        files.add(s.getPath());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<InputProblem> headerProblems = new ArrayList<>();
        JavaRDD<Bound> all = null;
        for (int k = 0; k < files.size(); k++) {
            Path file = files.get(k);
            String name = file.getName();
            Header header;
            try {
                header = header(fileSystem(spark, file), file, name);
            } catch (InvalidInputException e) {
                headerProblems.addAll(e.problems());
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (header == null) {
                continue; // an empty file: no header, no rows
            }
            long orderBase = (long) k << INPUT_SHIFT;
            JavaRDD<Bound> bound = jsc.textFile(file.toString()).zipWithIndex()
                    .mapPartitions(new LineBinder(name, header, orderBase, tables));
            all = all == null ? bound : all.union(bound);
        }
        if (!headerProblems.isEmpty()) {
            throw new InvalidInputException(headerProblems.subList(0, Math.min(headerProblems.size(),
                    InvalidInputException.MAX_PROBLEMS)));
        }
        if (all == null) {
            all = jsc.emptyRDD();
        }
        return split(spark, all, tables);
    }

    /**
     * Reads observations from any table Spark reads (Parquet, ORC, JSON lines, a catalog table, a
     * JDBC query): its columns are matched by name to FORMAT.md §1 (any order, any case;
     * {@code x_} columns carried along) and their values read as text, so store numbers as
     * strings to keep them as printed ({@code 88.90} is not {@code 88.9}: it has another
     * precision). Rows without an id get {@code INPUT#N}, N counting rows from 1 in Spark's order
     * of the table, which is stable for the same files.
     *
     * @param table the table, not null
     * @param inputName the name of the input in problems and generated ids, not null
     * @param tables the small tables, not null
     * @return the dataset
     * @throws InvalidInputException if a column is unknown or a required one is missing, naming every one
     */
    public static SparkDataset read(Dataset<Row> table, String inputName, SmallTables tables) {
        Objects.requireNonNull(inputName, "inputName");
        String[] columns = table.columns();
        Header header;
        try {
            header = header(String.join(",", quoteAll(columns)), 0, inputName); // a table has no lines
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Column> asText = new ArrayList<>();
        for (String c : columns) {
            asText.add(functions.col("`" + c.replace("`", "``") + "`").cast("string"));
        }
        JavaRDD<Bound> bound = table.select(asText.toArray(new Column[0])).javaRDD().zipWithIndex()
                .mapPartitions(new TableBinder(inputName, header, tables));
        return split(table.sparkSession(), bound, tables);
    }

    private static List<String> quoteAll(String[] names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add('"' + n.replace("\"", "\"\"") + '"');
        }
        return out;
    }

    private static SparkDataset split(SparkSession spark, JavaRDD<Bound> bound, SmallTables tables) {
        Dataset<ObservationRow> rows = spark.createDataset(bound.filter(b -> b.row != null).map(b -> b.row).rdd(),
                Encoders.bean(ObservationRow.class));
        Dataset<ProblemRow> problems = spark.createDataset(
                bound.filter(b -> b.problems != null).flatMap(b -> b.problems.iterator()).rdd(),
                Encoders.bean(ProblemRow.class));
        return withUniqueIds(rows, problems, tables);
    }

    /**
     * Keeps the first row of each id (by input, then line, as the single-machine reader keeps the first
     * added) and makes every later row with that id a problem row with the reader's message. Only the
     * ids travel: a shuffle of a few bytes a row finds the ids given more than once, and those (few,
     * unless the data is broken) are broadcast back to the rows; the rows themselves are not shuffled.
     */
    private static SparkDataset withUniqueIds(Dataset<ObservationRow> rows, Dataset<ProblemRow> problems, SmallTables tables) {
        Dataset<Row> repeated = rows.select(functions.col("id"),
                        functions.struct(functions.col("order"), functions.col("input"), functions.col("line")).as("at"))
                .groupBy("id").agg(functions.count(functions.lit(1)).as("n"), functions.min("at").as("first"))
                .where(functions.col("n").gt(1))
                .select(functions.col("id").as("repeated_id"), functions.col("first"));
        Dataset<Tuple2<ObservationRow, Row>> marked = rows.joinWith(functions.broadcast(repeated),
                rows.col("id").equalTo(repeated.col("repeated_id")), "left_outer");
        Dataset<ObservationRow> unique = marked
                .filter((FilterFunction<Tuple2<ObservationRow, Row>>) t -> !isRepeat(t._1(), t._2()))
                .map((MapFunction<Tuple2<ObservationRow, Row>, ObservationRow>) Tuple2::_1, Encoders.bean(ObservationRow.class));
        Dataset<ProblemRow> repeats = marked
                .filter((FilterFunction<Tuple2<ObservationRow, Row>>) t -> isRepeat(t._1(), t._2()))
                .map((MapFunction<Tuple2<ObservationRow, Row>, ProblemRow>) t -> repeat(t._1(), t._2().getStruct(1)),
                        Encoders.bean(ProblemRow.class));
        return new SparkDataset(unique, problems.union(repeats), tables);
    }

    /** Whether a row repeats the id of an earlier one: the first of its id is not itself. */
    private static boolean isRepeat(ObservationRow r, Row repeated) {
        if (repeated == null) {
            return false;
        }
        Row first = repeated.getStruct(1);
        return first.getLong(0) != r.getOrder() || !first.getString(1).equals(r.getInput()) || first.getLong(2) != r.getLine();
    }

    /** The reader's problem for a row that repeats an id: on its id cell, naming where the first was read. */
    private static ProblemRow repeat(ObservationRow r, Row first) {
        InputLocation firstAt = InputLocation.of(first.getString(1), first.getLong(2));
        String firstPlace = firstAt.describeFrom(r.getInput());
        return ProblemRow.of(r.getInput(), r.getLine(), r.getId(), "id", "duplicate id \"" + r.getId() + "\""
                + (firstPlace.isEmpty() ? "" : " (first " + firstPlace + ")"));
    }

    private static FileSystem fileSystem(SparkSession spark, Path path) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        try {
            return path.getFileSystem(conf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the header of a file on the driver; null for a file with no non-blank line. */
    private static Header header(FileSystem fs, Path file, String name) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(file), StandardCharsets.UTF_8))) {
            String line;
            long index = 0;
            while ((line = in.readLine()) != null) {
                if (index == 0 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (!line.isEmpty()) {
                    return header(line, index + 1, name);
                }
                index++;
            }
            return null;
        }
    }

    /** Checks a header line by the library's CSV reader and maps its cells to the schema. */
    private static Header header(String line, long lineNumber, String name) throws IOException {
        try {
            CsvTableReader.records(OBS).read(new StringReader(line), name);
        } catch (InvalidInputException e) {
            List<InputProblem> placed = new ArrayList<>();
            for (InputProblem p : e.problems()) {
                placed.add(InputProblem.of(p.line() == 0 ? p.location() : p.location().withLine(lineNumber), p.message(),
                        p.suggestion().orElse(null)));
            }
            throw new InvalidInputException(placed);
        }
        CsvLine.Cells cells = CsvLine.split(line);
        String[] names = cells.cells();
        int[] targets = new int[names.length];
        String[] extras = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            String n = names[i].strip();
            int index = OBS.columnNames().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList()
                    .indexOf(n.toLowerCase(Locale.ROOT));
            targets[i] = index;
            extras[i] = index < 0 ? n : null; // the reader accepted it: an x_ column
        }
        return new Header(lineNumber, targets, extras);
    }

    /** Where each cell of a line goes: a schema index, or an {@code x_} column's name. */
    private record Header(long line, int[] targets, String[] extras) implements Serializable {
    }

    /** The result of reading one row: its observation, or its problems. */
    static final class Bound implements Serializable {
        private static final long serialVersionUID = 1L;
        final ObservationRow row;
        final List<ProblemRow> problems;

        Bound(ObservationRow row, List<ProblemRow> problems) {
            this.row = row;
            this.problems = problems;
        }
    }

    /** Binds the cells of one row, as {@link ObservationRow} or as problems. */
    private static Bound bind(RowBinder binder, Header header, String[] values, String input, long line, long order,
            String generatedId) {
        String[] cells = new String[OBS.size()];
        Map<String, String> extras = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (header.targets[i] >= 0) {
                cells[header.targets[i]] = values[i];
            } else {
                extras.put(header.extras[i], values[i]);
            }
        }
        Observation o = binder.bind(cells, extras, input, line, generatedId);
        if (o != null) {
            return new Bound(ObservationRow.of(o, input, line, order), null);
        }
        String key = cells[0] != null ? cells[0] : generatedId;
        List<ProblemRow> problems = new ArrayList<>();
        for (RowBinder.Problem p : binder.problems()) {
            problems.add(ProblemRow.of(input, line, key, p.column(), p.message(), p.suggestion()));
        }
        return new Bound(null, problems);
    }

    /** Binds the lines of one split of a CSV file. */
    private static final class LineBinder
            implements org.apache.spark.api.java.function.FlatMapFunction<Iterator<Tuple2<String, Long>>, Bound> {
        private static final long serialVersionUID = 1L;
        private final String input;
        private final Header header;
        private final long orderBase;
        private final SmallTables tables;

        LineBinder(String input, Header header, long orderBase, SmallTables tables) {
            this.input = input;
            this.header = header;
            this.orderBase = orderBase;
            this.tables = tables;
        }

        @Override
        public Iterator<Bound> call(Iterator<Tuple2<String, Long>> lines) {
            RowBinder binder = new RowBinder(tables.dataset());
            String idPrefix = input + "#";
            return new Iterator<>() {
                private Bound next;

                @Override
                public boolean hasNext() {
                    while (next == null && lines.hasNext()) {
                        Tuple2<String, Long> t = lines.next();
                        long line = t._2() + 1;
                        String text = t._1();
                        if (line <= header.line || text.isEmpty()) {
                            continue; // the header, and blank lines, as the CSV reader skips them
                        }
                        next = bindLine(binder, text, line, idPrefix + line);
                    }
                    return next != null;
                }

                @Override
                public Bound next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    Bound b = next;
                    next = null;
                    return b;
                }
            };
        }

        private Bound bindLine(RowBinder binder, String text, long line, String generatedId) {
            if (text.indexOf('\uFFFD') >= 0) {
                return problem(line, generatedId, "", "the line is not valid UTF-8 (it holds bytes Spark decoded as"
                        + " U+FFFD, the replacement character)");
            }
            CsvLine.Cells cells = CsvLine.split(text);
            if (cells.problem() != null) {
                return problem(line, generatedId, "", cells.problem());
            }
            String[] values = cells.cells();
            int expected = header.targets.length;
            if (values.length != expected) {
                return problem(line, generatedId, "", "found " + values.length + (values.length == 1 ? " cell" : " cells")
                        + ", expected " + expected + " as in the header");
            }
            return bind(binder, header, values, input, line, orderBase + line, generatedId);
        }

        private Bound problem(long line, String key, String column, String message) {
            return new Bound(null, List.of(ProblemRow.of(input, line, key, column, message)));
        }
    }

    /** Binds the rows of one partition of a table. */
    private static final class TableBinder
            implements org.apache.spark.api.java.function.FlatMapFunction<Iterator<Tuple2<Row, Long>>, Bound> {
        private static final long serialVersionUID = 1L;
        private final String input;
        private final Header header;
        private final SmallTables tables;

        TableBinder(String input, Header header, SmallTables tables) {
            this.input = input;
            this.header = header;
            this.tables = tables;
        }

        @Override
        public Iterator<Bound> call(Iterator<Tuple2<Row, Long>> rows) {
            RowBinder binder = new RowBinder(tables.dataset());
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Bound next() {
                    Tuple2<Row, Long> t = rows.next();
                    Row r = t._1();
                    String[] values = new String[r.length()];
                    for (int i = 0; i < values.length; i++) {
                        String v = r.isNullAt(i) ? null : r.getString(i);
                        values[i] = v == null || v.isEmpty() ? null : v;
                    }
                    long n = t._2() + 1;
                    return bind(binder, header, values, input, 0, n, input + "#" + n);
                }
            };
        }
    }

    @Override
    public String toString() {
        return "SparkDataset[" + tables + "]";
    }
}
