package org.industrymetrics;

/**
 * The root of the exceptions the library throws for its own faults: text that is not a value
 * ({@link FigureParseException}), a value that breaks a rule of the model ({@link InvalidValueException}),
 * an input with problems ({@link InvalidInputException}), an exchange rate not in a table
 * ({@link org.industrymetrics.money.RateNotFoundException}).
 * <p>
 * Catch this type (or a subtype) to handle what a user can fix; a plain
 * {@link IllegalArgumentException} or {@link NullPointerException} from the library means a
 * programming error (adding GWh to tonnes, a null argument) and is not one of these. Like
 * {@link java.time.DateTimeException}, it is unchecked.
 */
public class MetricsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message the message, naming what was found and what was expected
     */
    protected MetricsException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message the message, naming what was found and what was expected
     * @param cause the cause, may be null
     */
    protected MetricsException(String message, Throwable cause) {
        super(message, cause);
    }
}
