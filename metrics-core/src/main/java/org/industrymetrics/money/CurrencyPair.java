package org.industrymetrics.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Currency;
import java.util.Objects;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.InvalidValueException;

/**
 * An ordered pair of two different currencies, written {@code BASE/QUOTE}: a rate for
 * {@code USD/CNY} is the number of yuan (the quote currency) paid for one dollar (the base currency).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class CurrencyPair {

    private final Currency base;
    private final Currency quote;

    private CurrencyPair(Currency base, Currency quote) {
        this.base = base;
        this.quote = quote;
    }

    /**
     * Obtains a pair.
     *
     * @param base the currency bought, not null
     * @param quote the currency paid, not null
     * @return the pair
     * @throws InvalidValueException if the two currencies are the same
     */
    public static CurrencyPair of(Currency base, Currency quote) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(quote, "quote");
        if (base.equals(quote)) {
            throw new InvalidValueException(null, null, "a currency pair needs two different currencies, found "
                    + base.getCurrencyCode() + "/" + quote.getCurrencyCode());
        }
        return new CurrencyPair(base, quote);
    }

    /**
     * Obtains a pair from text such as {@code "USD/CNY"}. Each side is read by
     * {@link Currencies#parse(String)}, so {@code "USD/RMB"} is {@code USD/CNY}.
     *
     * @param text the text, not null
     * @return the pair
     * @throws FigureParseException if the text is not two different currencies separated by {@code /}
     */
    @JsonCreator
    public static CurrencyPair parse(String text) {
        Objects.requireNonNull(text, "text");
        return read(text, 0, text.length(), text);
    }

    /** Reads {@code text[begin, end)} as a pair; errors report indexes into {@code wholeInput}. */
    static CurrencyPair read(String text, int begin, int end, String wholeInput) {
        int slash = text.indexOf('/', begin);
        if (slash < 0 || slash >= end) {
            throw new FigureParseException(wholeInput, begin == end ? begin : end,
                    "found " + (begin == end ? "nothing" : "no '/'") + ", expected a currency pair such as USD/CNY");
        }
        Currency base = Currencies.read(text, begin, slash, wholeInput);
        Currency quote = Currencies.read(text, slash + 1, end, wholeInput);
        if (base.equals(quote)) {
            throw new FigureParseException(wholeInput, slash + 1, "found " + quote.getCurrencyCode()
                    + " twice, expected a currency pair of two different currencies such as USD/CNY");
        }
        return new CurrencyPair(base, quote);
    }

    /** {@return the base currency, the one bought: {@code USD} in {@code USD/CNY}} */
    public Currency base() {
        return base;
    }

    /** {@return the quote currency, the one paid: {@code CNY} in {@code USD/CNY}} */
    public Currency quote() {
        return quote;
    }

    /**
     * Returns the pair the other way round: {@code CNY/USD} for {@code USD/CNY}.
     *
     * @return the inverse pair; this instance is immutable and unaffected by this method call
     */
    public CurrencyPair inverse() {
        return new CurrencyPair(quote, base);
    }

    /**
     * {@return whether {@code currency} is the base or the quote of this pair}
     *
     * @param currency the currency
     */
    public boolean contains(Currency currency) {
        return base.equals(currency) || quote.equals(currency);
    }

    /**
     * {@return whether {@code other} has the same two currencies, in either order}
     *
     * @param other the other
     */
    public boolean isInverseOrSame(CurrencyPair other) {
        return other.contains(base) && other.contains(quote);
    }

    /** Equal when base and quote are the same. */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof CurrencyPair)) {
            return false;
        }
        CurrencyPair other = (CurrencyPair) obj;
        return base.equals(other.base) && quote.equals(other.quote);
    }

    @Override
    public int hashCode() {
        return base.hashCode() * 31 + quote.hashCode();
    }

    /** Returns {@code BASE/QUOTE}, such as {@code USD/CNY}; {@link #parse(String)} reads it back. */
    @JsonValue
    @Override
    public String toString() {
        return base.getCurrencyCode() + "/" + quote.getCurrencyCode();
    }
}
