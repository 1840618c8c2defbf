package org.industrymetrics.aggregate;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.figure.QualifierWidths;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.money.CurrencyPair;
import org.industrymetrics.money.FxRateTable;
import org.industrymetrics.money.ResolvedRate;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.MetricKind;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
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
 * A level that cannot be added (another dimension, money without a rate) is an error that names
 * the observation, never a silent skip.
 * <p>
 * The sum is a {@link Collector} with mergeable accumulators ({@link TotalAccumulator}), so
 * {@code dataset.observations().parallelStream().collect(aggregation.collector(dataset))} gives the
 * same result as the sequential sum. This class is immutable and thread-safe.
 */
public final class Aggregation {

    /** Outward rounding of conversions that do not terminate. */
    private static final MathContext FLOOR = new MathContext(34, RoundingMode.FLOOR);
    private static final MathContext CEILING = new MathContext(34, RoundingMode.CEILING);
    private static final MathContext NEAREST = new MathContext(34, RoundingMode.HALF_EVEN);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final ObservationUnit unit;
    private final Set<GroupBy> groupBy;
    private final String metric;
    private final ReportingPeriod period;
    private final QualifierWidths widths;
    private final int maxStaleDays;
    private final ImmutableList<FxRateTable> rateTables;

    private Aggregation(Builder b) {
        this.unit = b.unit;
        EnumSet<GroupBy> fields = EnumSet.noneOf(GroupBy.class);
        fields.addAll(b.groupBy);
        this.groupBy = Collections.unmodifiableSet(fields);
        this.metric = b.metric;
        this.period = b.period;
        this.widths = b.widths;
        this.maxStaleDays = b.maxStaleDays;
        this.rateTables = ImmutableList.copyOf(b.rateTables);
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
     */
    public Collector<Observation, ?, SumResult> collector(Dataset dataset) {
        List<FxRateTable> tables = new ArrayList<>();
        tables.add(dataset.rateTable());
        tables.addAll(rateTables);
        Map<String, Object> rateCache = new ConcurrentHashMap<>();
        Supplier<Partial> supplier = Partial::new;
        BiConsumer<Partial, Observation> accumulator = (partial, o) -> {
            if (!matches(o)) {
                return;
            }
            try {
                ConvertedFigure f = convert(o, dataset, tables, rateCache);
                partial.groups.computeIfAbsent(keyOf(o), k -> new TotalAccumulator(unit)).add(f);
            } catch (IllegalArgumentException | ArithmeticException e) {
                if (partial.problems.size() < InvalidInputException.MAX_PROBLEMS) {
                    partial.problems.add(new InputProblem(dataset.name(), 0, "observation " + o.id(), e.getMessage()));
                }
            }
        };
        BinaryOperator<Partial> combiner = (a, b) -> {
            b.groups.forEach((k, v) -> a.groups.merge(k, v, TotalAccumulator::merge));
            for (InputProblem p : b.problems) {
                if (a.problems.size() < InvalidInputException.MAX_PROBLEMS) {
                    a.problems.add(p);
                }
            }
            return a;
        };
        Function<Partial, SumResult> finisher = partial -> {
            if (!partial.problems.isEmpty()) {
                throw new InvalidInputException(partial.problems);
            }
            ImmutableSortedMap.Builder<GroupKey, Total> totals = ImmutableSortedMap.naturalOrder();
            partial.groups.forEach((k, v) -> totals.put(k, v.toTotal()));
            return new SumResult(unit, totals.build());
        };
        return Collector.of(supplier, accumulator, combiner, finisher, Collector.Characteristics.UNORDERED);
    }

    /** The mutable state of one thread's share of a sum. */
    private static final class Partial {
        final Map<GroupKey, TotalAccumulator> groups = new HashMap<>();
        final List<InputProblem> problems = new ArrayList<>();
    }

    private boolean matches(Observation o) {
        return o.measure() == Measure.LEVEL
                && (metric == null || metric.equals(o.metric()))
                && (period == null || period.equals(o.period()));
    }

    private GroupKey keyOf(Observation o) {
        Map<GroupBy, String> values = new EnumMap<>(GroupBy.class);
        for (GroupBy g : groupBy) {
            switch (g) {
                case SUBJECT:
                    values.put(g, o.subject().toString());
                    break;
                case METRIC:
                    values.put(g, o.metric());
                    break;
                default:
                    values.put(g, o.period().toString());
                    break;
            }
        }
        return new GroupKey(values);
    }

    /** Converts one level into the unit of the sum, rounding outward where a conversion does not terminate. */
    private ConvertedFigure convert(Observation o, Dataset dataset, List<FxRateTable> tables, Map<String, Object> cache) {
        ObservationUnit from = o.effectiveUnit();
        ReportedFigure figure = o.figure();
        Interval interval = figure.interval(widths);
        BigDecimal nominal = figure.qualifier() == org.industrymetrics.figure.Qualifier.RANGE
                ? figure.value().add(figure.high()).divide(TWO)
                : figure.value();
        BigInteger num;
        BigInteger den;
        ResolvedRate rate = null;
        if (from.isConvertibleTo(unit)) {
            BigInteger[] f = from.factorTo(unit);
            num = f[0];
            den = f[1];
        } else if (from.isMoney() && unit.isMoney()) {
            rate = resolveRate(o, dataset, tables, cache);
            // amount in the source scale -> whole units of the source currency -> target currency -> target scale
            BigDecimal r = rate.rate().pair().base().equals(from.currency())
                    ? rate.rate().rate()
                    : BigDecimal.ONE.divide(rate.rate().rate(), NEAREST);
            BigDecimal factor = r.scaleByPowerOfTen(from.moneyUnit().scale().exponent() - unit.moneyUnit().scale().exponent());
            num = factor.unscaledValue();
            den = BigInteger.ONE;
            if (factor.scale() > 0) {
                den = BigInteger.TEN.pow(factor.scale());
            } else if (factor.scale() < 0) {
                num = num.multiply(BigInteger.TEN.pow(-factor.scale()));
            }
        } else {
            throw new IllegalArgumentException("cannot add " + figure + " " + from + " (" + from.dimension()
                    + ") to a total in " + unit + " (" + unit.dimension() + ")"
                    + (from.isMoney() || unit.isMoney() ? "" : ": different dimensions"));
        }
        BigDecimal n = new BigDecimal(num);
        BigDecimal d = new BigDecimal(den);
        // factors are positive: the ends keep their order
        BigDecimal low = interval.low().multiply(n).divide(d, FLOOR);
        BigDecimal high = interval.high().multiply(n).divide(d, CEILING);
        BigDecimal value = nominal.multiply(n).divide(d, NEAREST);
        BigDecimal factor = n.divide(d, new MathContext(10, RoundingMode.HALF_EVEN));
        int shift = factor.precision() - factor.scale() - 1; // floor(log10(factor))
        int precision = figure.precision() - shift;
        return new ConvertedFigure(low, interval.isLowOpen(), high, interval.isHighOpen(), value, precision, rate);
    }

    private ResolvedRate resolveRate(Observation o, Dataset dataset, List<FxRateTable> tables, Map<String, Object> cache) {
        CurrencyPair pair = CurrencyPair.of(o.effectiveUnit().currency(), unit.currency());
        ReportingPeriod p = o.period();
        boolean atDay = p.granularity() == Granularity.DAY && p.isSingle()
                || dataset.metricKind(o.metric()).orElse(MetricKind.FLOW) == MetricKind.STOCK;
        String key = pair + (atDay ? " on " + p.lastDay() : " over " + p);
        Object cached = cache.computeIfAbsent(key, k -> {
            IllegalArgumentException last = null;
            for (FxRateTable table : tables) {
                try {
                    return atDay ? table.rateOn(pair, p.lastDay(), maxStaleDays)
                            : table.averageRate(pair, p.firstDay(), p.lastDay());
                } catch (IllegalArgumentException e) {
                    last = e;
                }
            }
            return new IllegalArgumentException("no " + pair + " rate " + (atDay ? "on " + p.lastDay() : "for " + p)
                    + " to convert " + o.figure() + " " + o.effectiveUnit()
                    + (last == null ? ": no rate table" : ": " + last.getMessage()));
        });
        if (cached instanceof IllegalArgumentException) {
            throw new IllegalArgumentException(((IllegalArgumentException) cached).getMessage());
        }
        return (ResolvedRate) cached;
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
     * half or a year), for a flow metric.
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
        SumResult r = levels.stream().collect(Aggregation.inUnit(unit).widths(widths).maxStaleDays(maxStaleDays).rates(rateTables)
                .build().collector(dataset));
        return r.groups().isEmpty() ? new TotalAccumulator(unit).toTotal() : r.groups().values().iterator().next();
    }

    /** Builds aggregations. */
    public static final class Builder {
        private final ObservationUnit unit;
        private final Set<GroupBy> groupBy = EnumSet.noneOf(GroupBy.class);
        private String metric;
        private ReportingPeriod period;
        private QualifierWidths widths = QualifierWidths.DEFAULTS;
        private int maxStaleDays = FxRateTable.DEFAULT_MAX_STALE_DAYS;
        private final List<FxRateTable> rateTables = new ArrayList<>();

        private Builder(ObservationUnit unit) {
            this.unit = Objects.requireNonNull(unit, "unit");
            if (!unit.isQuantity() && !unit.isMoney()) {
                throw new IllegalArgumentException("sums are in a unit of measure or a currency, not " + unit);
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

        /** Sets how many days back a day's rate may come from (default 7). */
        public Builder maxStaleDays(int days) {
            if (days < 0) {
                throw new IllegalArgumentException("maxStaleDays must not be negative, found " + days);
            }
            this.maxStaleDays = days;
            return this;
        }

        /** Adds rate tables, consulted in order after the dataset's own rates. */
        public Builder rates(FxRateTable... tables) {
            return rates(List.of(tables));
        }

        /** Adds rate tables, consulted in order after the dataset's own rates. */
        public Builder rates(List<FxRateTable> tables) {
            rateTables.addAll(tables);
            return this;
        }

        /** Builds the aggregation. */
        public Aggregation build() {
            return new Aggregation(this);
        }
    }
}
