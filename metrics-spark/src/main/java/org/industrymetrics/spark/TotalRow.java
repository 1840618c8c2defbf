package org.industrymetrics.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.aggregate.Dropped;
import org.industrymetrics.aggregate.RunningSum;
import org.industrymetrics.aggregate.SumResult;
import org.industrymetrics.aggregate.TotalAccumulator;
import org.industrymetrics.aggregate.Overlap;
import org.industrymetrics.aggregate.Total;
import org.industrymetrics.figure.Interval;

/**
 * A total from {@link TotalAggregator}: the same interval, figure, status, count and rates as the
 * library's {@link org.industrymetrics.aggregate.Total} of the same levels, as a row, with the
 * overlaps found and the levels the overlap policy left out. Where the levels cannot be summed
 * (another dimension, money without a rate, a stock over several periods, a total of mixed status,
 * an overlap the policy refuses) the total has {@linkplain #getProblems() problems}, the ones
 * {@code Aggregation.sum} fails with, and no figure, interval or status (they are null, as the
 * library gives no total); {@link #requireNoProblems()} throws them: a job decides whether one bad
 * group fails it.
 * A Java bean for {@code Encoders.bean}; mutable, as the encoder needs.
 */
public final class TotalRow implements Serializable {

    private static final long serialVersionUID = 2L;
    private static final String OBSERVATIONS = "observations";

    private String unit;
    private String low;
    private boolean lowOpen;
    private String high;
    private boolean highOpen;
    private String figure;
    private long count;
    private String status;
    private List<String> rates = new ArrayList<>();
    private List<OverlapRow> overlaps = new ArrayList<>();
    private List<DroppedRow> dropped = new ArrayList<>();
    private List<ProblemRow> problems = new ArrayList<>();

    /** Creates an empty row, for the bean encoder. */
    public TotalRow() {
    }

    /** The total of a group: its running sum's result, or the problems the sum is refused with. */
    static TotalRow of(RunningSum sum) {
        TotalRow r = new TotalRow();
        r.unit = sum.aggregation().unit().toString();
        SumResult result;
        try {
            result = sum.result();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> r.problems.add(problemRow(p)));
            return r;
        }
        Total t = result.groups().isEmpty() ? new TotalAccumulator(sum.aggregation().unit()).toTotal()
                : result.groups().values().iterator().next();
        r.low = t.interval().low().toPlainString();
        r.lowOpen = t.interval().isLowOpen();
        r.high = t.interval().high().toPlainString();
        r.highOpen = t.interval().isHighOpen();
        r.figure = t.figure();
        r.count = t.count();
        r.status = t.status().id();
        t.rates().forEach(x -> r.rates.add(x.toString()));
        result.overlaps().forEach(o -> r.overlaps.add(OverlapRow.of(o)));
        result.dropped().forEach(d -> r.dropped.add(DroppedRow.of(d)));
        return r;
    }

    /** A problem of a sum as a row: its input, line, the observation's id, the column (or empty) and the message. */
    static ProblemRow problemRow(InputProblem p) {
        InputLocation at = p.location();
        return ProblemRow.of(at.input(), at.line(), at.entry().map(InputLocation.Entry::id).orElse(""),
                at.column().orElse(""), p.message());
    }

    /** A problem of a sum back as the library's, placed as {@code Aggregation} places it. */
    static InputProblem toInputProblem(ProblemRow p) {
        InputLocation at;
        if (!p.getColumn().isEmpty()) {
            at = InputLocation.ofColumn(p.getInput(), p.getLine(), p.getColumn());
        } else if (p.getRow().isEmpty()) {
            at = InputLocation.of(p.getInput(), p.getLine());
        } else if (p.getLine() > 0) {
            at = InputLocation.of(p.getInput(), p.getLine()).withEntry(OBSERVATIONS, p.getRow());
        } else {
            at = InputLocation.ofEntry(p.getInput(), OBSERVATIONS, p.getRow());
        }
        return InputProblem.of(at, p.getMessage());
    }

    /**
     * Returns the interval of the total, exact.
     *
     * @return the interval
     * @throws InvalidInputException if the sum has problems, listing them
     */
    public Interval interval() {
        requireNoProblems();
        return Interval.of(new BigDecimal(low), lowOpen, new BigDecimal(high), highOpen);
    }

    /**
     * Returns the problems as the library's input problems, placed as {@code Aggregation} places them.
     *
     * @return the problems: the levels that do not convert, then a stock over several periods, a
     *     total of mixed status and the overlaps the policy refuses, as {@code Aggregation} lists them
     */
    public List<InputProblem> inputProblems() {
        List<InputProblem> list = new ArrayList<>();
        problems.forEach(p -> list.add(toInputProblem(p)));
        return list;
    }

    /**
     * Throws the problems of this total, if any, as {@code Aggregation.sum} would.
     *
     * @return this row
     * @throws InvalidInputException listing the problems
     */
    public TotalRow requireNoProblems() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(inputProblems());
        }
        return this;
    }

    /** {@return the unit of the total} */
    public String getUnit() {
        return unit;
    }

    /**
     * Sets the unit.
     *
     * @param unit the unit
     */
    public void setUnit(String unit) {
        this.unit = unit;
    }

    /** {@return the low end of the interval, exact; null when the sum has problems} */
    public String getLow() {
        return low;
    }

    /**
     * Sets the low end.
     *
     * @param low the low end
     */
    public void setLow(String low) {
        this.low = low;
    }

    /** {@return whether the low end is open} */
    public boolean isLowOpen() {
        return lowOpen;
    }

    /**
     * Sets whether the low end is open.
     *
     * @param lowOpen whether the low end is open
     */
    public void setLowOpen(boolean lowOpen) {
        this.lowOpen = lowOpen;
    }

    /** {@return the high end of the interval, exact; null when the sum has problems} */
    public String getHigh() {
        return high;
    }

    /**
     * Sets the high end.
     *
     * @param high the high end
     */
    public void setHigh(String high) {
        this.high = high;
    }

    /** {@return whether the high end is open} */
    public boolean isHighOpen() {
        return highOpen;
    }

    /**
     * Sets whether the high end is open.
     *
     * @param highOpen whether the high end is open
     */
    public void setHighOpen(boolean highOpen) {
        this.highOpen = highOpen;
    }

    /**
     * Returns the total as a report would print it, rounded to the coarsest precision added, with
     * the qualifier its figures imply ({@code over 25}) or as a range where none does; null when the
     * sum has problems.
     *
     * @return the total as a report would print it, or null
     */
    public String getFigure() {
        return figure;
    }

    /**
     * Sets the figure.
     *
     * @param figure the figure
     */
    public void setFigure(String figure) {
        this.figure = figure;
    }

    /** {@return the number of levels added} */
    public long getCount() {
        return count;
    }

    /**
     * Sets the count.
     *
     * @param count the count
     */
    public void setCount(long count) {
        this.count = count;
    }

    /** {@return the status of the total ({@code actual}, {@code estimate}, ...), as {@code Total.status()}; null when the sum has problems} */
    public String getStatus() {
        return status;
    }

    /**
     * Sets the status.
     *
     * @param status the status
     */
    public void setStatus(String status) {
        this.status = status;
    }

    /**
     * Returns every pair of levels of the group that may describe the same amount and what the
     * overlap policy did with it, by id: the library's {@code SumResult.overlaps()} of the group.
     *
     * @return the pairs of levels that may describe the same amount
     */
    public List<OverlapRow> getOverlaps() {
        return overlaps;
    }

    /**
     * Sets the overlaps.
     *
     * @param overlaps the overlaps
     */
    public void setOverlaps(List<OverlapRow> overlaps) {
        this.overlaps = overlaps == null ? new ArrayList<>() : overlaps;
    }

    /** {@return the levels the overlap policy left out, by id: the library's {@code SumResult.dropped()} of the group} */
    public List<DroppedRow> getDropped() {
        return dropped;
    }

    /**
     * Sets the levels left out.
     *
     * @param dropped the levels left out
     */
    public void setDropped(List<DroppedRow> dropped) {
        this.dropped = dropped == null ? new ArrayList<>() : dropped;
    }

    /** {@return the rates used, as the library prints them} */
    public List<String> getRates() {
        return rates;
    }

    /**
     * Sets the rates.
     *
     * @param rates the rates
     */
    public void setRates(List<String> rates) {
        this.rates = rates == null ? new ArrayList<>() : rates;
    }

    /** {@return the levels that could not be added (at most 100): empty for a total that is complete} */
    public List<ProblemRow> getProblems() {
        return problems;
    }

    /**
     * Sets the problems.
     *
     * @param problems the problems
     */
    public void setProblems(List<ProblemRow> problems) {
        this.problems = problems == null ? new ArrayList<>() : problems;
    }

    /** Returns {@code figure unit [low, high] (count)}, or the problems. */
    @Override
    public String toString() {
        return problems.isEmpty() ? figure + " " + unit + " " + interval() + " (" + count + ")" : "problems " + problems;
    }

    /**
     * Two levels of a group that may describe the same amount, why, and what the overlap policy did:
     * the library's {@code Overlap} as a row. A Java bean; mutable.
     */
    public static final class OverlapRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String first;
        private String second;
        private String kind;
        private String reason;
        private String resolution;
        private String rule;
        private String message;

        /** Creates an empty row, for the bean encoder. */
        public OverlapRow() {
        }

        static OverlapRow of(Overlap o) {
            OverlapRow r = new OverlapRow();
            r.first = o.first().id();
            r.second = o.second().id();
            r.kind = o.kind().name();
            r.reason = o.reason();
            r.resolution = o.resolution().name();
            r.rule = o.rule();
            r.message = o.toString();
            return r;
        }

        /** {@return the id of the level with the smaller id} */
        public String getFirst() {
            return first;
        }

        /**
         * Sets the first id.
         *
         * @param first the first id
         */
        public void setFirst(String first) {
            this.first = first;
        }

        /** {@return the id of the other level} */
        public String getSecond() {
            return second;
        }

        /**
         * Sets the second id.
         *
         * @param second the second id
         */
        public void setSecond(String second) {
            this.second = second;
        }

        /** {@return how they overlap, an {@code Overlap.Kind} name ({@code SAME_LEVEL}, {@code SUBJECT}, ...)} */
        public String getKind() {
            return kind;
        }

        /**
         * Sets the kind.
         *
         * @param kind the kind
         */
        public void setKind(String kind) {
            this.kind = kind;
        }

        /** {@return why they may describe the same amount ({@code CN-SC is a part of CN})} */
        public String getReason() {
            return reason;
        }

        /**
         * Sets the reason.
         *
         * @param reason the reason
         */
        public void setReason(String reason) {
            this.reason = reason;
        }

        /** {@return what the policy did, an {@code Overlap.Resolution} name ({@code DROPPED_SECOND}, {@code REFUSED}, ...)} */
        public String getResolution() {
            return resolution;
        }

        /**
         * Sets the resolution.
         *
         * @param resolution the resolution
         */
        public void setResolution(String resolution) {
            this.resolution = resolution;
        }

        /** {@return the rule that resolved it ({@code subject=broadest}), or empty when none did} */
        public String getRule() {
            return rule;
        }

        /**
         * Sets the rule.
         *
         * @param rule the rule
         */
        public void setRule(String rule) {
            this.rule = rule;
        }

        /** {@return the overlap as the library prints it ({@code Overlap.toString()})} */
        public String getMessage() {
            return message;
        }

        /**
         * Sets the message.
         *
         * @param message the message
         */
        public void setMessage(String message) {
            this.message = message;
        }

        @Override
        public String toString() {
            return message;
        }
    }

    /** A level the overlap policy left out, and the one kept instead: the library's {@code Dropped} as a row. A Java bean; mutable. */
    public static final class DroppedRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String observation;
        private long count;
        private String keptInstead;
        private String rule;
        private String reason;
        private String message;

        /** Creates an empty row, for the bean encoder. */
        public DroppedRow() {
        }

        static DroppedRow of(Dropped d) {
            DroppedRow r = new DroppedRow();
            r.observation = d.observation().id();
            r.count = d.count();
            r.keptInstead = d.keptInstead().id();
            r.rule = d.rule();
            r.reason = d.reason();
            r.message = d.toString();
            return r;
        }

        /** {@return the id of the level left out} */
        public String getObservation() {
            return observation;
        }

        /**
         * Sets the id of the level left out.
         *
         * @param observation the id of the level left out
         */
        public void setObservation(String observation) {
            this.observation = observation;
        }

        /** {@return how many levels this row stands for: 1, or more for the same key given several times} */
        public long getCount() {
            return count;
        }

        /**
         * Sets the count.
         *
         * @param count the count
         */
        public void setCount(long count) {
            this.count = count;
        }

        /** {@return the id of the level kept in its place} */
        public String getKeptInstead() {
            return keptInstead;
        }

        /**
         * Sets the id of the level kept.
         *
         * @param keptInstead the id of the level kept
         */
        public void setKeptInstead(String keptInstead) {
            this.keptInstead = keptInstead;
        }

        /** {@return the rule that dropped it ({@code subject=broadest})} */
        public String getRule() {
            return rule;
        }

        /**
         * Sets the rule.
         *
         * @param rule the rule
         */
        public void setRule(String rule) {
            this.rule = rule;
        }

        /** {@return why the two may describe the same amount} */
        public String getReason() {
            return reason;
        }

        /**
         * Sets the reason.
         *
         * @param reason the reason
         */
        public void setReason(String reason) {
            this.reason = reason;
        }

        /** {@return the level left out as the library prints it ({@code Dropped.toString()})} */
        public String getMessage() {
            return message;
        }

        /**
         * Sets the message.
         *
         * @param message the message
         */
        public void setMessage(String message) {
            this.message = message;
        }

        @Override
        public String toString() {
            return message;
        }
    }
}
