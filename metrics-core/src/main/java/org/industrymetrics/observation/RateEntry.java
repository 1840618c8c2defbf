package org.industrymetrics.observation;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.industrymetrics.InvalidValueException;
import org.industrymetrics.money.CurrencyPair;
import org.industrymetrics.period.ReportingPeriod;

/**
 * A row of the rates table (FORMAT.md §4): units of {@code quote} per one unit of {@code base}
 * on a day, or the average over a month or year. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RateEntry {

    RateEntry() {
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds rate rows. */
    public static final class Builder extends ImmutableRateEntry.Builder {
        Builder() {
        }
    }

    /** Returns the day, or the month or year an average rate is for. */
    public abstract ReportingPeriod date();

    /** Returns the pair: base (bought) and quote (paid) currencies. */
    public abstract CurrencyPair pair();

    /** Returns units of the quote currency per one unit of the base currency, above zero. */
    public abstract BigDecimal rate();

    /** Returns where the rate comes from. */
    public abstract Optional<String> source();

    @Value.Check
    void check() {
        if (rate().signum() <= 0) {
            throw new InvalidValueException("rate " + pair() + " on " + date(), "rate", "must be above zero, found "
                    + rate().toPlainString());
        }
    }
}
