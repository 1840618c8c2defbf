package org.industrymetrics.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InputProblem;
import org.industrymetrics.aggregate.Aggregation;
import org.industrymetrics.aggregate.RunningSum;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.aggregate.TotalAccumulator;
import org.industrymetrics.observation.Observation;

/**
 * The aggregation buffer of {@link TotalAggregator}: the library's {@link RunningSum} of one group
 * as a few columns a Spark shuffle carries, not a serialised object graph. Its size is bounded by the
 * group's distinct keys, not by its rows: one {@link Entry} per distinct subject, metric, period,
 * source and unit (the rows with the two smallest ids, as {@link ObservationRow}s with where they
 * were read; how many rows; the exact partial sum of all but the first), the row with the smallest
 * id of each status, the earliest and latest row of each stock metric, and the levels that could
 * not be added (at most 100). That is what finding the overlaps needs, as {@code Aggregation} finds
 * them on one machine.
 * <p>
 * Inside a stage the buffer keeps the live {@code RunningSum}; the columns are read from it when
 * Spark writes the buffer, and it is rebuilt from them when Spark reads the buffer back. A Java
 * bean for {@code Encoders.bean}: mutable, not thread-safe.
 */
public final class TotalBuffer implements Serializable {

    private static final long serialVersionUID = 2L;

    private List<Entry> entries = new ArrayList<>();
    private List<ObservationRow> statuses = new ArrayList<>();
    private List<Span> stocks = new ArrayList<>();
    private List<ProblemRow> problems = new ArrayList<>();
    private transient RunningSum live;
    /** Whether the columns above are behind the live sum. */
    private transient boolean stale;

    /** Creates an empty buffer, for the bean encoder. */
    public TotalBuffer() {
    }

    /**
     * Returns the live sum (of an aggregation without grouping fields: Spark groups), rebuilt from the
     * columns after Spark has read the buffer; the columns are then stale.
     */
    RunningSum sum(Aggregation aggregation, Dataset tables) {
        if (live == null) {
            live = aggregation.runningSum(tables);
            if (!(entries.isEmpty() && statuses.isEmpty() && stocks.isEmpty() && problems.isEmpty())) {
                live.merge(state());
            }
        }
        stale = true;
        return live;
    }

    /** The state the columns hold. */
    private RunningSum.State state() {
        RowBinder binder = new RowBinder();
        List<RunningSum.Entry> es = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            es.add(new RunningSum.Entry(level(binder, e.first), e.second == null ? null : level(binder, e.second), e.count,
                    e.others == null ? null : e.others.toState()));
        }
        List<RunningSum.Level> ss = new ArrayList<>();
        statuses.forEach(r -> ss.add(level(binder, r)));
        List<RunningSum.Span> spans = new ArrayList<>();
        stocks.forEach(s -> spans.add(new RunningSum.Span(s.metric, level(binder, s.first), level(binder, s.last))));
        List<InputProblem> ps = new ArrayList<>();
        problems.forEach(p -> ps.add(TotalRow.toInputProblem(p)));
        return new RunningSum.State(es, ss, spans, ps);
    }

    /** Writes the live sum's state to the columns, once after each change. */
    private void write() {
        if (!stale) {
            return;
        }
        RunningSum.State s = live.state();
        entries = new ArrayList<>(s.entries().size());
        for (RunningSum.Entry e : s.entries()) {
            entries.add(Entry.of(row(e.first()), e.second() == null ? null : row(e.second()), e.count(),
                    e.others() == null ? null : PartialSum.of(e.others())));
        }
        statuses = new ArrayList<>();
        s.statuses().forEach(l -> statuses.add(row(l)));
        stocks = new ArrayList<>();
        s.stocks().forEach(x -> stocks.add(Span.of(x.metric(), row(x.first()), row(x.last()))));
        problems = new ArrayList<>();
        s.problems().forEach(p -> problems.add(TotalRow.problemRow(p)));
        stale = false;
    }

    private static RunningSum.Level level(RowBinder binder, ObservationRow r) {
        Observation o = binder.observation(r);
        return new RunningSum.Level(o, r.getLine() > 0 ? InputLocation.of(r.getInput(), r.getLine()) : null);
    }

    private static ObservationRow row(RunningSum.Level l) {
        InputLocation at = l.origin();
        return ObservationRow.of(l.observation(), at == null ? "" : at.input(), at == null ? 0 : at.line(), 0);
    }

    /** {@return one entry per distinct subject, metric, period, source and unit of the group} */
    public List<Entry> getEntries() {
        write();
        return entries;
    }

    /**
     * Sets the entries.
     *
     * @param entries the entries
     */
    public void setEntries(List<Entry> entries) {
        this.entries = entries == null ? new ArrayList<>() : new ArrayList<>(entries);
        this.live = null;
        this.stale = false;
    }

    /** {@return the row with the smallest id of each status} */
    public List<ObservationRow> getStatuses() {
        write();
        return statuses;
    }

    /**
     * Sets the rows of each status.
     *
     * @param statuses the rows of each status
     */
    public void setStatuses(List<ObservationRow> statuses) {
        this.statuses = statuses == null ? new ArrayList<>() : new ArrayList<>(statuses);
        this.live = null;
        this.stale = false;
    }

    /** {@return the earliest and latest row of each stock metric} */
    public List<Span> getStocks() {
        write();
        return stocks;
    }

    /**
     * Sets the stock spans.
     *
     * @param stocks the stock spans
     */
    public void setStocks(List<Span> stocks) {
        this.stocks = stocks == null ? new ArrayList<>() : new ArrayList<>(stocks);
        this.live = null;
        this.stale = false;
    }

    /** {@return the levels that could not be added, at most 100} */
    public List<ProblemRow> getProblems() {
        write();
        return problems;
    }

    /**
     * Sets the problems.
     *
     * @param problems the problems
     */
    public void setProblems(List<ProblemRow> problems) {
        this.problems = problems == null ? new ArrayList<>() : new ArrayList<>(problems);
        this.live = null;
        this.stale = false;
    }

    /**
     * The rows of one subject, metric, period, source and unit in a group: the two with the smallest
     * ids, how many, and the exact sum of all but the first. A Java bean; mutable.
     */
    public static final class Entry implements Serializable {
        private static final long serialVersionUID = 1L;
        private ObservationRow first;
        private ObservationRow second;
        private long count;
        private PartialSum others;

        /** Creates an empty entry, for the bean encoder. */
        public Entry() {
        }

        static Entry of(ObservationRow first, ObservationRow second, long count, PartialSum others) {
            Entry e = new Entry();
            e.first = first;
            e.second = second;
            e.count = count;
            e.others = others;
            return e;
        }

        /** {@return the row with the smallest id} */
        public ObservationRow getFirst() {
            return first;
        }

        /**
         * Sets the row with the smallest id.
         *
         * @param first the row with the smallest id
         */
        public void setFirst(ObservationRow first) {
            this.first = first;
        }

        /** {@return the row with the second smallest id, or null when there is one row} */
        public ObservationRow getSecond() {
            return second;
        }

        /**
         * Sets the row with the second smallest id.
         *
         * @param second the row with the second smallest id
         */
        public void setSecond(ObservationRow second) {
            this.second = second;
        }

        /** {@return how many rows} */
        public long getCount() {
            return count;
        }

        /**
         * Sets how many rows.
         *
         * @param count how many rows
         */
        public void setCount(long count) {
            this.count = count;
        }

        /** {@return the sum of every row but the first, or null when there is one row} */
        public PartialSum getOthers() {
            return others;
        }

        /**
         * Sets the sum of every row but the first.
         *
         * @param others the sum of every row but the first
         */
        public void setOthers(PartialSum others) {
            this.others = others;
        }
    }

    /**
     * A partial sum ({@link TotalAccumulator.State}) as columns: the exact sums as text
     * ({@code BigDecimal.toString}, read back exactly; Spark's decimal type stops at 38 digits), the
     * open ends, the coarsest precision, the count and the qualifier bits. A Java bean; mutable.
     */
    public static final class PartialSum implements Serializable {
        private static final long serialVersionUID = 1L;
        private String low;
        private boolean lowOpen;
        private String high;
        private boolean highOpen;
        private String nominal;
        private int precision;
        private long count;
        private int qualifiers;

        /** Creates an empty sum, for the bean encoder. */
        public PartialSum() {
        }

        static PartialSum of(TotalAccumulator.State s) {
            PartialSum p = new PartialSum();
            p.low = s.low().toString();
            p.lowOpen = s.lowOpen();
            p.high = s.high().toString();
            p.highOpen = s.highOpen();
            p.nominal = s.nominal().toString();
            p.precision = s.precision();
            p.count = s.count();
            p.qualifiers = s.qualifiers();
            return p;
        }

        TotalAccumulator.State toState() {
            return new TotalAccumulator.State(new BigDecimal(low), lowOpen, new BigDecimal(high), highOpen,
                    new BigDecimal(nominal), precision, count, qualifiers);
        }

        /** {@return the exact sum of the low ends} */
        public String getLow() {
            return low;
        }

        /**
         * Sets the sum of the low ends.
         *
         * @param low the sum of the low ends
         */
        public void setLow(String low) {
            this.low = low;
        }

        /** {@return whether a low end is open} */
        public boolean isLowOpen() {
            return lowOpen;
        }

        /**
         * Sets whether a low end is open.
         *
         * @param lowOpen whether a low end is open
         */
        public void setLowOpen(boolean lowOpen) {
            this.lowOpen = lowOpen;
        }

        /** {@return the exact sum of the high ends} */
        public String getHigh() {
            return high;
        }

        /**
         * Sets the sum of the high ends.
         *
         * @param high the sum of the high ends
         */
        public void setHigh(String high) {
            this.high = high;
        }

        /** {@return whether a high end is open} */
        public boolean isHighOpen() {
            return highOpen;
        }

        /**
         * Sets whether a high end is open.
         *
         * @param highOpen whether a high end is open
         */
        public void setHighOpen(boolean highOpen) {
            this.highOpen = highOpen;
        }

        /** {@return the exact sum of the figures as printed} */
        public String getNominal() {
            return nominal;
        }

        /**
         * Sets the sum of the figures as printed.
         *
         * @param nominal the sum of the figures as printed
         */
        public void setNominal(String nominal) {
            this.nominal = nominal;
        }

        /** {@return the coarsest precision, {@link Integer#MAX_VALUE} when empty} */
        public int getPrecision() {
            return precision;
        }

        /**
         * Sets the coarsest precision.
         *
         * @param precision the coarsest precision
         */
        public void setPrecision(int precision) {
            this.precision = precision;
        }

        /** {@return the number of figures added} */
        public long getCount() {
            return count;
        }

        /**
         * Sets the number of figures added.
         *
         * @param count the number of figures added
         */
        public void setCount(long count) {
            this.count = count;
        }

        /** {@return the qualifiers of the figures added, one bit per {@code Qualifier} ordinal} */
        public int getQualifiers() {
            return qualifiers;
        }

        /**
         * Sets the qualifiers of the figures added.
         *
         * @param qualifiers the qualifiers of the figures added
         */
        public void setQualifiers(int qualifiers) {
            this.qualifiers = qualifiers;
        }
    }

    /** The earliest and latest row (by period, then id) of a stock metric in a group. A Java bean; mutable. */
    public static final class Span implements Serializable {
        private static final long serialVersionUID = 1L;
        private String metric;
        private ObservationRow first;
        private ObservationRow last;

        /** Creates an empty span, for the bean encoder. */
        public Span() {
        }

        static Span of(String metric, ObservationRow first, ObservationRow last) {
            Span s = new Span();
            s.metric = metric;
            s.first = first;
            s.last = last;
            return s;
        }

        /** {@return the metric} */
        public String getMetric() {
            return metric;
        }

        /**
         * Sets the metric.
         *
         * @param metric the metric
         */
        public void setMetric(String metric) {
            this.metric = metric;
        }

        /** {@return the earliest row} */
        public ObservationRow getFirst() {
            return first;
        }

        /**
         * Sets the earliest row.
         *
         * @param first the earliest row
         */
        public void setFirst(ObservationRow first) {
            this.first = first;
        }

        /** {@return the latest row} */
        public ObservationRow getLast() {
            return last;
        }

        /**
         * Sets the latest row.
         *
         * @param last the latest row
         */
        public void setLast(ObservationRow last) {
            this.last = last;
        }
    }
}
