package org.industrymetrics;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when values that each read well break a rule of the model together: a share above 100 %,
 * a level without a unit, a share without the whole it is taken of. It names the value
 * ({@code observation yibin-growth}), the field the rule concerns where there is one
 * ({@code unit}, {@code base}, {@code value}), and the problem, so that a reader places it on the
 * cell of the file without reading the message:
 * {@code observation yibin-growth: a share is between 0 and 100 %, found 102.2 %}.
 */
public final class InvalidValueException extends MetricsException {

    private static final long serialVersionUID = 1L;

    /** What is invalid, as a message names it, or null. */
    private final String value;
    /** The field the rule concerns, or null. */
    private final String field;
    /** What was found and what was expected. */
    private final String problem;

    /**
     * Creates an exception.
     *
     * @param value what is invalid, as a message names it ({@code observation yibin-growth}), or null
     * @param field the field the rule concerns ({@code unit}), or null for the value as a whole
     * @param problem what was found and what was expected, not null
     */
    public InvalidValueException(String value, String field, String problem) {
        super(value == null ? Objects.requireNonNull(problem, "problem") : value + ": " + problem);
        this.value = value;
        this.field = field;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** {@return what is invalid, as a message names it: {@code observation yibin-growth}} */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /** {@return the field the rule concerns ({@code unit}, {@code base}, {@code value}), if one does} */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** {@return what was found and what was expected, without naming the value} */
    public String problem() {
        return problem;
    }
}
