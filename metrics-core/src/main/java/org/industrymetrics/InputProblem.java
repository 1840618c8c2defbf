package org.industrymetrics;

import java.util.Objects;

/**
 * One problem found in an input: where it is (the input's name, a line, a column or field) and what
 * was found and expected. Readers collect these (up to a limit) before failing, so a user sees
 * every problem of a file at once.
 * <p>
 * Prints as {@code observations.csv:14: column value: "30,00" is not a number (use '.' for decimals)}.
 * This class is immutable and thread-safe.
 *
 * @param input the name of the input (a file name, {@code "<stdin>"}, a dataset name), not null
 * @param line the one-based line, or 0 if the input has no lines
 * @param field the column or field ("column value", "observation yibin-growth"), or empty
 * @param message what was found and what was expected, not null
 */
public record InputProblem(String input, long line, String field, String message) {

    /** Validates the components. */
    public InputProblem {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** Returns {@code input:line: field: message}, leaving out what is not known. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(input);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (!field.isEmpty()) {
            sb.append(field).append(": ");
        }
        return sb.append(message).toString();
    }
}
