package org.industrymetrics.aggregate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.InvalidValueException;
import org.industrymetrics.figure.QualifierWidths;
import org.industrymetrics.money.RatePolicy;
import org.industrymetrics.money.FxRateTable;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.MetricKind;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.Status;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.period.Granularity;
import org.industrymetrics.period.ReportingPeriod;

/**
 * Sums of levels, grouped by any of subject, metric and period, in one unit or currency.
 * <p>
 * Units convert exactly; money in another currency converts through the exchange rates (a flow
 * at the average rate of its period, a stock or a day at that day's rate, or the last quote
 * within the staleness), and every rate used is recorded in the {@link Total}. Each total is an
 * interval, the sum of the figures' intervals, and a figure as a report would print it.
 * A level that cannot be added (another dimension, money without a rate, a stock metric over
 * several periods in one group) is an error that names the observations, never a silent skip: the
 * sum fails with one {@link InvalidInputException} listing every such problem.
 * <p>
 * Roll-ups: {@link #rollUpChildren} sums the children of a subject up the subject tree;
 * {@link #rollUpPeriods} sums months (or quarters, or halves) to a longer period, for flow metrics
 * only: a stock does not add up over time, and asking is an error that says so.
 * <p>
 * Merging: the sum is a {@link Collector} whose partial results are mergeable
 * ({@link TotalAccumulator}). Splitting the observations into any parts, collecting each part on
 * its own and combining the partial results in any order and grouping gives the same
 * {@link SumResult} (equal by {@code equals}) as one sequential sum; in particular
 * {@code dataset.observations().parallelStream().collect(aggregation.collector(dataset))} equals
 * {@code aggregation.sum(dataset)}. Each figure is converted on its own before it is added, and the
 * additions are exact, so no rounding depends on the order. This is tested by properties on random
 * observations split into random parts.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Aggregation {

    private final ObservationUnit unit;
    private final Set<GroupBy> groupBy;
    private final String metric;
    private final ReportingPeriod period;
    private final QualifierWidths widths;
    private final RatePolicy policy;
    private final FxRateTable rates;
    private final OverlapPolicy overlapPolicy;
    private final Status status;

    private Aggregation(Builder b) {
        this.unit = b.unit;
        EnumSet<GroupBy> fields = EnumSet.noneOf(GroupBy.class);
        fields.addAll(b.groupBy);
        this.groupBy = Collections.unmodifiableSet(fields);
        this.metric = b.metric;
        this.period = b.period;
        this.widths = b.widths;
        this.policy = b.policy;
        this.rates = b.rates.build();
        this.overlapPolicy = b.overlapPolicy;
        this.status = b.status;
    }

    /** {@return the policy for levels that may describe the same amount} */
    public OverlapPolicy overlapPolicy() {
        return overlapPolicy;
    }

    /**
     * {@return a builder of sums in {@code unit}: a unit of measure ({@code GWh}) or a currency
     * with an optional scale word ({@code billion USD})}
     *
     * @param unit the unit
     */
    public static Builder inUnit(ObservationUnit unit) {
        return new Builder(unit);
    }

    /**
     * {@return a builder of sums in the unit written as {@code unit}}
     *
     * @param unit the unit
     */
    public static Builder inUnit(String unit) {
        return new Builder(ObservationUnit.parse(unit));
    }

    /** {@return the unit of the totals} */
    public ObservationUnit unit() {
        return unit;
    }

    /** {@return the grouping fields} */
    public Set<GroupBy> groupBy() {
        return groupBy;
    }

    /**
     * Sums the levels of a dataset that match the metric and period filters, using the
     * dataset's own rates first and then the rate tables of this aggregation.
     *
     * @param dataset the dataset
     * @return the totals, by group
     * @throws InvalidInputException naming every level that cannot be added
     */
    public SumResult sum(Dataset dataset) {
        return dataset.observations().stream().collect(collector(dataset));
    }

    /**
     * {@return a collector that sums observations of {@code dataset} (which gives the metric kinds and
     * rates); it may be used with a parallel stream} Observations that are not levels, or do not
     * match the filters, are not counted.
     * <p>
     * The collector's partial results merge exactly (see {@link TotalAccumulator}), so a parallel
     * stream, or any split of the observations into parts collected separately and combined in any
     * order, gives the same {@link SumResult} as a sequential sum. Problems are reported in
     * encounter order, also for a parallel stream.
     *
     * @param dataset the dataset
     */
    public Collector<Observation, ?, SumResult> collector(Dataset dataset) {
        LevelConverter converter = new LevelConverter(dataset, rates, policy, widths);
        // not UNORDERED: the sums do not depend on order, but problems are then listed in encounter order
        return Collector.of(() -> new RunningSum(this, dataset, converter), RunningSum::add, RunningSum::merge,
                RunningSum::result);
    }

    /**
     * Returns an empty {@link RunningSum}: a sum to add observations to one at a time, with where
     * each was read, without holding them; the way to sum a file of any length as it is read.
     * {@code tables} gives the metric kinds, the exchange rates (consulted before those of this
     * aggregation) and the subject tree; it need not hold any observation.
     *
     * @param tables the dataset of the tables other than the observations (it may hold observations too), not null
     * @return the running sum
     */
    public RunningSum runningSum(Dataset tables) {
        return new RunningSum(this, Objects.requireNonNull(tables, "tables"), new LevelConverter(tables, rates, policy, widths));
    }

    boolean matches(Observation o) {
        return o.measure() == Measure.LEVEL
                && (status == null || status == o.status())
                && (metric == null || metric.equals(o.metric()))
                && (period == null || period.equals(o.period()));
    }

    /** Whether {@code o} belongs to the group of key {@code k}: {@code keyOf(o).equals(k)}, without making a key. */
    boolean isOfGroup(Observation o, RunningSum.RawKey k) {
        return (k.subject() == null || k.subject().equals(o.subject()))
                && (k.metric() == null || k.metric().equals(o.metric()))
                && (k.period() == null || k.period().equals(o.period()));
    }

    RunningSum.RawKey keyOf(Observation o) {
        return new RunningSum.RawKey(groupBy.contains(GroupBy.SUBJECT) ? o.subject() : null,
                groupBy.contains(GroupBy.METRIC) ? o.metric() : null,
                groupBy.contains(GroupBy.PERIOD) ? o.period() : null);
    }

    /**
     * Sums the levels of the children of {@code parent} for a metric and period, descending into a
     * child's own children where the child has no level of its own. Children without any level are
     * left out, so the total is then a lower bound of the parent's level; {@link Total#count()}
     * says how many levels were added.
     *
     * @param dataset the dataset, with its subjects table
     * @param parent the id of the subject whose children are summed
     * @param metricId the metric id
     * @param p the period
     * @return the total of the children's levels
     * @throws InvalidInputException naming every level that cannot be added
     */
    public Total rollUpChildren(Dataset dataset, String parent, String metricId, ReportingPeriod p) {
        List<Observation> levels = new ArrayList<>();
        collectChildLevels(dataset, parent, metricId, p, levels);
        return totalOf(dataset, levels);
    }

    private void collectChildLevels(Dataset dataset, String parent, String metricId, ReportingPeriod p, List<Observation> out) {
        for (var child : dataset.children(parent)) {
            List<Observation> own = dataset.levels(SubjectRef.of(child.id()), metricId, p);
            if (!own.isEmpty()) {
                out.add(own.get(0)); // two figures of one level are compared by the agree check, not added
            } else {
                collectChildLevels(dataset, child.id(), metricId, p, out);
            }
        }
    }

    /**
     * Sums the levels of the parts of {@code whole} at a finer granularity (months to a quarter, a
     * half or a year), for a flow metric. A metric the dataset's metrics table does not declare a
     * stock is taken to be a flow. Of two levels of one part (two sources), the first is added.
     *
     * @param dataset the dataset
     * @param subject the subject
     * @param metricId the metric id, of a flow
     * @param whole the period to sum the parts of
     * @param parts the granularity of the parts, finer than the whole's
     * @return the total of the parts' levels
     * @throws IllegalArgumentException if the metric is a stock (a stock does not add up over
     *     time) or a part has no level, naming the missing periods
     */
    public Total rollUpPeriods(Dataset dataset, SubjectRef subject, String metricId, ReportingPeriod whole, Granularity parts) {
        if (dataset.metricKind(metricId).orElse(MetricKind.FLOW) == MetricKind.STOCK) {
            throw new IllegalArgumentException("cannot sum metric " + metricId + " over periods: it is a stock, a level at a time");
        }
        List<Observation> levels = new ArrayList<>();
        List<ReportingPeriod> missing = new ArrayList<>();
        for (ReportingPeriod part : whole.split(parts)) {
            List<Observation> own = dataset.levels(subject, metricId, part);
            if (own.isEmpty()) {
                missing.add(part);
            } else {
                levels.add(own.get(0));
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("cannot sum " + subject + " " + metricId + " over " + whole
                    + ": no level for " + missing);
        }
        return totalOf(dataset, levels);
    }

    private Total totalOf(Dataset dataset, List<Observation> levels) {
        SumResult r = levels.stream().collect(collectorWithoutFilters(dataset));
        return r.groups().isEmpty() ? new TotalAccumulator(unit).toTotal() : r.groups().values().iterator().next();
    }

    private Collector<Observation, ?, SumResult> collectorWithoutFilters(Dataset dataset) {
        return inUnit(unit).widths(widths).ratePolicy(policy).rates(rates).build().collector(dataset);
    }

    /**
     * Returns what is summed: {@code Aggregation[in GWh, by subject, period; metric power_battery.output]},
     * with the grouping fields and the filters that are set.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Aggregation[in ").append(unit);
        if (!groupBy.isEmpty()) {
            sb.append(", by ").append(groupBy.stream().map(GroupBy::id).collect(Collectors.joining(", ")));
        }
        String sep = "; ";
        if (metric != null) {
            sb.append(sep).append("metric ").append(metric);
            sep = ", ";
        }
        if (period != null) {
            sb.append(sep).append("period ").append(period);
        }
        return sb.append(']').toString();
    }

    /** Builds aggregations. */
    public static final class Builder {
        private final ObservationUnit unit;
        private final Set<GroupBy> groupBy = EnumSet.noneOf(GroupBy.class);
        private String metric;
        private ReportingPeriod period;
        private QualifierWidths widths = QualifierWidths.DEFAULTS;
        private RatePolicy policy = RatePolicy.DEFAULT;
        private final FxRateTable.Builder rates = FxRateTable.builder();
        private OverlapPolicy overlapPolicy = OverlapPolicy.REFUSE;
        private Status status;

        private Builder(ObservationUnit unit) {
            this.unit = Objects.requireNonNull(unit, "unit");
            if (!unit.isQuantity() && !unit.isMoney()) {
                throw new InvalidValueException(null, null, "sums are in a unit of measure or a currency, not " + unit);
            }
        }

        /**
         * Groups by these fields (in addition to any given before).
         *
         * @param fields the fields
         * @return this builder
         */
        public Builder by(GroupBy... fields) {
            groupBy.addAll(List.of(fields));
            return this;
        }

        /**
         * Adds only levels of this metric.
         *
         * @param metricId the metric id
         * @return this builder
         */
        public Builder metric(String metricId) {
            this.metric = metricId;
            return this;
        }

        /**
         * Adds only levels of this period.
         *
         * @param p the period
         * @return this builder
         */
        public Builder period(ReportingPeriod p) {
            this.period = p;
            return this;
        }

        /**
         * Sets the qualifier widths that turn figures into intervals.
         *
         * @param w the qualifier widths
         * @return this builder
         */
        public Builder widths(QualifierWidths w) {
            this.widths = Objects.requireNonNull(w, "widths");
            return this;
        }

        /**
         * Sets the exchange-rate policy (default: flows at the period average, quotes up to 7 days old).
         *
         * @param p the rate policy
         * @return this builder
         */
        public Builder ratePolicy(RatePolicy p) {
            this.policy = Objects.requireNonNull(p, "policy");
            return this;
        }

        /**
         * Adds a rate table, consulted after the dataset's own rates.
         *
         * @param table the table
         * @return this builder
         */
        public Builder rates(FxRateTable table) {
            rates.addAll(table);
            return this;
        }

        /**
         * Sets what to do with two levels of a group that may describe the same amount (default
         * {@link OverlapPolicy#REFUSE}: the sum is refused, naming both).
         *
         * @param p the overlap policy
         * @return this builder
         */
        public Builder overlapPolicy(OverlapPolicy p) {
            this.overlapPolicy = Objects.requireNonNull(p, "overlap policy");
            return this;
        }

        /**
         * Adds only levels of this status (a target is never added to an actual).
         *
         * @param s the status
         * @return this builder
         */
        public Builder status(Status s) {
            this.status = Objects.requireNonNull(s, "status");
            return this;
        }

        /**
         * Builds the aggregation.
         *
         * @return the aggregation
         */
        public Aggregation build() {
            return new Aggregation(this);
        }
    }
}
