package org.industrymetrics;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in an input: where it is ({@link InputLocation}), what was found and expected,
 * and what to write instead where the library can tell ({@link Suggestion}). Readers collect these
 * (up to a limit) before failing, so a user sees every problem of a file at once; a program reads
 * the location and the suggestion as values, never from the message.
 * <p>
 * Prints as {@code observations.csv:14: column unit: unknown unit "GWhh" (did you mean "GWh"?)}.
 * This class is immutable and thread-safe.
 */
public final class InputProblem {

    private final InputLocation location;
    private final String message;
    private final Suggestion suggestion;

    private InputProblem(InputLocation location, String message, Suggestion suggestion) {
        this.location = Objects.requireNonNull(location, "location");
        this.message = Objects.requireNonNull(message, "message");
        this.suggestion = suggestion;
    }

    /**
     * Obtains a problem.
     *
     * @param location where the problem is, not null
     * @param message what was found and what was expected, not null
     * @return the problem
     */
    public static InputProblem of(InputLocation location, String message) {
        return new InputProblem(location, message, null);
    }

    /**
     * Obtains a problem with a suggestion.
     *
     * @param location where the problem is, not null
     * @param message what was found and what was expected, without the suggestion, not null
     * @param suggestion what to write instead, or null for none
     * @return the problem
     */
    public static InputProblem of(InputLocation location, String message, Suggestion suggestion) {
        return new InputProblem(location, message, suggestion);
    }

    /**
     * Obtains the problem of a row that repeats the id of an earlier row of its table, on its id
     * cell, naming the first where both were read: {@code observations.csv:9: column id: duplicate
     * id "cn-2024" (first on line 4)}. The one wording of every reader and of a dataset.
     *
     * @param id the id, not null
     * @param origin where the repeating row was read, not null
     * @param first where the first row with the id was read, or null if not known
     * @return the problem
     */
    public static InputProblem ofDuplicateId(String id, InputLocation origin, InputLocation first) {
        Objects.requireNonNull(id, "id");
        String firstPlace = first == null ? "" : first.describeFrom(origin.input());
        return new InputProblem(origin.field("id"), "duplicate id \"" + id + "\""
                + (firstPlace.isEmpty() ? "" : " (first " + firstPlace + ")"), null);
    }

    /** {@return where the problem is} */
    public InputLocation location() {
        return location;
    }

    /** {@return the name of the input, as {@code location().input()}} */
    public String input() {
        return location.input();
    }

    /** {@return the one-based line, or 0, as {@code location().line()}} */
    public long line() {
        return location.line();
    }

    /** {@return what was found and what was expected, without the location and the suggestion} */
    public String message() {
        return message;
    }

    /** {@return what to write instead, where the library can tell} */
    public Optional<Suggestion> suggestion() {
        return Optional.ofNullable(suggestion);
    }

    /**
     * Returns a copy at another location, such as the file as the user named it.
     * This instance is immutable and unaffected by this method call.
     *
     * @param newLocation the location, not null
     * @return the problem there
     */
    public InputProblem withLocation(InputLocation newLocation) {
        return new InputProblem(newLocation, message, suggestion);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof InputProblem && ((InputProblem) obj).location.equals(location)
                && ((InputProblem) obj).message.equals(message) && Objects.equals(((InputProblem) obj).suggestion, suggestion);
    }

    @Override
    public int hashCode() {
        return location.hashCode() * 31 + message.hashCode();
    }

    /** Returns {@code location: message (suggestion)}, leaving out what is not known. */
    @Override
    public String toString() {
        String s = location + ": " + message;
        return suggestion == null ? s : s + " (" + suggestion + ")";
    }
}
