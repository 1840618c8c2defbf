package org.industrymetrics.aggregate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.industrymetrics.FigureParseException;

/** A field that sums are grouped by. */
public enum GroupBy {
    /** The observation's subject (or union). */
    SUBJECT,
    /** The metric id. */
    METRIC,
    /** The period. */
    PERIOD;

    /** {@return the identifier used on the command line and in JSON: {@code subject}, {@code metric}, {@code period}} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonValue
    @Override
    public String toString() {
        return id();
    }

    /**
     * Obtains a field from its identifier, ignoring case.
     *
     * @param text the text to read
     * @return the group by
     * @throws FigureParseException if it is none of subject, metric, period
     */
    @JsonCreator
    public static GroupBy parse(String text) {
        String key = text.strip().toUpperCase(Locale.ROOT);
        for (GroupBy g : values()) {
            if (g.name().equals(key)) {
                return g;
            }
        }
        throw new FigureParseException(text, 0, "found \"" + text + "\", expected subject, period or metric");
    }
}
