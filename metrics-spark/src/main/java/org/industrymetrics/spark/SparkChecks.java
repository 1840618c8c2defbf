package org.industrymetrics.spark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.industrymetrics.check.CheckId;
import org.industrymetrics.check.CheckSettings;
import org.industrymetrics.check.Checker;
import org.industrymetrics.check.Finding;
import org.industrymetrics.check.RuleExpression;
import org.industrymetrics.csv.ReportCsv;
import org.industrymetrics.figure.QualifierWidths;
import org.industrymetrics.money.RatePolicy;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.Rule;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.observation.SubjectTree;

/**
 * The consistency checks of FORMAT.md §7 on a Spark dataset, by the library's own
 * {@link Checker}: the observations are partitioned so that the inputs of every relation meet in
 * one group, and each group is checked by {@code Checker} on one worker. The findings are the
 * same set, with the same verdicts, intervals and messages, as {@code Checker} gives on the
 * whole dataset on one machine.
 * <ul>
 * <li>Every check but {@code rule} relates figures of one metric, of subjects in one subject
 *     tree: a share and the levels of its subject and whole, a growth and the levels of two
 *     periods, the months and their year, two figures of one level, a union and its parts, the
 *     children and their parent. The groups are therefore by metric and by <em>subject
 *     family</em>: the subjects linked by the subject tree, by unions and by the wholes named in
 *     {@code base}. The families are worked out on the driver from the distinct subjects and
 *     bases, not from the observations.
 * <li>{@code rule} relates levels of several metrics of one subject and period: the levels of the
 *     rules' metrics are grouped by subject and period.
 * </ul>
 * The small tables (subjects, metrics, rates, rules, sources) are broadcast. A group holds the
 * figures of one metric and family, so no worker needs the whole dataset; the rows of a group are
 * put back in the order of their inputs first, so "the later of two figures" is the same as on
 * one machine.
 * <p>
 * The output has the columns of the CSV report ({@link ReportCsv#SCHEMA}: {@code check},
 * {@code verdict}, {@code observations}, {@code stated_low}, ..., {@code message}), all text,
 * empty where the CSV report has an empty cell.
 * <p>
 * Settings: qualifier widths, the checks to run and the rate policy travel to the workers;
 * extra rate tables do not: put those rates in the rates table. This class has only static methods.
 */
public final class SparkChecks {

    /** The columns of the findings: those of the CSV report. */
    public static final StructType SCHEMA = schema();

    private SparkChecks() {
    }

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        for (String name : ReportCsv.SCHEMA.columnNames()) {
            fields.add(DataTypes.createStructField(name, DataTypes.StringType, true));
        }
        return DataTypes.createStructType(fields);
    }

    /**
     * Runs every check with the default settings.
     *
     * @param data the dataset, not null
     * @return the findings, a row each, in no particular order
     */
    public static Dataset<Row> check(SparkDataset data) {
        return check(data, CheckSettings.DEFAULTS);
    }

    /**
     * Runs the checks the settings enable.
     *
     * @param data the dataset, not null
     * @param settings the qualifier widths, the checks, the rate policy; no extra rates, not null
     * @return the findings, a row each, in no particular order
     * @throws IllegalArgumentException if the settings have extra rates
     * @throws org.industrymetrics.FigureParseException if a rule cannot be read (on the driver, before any job)
     */
    public static Dataset<Row> check(SparkDataset data, CheckSettings settings) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(settings, "settings");
        if (!settings.rates().entries().isEmpty()) {
            throw new IllegalArgumentException("extra rate tables do not travel to the workers: add the rates"
                    + " to the dataset's rates table");
        }
        SmallTables tables = data.tables();
        Dataset<ObservationRow> observations = data.observations();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(observations.sparkSession().sparkContext());
        Broadcast<SmallTables> shared = jsc.broadcast(tables);
        Settings spec = new Settings(settings);

        Dataset<Row> findings = observations.sparkSession().createDataFrame(List.of(), SCHEMA);
        Set<CheckId> relational = EnumSet.copyOf(settings.checks());
        relational.remove(CheckId.RULE);
        if (!relational.isEmpty()) {
            Broadcast<Map<String, String>> families = jsc.broadcast(families(observations, tables));
            findings = findings.union(observations
                    .groupByKey(new MetricFamily(families), Encoders.STRING())
                    .flatMapGroups(new CheckGroup(shared, spec.only(relational)), rowEncoder()));
        }
        List<Rule> rules = tables.dataset().rules();
        if (settings.runs(CheckId.RULE) && !rules.isEmpty()) {
            // every rule read on the driver first, so an unreadable rule fails before any job
            Checker.check(tables.dataset(), settings.toBuilder().only(CheckId.RULE).build());
            Set<String> metrics = new HashSet<>();
            for (Rule r : rules) {
                metrics.addAll(RuleExpression.parse(r).metrics());
            }
            Dataset<ObservationRow> levels = observations
                    .filter(functions.col("measure").equalTo(Measure.LEVEL.id())
                            .and(functions.col("metric").isin(metrics.toArray())));
            findings = findings.union(levels
                    .groupByKey((MapFunction<ObservationRow, String>) r -> r.getSubject() + "\u0001" + r.getPeriod(),
                            Encoders.STRING())
                    .flatMapGroups(new CheckGroup(shared, spec.only(EnumSet.of(CheckId.RULE))), rowEncoder()));
        }
        return findings;
    }

    private static org.apache.spark.sql.Encoder<Row> rowEncoder() {
        return Encoders.row(SCHEMA);
    }

    /**
     * Works out the subject families on the driver: each subject is in the family of the root of
     * its subject tree; a union joins the families of its parts; a share or contribution joins the
     * family of its subject with that of its whole. Takes the distinct subjects and bases only.
     *
     * @return the family of every subject seen, by subject
     */
    static Map<String, String> families(Dataset<ObservationRow> observations, SmallTables tables) {
        SubjectTree tree = tables.dataset().subjectTree();
        UnionFind uf = new UnionFind();
        Set<String> subjects = new HashSet<>();
        List<Row> pairs = observations.select("subject", "measure", "base").distinct().collectAsList();
        for (Row r : pairs) {
            String subject = r.getString(0);
            subjects.add(subject);
            String root = root(tree, uf, subject);
            String measure = r.getString(1);
            String base = r.isNullAt(2) ? null : r.getString(2);
            if (base != null && Measure.parse(measure).baseIsSubject()) {
                subjects.add(base);
                uf.union(root, root(tree, uf, base));
            }
        }
        Map<String, String> family = new HashMap<>();
        for (String s : subjects) {
            family.put(s, uf.find(root(tree, uf, s)));
        }
        return family;
    }

    /** The root of a subject's tree; for a union, its parts' roots joined. */
    private static String root(SubjectTree tree, UnionFind uf, String subject) {
        SubjectRef ref = SubjectRef.parse(subject);
        String first = null;
        for (String part : ref.parts()) {
            List<String> up = tree.ancestors(part);
            String root = up.isEmpty() ? part : up.get(up.size() - 1);
            if (first == null) {
                first = root;
            } else {
                uf.union(first, root);
            }
        }
        return first;
    }

    /** A union-find over subject ids, with the smallest id of a family as its name. */
    private static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        String find(String x) {
            String p = parent.getOrDefault(x, x);
            if (p.equals(x)) {
                return x;
            }
            String r = find(p);
            parent.put(x, r);
            return r;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                if (ra.compareTo(rb) < 0) {
                    parent.put(rb, ra);
                } else {
                    parent.put(ra, rb);
                }
            }
        }
    }

    /** The group key of a row for every check but rule: metric and subject family. */
    private static final class MetricFamily implements MapFunction<ObservationRow, String> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<Map<String, String>> families;

        MetricFamily(Broadcast<Map<String, String>> families) {
            this.families = families;
        }

        @Override
        public String call(ObservationRow r) {
            return r.getMetric() + "\u0001" + families.value().getOrDefault(r.getSubject(), r.getSubject());
        }
    }

    /** The settings, as plain values that travel to the workers. */
    private record Settings(BigDecimal about, BigDecimal over, BigDecimal nearly, EnumSet<CheckId> checks,
            int maxStaleDays, boolean flowsAtAverage) implements java.io.Serializable {

        Settings(CheckSettings s) {
            this(s.widths().about(), s.widths().over(), s.widths().nearly(), EnumSet.copyOf(s.checks()),
                    s.ratePolicy().maxStaleDays(), s.ratePolicy().flowsAtAverage());
        }

        Settings only(Set<CheckId> ids) {
            return new Settings(about, over, nearly, EnumSet.copyOf(ids), maxStaleDays, flowsAtAverage);
        }

        CheckSettings toCheckSettings() {
            return CheckSettings.builder().widths(QualifierWidths.of(about, over, nearly)).only(checks)
                    .ratePolicy(RatePolicy.of(maxStaleDays, flowsAtAverage)).build();
        }
    }

    /** Checks one group by the library's {@link Checker}: the rows in input order, with the small tables. */
    private static final class CheckGroup implements FlatMapGroupsFunction<String, ObservationRow, Row> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<SmallTables> tables;
        private final Settings settings;

        CheckGroup(Broadcast<SmallTables> tables, Settings settings) {
            this.tables = tables;
            this.settings = settings;
        }

        @Override
        public Iterator<Row> call(String key, Iterator<ObservationRow> rows) {
            List<ObservationRow> group = new ArrayList<>();
            rows.forEachRemaining(group::add);
            group.sort(Comparator.comparingLong(ObservationRow::getOrder));
            RowBinder binder = new RowBinder();
            List<Observation> observations = new ArrayList<>(group.size());
            for (ObservationRow r : group) {
                observations.add(binder.observation(r));
            }
            List<Finding> findings = Checker.check(tables.value().with(observations), settings.toCheckSettings())
                    .findings();
            List<Row> out = new ArrayList<>(findings.size());
            for (Finding f : findings) {
                out.add(RowFactory.create(ReportCsv.cells(f).toArray()));
            }
            return out.iterator();
        }
    }
}
