package org.industrymetrics.io.internal;

import java.util.Map;
import org.industrymetrics.InputLocation;
import org.industrymetrics.Suggestion;

/**
 * One row of a dataset table being bound, whatever it was read from (a CSV line, a JSON object):
 * its cells by column index in the table's schema, its place in the input, and a way to report
 * what is wrong with it. Not part of the public API.
 */
public interface Row {

    /** Returns the cell of the column with this schema index, or null if not given. */
    String get(int column);

    /**
     * Returns the characters of the cell of the column with this schema index, or null if not
     * given: for lookups that need no String (a reader's {@link CharSlice}, valid until the row moves
     * on and until the next call for the same column; never kept). The cell itself unless the row
     * has a cheaper view.
     */
    default CharSequence text(int column) {
        return get(column);
    }

    /** Returns the {@code x_} cells that are given, in input order. */
    Map<String, String> extras();

    /** Reports a problem with the cell of a column (canonical name), with a suggestion or null. */
    void problem(String column, String message, Suggestion suggestion);

    /** Reports a problem with the cell of a column (canonical name). */
    default void problem(String column, String message) {
        problem(column, message, null);
    }

    /** Reports a problem with the row as a whole. */
    void problem(String message);

    /** Returns whether a problem has been reported for this row. */
    boolean hasProblems();

    /**
     * Returns the place of the row: its input and line, and its JSON path ({@code observations[3]})
     * for a row of a document. A new object each call: call it only for a row that is kept.
     */
    InputLocation origin();

    /** Returns an id for a row given without one, stable for the same input: {@code observations.csv#14}. */
    String generatedId();
}
