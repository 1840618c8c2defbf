package org.industrymetrics.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.Objects;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.internal.Decimals;

/**
 * An exchange rate: a {@link CurrencyPair} and the positive number of units of the quote currency
 * paid for one unit of the base currency. {@code USD/CNY 7.2666} is 7.2666 yuan per dollar.
 * <p>
 * A rate has no date: dated rates live in an {@link FxRateTable}, which answers which rate held on
 * a day or over a period. The rate is kept as written and equality is numeric
 * ({@code USD/CNY 7.2666} equals {@code USD/CNY 7.26660}).
 * <p>
 * Rounding: the methods that divide ({@link #inverse(MathContext)}, {@link #crossRate(FxRate, MathContext)},
 * {@link #convert(Money, MathContext)}) take a {@link MathContext} and round their result once with it;
 * {@link MathContext#UNLIMITED} makes them exact, and throw {@link ArithmeticException} where the
 * result has no finite decimal.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class FxRate {

    private final CurrencyPair pair;
    private final BigDecimal rate;

    /** Takes the result of arithmetic or of a checked factory: out of range is an ArithmeticException. */
    private FxRate(CurrencyPair pair, BigDecimal rate) {
        this.pair = pair;
        this.rate = Decimals.checkResult(rate, "the rate of " + pair);
    }

    /**
     * Obtains a rate.
     *
     * @param pair the currency pair, not null
     * @param rate units of the quote currency per unit of the base currency, above zero, not null
     * @return the rate
     * @throws IllegalArgumentException if the rate is zero or negative, or has more than 1,000 digits
     *     written out (as {@code 1e-2000} has), so that its text always reads back
     */
    public static FxRate of(CurrencyPair pair, BigDecimal rate) {
        Objects.requireNonNull(pair, "pair");
        Decimals.checkArgument(rate, "the rate of " + pair);
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("the rate of " + pair + " must be above zero, found " + rate.toPlainString());
        }
        return new FxRate(pair, rate);
    }

    /**
     * Obtains a rate from two currencies.
     *
     * @param base the currency bought, not null
     * @param quote the currency paid, not null
     * @param rate units of {@code quote} per unit of {@code base}, above zero, not null
     * @return the rate
     * @throws IllegalArgumentException if the currencies are the same or the rate is zero or negative
     */
    public static FxRate of(Currency base, Currency quote, BigDecimal rate) {
        return of(CurrencyPair.of(base, quote), rate);
    }

    /**
     * Obtains a rate from text: a pair, a space and a decimal number, such as {@code "USD/CNY 7.2666"}.
     * No locale is used.
     *
     * @param text the text, not null
     * @return the rate
     * @throws FigureParseException if the text is not a rate, or the rate is not above zero
     */
    @JsonCreator
    public static FxRate parse(String text) {
        Objects.requireNonNull(text, "text");
        int space = text.indexOf(' ');
        if (space < 0) {
            throw new FigureParseException(text, text.length(),
                    "found the end, expected a currency pair, a space and a rate, such as \"USD/CNY 7.2666\"");
        }
        CurrencyPair pair = CurrencyPair.read(text, 0, space, text);
        BigDecimal rate = Decimals.parse(text, space + 1, text.length(), true, text);
        if (rate.signum() <= 0) {
            throw new FigureParseException(text, space + 1, "found " + rate.toPlainString() + ", expected a rate above zero");
        }
        return new FxRate(pair, rate);
    }

    /**
     * Obtains the rate a report implies when it gives one amount in two currencies:
     * {@code 20 billion CNY} "(about USD 2.75 billion)" implies {@code USD/CNY 7.2727…}.
     *
     * @param amountInQuote the amount in the quote currency, above zero, not null
     * @param amountInBase the same amount in the base currency, above zero, not null
     * @param mc how to round the quotient, not null
     * @return the rate of the pair (base of {@code amountInBase}, quote of {@code amountInQuote})
     * @throws IllegalArgumentException if the currencies are the same or an amount is not above zero
     */
    public static FxRate implied(Money amountInQuote, Money amountInBase, MathContext mc) {
        Objects.requireNonNull(amountInQuote, "amountInQuote");
        Objects.requireNonNull(amountInBase, "amountInBase");
        Objects.requireNonNull(mc, "mc");
        CurrencyPair pair = CurrencyPair.of(amountInBase.currency(), amountInQuote.currency());
        if (amountInQuote.signum() <= 0 || amountInBase.signum() <= 0) {
            throw new IllegalArgumentException("cannot imply a rate from " + amountInQuote + " and " + amountInBase
                    + ": both amounts must be above zero");
        }
        return new FxRate(pair, amountInQuote.amount().divide(amountInBase.amount(), mc));
    }

    /** {@return the currency pair} */
    public CurrencyPair pair() {
        return pair;
    }

    /** {@return the units of the quote currency per unit of the base currency, as written} */
    public BigDecimal rate() {
        return rate;
    }

    /**
     * Returns the rate of the inverse pair, {@code 1 / rate} rounded by {@code mc}.
     *
     * @param mc how to round, not null
     * @return the inverse rate; this instance is immutable and unaffected by this method call
     * @throws ArithmeticException if {@code mc} is unlimited and the inverse has no finite decimal
     */
    public FxRate inverse(MathContext mc) {
        return new FxRate(pair.inverse(), BigDecimal.ONE.divide(rate, Objects.requireNonNull(mc, "mc")));
    }

    /**
     * Derives the rate between the two currencies that this rate and {@code other} do not share:
     * {@code EUR/USD 1.07} crossed with {@code USD/CNY 7.2666} is {@code EUR/CNY 7.775262}. The
     * result's base is this rate's other currency, its quote is {@code other}'s other currency.
     * Either rate may be written either way round ({@code CNY/USD} works as well as {@code USD/CNY});
     * the result is computed as one fraction and rounded once by {@code mc}.
     *
     * @param other a rate sharing exactly one currency with this one, not null
     * @param mc how to round, not null
     * @return the cross rate
     * @throws IllegalArgumentException if the rates do not share exactly one currency
     */
    public FxRate crossRate(FxRate other, MathContext mc) {
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(mc, "mc");
        CurrencyPair p = other.pair;
        if (pair.isInverseOrSame(p)) {
            throw new IllegalArgumentException("cannot cross " + this + " with " + other + ": they have the same two currencies");
        }
        Currency shared;
        if (p.contains(pair.base())) {
            shared = pair.base();
        } else if (p.contains(pair.quote())) {
            shared = pair.quote();
        } else {
            throw new IllegalArgumentException("cannot cross " + this + " with " + other + ": they share no currency");
        }
        // this as (mine/shared) = n1/d1, other as (shared/theirs) = n2/d2
        boolean thisInverted = pair.base().equals(shared);
        Currency mine = thisInverted ? pair.quote() : pair.base();
        BigDecimal n1 = thisInverted ? BigDecimal.ONE : rate;
        BigDecimal d1 = thisInverted ? rate : BigDecimal.ONE;
        boolean otherInverted = p.quote().equals(shared);
        Currency theirs = otherInverted ? p.base() : p.quote();
        BigDecimal n2 = otherInverted ? BigDecimal.ONE : other.rate;
        BigDecimal d2 = otherInverted ? other.rate : BigDecimal.ONE;
        BigDecimal num = n1.multiply(n2);
        BigDecimal den = d1.multiply(d2);
        BigDecimal value = den.compareTo(BigDecimal.ONE) == 0 ? num.round(mc) : num.divide(den, mc);
        return new FxRate(CurrencyPair.of(mine, theirs), value);
    }

    /**
     * Converts an amount in either currency of the pair into the other, keeping its scale word:
     * with {@code USD/CNY 7.2666}, {@code 20 billion CNY} is {@code 2.7523… billion USD} and
     * {@code 1 million USD} is {@code 7.2666 million CNY}. The number is rounded once by {@code mc}.
     *
     * @param amount the amount, in the base or the quote currency, not null
     * @param mc how to round, not null
     * @return the amount in the other currency of the pair
     * @throws IllegalArgumentException if the amount's currency is not in the pair
     */
    public Money convert(Money amount, MathContext mc) {
        return convert(pair, rate, BigDecimal.ONE, amount, mc, this);
    }

    /**
     * Converts with the exact rate {@code num/den} of {@code pair}, rounding once; shared with
     * {@link ResolvedRate}, whose averages and inverses are exact fractions.
     */
    static Money convert(CurrencyPair pair, BigDecimal num, BigDecimal den, Money amount, MathContext mc, Object rateForMessage) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(mc, "mc");
        Currency c = amount.currency();
        BigDecimal v = amount.value();
        BigDecimal result;
        Currency target;
        if (c.equals(pair.base())) {
            result = den.compareTo(BigDecimal.ONE) == 0 ? v.multiply(num, mc) : v.multiply(num).divide(den, mc);
            target = pair.quote();
        } else if (c.equals(pair.quote())) {
            result = den.compareTo(BigDecimal.ONE) == 0 ? v.divide(num, mc) : v.multiply(den).divide(num, mc);
            target = pair.base();
        } else {
            throw new IllegalArgumentException("cannot convert " + amount + " with " + rateForMessage
                    + ": the rate is not for " + c.getCurrencyCode());
        }
        return Money.of(result, MoneyUnit.of(amount.unit().scale(), target));
    }

    /** Equal when the pair is the same and the rate numerically equal. */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof FxRate)) {
            return false;
        }
        FxRate other = (FxRate) obj;
        return pair.equals(other.pair) && rate.compareTo(other.rate) == 0;
    }

    @Override
    public int hashCode() {
        return pair.hashCode() * 31 + Decimals.normalize(rate).hashCode();
    }

    /** Returns the pair, a space and the plain rate, such as {@code USD/CNY 7.2666}; {@link #parse(String)} reads it back. */
    @JsonValue
    @Override
    public String toString() {
        return pair + " " + rate.toPlainString();
    }
}
