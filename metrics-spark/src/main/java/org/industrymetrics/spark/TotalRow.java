package org.industrymetrics.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.figure.Interval;

/**
 * A total from {@link TotalAggregator}: the same interval, figure, count and rates as the
 * library's {@link org.industrymetrics.aggregate.Total} of the same levels, as a row. Where a
 * level cannot be added (another dimension, money without a rate, a stock over several periods)
 * the total has {@linkplain #getProblems() problems}, the ones {@code Aggregation.sum} fails
 * with, and {@link #requireNoProblems()} throws them: a job decides whether one bad group fails it.
 * A Java bean for {@code Encoders.bean}; mutable, as the encoder needs.
 */
public final class TotalRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String unit;
    private String low;
    private boolean lowOpen;
    private String high;
    private boolean highOpen;
    private String figure;
    private long count;
    private List<String> rates = new ArrayList<>();
    private List<ProblemRow> problems = new ArrayList<>();

    /** Creates an empty row, for the bean encoder. */
    public TotalRow() {
    }

    static TotalRow of(String unit, Interval interval, String figure, long count, List<String> rates,
            List<ProblemRow> problems) {
        TotalRow r = new TotalRow();
        r.unit = unit;
        r.low = interval.low().toPlainString();
        r.lowOpen = interval.isLowOpen();
        r.high = interval.high().toPlainString();
        r.highOpen = interval.isHighOpen();
        r.figure = figure;
        r.count = count;
        r.rates = new ArrayList<>(rates);
        r.problems = new ArrayList<>(problems);
        return r;
    }

    /** Returns the interval of the total, exact. */
    public Interval interval() {
        return Interval.of(new BigDecimal(low), lowOpen, new BigDecimal(high), highOpen);
    }

    /**
     * Returns the problems as the library's input problems, placed as {@code Aggregation} places them.
     *
     * @return the problems, in the order of the observation ids
     */
    public List<InputProblem> inputProblems() {
        List<InputProblem> list = new ArrayList<>();
        for (ProblemRow p : problems) {
            // where Aggregation places it: the row's line, else the dataset and the observation's id
            list.add(InputProblem.of(p.getLine() > 0
                    ? InputLocation.of(p.getInput(), p.getLine()).withEntry("observations", p.getRow())
                    : InputLocation.ofEntry(p.getInput(), "observations", p.getRow()), p.getMessage()));
        }
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

    /** Returns the unit of the total. */
    public String getUnit() {
        return unit;
    }

    /** Sets the unit. */
    public void setUnit(String unit) {
        this.unit = unit;
    }

    /** Returns the low end of the interval, exact. */
    public String getLow() {
        return low;
    }

    /** Sets the low end. */
    public void setLow(String low) {
        this.low = low;
    }

    /** Returns whether the low end is open. */
    public boolean isLowOpen() {
        return lowOpen;
    }

    /** Sets whether the low end is open. */
    public void setLowOpen(boolean lowOpen) {
        this.lowOpen = lowOpen;
    }

    /** Returns the high end of the interval, exact. */
    public String getHigh() {
        return high;
    }

    /** Sets the high end. */
    public void setHigh(String high) {
        this.high = high;
    }

    /** Returns whether the high end is open. */
    public boolean isHighOpen() {
        return highOpen;
    }

    /** Sets whether the high end is open. */
    public void setHighOpen(boolean highOpen) {
        this.highOpen = highOpen;
    }

    /** Returns the total as a report would print it, rounded to the coarsest precision added. */
    public String getFigure() {
        return figure;
    }

    /** Sets the figure. */
    public void setFigure(String figure) {
        this.figure = figure;
    }

    /** Returns the number of levels added. */
    public long getCount() {
        return count;
    }

    /** Sets the count. */
    public void setCount(long count) {
        this.count = count;
    }

    /** Returns the rates used, as the library prints them. */
    public List<String> getRates() {
        return rates;
    }

    /** Sets the rates. */
    public void setRates(List<String> rates) {
        this.rates = rates == null ? new ArrayList<>() : rates;
    }

    /** Returns the levels that could not be added (at most 100): empty for a total that is complete. */
    public List<ProblemRow> getProblems() {
        return problems;
    }

    /** Sets the problems. */
    public void setProblems(List<ProblemRow> problems) {
        this.problems = problems == null ? new ArrayList<>() : problems;
    }

    /** Returns {@code figure unit [low, high] (count)}, or the problems. */
    @Override
    public String toString() {
        return problems.isEmpty() ? figure + " " + unit + " " + interval() + " (" + count + ")" : "problems " + problems;
    }
}
