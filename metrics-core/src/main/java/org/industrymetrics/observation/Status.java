package org.industrymetrics.observation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.industrymetrics.FigureParseException;

/** Whether a figure reports what happened or what is planned or expected. */
public enum Status {
    /** What happened. */
    ACTUAL,
    /** An estimate of what happened. */
    ESTIMATE,
    /** A provisional figure, to be revised. */
    PROVISIONAL,
    /** A plan or target. */
    TARGET,
    /** A prediction. */
    FORECAST;

    /** {@return the identifier used in files: {@code actual}, {@code target}} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonValue
    @Override
    public String toString() {
        return id();
    }

    /**
     * Obtains a status from its identifier, ignoring case.
     *
     * @param text the text to read
     * @return the status
     * @throws FigureParseException if it is not one of the statuses
     */
    @JsonCreator
    public static Status parse(String text) {
        String key = text.strip().toUpperCase(Locale.ROOT);
        for (Status s : values()) {
            if (s.name().equals(key)) {
                return s;
            }
        }
        throw new FigureParseException(text, 0,
                "unknown status \"" + text + "\", expected one of actual, estimate, provisional, target, forecast");
    }
}
