package org.industrymetrics.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.figure.QualifierWidths;
import org.industrymetrics.money.FxRateTable;
import org.industrymetrics.money.RatePolicy;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.MetricKind;
import org.industrymetrics.observation.Observation;

/**
 * One group of a sum as a mergeable value, for an engine that groups the observations itself (a
 * Spark {@code Aggregator}, a Flink or Beam combiner): the same total, overlaps, levels dropped and
 * problems as {@link Aggregation#sum} gives for that group on one machine, whatever the split.
 * <p>
 * It keeps what {@code Aggregation} keeps per group, which is bounded by the group's distinct
 * keys, not by its rows: one entry per distinct subject, metric, period, source and unit (its two
 * smallest ids, its count and the sum of all but the first, to find the levels that may describe
 * the same amount and to apply the {@link OverlapPolicy}), the first level of each status (a total
 * of mixed status is refused), the earliest and latest level of each stock metric (a stock does
 * not add up over periods), and where each kept level was read, to place the problems as
 * {@code Aggregation} places them. {@link #state()} gives all of it as plain values an engine can
 * store in its own format, and {@link Context#of(State)} continues from them.
 * <pre>{@code
 * GroupSum.Context sums = Aggregation.inUnit("GWh").build().groupSums(tables);
 * GroupSum a = sums.empty().add(o1, origin1).add(o2, origin2);   // on one worker
 * GroupSum b = sums.empty().add(o3, origin3);                     // on another
 * GroupSum.Result r = a.merge(b).result();                        // r.total(), r.problems()
 * }</pre>
 * Observations that are not levels, or that do not pass the aggregation's metric, period and
 * status filters, are not counted. The grouping fields of the aggregation are not used: the engine
 * groups. A stock metric is refused over several periods whenever a group has more than one.
 * <p>
 * Mutable and not thread-safe: each worker keeps its own and they are merged.
 */
public final class GroupSum {

    private static final String OBSERVATIONS = "observations";
    /** The key of every group of a {@code GroupSum}: the engine's own key names the group. */
    private static final GroupKey ALL = new GroupKey(Map.of());

    private final Context context;
    private final Aggregation.Group group;
    private final Map<String, Aggregation.StockSpan> stocks = new TreeMap<>();
    private final List<InputProblem> problems = new ArrayList<>();
    /** Where the observations kept were read; pruned to those kept, so it stays bounded by the keys. */
    private Map<Observation, InputLocation> origins = new IdentityHashMap<>();
    private int pruneAt = 64;

    private GroupSum(Context context) {
        this.context = context;
        this.group = new Aggregation.Group(context.aggregation.unit());
    }

    /**
     * What the groups of one sum share: the aggregation (unit, filters, widths, rates, overlap
     * policy), the dataset's tables (metric kinds, rates, subject tree) and one converter.
     * Thread-safe; made by {@link Aggregation#groupSums(Dataset)}.
     */
    public static final class Context {
        private final Aggregation aggregation;
        private final Dataset tables;
        private final LevelConverter converter;
        private final Leaf.Converter convert;

        Context(Aggregation aggregation, Dataset tables, FxRateTable rates, RatePolicy policy, QualifierWidths widths) {
            this.aggregation = aggregation;
            this.tables = Objects.requireNonNull(tables, "tables");
            this.converter = new LevelConverter(tables, rates, policy, widths);
            this.convert = (acc, o) -> converter.addTo(acc, o, aggregation.unit());
        }

        /** Returns the aggregation. */
        public Aggregation aggregation() {
            return aggregation;
        }

        /** Returns an empty group. */
        public GroupSum empty() {
            return new GroupSum(this);
        }

        /**
         * Returns a group that continues from a state given by {@link GroupSum#state()}.
         *
         * @param state the state, not null
         * @return a new group
         * @throws IllegalArgumentException if a level of the state does not convert to the unit of the sum
         */
        public GroupSum of(State state) {
            Objects.requireNonNull(state, "state");
            GroupSum g = new GroupSum(this);
            for (Entry e : state.entries()) {
                Leaf l = new Leaf(Leaf.Key.of(e.first().observation()), e.first().observation());
                l.count = e.count();
                if (e.second() != null) {
                    l.second = e.second().observation();
                    g.place(e.second());
                }
                if (e.others() != null) {
                    l.others = TotalAccumulator.of(aggregation.unit(), e.others());
                }
                g.place(e.first());
                g.group.leaves.put(l.key, l);
                // the running total is the sum of its entries; a key's levels share one rate, so the rates come back too
                convert.addTo(g.group.total, l.first);
                if (l.others != null) {
                    g.group.total.merge(l.others);
                }
            }
            for (Level s : state.statuses()) {
                g.group.firstByStatus.put(s.observation().status(), s.observation());
                g.place(s);
            }
            for (Span s : state.stocks()) {
                g.stocks.put(s.metric(), new Aggregation.StockSpan(s.first().observation(), s.last().observation()));
                g.place(s.first());
                g.place(s.last());
            }
            state.problems().forEach(g::problem);
            return g;
        }
    }

    /**
     * A level and where it was read.
     *
     * @param observation the level, not null
     * @param origin where it was read (its row), or null if not read from an input
     */
    public record Level(Observation observation, InputLocation origin) {
        /** Validates the components. */
        public Level {
            Objects.requireNonNull(observation, "observation");
        }
    }

    /**
     * The levels of one subject, metric, period, source and unit in a group.
     *
     * @param first the level with the smallest id, not null
     * @param second the level with the second smallest id, null when there is one level
     * @param count how many levels, at least 1
     * @param others the partial sum of every level but the first, null when there is one level
     */
    public record Entry(Level first, Level second, long count, TotalAccumulator.State others) {
        /** Validates the components. */
        public Entry {
            Objects.requireNonNull(first, "first");
            if (count < 1 || (count > 1) != (second != null) || (count > 1) != (others != null)) {
                throw new IllegalArgumentException("an entry of " + count + " levels has "
                        + (second == null ? "no" : "a") + " second level and " + (others == null ? "no" : "a")
                        + " partial sum of the others");
            }
        }
    }

    /**
     * The earliest and latest level (by period, then id) of a stock metric in a group.
     *
     * @param metric the metric, not null
     * @param first the earliest level, not null
     * @param last the latest level, not null
     */
    public record Span(String metric, Level first, Level last) {
        /** Validates the components. */
        public Span {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
        }
    }

    /**
     * The state of a group as plain values, bounded by its distinct keys: the entries (by id of their
     * first level), the first level of each status, the span of each stock metric, and the levels
     * that could not be added (at most {@value InvalidInputException#MAX_PROBLEMS}: the first by place, input then line).
     *
     * @param entries one per distinct subject, metric, period, source and unit, not null
     * @param statuses the level with the smallest id of each status, not null
     * @param stocks one per stock metric, not null
     * @param problems the levels that could not be converted, not null
     */
    public record State(List<Entry> entries, List<Level> statuses, List<Span> stocks, List<InputProblem> problems) {
        /** Validates and copies the components. */
        public State {
            entries = List.copyOf(entries);
            statuses = List.copyOf(statuses);
            stocks = List.copyOf(stocks);
            problems = List.copyOf(problems);
        }
    }

    /**
     * What a group sums to: its total, the overlaps found and what the policy did, the levels it left
     * out, and the problems {@link Aggregation#sum} fails with for this group (placed as it places
     * them); the total is only meaningful when there are none.
     *
     * @param total the total, not null
     * @param overlaps the pairs of levels that may describe the same amount, by id, not null
     * @param dropped the levels the policy left out, by id, not null
     * @param problems the problems, not null (empty when the total is complete)
     */
    public record Result(Total total, List<Overlap> overlaps, List<Dropped> dropped, List<InputProblem> problems) {
        /** Validates and copies the components. */
        public Result {
            Objects.requireNonNull(total, "total");
            overlaps = List.copyOf(overlaps);
            dropped = List.copyOf(dropped);
            problems = List.copyOf(problems);
        }

        /**
         * Returns the total, or throws the problems as {@code Aggregation.sum} would.
         *
         * @return the total
         * @throws InvalidInputException listing the problems
         */
        public Total requireTotal() {
            if (!problems.isEmpty()) {
                throw InvalidInputException.ofFirst(problems);
            }
            return total;
        }
    }

    /**
     * Adds an observation, if it is a level that passes the aggregation's filters. A level that does
     * not convert (another dimension, no rate) is not added: it is a problem of the result.
     *
     * @param o the observation, not null
     * @param origin where it was read (its row, as a reader gives it), or null
     * @return this group
     */
    public GroupSum add(Observation o, InputLocation origin) {
        Aggregation a = context.aggregation;
        if (!a.matches(o)) {
            return this;
        }
        try {
            context.converter.addTo(group.total, o, a.unit());
        } catch (IllegalArgumentException | ArithmeticException e) {
            // nothing was added; Aggregation.sum fails with it
            problem(InputProblem.of(locate(o, origin), e.getMessage()));
            return this;
        }
        group.add(o, context.convert, a.unit());
        if (context.tables.metricKind(o.metric()).orElse(MetricKind.FLOW) == MetricKind.STOCK) {
            stocks.merge(o.metric(), new Aggregation.StockSpan(o, o), Aggregation.StockSpan::merge);
        }
        if (origin != null) {
            origins.put(o, origin);
            if (origins.size() >= pruneAt) {
                prune();
            }
        }
        return this;
    }

    /**
     * Adds the levels of another group of the same context to this one; the other is not to be used
     * after.
     *
     * @param other the other group, not null
     * @return this group
     */
    public GroupSum merge(GroupSum other) {
        if (other.context != context) {
            throw new IllegalArgumentException("cannot merge groups of different sums");
        }
        group.merge(other.group, context.convert, context.aggregation.unit());
        other.stocks.forEach((k, v) -> stocks.merge(k, v, Aggregation.StockSpan::merge));
        other.problems.forEach(this::problem);
        origins.putAll(other.origins);
        if (origins.size() >= pruneAt) {
            prune();
        }
        return this;
    }

    /** Returns the number of levels added so far. */
    public long count() {
        return group.total.count();
    }

    /**
     * Returns this group's state as plain values (see {@link State}).
     *
     * @return the state
     */
    public State state() {
        List<Leaf> leaves = new ArrayList<>(group.leaves.values());
        leaves.sort((x, y) -> Leaf.BY_ID.compare(x.first, y.first));
        List<Entry> entries = new ArrayList<>(leaves.size());
        for (Leaf l : leaves) {
            entries.add(new Entry(level(l.first), l.second == null ? null : level(l.second), l.count,
                    l.others == null ? null : l.others.state()));
        }
        List<Level> statuses = new ArrayList<>();
        group.firstByStatus.values().forEach(o -> statuses.add(level(o)));
        List<Span> spans = new ArrayList<>();
        stocks.forEach((m, s) -> spans.add(new Span(m, level(s.first), level(s.last))));
        return new State(entries, statuses, spans, problems);
    }

    /**
     * Returns what this group sums to, as {@link Aggregation#sum} gives it for the same levels:
     * the same total, overlaps, levels dropped and problems.
     *
     * @return the result
     */
    public Result result() {
        Aggregation a = context.aggregation;
        List<InputProblem> found = new ArrayList<>(problems);
        found.sort(BY_PLACE);
        Dataset kept;
        try {
            kept = keptLevels();
        } catch (InvalidInputException e) {
            // two different levels with one id: a dataset refuses them, so does the sum
            found.addAll(e.problems());
            return new Result(group.total.toTotal(), List.of(), List.of(), found);
        }
        stocks.forEach((metric, span) -> {
            if (!span.first.period().equals(span.last.period())) {
                found.add(Aggregation.stockProblem(kept, metric, span));
            }
        });
        List<Overlap> overlaps = new ArrayList<>();
        List<Dropped> dropped = new ArrayList<>();
        Total total = a.finishGroup(kept, context.converter, new OverlapFinder(context.tables.subjectTree()), ALL, group,
                found, overlaps, dropped);
        return new Result(total, overlaps, dropped, found);
    }

    /**
     * The levels kept, with their origins, as a dataset of the tables' name: what places the problems
     * as {@code Aggregation} places them ({@link Dataset#locate}).
     */
    private Dataset keptLevels() {
        Map<String, List<Observation>> byId = new LinkedHashMap<>();
        Dataset.Builder b = Dataset.builder().name(context.tables.name());
        for (Observation o : kept()) {
            List<Observation> same = byId.computeIfAbsent(o.id(), k -> new ArrayList<>(1));
            if (!same.contains(o)) {
                same.add(o);
                b.addObservation(o, origins.get(o));
            }
        }
        return b.build();
    }

    /** The observations kept: the entries' first and second, the first of each status, the stock spans. */
    private List<Observation> kept() {
        List<Observation> out = new ArrayList<>();
        for (Leaf l : group.leaves.values()) {
            out.add(l.first);
            if (l.second != null) {
                out.add(l.second);
            }
        }
        out.addAll(group.firstByStatus.values());
        for (Aggregation.StockSpan s : stocks.values()) {
            out.add(s.first);
            out.add(s.last);
        }
        out.sort(Leaf.BY_ID);
        return out;
    }

    /**
     * Keeps a problem among the first {@value InvalidInputException#MAX_PROBLEMS} by place (input,
     * line, id): the same ones whatever the split, and, for one input, the ones a sequential sum lists.
     */
    private void problem(InputProblem p) {
        if (problems.size() < InvalidInputException.MAX_PROBLEMS) {
            problems.add(p);
            return;
        }
        int last = 0;
        for (int i = 1; i < problems.size(); i++) {
            if (BY_PLACE.compare(problems.get(i), problems.get(last)) > 0) {
                last = i;
            }
        }
        if (BY_PLACE.compare(p, problems.get(last)) < 0) {
            problems.set(last, p);
        }
    }

    private static final Comparator<InputProblem> BY_PLACE = Comparator.<InputProblem, String>comparing(p -> p.location().input())
            .thenComparingLong(p -> p.location().line())
            .thenComparing(p -> p.location().entry().map(InputLocation.Entry::id).orElse(""))
            .thenComparing(InputProblem::message);

    private void prune() {
        Map<Observation, InputLocation> keep = new IdentityHashMap<>();
        for (Observation o : kept()) {
            InputLocation at = origins.get(o);
            if (at != null) {
                keep.put(o, at);
            }
        }
        origins = keep;
        pruneAt = Math.max(64, 2 * keep.size());
    }

    private Level level(Observation o) {
        return new Level(o, origins.get(o));
    }

    private void place(Level l) {
        if (l.origin() != null) {
            origins.put(l.observation(), l.origin());
        }
    }

    /** Where Aggregation places a problem of a level: its row, naming it, else the dataset and its id. */
    private InputLocation locate(Observation o, InputLocation origin) {
        return origin != null ? origin.withEntry(OBSERVATIONS, o.id())
                : InputLocation.ofEntry(context.tables.name(), OBSERVATIONS, o.id());
    }

    @Override
    public String toString() {
        return "GroupSum[" + context.aggregation + ", " + group.leaves.size() + " keys, " + count() + " levels]";
    }
}
