package org.industrymetrics.spark;

import java.io.Serializable;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InputProblem;
import org.industrymetrics.Suggestion;

/**
 * A row that could not be read, as a row of a Spark {@code Dataset}: where it is (input, line,
 * the row's id or generated key, the column) and what was found and expected, the message the
 * single-machine reader gives for the same cell. A Java bean for {@code Encoders.bean}; mutable,
 * as the encoder needs.
 */
public final class ProblemRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String input;
    private long line;
    private String row;
    private String column;
    private String message;
    private String suggestion;
    private String replacement;

    /** Creates an empty row, for the bean encoder. */
    public ProblemRow() {
    }

    /**
     * Returns a problem row.
     *
     * @param input the input's name, not null
     * @param line the line, 0 if the input has no lines
     * @param row the row's id, or its generated key ({@code observations.csv#14}), not null
     * @param column the column (canonical name), or empty for the row as a whole, not null
     * @param message what was found and what was expected, not null
     * @return a new row
     */
    public static ProblemRow of(String input, long line, String row, String column, String message) {
        ProblemRow p = new ProblemRow();
        p.input = input;
        p.line = line;
        p.row = row;
        p.column = column;
        p.message = message;
        return p;
    }

    /** Returns a problem row with the reader's suggestion, if any. */
    static ProblemRow of(String input, long line, String row, String column, String message, Suggestion suggestion) {
        ProblemRow p = of(input, line, row, column, message);
        if (suggestion != null) {
            p.suggestion = suggestion.text();
            p.replacement = suggestion.replacement().orElse(null);
        }
        return p;
    }

    /** {@return this problem as the library's {@link InputProblem}, printing as the single-machine reader's} */
    public InputProblem toInputProblem() {
        InputLocation at = column.isEmpty() ? InputLocation.of(input, line) : InputLocation.ofColumn(input, line, column);
        if (suggestion == null) {
            return InputProblem.of(at, message);
        }
        return InputProblem.of(at, message, replacement != null ? Suggestion.replaceWith(replacement)
                : Suggestion.advice(suggestion));
    }

    /** {@return what to write instead, as the reader suggests it ({@code did you mean "GWh"?}), or null} */
    public String getSuggestion() {
        return suggestion;
    }

    /**
     * Sets the suggestion.
     *
     * @param suggestion the suggestion
     */
    public void setSuggestion(String suggestion) {
        this.suggestion = suggestion;
    }

    /** {@return the text the suggestion would put in the cell ({@code GWh}), or null} */
    public String getReplacement() {
        return replacement;
    }

    /**
     * Sets the replacement.
     *
     * @param replacement the replacement
     */
    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    /** {@return the input's name} */
    public String getInput() {
        return input;
    }

    /**
     * Sets the input's name.
     *
     * @param input the input's name
     */
    public void setInput(String input) {
        this.input = input;
    }

    /** {@return the line, 0 if the input has no lines} */
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

    /** {@return the row's id or generated key} */
    public String getRow() {
        return row;
    }

    /**
     * Sets the row's id or generated key.
     *
     * @param row the row's id or generated key
     */
    public void setRow(String row) {
        this.row = row;
    }

    /** {@return the column, empty for the row as a whole} */
    public String getColumn() {
        return column;
    }

    /**
     * Sets the column.
     *
     * @param column the column
     */
    public void setColumn(String column) {
        this.column = column;
    }

    /** {@return what was found and what was expected} */
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

    /** Returns {@code input:line: column c: message}, as the library prints an input problem. */
    @Override
    public String toString() {
        return toInputProblem().toString();
    }
}
