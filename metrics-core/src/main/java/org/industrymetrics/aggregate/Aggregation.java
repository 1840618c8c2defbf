package org.industrymetrics.aggregate;

import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InputProblem;
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

    /** Returns the policy for levels that may describe the same amount. */
    public OverlapPolicy overlapPolicy() {
        return overlapPolicy;
    }

    /**
     * Returns a builder of sums in {@code unit}: a unit of measure ({@code GWh}) or a currency
     * with an optional scale word ({@code billion USD}).
     */
    public static Builder inUnit(ObservationUnit unit) {
        return new Builder(unit);
    }

    /** Returns a builder of sums in the unit written as {@code unit}. */
    public static Builder inUnit(String unit) {
        return new Builder(ObservationUnit.parse(unit));
    }

    /** Returns the unit of the totals. */
    public ObservationUnit unit() {
        return unit;
    }

    /** Returns the grouping fields. */
    public Set<GroupBy> groupBy() {
        return groupBy;
    }

    /**
     * Sums the levels of a dataset that match the metric and period filters, using the
     * dataset's own rates first and then the rate tables of this aggregation.
     *
     * @throws InvalidInputException naming every level that cannot be added
     */
    public SumResult sum(Dataset dataset) {
        return dataset.observations().stream().collect(collector(dataset));
    }

    /**
     * Returns a collector that sums observations of {@code dataset} (which gives the metric kinds and
     * rates); it may be used with a parallel stream. Observations that are not levels, or do not
     * match the filters, are not counted.
     * <p>
     * The collector's partial results merge exactly (see {@link TotalAccumulator}), so a parallel
     * stream, or any split of the observations into parts collected separately and combined in any
     * order, gives the same {@link SumResult} as a sequential sum. Problems are reported in
     * encounter order, also for a parallel stream.
     */
    public Collector<Observation, ?, SumResult> collector(Dataset dataset) {
        LevelConverter converter = new LevelConverter(dataset, rates, policy, widths);
        Leaf.Converter convert = (acc, o) -> converter.addTo(acc, o, unit);
        boolean byPeriod = groupBy.contains(GroupBy.PERIOD);
        Supplier<Partial> supplier = Partial::new;
        BiConsumer<Partial, Observation> accumulator = (partial, o) -> {
            if (!matches(o)) {
                return;
            }
            RawKey key = keyOf(o);
            Group group = partial.groups.get(key);
            if (group == null) {
                group = new Group(unit);
                partial.groups.put(key, group);
            }
            try {
                converter.addTo(group.total, o, unit);
            } catch (IllegalArgumentException | ArithmeticException e) {
                // nothing was added; the sum fails with every problem found
                partial.problem(InputProblem.of(dataset.locate(o), e.getMessage()));
                return;
            }
            group.add(o, convert, unit);
            if (!byPeriod && dataset.metricKind(o.metric()).orElse(MetricKind.FLOW) == MetricKind.STOCK) {
                partial.stocks.merge(new StockKey(key, o.metric()), new StockSpan(o, o), StockSpan::merge);
            }
        };
        BinaryOperator<Partial> combiner = (a, b) -> {
            b.groups.forEach((k, v) -> {
                Group mine = a.groups.get(k);
                if (mine == null) {
                    a.groups.put(k, v);
                } else {
                    mine.merge(v, convert, unit);
                }
            });
            b.stocks.forEach((k, v) -> a.stocks.merge(k, v, StockSpan::merge));
            b.problems.forEach(a::problem);
            return a;
        };
        Function<Partial, SumResult> finisher = partial -> finish(dataset, converter, partial);
        // not UNORDERED: the sums do not depend on order, but problems are then listed in encounter order
        return Collector.of(supplier, accumulator, combiner, finisher);
    }

    /**
     * Returns what the groups of this sum share when an engine groups the observations itself (a Spark
     * {@code Aggregator}, a Flink or Beam combiner): a {@link GroupSum} per group, mergeable, with the
     * same total, overlaps and problems as {@link #sum} gives for that group.
     *
     * @param tables the dataset that gives the metric kinds, rates and subject tree (its observations are not used), not null
     * @return the context of the groups
     */
    public GroupSum.Context groupSums(Dataset tables) {
        return new GroupSum.Context(this, tables, rates, policy, widths);
    }

    private SumResult finish(Dataset dataset, LevelConverter converter, Partial partial) {
        List<InputProblem> problems = new ArrayList<>(partial.problems);
        partial.stocks.entrySet().stream()
                .filter(e -> !e.getValue().first.period().equals(e.getValue().last.period()))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> problems.add(stockProblem(dataset, e.getKey().metric(), e.getValue())));
        OverlapFinder finder = new OverlapFinder(dataset.subjectTree());
        TreeMap<GroupKey, Group> sorted = new TreeMap<>();
        partial.groups.forEach((k, v) -> sorted.put(k.toGroupKey(), v));
        ImmutableSortedMap.Builder<GroupKey, Total> totals = ImmutableSortedMap.naturalOrder();
        List<Overlap> overlaps = new ArrayList<>();
        List<Dropped> dropped = new ArrayList<>();
        for (Map.Entry<GroupKey, Group> e : sorted.entrySet()) {
            totals.put(e.getKey(), finishGroup(dataset, converter, finder, e.getKey(), e.getValue(), problems, overlaps, dropped));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.ofFirst(problems);
        }
        return new SumResult(unit, totals.build(), overlapPolicy, overlaps, dropped);
    }

    /**
     * Finishes one group: its status, its overlaps resolved by the policy, and its total (added again
     * without the levels the policy dropped). Problems, overlaps and levels dropped are appended.
     */
    Total finishGroup(Dataset dataset, LevelConverter converter, OverlapFinder finder, GroupKey key, Group g,
            List<InputProblem> problems, List<Overlap> overlaps, List<Dropped> dropped) {
        Status status = g.status(dataset, problems);
        List<Leaf> leaves = new ArrayList<>(g.leaves.values());
        leaves.sort(Comparator.comparing(l -> l.first.id()));
        OverlapFinder.Outcome out = finder.resolve(key, leaves, overlapPolicy);
        overlaps.addAll(out.overlaps);
        dropped.addAll(out.dropped);
        for (Overlap o : out.overlaps) {
            if (o.resolution() == Overlap.Resolution.REFUSED) {
                problems.add(overlapProblem(dataset, o));
            }
        }
        TotalAccumulator total = g.total;
        if (out.changesTotal()) {
            total = new TotalAccumulator(unit);
            for (Leaf l : leaves) {
                if (out.droppedLeaves.contains(l)) {
                    continue;
                }
                converter.addTo(total, l.first, unit);
                if (l.others != null && !out.firstOnly.contains(l)) {
                    total.merge(l.others);
                }
            }
        }
        return total.toTotal(status);
    }

    private InputProblem overlapProblem(Dataset dataset, Overlap o) {
        String hint;
        switch (o.kind()) {
            case SAME_LEVEL:
                hint = "source=ID (prefer a source), unit=U (prefer a unit or currency) or first";
                break;
            case SUBJECT:
                hint = "subject=broadest or subject=finest";
                break;
            case PERIOD:
                hint = "period=whole or period=parts";
                break;
            default:
                hint = "subject=broadest or subject=finest, with or without period=whole or period=parts";
        }
        InputLocation first = dataset.locate(o.first());
        return InputProblem.of(first, describe(dataset, first, o.first()) + " and " + describe(dataset, first, o.second())
                + " may be the same amount: " + o.reason() + "; adding both would count it twice: choose an overlap policy ("
                + hint + ") or allow");
    }

    /**
     * {@code cn-out (CN 2024, 2225 GWh, on line 12)}: an observation as a problem of a sum names it, with
     * where it was read (from the row's origin, never by reading the file again) unless that is the
     * problem's own place.
     */
    static String describe(Dataset dataset, InputLocation problemAt, Observation o) {
        String where = dataset.origin(o).map(l -> l.input().equals(problemAt.input()) && l.line() == problemAt.line() ? ""
                : l.describeFrom(problemAt.input())).orElse("");
        return o.id() + " (" + o.subject() + " " + o.period() + ", " + o.figure().display() + " " + o.effectiveUnit()
                + (o.source().isPresent() ? ", source " + o.source().get() : "") + (where.isEmpty() ? "" : ", " + where) + ")";
    }

    static InputProblem stockProblem(Dataset dataset, String metricId, StockSpan span) {
        InputLocation first = dataset.locate(span.first);
        String last = dataset.origin(span.last).map(o -> ", " + o.describeFrom(first.input())).orElse("");
        return InputProblem.of(first, "cannot add levels of " + metricId + " for " + span.first.period() + " and "
                + span.last.period() + " (observation " + span.last.id() + last
                + "): it is a stock, a level at a time, and does not add up over periods; group by period");
    }

    /**
     * One group of a thread's share of a sum: its running total, one {@link Leaf} per distinct
     * subject, metric, period, source and unit (to find overlaps at the end), and the first level of
     * each status. All of it merges in any order.
     */
    static final class Group {
        final TotalAccumulator total;
        final Map<Leaf.Key, Leaf> leaves = new HashMap<>();
        final EnumMap<Status, Observation> firstByStatus = new EnumMap<>(Status.class);

        Group(ObservationUnit unit) {
            total = new TotalAccumulator(unit);
        }

        void add(Observation o, Leaf.Converter convert, ObservationUnit unit) {
            Leaf.Key k = Leaf.Key.of(o);
            Leaf l = leaves.get(k);
            if (l == null) {
                leaves.put(k, new Leaf(k, o));
            } else {
                l.add(o, convert, unit);
            }
            firstByStatus.merge(o.status(), o, (x, y) -> Leaf.BY_ID.compare(x, y) <= 0 ? x : y);
        }

        void merge(Group other, Leaf.Converter convert, ObservationUnit unit) {
            total.merge(other.total);
            other.leaves.forEach((k, l) -> {
                Leaf mine = leaves.get(k);
                if (mine == null) {
                    leaves.put(k, l);
                } else {
                    mine.merge(l, convert, unit);
                }
            });
            other.firstByStatus.forEach((s, o) -> firstByStatus.merge(s, o, (x, y) -> Leaf.BY_ID.compare(x, y) <= 0 ? x : y));
        }

        /**
         * The status of the total; a problem when planned figures (targets, forecasts) are mixed
         * with outcomes or with each other: such a total means nothing.
         */
        Status status(Dataset dataset, List<InputProblem> problems) {
            if (firstByStatus.size() <= 1) {
                return firstByStatus.isEmpty() ? Status.ACTUAL : firstByStatus.keySet().iterator().next();
            }
            Observation planned = null;
            Observation other = null;
            for (Map.Entry<Status, Observation> e : firstByStatus.entrySet()) {
                boolean isPlanned = e.getKey() == Status.TARGET || e.getKey() == Status.FORECAST;
                if (isPlanned && planned == null) {
                    planned = e.getValue();
                } else if (other == null) {
                    other = e.getValue();
                }
            }
            if (planned != null) {
                InputLocation at = dataset.locate(planned);
                problems.add(InputProblem.of(at, "cannot add " + describe(dataset, at, planned) + ", status " + planned.status()
                        + ", and " + describe(dataset, at, other) + ", status " + other.status()
                        + ": a total of mixed status means nothing; sum one status at a time"));
                return Status.ACTUAL;
            }
            return firstByStatus.containsKey(Status.ESTIMATE) ? Status.ESTIMATE : Status.PROVISIONAL;
        }
    }

    /** The mutable state of one thread's share of a sum. */
    private static final class Partial {
        final Map<RawKey, Group> groups = new HashMap<>();
        final Map<StockKey, StockSpan> stocks = new HashMap<>();
        final List<InputProblem> problems = new ArrayList<>();

        void problem(InputProblem p) {
            if (problems.size() < InvalidInputException.MAX_PROBLEMS) {
                problems.add(p);
            }
        }
    }

    /** A group's key as objects; turned into text only once per group, at the end. */
    private record RawKey(SubjectRef subject, String metric, ReportingPeriod period) {
        GroupKey toGroupKey() {
            Map<GroupBy, String> values = new EnumMap<>(GroupBy.class);
            if (subject != null) {
                values.put(GroupBy.SUBJECT, subject.toString());
            }
            if (metric != null) {
                values.put(GroupBy.METRIC, metric);
            }
            if (period != null) {
                values.put(GroupBy.PERIOD, period.toString());
            }
            return new GroupKey(values);
        }
    }

    /** A stock metric within a group whose key has no period. */
    private record StockKey(RawKey group, String metric) implements Comparable<StockKey> {
        @Override
        public int compareTo(StockKey o) {
            int c = group.toGroupKey().compareTo(o.group.toGroupKey());
            return c != 0 ? c : metric.compareTo(o.metric);
        }
    }

    /**
     * The earliest and latest level (by period, then id) of a stock within a group: a min and a max,
     * so it merges in any order to the same result.
     */
    static final class StockSpan {
        private static final Comparator<Observation> ORDER =
                Comparator.comparing(Observation::period).thenComparing(Observation::id);
        final Observation first;
        final Observation last;

        StockSpan(Observation first, Observation last) {
            this.first = first;
            this.last = last;
        }

        StockSpan merge(StockSpan other) {
            return new StockSpan(ORDER.compare(other.first, first) < 0 ? other.first : first,
                    ORDER.compare(other.last, last) > 0 ? other.last : last);
        }
    }

    boolean matches(Observation o) {
        return o.measure() == Measure.LEVEL
                && (status == null || status == o.status())
                && (metric == null || metric.equals(o.metric()))
                && (period == null || period.equals(o.period()));
    }

    private RawKey keyOf(Observation o) {
        return new RawKey(groupBy.contains(GroupBy.SUBJECT) ? o.subject() : null,
                groupBy.contains(GroupBy.METRIC) ? o.metric() : null,
                groupBy.contains(GroupBy.PERIOD) ? o.period() : null);
    }

    /**
     * Sums the levels of the children of {@code parent} for a metric and period, descending into a
     * child's own children where the child has no level of its own. Children without any level are
     * left out, so the total is then a lower bound of the parent's level; {@link Total#count()}
     * says how many levels were added.
     *
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

        /** Groups by these fields (in addition to any given before). */
        public Builder by(GroupBy... fields) {
            groupBy.addAll(List.of(fields));
            return this;
        }

        /** Adds only levels of this metric. */
        public Builder metric(String metricId) {
            this.metric = metricId;
            return this;
        }

        /** Adds only levels of this period. */
        public Builder period(ReportingPeriod p) {
            this.period = p;
            return this;
        }

        /** Sets the qualifier widths that turn figures into intervals. */
        public Builder widths(QualifierWidths w) {
            this.widths = Objects.requireNonNull(w, "widths");
            return this;
        }

        /** Sets the exchange-rate policy (default: flows at the period average, quotes up to 7 days old). */
        public Builder ratePolicy(RatePolicy p) {
            this.policy = Objects.requireNonNull(p, "policy");
            return this;
        }

        /** Adds a rate table, consulted after the dataset's own rates. */
        public Builder rates(FxRateTable table) {
            rates.addAll(table);
            return this;
        }

        /**
         * Sets what to do with two levels of a group that may describe the same amount (default
         * {@link OverlapPolicy#REFUSE}: the sum is refused, naming both).
         */
        public Builder overlapPolicy(OverlapPolicy p) {
            this.overlapPolicy = Objects.requireNonNull(p, "overlap policy");
            return this;
        }

        /** Adds only levels of this status (a target is never added to an actual). */
        public Builder status(Status s) {
            this.status = Objects.requireNonNull(s, "status");
            return this;
        }

        /** Builds the aggregation. */
        public Aggregation build() {
            return new Aggregation(this);
        }
    }
}
