package org.industrymetrics.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.industrymetrics.io.internal.DatasetRows;
import org.industrymetrics.observation.Observation;

/**
 * One observation as a row of a Spark {@code Dataset}: the canonical cells of FORMAT.md §1 (the
 * spellings {@code DatasetCsv} writes), the {@code x_} cells, and where the row was read (input,
 * line, and an order that sorts the rows as they stood in their inputs). A Java bean, so
 * {@code Encoders.bean(ObservationRow.class)} stores it as plain columns; every row of a dataset
 * read by {@link SparkDataset} has been bound by the library's own cell rules, so
 * {@link #toObservation} does not fail on it.
 * <p>
 * Mutable, as Spark's bean encoder needs; not thread-safe.
 */
public final class ObservationRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String input;
    private long line;
    private long order;
    private String id;
    private String subject;
    private String metric;
    private String period;
    private String measure;
    private String value;
    private String unit;
    private String base;
    private String qualifier;
    private String precision;
    private String status;
    private String source;
    private String quote;
    private Map<String, String> extras = new LinkedHashMap<>();

    /** Creates an empty row, for the bean encoder. */
    public ObservationRow() {
    }

    /**
     * Returns the row of an observation.
     *
     * @param o the observation, not null
     * @param input the name of its input (a file name), not null
     * @param line the line it was read from, 0 if none
     * @param order the sort key of its place among all inputs
     * @return a new row
     */
    public static ObservationRow of(Observation o, String input, long line, long order) {
        ObservationRow r = new ObservationRow();
        String[] c = DatasetRows.cells(o);
        r.input = Objects.requireNonNull(input, "input");
        r.line = line;
        r.order = order;
        r.id = c[0];
        r.subject = c[1];
        r.metric = c[2];
        r.period = c[3];
        r.measure = c[4];
        r.value = c[5];
        r.unit = c[6];
        r.base = c[7];
        r.qualifier = c[8];
        r.precision = c[9];
        r.status = c[10];
        r.source = c[11];
        r.quote = c[12];
        r.extras = new LinkedHashMap<>(o.extras());
        return r;
    }

    /** Returns the cells in the column order of the observations table, for binding. */
    String[] cells() {
        return new String[] {id, subject, metric, period, measure, value, unit, base, qualifier, precision, status,
            source, quote};
    }

    /**
     * Returns the observation of this row, bound by the library's cell rules.
     *
     * @return the observation
     * @throws org.industrymetrics.InvalidInputException if a cell does not read (not for a row read by {@link SparkDataset})
     */
    public Observation toObservation() {
        return new RowBinder().observation(this);
    }

    /** {@return the name of the input the row was read from} */
    public String getInput() {
        return input;
    }

    /**
     * Sets the name of the input.
     *
     * @param input the name of the input
     */
    public void setInput(String input) {
        this.input = input;
    }

    /** {@return the line the row was read from, 0 if the input has no lines} */
    public long getLine() {
        return line;
    }

    /**
     * Sets the line.
     *
     * @param line the line
     */
    public void setLine(long line) {
        this.line = line;
    }

    /** {@return the sort key of the row's place: rows sort as they stood in their inputs, inputs by name} */
    public long getOrder() {
        return order;
    }

    /**
     * Sets the sort key.
     *
     * @param order the sort key
     */
    public void setOrder(long order) {
        this.order = order;
    }

    /** {@return the {@code id} cell (given or generated)} */
    public String getId() {
        return id;
    }

    /**
     * Sets the {@code id} cell.
     *
     * @param id the {@code id} cell
     */
    public void setId(String id) {
        this.id = id;
    }

    /** {@return the {@code subject} cell} */
    public String getSubject() {
        return subject;
    }

    /**
     * Sets the {@code subject} cell.
     *
     * @param subject the {@code subject} cell
     */
    public void setSubject(String subject) {
        this.subject = subject;
    }

    /** {@return the {@code metric} cell} */
    public String getMetric() {
        return metric;
    }

    /**
     * Sets the {@code metric} cell.
     *
     * @param metric the {@code metric} cell
     */
    public void setMetric(String metric) {
        this.metric = metric;
    }

    /** {@return the {@code period} cell} */
    public String getPeriod() {
        return period;
    }

    /**
     * Sets the {@code period} cell.
     *
     * @param period the {@code period} cell
     */
    public void setPeriod(String period) {
        this.period = period;
    }

    /** {@return the {@code measure} cell} */
    public String getMeasure() {
        return measure;
    }

    /**
     * Sets the {@code measure} cell.
     *
     * @param measure the {@code measure} cell
     */
    public void setMeasure(String measure) {
        this.measure = measure;
    }

    /** {@return the {@code value} cell, the number as printed} */
    public String getValue() {
        return value;
    }

    /**
     * Sets the {@code value} cell.
     *
     * @param value the {@code value} cell
     */
    public void setValue(String value) {
        this.value = value;
    }

    /** {@return the {@code unit} cell, or null} */
    public String getUnit() {
        return unit;
    }

    /**
     * Sets the {@code unit} cell.
     *
     * @param unit the {@code unit} cell
     */
    public void setUnit(String unit) {
        this.unit = unit;
    }

    /** {@return the {@code base} cell, or null} */
    public String getBase() {
        return base;
    }

    /**
     * Sets the {@code base} cell.
     *
     * @param base the {@code base} cell
     */
    public void setBase(String base) {
        this.base = base;
    }

    /** {@return the {@code qualifier} cell, or null for exact (and for a range, implied by its value)} */
    public String getQualifier() {
        return qualifier;
    }

    /**
     * Sets the {@code qualifier} cell.
     *
     * @param qualifier the {@code qualifier} cell
     */
    public void setQualifier(String qualifier) {
        this.qualifier = qualifier;
    }

    /** {@return the {@code precision} cell, or null when read off the value} */
    public String getPrecision() {
        return precision;
    }

    /**
     * Sets the {@code precision} cell.
     *
     * @param precision the {@code precision} cell
     */
    public void setPrecision(String precision) {
        this.precision = precision;
    }

    /** {@return the {@code status} cell} */
    public String getStatus() {
        return status;
    }

    /**
     * Sets the {@code status} cell.
     *
     * @param status the {@code status} cell
     */
    public void setStatus(String status) {
        this.status = status;
    }

    /** {@return the {@code source} cell, or null} */
    public String getSource() {
        return source;
    }

    /**
     * Sets the {@code source} cell.
     *
     * @param source the {@code source} cell
     */
    public void setSource(String source) {
        this.source = source;
    }

    /** {@return the {@code quote} cell, or null} */
    public String getQuote() {
        return quote;
    }

    /**
     * Sets the {@code quote} cell.
     *
     * @param quote the {@code quote} cell
     */
    public void setQuote(String quote) {
        this.quote = quote;
    }

    /** {@return the {@code x_} cells by column name} */
    public Map<String, String> getExtras() {
        return extras;
    }

    /**
     * Sets the {@code x_} cells.
     *
     * @param extras the {@code x_} cells
     */
    public void setExtras(Map<String, String> extras) {
        this.extras = extras == null ? new LinkedHashMap<>() : extras;
    }

    /** Returns {@code input:line id subject metric period measure value unit}. */
    @Override
    public String toString() {
        return input + ":" + line + " " + id + " " + subject + " " + metric + " " + period + " " + measure + " " + value
                + (unit == null ? "" : " " + unit);
    }
}
