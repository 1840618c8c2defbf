package org.industrymetrics.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.aggregate.Aggregation;
import org.industrymetrics.aggregate.ConversionException;
import org.industrymetrics.aggregate.ConvertedFigure;
import org.industrymetrics.aggregate.LevelConverter;
import org.industrymetrics.aggregate.Total;
import org.industrymetrics.figure.QualifierWidths;
import org.industrymetrics.money.RatePolicy;
import org.industrymetrics.money.FxRateTable;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.MetricKind;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.period.ReportingPeriod;

/**
 * The library's sum of levels as a Spark {@link Aggregator}: each level converted to one unit or
 * currency by the library's {@link LevelConverter} (the dataset's rates, the flow/stock rate
 * policy) and added to a {@link org.industrymetrics.aggregate.TotalAccumulator}; partial sums
 * merged exactly; the same interval, figure, count and rates as {@link Aggregation} gives for
 * the same levels on one machine, whatever the partitioning.
 * <p>
 * Rows that are not levels are not counted, as in {@code Aggregation}; filter by metric or period
 * before aggregating. A level that cannot be added is a problem of its group's
 * {@link TotalRow}, with the message {@code Aggregation} fails with; the job does not fail.
 * <pre>{@code
 * TotalAggregator gwh = new TotalAggregator("GWh", data.tables());
 * // Dataset API
 * Dataset<Tuple2<String, TotalRow>> byMetric = data.observations()
 *         .groupByKey((MapFunction<ObservationRow, String>) ObservationRow::getMetric, Encoders.STRING())
 *         .agg(gwh.toColumn().name("total"));
 * // SQL
 * spark.udf().register("total_gwh", gwh.udaf());
 * spark.sql("SELECT metric, total_gwh(struct(*)).figure FROM observations GROUP BY metric");
 * }</pre>
 * Serialisable, as Spark needs: it ships the unit and the small tables; the converter is built
 * once per task. Not thread-safe (Spark uses one per task).
 */
public final class TotalAggregator extends Aggregator<ObservationRow, TotalBuffer, TotalRow> {

    private static final long serialVersionUID = 1L;

    private final String unit;
    private final SmallTables tables;
    private transient LevelConverter converter;
    private transient RowBinder binder;
    private transient ObservationUnit target;

    /**
     * Creates an aggregator of sums in {@code unit} with the default qualifier widths and rate policy.
     *
     * @param unit a unit of measure ({@code GWh}) or a currency with an optional scale word ({@code billion USD})
     * @param tables the small tables: the metric kinds and rates, not null
     * @throws IllegalArgumentException if the unit does not read or is not a quantity or a currency
     */
    public TotalAggregator(String unit, SmallTables tables) {
        this.unit = Aggregation.inUnit(Objects.requireNonNull(unit, "unit")).build().unit().toString();
        this.tables = Objects.requireNonNull(tables, "tables");
    }

    /**
     * Returns this aggregator as a function for Spark SQL, taking one argument, a struct with the
     * columns of {@link ObservationRow}: {@code total_gwh(struct(*))} over a table of observation rows.
     *
     * @return the function, to register with {@code spark.udf().register(name, ...)}
     */
    public UserDefinedFunction udaf() {
        return functions.udaf(this, Encoders.bean(ObservationRow.class));
    }

    @Override
    public TotalBuffer zero() {
        return TotalBuffer.empty(unit);
    }

    @Override
    public TotalBuffer reduce(TotalBuffer b, ObservationRow row) {
        if (!Measure.LEVEL.id().equals(row.getMeasure())) {
            return b;
        }
        init();
        Observation o = binder.observation(row);
        ConvertedFigure f;
        try {
            f = converter.convert(o, target);
        } catch (ConversionException | ArithmeticException e) {
            // nothing is added; the total carries the problem, as Aggregation.sum fails with it
            addProblem(b, problem(row, o.id(), e.getMessage()));
            return b;
        }
        b.accumulator().add(f);
        if (f.rate() != null) {
            b.getRates().putIfAbsent(f.rate().pair() + " " + f.rate().first() + " " + f.rate().last(),
                    f.rate().toString());
        }
        if (tables.dataset().metricKind(o.metric()).orElse(MetricKind.FLOW) == MetricKind.STOCK) {
            String here = o.period() + "\t" + o.id() + "\t" + row.getInput() + "\t" + row.getLine();
            b.getStocks().merge(o.metric(), here + "\t" + here, TotalAggregator::mergeSpan);
        }
        return b;
    }

    @Override
    public TotalBuffer merge(TotalBuffer a, TotalBuffer b) {
        a.accumulator().merge(b.accumulator());
        b.getRates().forEach(a.getRates()::putIfAbsent);
        b.getStocks().forEach((k, v) -> a.getStocks().merge(k, v, TotalAggregator::mergeSpan));
        b.getProblems().forEach(p -> addProblem(a, p));
        return a;
    }

    @Override
    public TotalRow finish(TotalBuffer b) {
        Total t = b.accumulator().toTotal();
        List<ProblemRow> problems = new ArrayList<>(b.getProblems());
        problems.sort(Comparator.comparing(ProblemRow::getRow).thenComparing(ProblemRow::getMessage));
        for (Map.Entry<String, String> e : b.getStocks().entrySet()) {
            String[] s = e.getValue().split("\t");
            if (!s[0].equals(s[4])) {
                // the problem Aggregation gives for a stock summed over periods, placed as it places it
                long firstLine = Long.parseLong(s[3]);
                long lastLine = Long.parseLong(s[7]);
                String firstInput = firstLine > 0 ? s[2] : tables.name();
                String last = lastLine > 0 ? ", " + InputLocation.of(s[6], lastLine).describeFrom(firstInput) : "";
                problems.add(ProblemRow.of(firstInput, firstLine, s[1], "", "cannot add levels of " + e.getKey()
                        + " for " + s[0] + " and " + s[4] + " (observation " + s[5] + last
                        + "): it is a stock, a level at a time, and does not add up over periods; group by period"));
            }
        }
        return TotalRow.of(unit, t.interval(), t.figure(), t.count(), new ArrayList<>(b.getRates().values()),
                problems.subList(0, Math.min(problems.size(), InvalidInputException.MAX_PROBLEMS)));
    }

    @Override
    public Encoder<TotalBuffer> bufferEncoder() {
        return Encoders.bean(TotalBuffer.class);
    }

    @Override
    public Encoder<TotalRow> outputEncoder() {
        return Encoders.bean(TotalRow.class);
    }

    private void init() {
        if (converter == null) {
            converter = new LevelConverter(tables.dataset(), FxRateTable.builder().build(), RatePolicy.DEFAULT,
                    QualifierWidths.DEFAULTS);
            binder = new RowBinder();
            target = ObservationUnit.parse(unit);
        }
    }

    /** A level that cannot be added, placed as Aggregation places it (see {@link TotalRow#inputProblems()}). */
    private ProblemRow problem(ObservationRow row, String id, String message) {
        return ProblemRow.of(row.getLine() > 0 ? row.getInput() : tables.name(), row.getLine(), id, "", message);
    }

    private static void addProblem(TotalBuffer b, ProblemRow p) {
        if (b.getProblems().size() < InvalidInputException.MAX_PROBLEMS) {
            b.getProblems().add(p);
        }
    }

    /**
     * The earliest and latest (by period, then id) of two spans, each
     * {@code period id input line} for the first and then for the last level.
     */
    private static String mergeSpan(String a, String b) {
        String[] x = a.split("\t");
        String[] y = b.split("\t");
        String[] first = compare(y[0], y[1], x[0], x[1]) < 0 ? y : x;
        String[] last = compare(y[4], y[5], x[4], x[5]) > 0 ? y : x;
        return String.join("\t", first[0], first[1], first[2], first[3], last[4], last[5], last[6], last[7]);
    }

    private static int compare(String period1, String id1, String period2, String id2) {
        int c = ReportingPeriod.parse(period1).compareTo(ReportingPeriod.parse(period2));
        return c != 0 ? c : id1.compareTo(id2);
    }

    @Override
    public String toString() {
        return "TotalAggregator[in " + unit + ", " + tables + "]";
    }
}
