package org.industrymetrics.money;

import java.time.LocalDate;
import java.util.Objects;
import org.industrymetrics.MetricsException;

/**
 * Thrown when an {@link FxRateTable} has no rate for a currency pair on a day or over a span under
 * the lookup policy asked for: the day is outside the table, the last quote is older than the
 * staleness allowed, or the table has no rates for a currency. The message names the pair, the day
 * or span, and the reason; {@link #pair()}, {@link #first()} and {@link #last()} give them to code
 * that reports the problem its own way (a check's {@code UNDETERMINED} finding).
 */
public final class RateNotFoundException extends MetricsException {

    private static final long serialVersionUID = 1L;

    private final transient CurrencyPair pair;
    /** The first day a rate was looked for. */
    private final LocalDate first;
    /** The last day a rate was looked for. */
    private final LocalDate last;

    RateNotFoundException(CurrencyPair pair, LocalDate first, LocalDate last, String reason) {
        super(message(pair, first, last, reason));
        this.pair = Objects.requireNonNull(pair, "pair");
        this.first = Objects.requireNonNull(first, "first");
        this.last = Objects.requireNonNull(last, "last");
    }

    private static String message(CurrencyPair pair, LocalDate first, LocalDate last, String reason) {
        String what = first.equals(last)
                ? "no rate for " + pair + " on " + first
                : "no average rate for " + pair + " over " + first + ".." + last;
        return what + ": " + reason;
    }

    /** {@return the currency pair asked for} */
    public CurrencyPair pair() {
        return pair;
    }

    /** {@return the day asked for, or the first day of the span} */
    public LocalDate first() {
        return first;
    }

    /** {@return the day asked for, or the last day of the span} */
    public LocalDate last() {
        return last;
    }
}
