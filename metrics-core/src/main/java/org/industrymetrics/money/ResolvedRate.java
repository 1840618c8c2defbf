package org.industrymetrics.money;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A rate found in an {@link FxRateTable}, with what was used to find it: the day quoted (or the
 * span averaged), the number of quotes, the source, and whether it was inverted or crossed through
 * a third currency. It prints as a line a report can show:
 * {@code USD/CNY 7.2666 on 2024-06-26 (FRB H.10)},
 * {@code USD/CNY 7.0809… average of 2023-01-01..2023-12-31, 249 quotes (FRB H.10)}.
 * <p>
 * Rounding: the rate is held as an exact fraction (a sum of quotes over their count, one over a
 * quote for an inverse, a product for a cross), and {@link #convert(Money, MathContext)} rounds
 * only once, at the end. {@link #rate()} shows that fraction as a decimal, exact where it has at
 * most 16 significant digits and otherwise rounded half-even to 16 ({@link MathContext#DECIMAL64}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ResolvedRate {

    /** What kind of rate this is, for {@link #toString()}. */
    enum Kind {
        /** A day's quote (or, for a cross, the quotes of a day). */
        DAY,
        /** The mean of the daily quotes of a span. */
        AVERAGE,
        /** An average rate for a span as published, one value. */
        PUBLISHED_AVERAGE
    }

    private final CurrencyPair pair;
    private final BigDecimal numerator;
    private final BigDecimal denominator;
    private final FxRate rate;
    private final LocalDate first;
    private final LocalDate last;
    private final int quotes;
    private final String source;
    private final Kind kind;
    private final String derivation;

    ResolvedRate(CurrencyPair pair, BigDecimal numerator, BigDecimal denominator, LocalDate first, LocalDate last,
            int quotes, String source, Kind kind, String derivation) {
        this.pair = pair;
        this.numerator = numerator;
        this.denominator = denominator;
        this.rate = FxRate.of(pair, denominator.compareTo(BigDecimal.ONE) == 0
                ? numerator : numerator.divide(denominator, MathContext.DECIMAL64));
        this.first = first;
        this.last = last;
        this.quotes = quotes;
        this.source = source;
        this.kind = kind;
        this.derivation = derivation;
    }

    /**
     * Obtains the rate quoted for one day.
     *
     * @param rate the rate, not null
     * @param day the day it was quoted, not null
     * @param source where it comes from, empty if unknown, not null
     * @return the resolved rate
     */
    public static ResolvedRate of(FxRate rate, LocalDate day, String source) {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(source, "source");
        return new ResolvedRate(rate.pair(), rate.rate(), BigDecimal.ONE, day, day, 1, source, Kind.DAY, "");
    }

    /**
     * Obtains an average rate over a span of days.
     *
     * @param rate the average rate, not null
     * @param first the first day of the span, not null
     * @param last the last day of the span, not before {@code first}, not null
     * @param quotes the number of quotes averaged, 1 for an average published as one value
     * @param source where it comes from, empty if unknown, not null
     * @return the resolved rate
     * @throws IllegalArgumentException if {@code last} is before {@code first} or {@code quotes} is below 1
     */
    public static ResolvedRate ofAverage(FxRate rate, LocalDate first, LocalDate last, int quotes, String source) {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(source, "source");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the span " + first + ".." + last + " ends before it starts");
        }
        if (quotes < 1) {
            throw new IllegalArgumentException("an average needs at least one quote, found " + quotes);
        }
        return new ResolvedRate(rate.pair(), rate.rate(), BigDecimal.ONE, first, last, quotes, source,
                quotes == 1 ? Kind.PUBLISHED_AVERAGE : Kind.AVERAGE, "");
    }

    /** Returns this rate for the inverse pair, exactly (the fraction turned over). */
    ResolvedRate inverted() {
        return new ResolvedRate(pair.inverse(), denominator, numerator, first, last, quotes, source, kind,
                derivation.isEmpty() ? "inverted from " + pair : derivation);
    }

    /** Returns the cross of two legs {@code a/x} and {@code x/b}: the rate of {@code a/b}, exactly. */
    static ResolvedRate cross(ResolvedRate left, ResolvedRate right, Currency via) {
        CurrencyPair pair = CurrencyPair.of(left.pair.base(), right.pair.quote());
        LocalDate first = left.first.isBefore(right.first) ? left.first : right.first;
        LocalDate last = left.last.isAfter(right.last) ? left.last : right.last;
        Set<String> sources = new LinkedHashSet<>();
        if (!left.source.isEmpty()) {
            sources.add(left.source);
        }
        if (!right.source.isEmpty()) {
            sources.add(right.source);
        }
        // a cross of two published averages is still one published value per leg: no count to show
        Kind kind = left.kind == right.kind ? left.kind : Kind.AVERAGE;
        return new ResolvedRate(pair, left.numerator.multiply(right.numerator), left.denominator.multiply(right.denominator),
                first, last, left.quotes + right.quotes, String.join("; ", sources), kind,
                "crossed via " + via.getCurrencyCode());
    }

    /** {@return the rate, in the pair asked for} See the class comment for its rounding. */
    public FxRate rate() {
        return rate;
    }

    /** {@return the currency pair} */
    public CurrencyPair pair() {
        return pair;
    }

    /** {@return the day quoted, or the first day of the span averaged (for a cross, of either leg)} */
    public LocalDate first() {
        return first;
    }

    /** {@return the day quoted, or the last day of the span averaged (for a cross, of either leg)} */
    public LocalDate last() {
        return last;
    }

    /**
     * {@return the number of quotes the rate is built from: 1 for a day's quote or a published
     * average, the number of days averaged for an average of daily quotes, the sum of both legs for
     * a cross rate}
     */
    public int quotes() {
        return quotes;
    }

    /** {@return where the rate comes from (sources of several quotes joined with "; "), empty if unknown} */
    public String source() {
        return source;
    }

    /** {@return whether this is an average over a span rather than a day's quote} */
    @JsonIgnore // not a property: without the Jackson module, writing this type fails instead of giving a partial bean
    public boolean isAverage() {
        return kind != Kind.DAY;
    }

    /**
     * Converts an amount in either currency of the pair into the other, keeping its scale word,
     * with the exact rate, rounding the number once by {@code mc}.
     *
     * @param amount the amount, in the base or the quote currency, not null
     * @param mc how to round, not null
     * @return the amount in the other currency of the pair
     * @throws IllegalArgumentException if the amount's currency is not in the pair
     */
    public Money convert(Money amount, MathContext mc) {
        return FxRate.convert(pair, numerator, denominator, amount, mc, this);
    }

    /** Equal when the rate (exactly), the days, the number of quotes, the source and how it was found are the same. */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof ResolvedRate)) {
            return false;
        }
        ResolvedRate other = (ResolvedRate) obj;
        return pair.equals(other.pair)
                && numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator)) == 0
                && first.equals(other.first) && last.equals(other.last)
                && quotes == other.quotes && source.equals(other.source)
                && kind == other.kind && derivation.equals(other.derivation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rate, first, last, quotes, source, kind, derivation);
    }

    /**
     * Returns a line a report can show: {@code USD/CNY 7.2666 on 2024-06-26 (FRB H.10)},
     * {@code USD/CNY 6.7290124 average of 2022-01-01..2022-12-31, 250 quotes (FRB H.10)},
     * {@code CNY/USD 0.1376159414306553 on 2024-06-26, inverted from USD/CNY (FRB H.10)}.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(rate);
        switch (kind) {
            case DAY:
                sb.append(" on ").append(first);
                if (!last.equals(first)) {
                    sb.append("..").append(last);
                }
                break;
            case AVERAGE:
                sb.append(" average of ").append(first).append("..").append(last)
                        .append(", ").append(quotes).append(quotes == 1 ? " quote" : " quotes");
                break;
            default:
                sb.append(" average of ").append(first).append("..").append(last);
                break;
        }
        if (!derivation.isEmpty()) {
            sb.append(", ").append(derivation);
        }
        if (!source.isEmpty()) {
            sb.append(" (").append(source).append(')');
        }
        return sb.toString();
    }
}
