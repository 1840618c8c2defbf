package org.industrymetrics.aggregate;

import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.internal.Hashes;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.MetricKind;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.Status;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.period.ReportingPeriod;

/**
 * A sum being added up one observation at a time, without holding the observations: one running
 * total per group, and per distinct subject, metric, period, source and unit of a group the little
 * that finding overlaps needs (the two smallest ids, a count and a partial sum). Its memory grows
 * with the number of distinct keys, not with the number of observations, so a file of any length
 * can be summed as it is read:
 * <pre>{@code
 * RunningSum sum = Aggregation.inUnit("GWh").by(GroupBy.SUBJECT).build().runningSum(tables);
 * for (Observation o : observations) {
 *     sum.add(o, whereItWasRead);
 * }
 * SumResult result = sum.result();
 * }</pre>
 * {@code tables} is a {@link Dataset} that gives the metric kinds (a stock does not add up over
 * periods), the exchange rates and the subject tree (for overlaps); it need not hold the
 * observations. Each observation may be added with its origin, the place it was read, so that a
 * problem of the sum names the file and line ({@code observations.csv:14}); without one, the
 * dataset's origin of it is used, if it has one.
 * <p>
 * Running sums of the same aggregation and tables {@link #merge} in any order to the same result:
 * split the observations into parts, add each part to a running sum of its own (on its own thread),
 * and merge them. {@link #result()} gives the same {@link SumResult} (equal by {@code equals}) and
 * the same problems as {@link Aggregation#sum(Dataset)} over a dataset of those observations.
 * <p>
 * A running sum is not thread-safe: one thread adds to it at a time.
 */
public final class RunningSum {

    private static final String OBSERVATIONS = "observations";

    private final Aggregation aggregation;
    private final Dataset tables;
    private final LevelConverter converter;
    private final Leaf.Converter convert;
    private final ObservationUnit unit;
    private final boolean byPeriod;
    private final Map<RawKey, Group> groups = new HashMap<>();
    private final Map<StockKey, StockSpan> stocks = new HashMap<>();
    private final List<InputProblem> problems = new ArrayList<>();
    /** The inputs the origins of the levels kept name (a file or two), numbered. */
    private final KeyTable.InputNames inputs = new KeyTable.InputNames();
    /** The series (subject, metric, source and unit) of the keys of every group, numbered. */
    private final KeyTable.SeriesTable series = new KeyTable.SeriesTable();
    /** The levels the groups keep, packed (one arena for every group: most groups keep a few levels). */
    private final LevelArena arena = new LevelArena();
    /**
     * The groups again, by a hash of the parts of their keys in open addressing (a power of two long,
     * at most half full): a row finds its group by its subject, metric and period as they are, with no
     * key object made and no map lookup per row.
     */
    private RawKey[] index = new RawKey[16];
    private Group[] indexed = new Group[16];
    private final boolean bySubject;
    private final boolean byMetric;
    private String lastMetric;
    private boolean lastIsStock;
    /** The levels added so far. */
    private long levels;

    RunningSum(Aggregation aggregation, Dataset tables, LevelConverter converter) {
        this.aggregation = aggregation;
        this.tables = tables;
        this.converter = converter;
        this.unit = aggregation.unit();
        this.convert = (acc, o) -> converter.addTo(acc, o, unit);
        this.byPeriod = aggregation.groupBy().contains(GroupBy.PERIOD);
        this.bySubject = aggregation.groupBy().contains(GroupBy.SUBJECT);
        this.byMetric = aggregation.groupBy().contains(GroupBy.METRIC);
    }

    /** {@return the aggregation this is a sum of} */
    public Aggregation aggregation() {
        return aggregation;
    }

    /**
     * Adds an observation whose origin is not known (or is the tables' own origin of it). An
     * observation that is not a level, or does not match the filters, is not counted.
     *
     * @param o the observation, not null
     */
    public void add(Observation o) {
        add(o, null);
    }

    /**
     * Adds an observation read at {@code origin}. An observation that is not a level, or does not
     * match the filters, is not counted. A level that cannot be added (another dimension, no rate)
     * is a problem that {@link #result()} reports; nothing of it is added.
     *
     * @param o the observation, not null
     * @param origin where it was read, such as {@code observations.csv:14}, or null if not known
     */
    public void add(Observation o, InputLocation origin) {
        Objects.requireNonNull(o, "o");
        if (!aggregation.matches(o)) {
            return;
        }
        Group group = groupOf(o);
        try {
            converter.addTo(group.total, o, unit);
        } catch (ConversionException | ArithmeticException e) {
            // nothing was added; the sum fails with every problem found. ArithmeticException: a
            // total beyond the numbers the library keeps (Decimals.MAX_DIGITS)
            problem(InputProblem.of(locate(o, origin), e.getMessage()));
            return;
        }
        group.add(o, origin, convert, unit);
        levels++;
        if (!byPeriod && isStock(o.metric())) {
            addStock(o, origin);
        }
    }

    /** Widens the span of a stock level's metric in its group (a method of its own: most sums are of flows). */
    private void addStock(Observation o, InputLocation origin) {
        StockKey sk = new StockKey(aggregation.keyOf(o), o.metric());
        StockSpan span = stocks.get(sk);
        stocks.put(sk, span == null ? new StockSpan(o, origin, o, origin) : span.merge(o, origin, o, origin));
    }

    /** Whether the tables declare a metric a stock; the last answer is remembered (rows of one metric come together). */
    private boolean isStock(String metric) {
        if (!metric.equals(lastMetric)) {
            lastMetric = metric;
            lastIsStock = tables.metricKind(metric).orElse(MetricKind.FLOW) == MetricKind.STOCK;
        }
        return lastIsStock;
    }

    /**
     * Adds everything added to {@code other} (a running sum of the same aggregation and tables) to
     * this one; {@code other} is not to be used afterwards. Problems keep their order: this one's, then
     * the other's.
     *
     * @param other the other part, not null
     * @return this running sum
     * @throws IllegalArgumentException if {@code other} is of another aggregation or other tables
     */
    public RunningSum merge(RunningSum other) {
        if (other.aggregation != aggregation || other.tables != tables) {
            throw new IllegalArgumentException("only running sums of one aggregation and the same tables merge");
        }
        other.groups.forEach((k, v) -> {
            Group mine = groups.get(k);
            if (mine == null) {
                groups.put(k, v);
                index(k, v);
            } else {
                mine.merge(v, convert, unit);
            }
        });
        other.stocks.forEach((k, v) -> stocks.merge(k, v, (a, b) -> a.merge(b.first, b.firstAt, b.last, b.lastAt)));
        other.problems.forEach(this::problem);
        levels += other.levels;
        return this;
    }

    /**
     * {@return what has been added so far: {@code RunningSum[Aggregation[in GWh]: 2 levels in 1 group]},
     * with the number of problems if there are any}
     */
    @Override
    public String toString() {
        return "RunningSum[" + aggregation + ": " + levels + (levels == 1 ? " level in " : " levels in ") + groups.size()
                + (groups.size() == 1 ? " group" : " groups")
                + (problems.isEmpty() ? "" : ", " + problems.size() + (problems.size() == 1 ? " problem" : " problems")) + "]";
    }

    /**
     * Keeps a problem among the first {@value InvalidInputException#MAX_PROBLEMS} by place (input,
     * line, id), in the order found: for one input read in order, the first found; for any split and
     * any order of merges, the same ones.
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
            problems.remove(last);
            problems.add(p);
        }
    }

    private static final Comparator<InputProblem> BY_PLACE = Comparator.<InputProblem, String>comparing(p -> p.location().input())
            .thenComparingLong(p -> p.location().line())
            .thenComparing(p -> p.location().entry().map(InputLocation.Entry::id).orElse(""))
            .thenComparing(InputProblem::message);

    /**
     * Returns what this running sum holds as plain values an engine can store in its own format (a
     * Spark aggregation buffer of a few columns): {@code merge(state())} into an empty running sum of
     * the same aggregation and tables continues exactly as this one would. Its size is that of the
     * running sum: a few values per distinct subject, metric, period, source and unit, not per row.
     *
     * @return the state, not null
     */
    public State state() {
        List<Level> statuses = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (Group g : groups.values()) {
            KeyTable keys = g.keys;
            for (int i = 0; i < keys.size(); i++) {
                Leaf l = keys.leafOrNull(i);
                entries.add(l == null ? new Entry(new Level(keys.first(i), keys.origin(i)), null, 1, null)
                        : new Entry(new Level(l.first, l.firstAt), l.second == null ? null : new Level(l.second, l.secondAt),
                                l.count, l.others == null ? null : l.others.state()));
            }
            g.firstByStatus.values().forEach(k -> statuses.add(new Level(k.o, k.origin)));
        }
        entries.sort((x, y) -> Leaf.BY_ID.compare(x.first().observation(), y.first().observation()));
        statuses.sort((x, y) -> Leaf.BY_ID.compare(x.observation(), y.observation()));
        List<Span> spans = new ArrayList<>();
        new TreeMap<>(stocks).forEach((k, v) -> spans.add(new Span(k.metric(), new Level(v.first, v.firstAt),
                new Level(v.last, v.lastAt))));
        return new State(entries, statuses, spans, problems);
    }

    /**
     * Adds what a state of a running sum of the same aggregation and tables holds (see
     * {@link #state()}), as merging that running sum would.
     *
     * @param state the state, not null
     * @return this running sum
     * @throws IllegalArgumentException if a level of the state does not convert to the unit of the sum
     */
    public RunningSum merge(State state) {
        Objects.requireNonNull(state, "state");
        for (Entry e : state.entries()) {
            Observation first = e.first().observation();
            Group g = group(aggregation.keyOf(first));
            levels += e.count();
            if (e.count() == 1) {
                // the group's total is the sum of its levels; through an accumulator of its own, as below
                TotalAccumulator part = new TotalAccumulator(unit);
                converter.addTo(part, first, unit);
                g.total.merge(part);
                g.keys.add(first, e.first().origin(), convert, unit);
                continue;
            }
            Leaf l = new Leaf(Leaf.Key.of(first), first, e.first().origin());
            l.count = e.count();
            if (e.second() != null) {
                l.second = e.second().observation();
                l.secondAt = e.second().origin();
            }
            // the group's total is the sum of its leaves; the levels of a leaf share one rate, so the rates come back too
            TotalAccumulator part = new TotalAccumulator(unit);
            converter.addTo(part, first, unit);
            if (e.others() != null) {
                l.others = TotalAccumulator.of(unit, e.others());
                part.merge(l.others);
            }
            g.total.merge(part);
            g.keys.merge(l, convert, unit);
        }
        for (Level s : state.statuses()) {
            Observation o = s.observation();
            group(aggregation.keyOf(o)).keepFirst(new Kept(o, s.origin()));
        }
        for (Span s : state.stocks()) {
            StockKey k = new StockKey(aggregation.keyOf(s.first().observation()), s.metric());
            StockSpan span = new StockSpan(s.first().observation(), s.first().origin(), s.last().observation(), s.last().origin());
            stocks.merge(k, span, (a, b) -> a.merge(b.first, b.firstAt, b.last, b.lastAt));
        }
        state.problems().forEach(this::problem);
        return this;
    }

    private Group group(RawKey key) {
        Group g = groups.get(key);
        if (g == null) {
            g = new Group(unit, inputs, series, arena);
            groups.put(key, g);
            index(key, g);
        }
        return g;
    }

    /** The group of a level, found by the parts of its key in {@link #index}, made if new. */
    private Group groupOf(Observation o) {
        SubjectRef subject = bySubject ? o.subject() : null;
        String metric = byMetric ? o.metric() : null;
        ReportingPeriod period = byPeriod ? o.period() : null;
        RawKey[] keys = index;
        int mask = keys.length - 1;
        for (int i = indexHash(subject, metric, period) & mask; ; i = (i + 1) & mask) {
            RawKey k = keys[i];
            if (k == null) {
                return group(new RawKey(subject, metric, period));
            }
            if (Objects.equals(k.subject(), subject) && Objects.equals(k.metric(), metric) && Objects.equals(k.period(), period)) {
                return indexed[i];
            }
        }
    }

    /** Puts a new group in {@link #index}, which doubles when half full. */
    private void index(RawKey key, Group g) {
        if (groups.size() * 2 > index.length) {
            RawKey[] keys = index;
            Group[] values = indexed;
            index = new RawKey[keys.length * 2];
            indexed = new Group[keys.length * 2];
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != null) {
                    put(keys[i], values[i]);
                }
            }
        }
        put(key, g);
    }

    private void put(RawKey key, Group g) {
        int mask = index.length - 1;
        int i = indexHash(key.subject(), key.metric(), key.period()) & mask;
        while (index[i] != null) {
            i = (i + 1) & mask;
        }
        index[i] = key;
        indexed[i] = g;
    }

    private static int indexHash(SubjectRef subject, String metric, ReportingPeriod period) {
        int h = Objects.hashCode(subject);
        h = h * 31 + Objects.hashCode(metric);
        return Hashes.mix(h * 31 + Objects.hashCode(period));
    }

    /**
     * A level a running sum keeps, and where it was read.
     *
     * @param observation the level, not null
     * @param origin where it was read (its row), or null if not known
     */
    public record Level(Observation observation, InputLocation origin) {
        /**
         * Validates the components.
         *
         * @param observation the level, not null
         * @param origin where it was read (its row), or null if not known
         */
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
        /**
         * Validates the components.
         *
         * @param first the level with the smallest id, not null
         * @param second the level with the second smallest id, null when there is one level
         * @param count how many levels, at least 1
         * @param others the partial sum of every level but the first, null when there is one level
         */
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
     * The earliest and latest level (by period, then id) of a stock metric in a group whose key has
     * no period.
     *
     * @param metric the metric, not null
     * @param first the earliest level, not null
     * @param last the latest level, not null
     */
    public record Span(String metric, Level first, Level last) {
        /**
         * Validates the components.
         *
         * @param metric the metric, not null
         * @param first the earliest level, not null
         * @param last the latest level, not null
         */
        public Span {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
        }
    }

    /**
     * A running sum as plain values (see {@link #state()}): one entry per distinct subject, metric,
     * period, source and unit (by the id of its first level; its group is that level's), the level
     * with the smallest id of each status of each group, the span of each stock metric of each group
     * whose key has no period, and the levels that could not be added (at most
     * {@value InvalidInputException#MAX_PROBLEMS}).
     *
     * @param entries the entries, not null
     * @param statuses the first level of each status of each group, not null
     * @param stocks the stock spans, not null
     * @param problems the levels that could not be added, not null
     */
    public record State(List<Entry> entries, List<Level> statuses, List<Span> stocks, List<InputProblem> problems) {
        /**
         * Validates and copies the components.
         *
         * @param entries the entries, not null
         * @param statuses the first level of each status of each group, not null
         * @param stocks the stock spans, not null
         * @param problems the levels that could not be added, not null
         */
        public State {
            entries = List.copyOf(entries);
            statuses = List.copyOf(statuses);
            stocks = List.copyOf(stocks);
            problems = List.copyOf(problems);
        }
    }

    /** The place to name in a problem with an observation: where it was read, naming it by id, else the tables'. */
    private InputLocation locate(Observation o, InputLocation origin) {
        return origin != null ? origin.withEntry(OBSERVATIONS, o.id()) : tables.locate(o);
    }

    /**
     * Finds the overlaps, applies the policy and returns the totals.
     *
     * @return the sum
     * @throws InvalidInputException naming every level that could not be added, every overlap the
     *     policy refuses, every total of mixed status and every stock added over periods
     */
    public SumResult result() {
        Origins origins = new Origins();
        List<InputProblem> found = new ArrayList<>(problems);
        stocks.entrySet().stream()
                .filter(e -> !e.getValue().first.period().equals(e.getValue().last.period()))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> found.add(stockProblem(origins, e.getKey().metric(), e.getValue())));
        OverlapFinder finder = new OverlapFinder(tables.subjectTree());
        TreeMap<GroupKey, Group> sorted = new TreeMap<>();
        groups.forEach((k, v) -> sorted.put(k.toGroupKey(), v));
        ImmutableSortedMap.Builder<GroupKey, Total> totals = ImmutableSortedMap.naturalOrder();
        List<Overlap> overlaps = new ArrayList<>();
        List<Dropped> dropped = new ArrayList<>();
        OverlapPolicy policy = aggregation.overlapPolicy();
        for (Map.Entry<GroupKey, Group> e : sorted.entrySet()) {
            Group g = e.getValue();
            Status status = g.status(origins, found);
            Boolean may = g.keys.hasLeaves() ? Boolean.TRUE : finder.mayOverlap(g.keys.periods());
            if (may == null) {
                // the periods came out of order: look at them all (kept, as they are not null)
                may = finder.mayOverlap(g.keys.keptPeriods());
            }
            if (!may) {
                // the common case: no two keys of the group can overlap, and no leaf need be made
                totals.put(e.getKey(), g.total.toTotal(status));
                continue;
            }
            // in any order: the finder orders what it finds by id, and the additions are exact
            List<Leaf> leaves = g.keys.toLeaves();
            OverlapFinder.Outcome out = finder.resolve(e.getKey(), leaves, policy);
            overlaps.addAll(out.overlaps);
            dropped.addAll(out.dropped);
            for (Overlap o : out.overlaps) {
                if (o.resolution() == Overlap.Resolution.REFUSED) {
                    found.add(overlapProblem(origins, o));
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
            totals.put(e.getKey(), total.toTotal(status));
        }
        if (!found.isEmpty()) {
            throw InvalidInputException.ofFirst(found);
        }
        return new SumResult(unit, totals.build(), policy, overlaps, dropped);
    }

    /**
     * The origins of the observations a sum kept (a few per distinct key), by identity: a level is
     * looked up by its key in its group, the few others (first of a status, ends of a stock span) in
     * a map made when a problem first needs one; an observation added without one has the tables'
     * origin of it.
     */
    private final class Origins {
        private Map<Observation, InputLocation> others;

        private void put(Observation o, InputLocation at) {
            if (o != null && at != null) {
                others.putIfAbsent(o, at);
            }
        }

        private InputLocation get(Observation o) {
            Group g = groups.get(aggregation.keyOf(o));
            if (g != null) {
                Optional<InputLocation> at = g.keys.originOf(o);
                if (at.isPresent()) {
                    return at.get();
                }
            }
            if (others == null) {
                others = new IdentityHashMap<>();
                for (Group x : groups.values()) {
                    x.firstByStatus.values().forEach(a -> put(a.o, a.origin));
                }
                stocks.values().forEach(s -> {
                    put(s.first, s.firstAt);
                    put(s.last, s.lastAt);
                });
            }
            return others.get(o);
        }

        Optional<InputLocation> origin(Observation o) {
            InputLocation at = get(o);
            return at != null ? Optional.of(at) : tables.origin(o);
        }

        InputLocation locate(Observation o) {
            return RunningSum.this.locate(o, get(o));
        }
    }

    private InputProblem overlapProblem(Origins origins, Overlap o) {
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
        InputLocation first = origins.locate(o.first());
        return InputProblem.of(first, describe(origins, first, o.first()) + " and " + describe(origins, first, o.second())
                + " may be the same amount: " + o.reason() + "; adding both would count it twice: choose an overlap policy ("
                + hint + ") or allow");
    }

    /**
     * {@code cn-out (CN 2024, 2225 GWh, on line 12)}: an observation as a problem of a sum names it, with
     * where it was read (from the row's origin, never by reading the file again) unless that is the
     * problem's own place.
     */
    private static String describe(Origins origins, InputLocation problemAt, Observation o) {
        String where = origins.origin(o).map(l -> l.input().equals(problemAt.input()) && l.line() == problemAt.line() ? ""
                : l.describeFrom(problemAt.input())).orElse("");
        return o.id() + " (" + o.subject() + " " + o.period() + ", " + o.figure().display() + " " + o.effectiveUnit()
                + (o.source().isPresent() ? ", source " + o.source().get() : "") + (where.isEmpty() ? "" : ", " + where) + ")";
    }

    private static InputProblem stockProblem(Origins origins, String metricId, StockSpan span) {
        InputLocation first = origins.locate(span.first);
        String last = origins.origin(span.last).map(o -> ", " + o.describeFrom(first.input())).orElse("");
        return InputProblem.of(first, "cannot add levels of " + metricId + " for " + span.first.period() + " and "
                + span.last.period() + " (observation " + span.last.id() + last
                + "): it is a stock, a level at a time, and does not add up over periods; group by period");
    }

    /** An observation a sum keeps, with where it was read (or null). */
    private record Kept(Observation o, InputLocation origin) {
    }

    /**
     * One group of a running sum: its running total, its distinct subjects, metrics, periods, sources
     * and units in a {@link KeyTable} (to find overlaps at the end), and the first level of each
     * status. All of it merges in any order.
     */
    private static final class Group {
        final TotalAccumulator total;
        final KeyTable keys;
        final EnumMap<Status, Kept> firstByStatus = new EnumMap<>(Status.class);
        /** The same by status ordinal, for the row path (an EnumMap's get checks the key's class). */
        private final Kept[] firstOf = new Kept[Status.values().length];

        Group(ObservationUnit unit, KeyTable.InputNames inputs, KeyTable.SeriesTable series, LevelArena arena) {
            total = new TotalAccumulator(unit);
            keys = new KeyTable(inputs, series, arena);
        }

        void add(Observation o, InputLocation at, Leaf.Converter convert, ObservationUnit unit) {
            keys.add(o, at, convert, unit);
            Kept first = firstOf[o.status().ordinal()];
            if (first == null || o.id().compareTo(first.o.id()) < 0) {
                keepFirst(new Kept(o, at));
            }
        }

        /** Keeps {@code k} as the first level of its status unless one of a smaller id is kept. */
        void keepFirst(Kept k) {
            Status s = k.o.status();
            Kept first = firstOf[s.ordinal()];
            if (first == null || Leaf.BY_ID.compare(k.o, first.o) < 0) {
                firstOf[s.ordinal()] = k;
                firstByStatus.put(s, k);
            }
        }

        void merge(Group other, Leaf.Converter convert, ObservationUnit unit) {
            total.merge(other.total);
            keys.merge(other.keys, convert, unit);
            other.firstByStatus.values().forEach(this::keepFirst);
        }

        /**
         * The status of the total; a problem when planned figures (targets, forecasts) are mixed
         * with outcomes or with each other: such a total means nothing.
         */
        Status status(Origins origins, List<InputProblem> problems) {
            if (firstByStatus.size() <= 1) {
                return firstByStatus.isEmpty() ? Status.ACTUAL : firstByStatus.keySet().iterator().next();
            }
            Observation planned = null;
            Observation other = null;
            for (Map.Entry<Status, Kept> e : firstByStatus.entrySet()) {
                boolean isPlanned = e.getKey() == Status.TARGET || e.getKey() == Status.FORECAST;
                if (isPlanned && planned == null) {
                    planned = e.getValue().o;
                } else if (other == null) {
                    other = e.getValue().o;
                }
            }
            if (planned != null) {
                InputLocation at = origins.locate(planned);
                problems.add(InputProblem.of(at, "cannot add " + describe(origins, at, planned) + ", status " + planned.status()
                        + ", and " + describe(origins, at, other) + ", status " + other.status()
                        + ": a total of mixed status means nothing; sum one status at a time"));
                return Status.ACTUAL;
            }
            return firstByStatus.containsKey(Status.ESTIMATE) ? Status.ESTIMATE : Status.PROVISIONAL;
        }
    }

    /** A group's key as objects; turned into text only once per group, at the end. */
    record RawKey(SubjectRef subject, String metric, ReportingPeriod period) {
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
    private static final class StockSpan {
        private static final Comparator<Observation> ORDER =
                Comparator.comparing(Observation::period).thenComparing(Observation::id);
        final Observation first;
        final InputLocation firstAt;
        final Observation last;
        final InputLocation lastAt;

        StockSpan(Observation first, InputLocation firstAt, Observation last, InputLocation lastAt) {
            this.first = first;
            this.firstAt = firstAt;
            this.last = last;
            this.lastAt = lastAt;
        }

        StockSpan merge(Observation otherFirst, InputLocation otherFirstAt, Observation otherLast, InputLocation otherLastAt) {
            boolean newFirst = ORDER.compare(otherFirst, first) < 0;
            boolean newLast = ORDER.compare(otherLast, last) > 0;
            if (!newFirst && !newLast) {
                return this;
            }
            return new StockSpan(newFirst ? otherFirst : first, newFirst ? otherFirstAt : firstAt,
                    newLast ? otherLast : last, newLast ? otherLastAt : lastAt);
        }
    }
}
