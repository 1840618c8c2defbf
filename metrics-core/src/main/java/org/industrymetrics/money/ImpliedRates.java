package org.industrymetrics.money;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The exchange rates a report implies when it gives one amount in two currencies, as intervals:
 * "over 20 billion yuan (about USD 2.75 billion)" brackets the rate the writer used.
 * <p>
 * Amounts and rates are {@link Range}s of {@code BigDecimal} (the reported figures' intervals, in
 * whole currency units or any common scale); the result is rounded outward, so it always contains
 * every quotient of a value of {@code amountInQuote} by a value of {@code amountInBase}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ImpliedRates {

    private ImpliedRates() {
    }

    /**
     * Returns the interval of rates (units of quote currency per unit of base currency) implied by
     * an amount given in both currencies: {@code amountInQuote / amountInBase}, rounded outward to
     * {@code mc}'s precision. A bound stays open where it is exact and one of the bounds it comes
     * from is open.
     *
     * @param amountInQuote the amount in the quote currency, at or above zero, bounded below, not null
     * @param amountInBase the same amount in the base currency, above zero, bounded below, not null
     * @param mc the precision of the bounds (its rounding mode is ignored: bounds round outward), not null
     * @return the implied rates, unbounded above if an amount allows it
     * @throws IllegalArgumentException if an amount is not bounded below, {@code amountInQuote} can be
     *         negative or {@code amountInBase} can be zero or negative
     */
    public static Range<BigDecimal> impliedRate(Range<BigDecimal> amountInQuote, Range<BigDecimal> amountInBase, MathContext mc) {
        Objects.requireNonNull(amountInQuote, "amountInQuote");
        Objects.requireNonNull(amountInBase, "amountInBase");
        Objects.requireNonNull(mc, "mc");
        if (!amountInQuote.hasLowerBound() || amountInQuote.lowerEndpoint().signum() < 0) {
            throw new IllegalArgumentException("cannot imply a rate from " + amountInQuote + " in the quote currency: it must be at or above zero");
        }
        if (!amountInBase.hasLowerBound() || amountInBase.lowerEndpoint().signum() < 0
                || amountInBase.lowerEndpoint().signum() == 0 && amountInBase.lowerBoundType() == BoundType.CLOSED) {
            throw new IllegalArgumentException("cannot imply a rate from " + amountInBase + " in the base currency: it must be above zero");
        }
        MathContext down = new MathContext(mc.getPrecision(), RoundingMode.FLOOR);
        MathContext up = new MathContext(mc.getPrecision(), RoundingMode.CEILING);

        // lowest rate: the least quote amount over the greatest base amount
        BigDecimal qLow = amountInQuote.lowerEndpoint();
        boolean qLowOpen = amountInQuote.lowerBoundType() == BoundType.OPEN;
        BigDecimal low;
        BoundType lowType;
        if (qLow.signum() == 0) {
            low = BigDecimal.ZERO;
            lowType = amountInQuote.lowerBoundType();
        } else if (!amountInBase.hasUpperBound()) {
            low = BigDecimal.ZERO;
            lowType = BoundType.OPEN;
        } else {
            BigDecimal bHigh = amountInBase.upperEndpoint();
            low = qLow.divide(bHigh, down);
            boolean exact = low.multiply(bHigh).compareTo(qLow) == 0;
            lowType = exact && (qLowOpen || amountInBase.upperBoundType() == BoundType.OPEN) ? BoundType.OPEN : BoundType.CLOSED;
        }

        // highest rate: the greatest quote amount over the least base amount
        if (!amountInQuote.hasUpperBound() || amountInBase.lowerEndpoint().signum() == 0) {
            return Range.downTo(low, lowType);
        }
        BigDecimal qHigh = amountInQuote.upperEndpoint();
        BigDecimal bLow = amountInBase.lowerEndpoint();
        BigDecimal high = qHigh.divide(bLow, up);
        boolean exact = high.multiply(bLow).compareTo(qHigh) == 0;
        BoundType highType = exact && (amountInQuote.upperBoundType() == BoundType.OPEN
                || amountInBase.lowerBoundType() == BoundType.OPEN) ? BoundType.OPEN : BoundType.CLOSED;
        if (low.compareTo(high) == 0 && (lowType == BoundType.OPEN || highType == BoundType.OPEN)) {
            // a single value with an open end would be empty, but the quotient is there: close it
            lowType = BoundType.CLOSED;
            highType = BoundType.CLOSED;
        }
        return Range.range(low, lowType, high, highType);
    }

    /**
     * Returns the interval of rates implied by closed intervals of an amount in two currencies.
     *
     * @param quoteLow the least amount in the quote currency, at or above zero, not null
     * @param quoteHigh the greatest amount in the quote currency, not below {@code quoteLow}, not null
     * @param baseLow the least amount in the base currency, above zero, not null
     * @param baseHigh the greatest amount in the base currency, not below {@code baseLow}, not null
     * @param mc the precision of the bounds, which round outward, not null
     * @return the implied rates, {@code [quoteLow/baseHigh, quoteHigh/baseLow]} rounded outward
     * @throws IllegalArgumentException if a low end is above its high end or an amount is out of range
     */
    public static Range<BigDecimal> impliedRate(BigDecimal quoteLow, BigDecimal quoteHigh, BigDecimal baseLow, BigDecimal baseHigh,
            MathContext mc) {
        return impliedRate(Range.closed(Objects.requireNonNull(quoteLow, "quoteLow"), Objects.requireNonNull(quoteHigh, "quoteHigh")),
                Range.closed(Objects.requireNonNull(baseLow, "baseLow"), Objects.requireNonNull(baseHigh, "baseHigh")), mc);
    }
}
