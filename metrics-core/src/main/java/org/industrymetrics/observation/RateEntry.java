package org.industrymetrics.observation;

import java.math.BigDecimal;
import java.util.Map;
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

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds rate rows: set the fields, then {@link #build()} checks them (the rate must be above zero).
     * <p>
     * Required: {@code date}, {@code pair}, {@code rate}; setting one to {@code null} is a
     * NullPointerException naming it, leaving one unset makes {@code build()} throw an
     * IllegalStateException naming it. An optional field set to {@code null} is left empty, as if never
     * set; a field with a default (none) refuses
     * {@code null}. Hand-written over the generated builder so that each field has one setter
     * ({@code unit(null)} is never ambiguous) and every method is documented. A builder is not
     * thread-safe.
     */
    public static final class Builder {
        private final ImmutableRateEntry.Builder delegate = ImmutableRateEntry.generatedBuilder();
        private final ExtrasBuilder extras = new ExtrasBuilder();

        Builder() {
        }

        /**
         * Sets every field from {@code instance}, replacing what was set.
         *
         * @param instance the rate row to copy, not null
         * @return this builder
         */
        public Builder from(RateEntry instance) {
            delegate.from(instance);
            extras.putAll(instance.extras());
            return this;
        }

        /**
         * Sets the day, or the month or year an average rate is for.
         *
         * @param date the value, required, not null
         * @return this builder
         */
        public Builder date(ReportingPeriod date) {
            delegate.date(date);
            return this;
        }

        /**
         * Sets the pair: base (bought) and quote (paid) currencies.
         *
         * @param pair the value, required, not null
         * @return this builder
         */
        public Builder pair(CurrencyPair pair) {
            delegate.pair(pair);
            return this;
        }

        /**
         * Sets units of the quote currency per one unit of the base currency, above zero.
         *
         * @param rate the value, required, not null
         * @return this builder
         */
        public Builder rate(BigDecimal rate) {
            delegate.rate(rate);
            return this;
        }

        /**
         * Sets where the rate comes from.
         *
         * @param source the value, or null to leave it empty
         * @return this builder
         */
        public Builder source(String source) {
            delegate.source(Optional.ofNullable(source));
            return this;
        }

        /**
         * Adds an {@code x_} column the rate was read with; columns keep the order they are added in.
         *
         * @param key the column name, not null
         * @param value the cell, not null
         * @return this builder
         */
        public Builder putExtras(String key, String value) {
            extras.put(key, value);
            return this;
        }

        /**
         * Adds {@code x_} columns, in the map's order.
         *
         * @param entries the columns, not null, without null keys or values
         * @return this builder
         */
        public Builder putAllExtras(Map<String, String> entries) {
            extras.putAll(entries);
            return this;
        }

        /**
         * Replaces the {@code x_} columns, in the map's order.
         *
         * @param entries the columns, not null, without null keys or values
         * @return this builder
         */
        public Builder extras(Map<String, String> entries) {
            extras.replace(entries);
            return this;
        }

        /**
         * Returns the rate row built from the fields set.
         *
         * @return a new instance, not null
         * @throws IllegalStateException if a required field is not set
         * @throws IllegalArgumentException if the fields break a rule of the format
         */
        public RateEntry build() {
            return delegate.extras(extras.build()).build();
        }
    }

    /** {@return the day, or the month or year an average rate is for} */
    public abstract ReportingPeriod date();

    /** {@return the pair: base (bought) and quote (paid) currencies} */
    public abstract CurrencyPair pair();

    /** {@return units of the quote currency per one unit of the base currency, above zero} */
    public abstract BigDecimal rate();

    /** {@return where the rate comes from} */
    public abstract Optional<String> source();

    /** {@return the {@code x_} columns the row was read with, in their order: carried along, as FORMAT.md says of any table} */
    public abstract Map<String, String> extras();

    @Value.Check
    void check() {
        if (rate().signum() <= 0) {
            throw new InvalidValueException("rate " + pair() + " on " + date(), "rate", "must be above zero, found "
                    + rate().toPlainString());
        }
    }
}
