package org.industrymetrics.observation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.industrymetrics.FigureParseException;

/** Whether a metric adds up over periods (a flow) or is a level at a time (a stock). */
public enum MetricKind {
    /** Adds up over periods: output, sales, investment. Months sum to their quarter and year. */
    FLOW,
    /** A level at a time: capacity, number of enterprises. Never summed over time. */
    STOCK;

    /** {@return the identifier used in files: {@code flow} or {@code stock}} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonValue
    @Override
    public String toString() {
        return id();
    }

    /**
     * Obtains a kind from its identifier, ignoring case.
     *
     * @param text the text to read
     * @return the metric kind
     * @throws FigureParseException if it is neither flow nor stock
     */
    @JsonCreator
    public static MetricKind parse(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        for (MetricKind k : values()) {
            if (k.id().equals(key)) {
                return k;
            }
        }
        throw new FigureParseException(text, 0, "unknown metric kind \"" + text + "\", expected flow or stock");
    }
}
