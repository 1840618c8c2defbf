package org.industrymetrics.io.internal;

import java.util.Map;

/**
 * One row of a dataset table being bound, whatever it was read from (a CSV line, a JSON object):
 * its cells by column index in the table's schema, its place in the input, and a way to report
 * what is wrong with it. Not part of the public API.
 */
public interface Row {

    /** Returns the cell of the column with this schema index, or null if not given. */
    String get(int column);

    /** Returns the {@code x_} cells that are given, in input order. */
    Map<String, String> extras();

    /** Reports a problem with the cell of a column (canonical name). */
    void problem(String column, String message);

    /** Reports a problem with the row as a whole. */
    void problem(String message);

    /** Returns whether a problem has been reported for this row. */
    boolean hasProblems();

    /** Returns the name of the input (a file name), as in problems. */
    String input();

    /** Returns the line the row starts on, 0 if unknown. */
    long line();

    /** Returns the JSON path of the row, {@code observations[3]}, or null for a row that is a line of a file. */
    String path();

    /** Returns an id for a row given without one, stable for the same input: {@code observations.csv#14}. */
    String generatedId();
}
