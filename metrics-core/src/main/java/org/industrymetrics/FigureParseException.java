package org.industrymetrics;

import java.util.Objects;

/**
 * Thrown when text cannot be read as a value of this library: a quantity, an amount of money,
 * a period, a reported figure, a unit.
 * <p>
 * Like {@link java.time.format.DateTimeParseException}, it carries the input and the index at
 * which reading failed, so that a caller reading a file can add the file, line and column.
 * The message names the input, the position, what was found and what was expected.
 * <p>
 * This is the one exception every {@code parse} method of the library throws for bad text.
 * It is an {@link IllegalArgumentException}, so callers that do not care about the position can
 * treat it like any other bad argument.
 */
public final class FigureParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String input;
    private final int index;
    private final String problem;

    /**
     * Creates an exception.
     *
     * @param input the text that was read, not null
     * @param index the zero-based index in {@code input} where reading failed
     * @param problem what was found and what was expected, not null
     */
    public FigureParseException(String input, int index, String problem) {
        super(message(input, index, problem));
        this.input = Objects.requireNonNull(input, "input");
        this.index = index;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    private static String message(String input, int index, String problem) {
        return "cannot read \"" + abbreviate(input) + "\" at index " + index + ": " + problem;
    }

    /** Shortens very long inputs (a 10,000-digit number) so a message stays readable. */
    static String abbreviate(String input) {
        if (input == null) {
            return "null";
        }
        return input.length() <= 80 ? input : input.substring(0, 60) + "…(" + input.length() + " characters)";
    }

    /** Returns the text that could not be read. */
    public String input() {
        return input;
    }

    /** Returns the zero-based index in the input where reading failed. */
    public int index() {
        return index;
    }

    /** Returns what was found and what was expected, without the input (for a file reader's own message). */
    public String problem() {
        return problem;
    }
}
