package org.industrymetrics.spark;

import java.util.Objects;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.industrymetrics.InputLocation;
import org.industrymetrics.aggregate.Aggregation;
import org.industrymetrics.aggregate.RunningSum;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.aggregate.LevelConverter;
import org.industrymetrics.aggregate.OverlapPolicy;
import org.industrymetrics.observation.Measure;

/**
 * The library's sum of levels as a Spark {@link Aggregator}: each group is the library's
 * {@link RunningSum} of an {@link Aggregation} in one unit or currency (each level
 * converted by the library's {@link LevelConverter}: the dataset's rates, the flow/stock rate
 * policy), with its overlap policy; partial sums merged exactly. A group gives what
 * {@code Aggregation} gives for it on one machine, whatever the partitioning: the same interval,
 * figure, status, count and rates, the same overlaps found (the subject tree, unions, periods that
 * contain each other, the same figure twice) and levels dropped by the policy, and the same
 * problems.
 * <p>
 * Rows that are not levels are not counted, as in {@code Aggregation}; filter by metric or period
 * before aggregating. Where the levels cannot be summed (another dimension, money without a rate,
 * a stock over several periods, a total of mixed status, an overlap the policy refuses: by default
 * every overlap, as {@link OverlapPolicy#REFUSE}) the group's {@link TotalRow} lists the problems
 * with {@code Aggregation}'s messages; the job does not fail.
 * <pre>{@code
 * TotalAggregator gwh = new TotalAggregator("GWh", data.tables())
 *         .withOverlapPolicy(OverlapPolicy.parse("subject=broadest;period=whole"));
 * // Dataset API
 * Dataset<Tuple2<String, TotalRow>> byMetric = data.observations()
 *         .groupByKey((MapFunction<ObservationRow, String>) ObservationRow::getMetric, Encoders.STRING())
 *         .agg(gwh.toColumn().name("total"));
 * // SQL
 * spark.udf().register("total_gwh", gwh.udaf());
 * spark.sql("SELECT metric, total_gwh(*).figure FROM observations GROUP BY metric");
 * }</pre>
 * The buffer, {@link TotalBuffer}, is bounded by the distinct subject, metric, period, source and
 * unit of a group, which is what finding overlaps needs, not by its rows. Serialisable, as Spark
 * needs: it ships the unit, the policy and the small tables; the library's sum is set up once per
 * task. Not thread-safe (Spark uses one per task).
 */
public final class TotalAggregator extends Aggregator<ObservationRow, TotalBuffer, TotalRow> {

    private static final long serialVersionUID = 1L;

    private final String unit;
    private final String policy;
    private final SmallTables tables;
    private transient Aggregation aggregation;
    private transient Dataset dataset;
    private transient RowBinder binder;

    /**
     * Creates an aggregator of sums in {@code unit} with the default qualifier widths and rate policy,
     * refusing overlaps ({@link OverlapPolicy#REFUSE}), as {@code Aggregation} does by default.
     *
     * @param unit a unit of measure ({@code GWh}) or a currency with an optional scale word ({@code billion USD})
     * @param tables the small tables: the metric kinds, rates and subject tree, not null
     * @throws IllegalArgumentException if the unit does not read or is not a quantity or a currency
     */
    public TotalAggregator(String unit, SmallTables tables) {
        this(Aggregation.inUnit(Objects.requireNonNull(unit, "unit")).build().unit().toString(),
                OverlapPolicy.REFUSE.toString(), tables);
    }

    private TotalAggregator(String unit, String policy, SmallTables tables) {
        this.unit = unit;
        this.policy = policy;
        this.tables = Objects.requireNonNull(tables, "tables");
    }

    /**
     * Returns an aggregator like this one with another policy for levels that may describe the same
     * amount, as {@code Aggregation.Builder.overlapPolicy} sets it.
     *
     * @param overlapPolicy the policy, not null
     * @return a new aggregator
     */
    public TotalAggregator withOverlapPolicy(OverlapPolicy overlapPolicy) {
        return new TotalAggregator(unit, overlapPolicy.toString(), tables);
    }

    /** {@return the overlap policy} */
    public OverlapPolicy overlapPolicy() {
        return OverlapPolicy.parse(policy);
    }

    /**
     * Returns this aggregator as a function for Spark SQL, taking the columns of
     * {@link ObservationRow}: {@code total_gwh(*)} over a view of observation rows.
     *
     * @return the function, to register with {@code spark.udf().register(name, ...)}
     */
    public UserDefinedFunction udaf() {
        return functions.udaf(this, Encoders.bean(ObservationRow.class));
    }

    @Override
    public TotalBuffer zero() {
        return new TotalBuffer();
    }

    @Override
    public TotalBuffer reduce(TotalBuffer b, ObservationRow row) {
        if (!Measure.LEVEL.id().equals(row.getMeasure())) {
            return b; // not bound at all: most rows of a dataset of relations are not levels
        }
        init();
        b.sum(aggregation, dataset).add(binder.observation(row),
                row.getLine() > 0 ? InputLocation.of(row.getInput(), row.getLine()) : null);
        return b;
    }

    @Override
    public TotalBuffer merge(TotalBuffer a, TotalBuffer b) {
        init();
        a.sum(aggregation, dataset).merge(b.sum(aggregation, dataset));
        return a;
    }

    @Override
    public TotalRow finish(TotalBuffer b) {
        init();
        return TotalRow.of(b.sum(aggregation, dataset));
    }

    @Override
    public Encoder<TotalBuffer> bufferEncoder() {
        return Encoders.bean(TotalBuffer.class);
    }

    @Override
    public Encoder<TotalRow> outputEncoder() {
        return Encoders.bean(TotalRow.class);
    }

    /** The library's aggregation and tables, once per task. */
    private void init() {
        if (aggregation == null) {
            aggregation = Aggregation.inUnit(unit).overlapPolicy(OverlapPolicy.parse(policy)).build();
            dataset = tables.dataset();
            binder = new RowBinder();
        }
    }

    @Override
    public String toString() {
        return "TotalAggregator[in " + unit + ", overlaps " + policy + ", " + tables + "]";
    }
}
