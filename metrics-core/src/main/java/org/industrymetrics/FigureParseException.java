package org.industrymetrics;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when text cannot be read as a value of this library: a quantity, an amount of money,
 * a period, a reported figure, a unit.
 * <p>
 * Like {@link java.time.format.DateTimeParseException}, it carries the input and the index at
 * which reading failed, so that a caller reading a file can add the file, line and column; what
 * was found and expected ({@link #problem()}); and, for a near miss, what to write instead
 * ({@link #suggestion()}). The message names the input, the position, the problem and the suggestion:
 * {@code cannot read "20 GWhh" at index 3: unknown unit "GWhh", expected a unit such as GWh (did you mean "GWh"?)}.
 * <p>
 * This is the one exception every {@code parse} method of the library throws for bad text.
 */
public final class FigureParseException extends MetricsException {

    private static final long serialVersionUID = 1L;

    /** The text that was read. */
    private final String input;
    /** Where in it reading failed, zero-based. */
    private final int index;
    /** What was found and what was expected. */
    private final String problem;
    private final transient Suggestion suggestion;

    /**
     * Creates an exception.
     *
     * @param input the text that was read, not null
     * @param index the zero-based index in {@code input} where reading failed
     * @param problem what was found and what was expected, not null
     */
    public FigureParseException(String input, int index, String problem) {
        this(input, index, problem, null);
    }

    /**
     * Creates an exception with a suggestion.
     *
     * @param input the text that was read, not null
     * @param index the zero-based index in {@code input} where reading failed
     * @param problem what was found and what was expected, without the suggestion, not null
     * @param suggestion what to write instead, or null for none
     */
    public FigureParseException(String input, int index, String problem, Suggestion suggestion) {
        super(message(input, index, problem, suggestion));
        this.input = Objects.requireNonNull(input, "input");
        this.index = index;
        this.problem = Objects.requireNonNull(problem, "problem");
        this.suggestion = suggestion;
    }

    private static String message(String input, int index, String problem, Suggestion suggestion) {
        return "cannot read \"" + abbreviate(input) + "\" at index " + index + ": " + problem
                + (suggestion == null ? "" : " (" + suggestion + ")");
    }

    /** Shortens very long inputs (a 10,000-digit number) so a message stays readable. */
    static String abbreviate(String input) {
        if (input == null) {
            return "null";
        }
        return input.length() <= 80 ? input : input.substring(0, 60) + "…(" + input.length() + " characters)";
    }

    /** {@return the text that could not be read} */
    public String input() {
        return input;
    }

    /** {@return the zero-based index in the input where reading failed} */
    public int index() {
        return index;
    }

    /**
     * {@return what was found and what was expected, without the input and the suggestion (for a
     * file reader's own message)}
     */
    public String problem() {
        return problem;
    }

    /** {@return what to write instead, for a near miss or where the library has advice} */
    public Optional<Suggestion> suggestion() {
        return Optional.ofNullable(suggestion);
    }
}
