package org.industrymetrics.csv;

/**
 * Turns one row of a CSV table into a value: an observation, a subject, a rate.
 * <p>
 * A binder reads the cells with {@link CsvRow#get(String)} or {@link CsvRow#get(String, java.util.function.Function)},
 * and reports what is wrong with {@link CsvRow#problem(String, String)} rather than throwing, so that
 * every problem of a file is reported at once. When it has reported a problem it may return
 * {@code null}; the row is then left out and the read fails at the end. A binder that throws a
 * {@link org.industrymetrics.FigureParseException} or an {@link org.industrymetrics.InvalidValueException}
 * reports a problem of the row with the exception's message; any other exception is not caught:
 * it is a bug, never a problem of the input.
 *
 * @param <T> the type of value made from a row
 */
@FunctionalInterface
public interface RowBinder<T> {

    /**
     * Makes a value from the row.
     *
     * @param row the row, valid only during this call, not null
     * @return the value; null only if a problem was reported
     */
    T bind(CsvRow row);
}
