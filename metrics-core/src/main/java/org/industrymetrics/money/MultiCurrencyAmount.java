package org.industrymetrics.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.math.MathContext;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;
import org.industrymetrics.FigureParseException;

/**
 * A sum of amounts in several currencies, kept apart until they are converted:
 * {@code [20 billion CNY, 2.75 billion USD]}. Adding an amount adds it to the amount of its
 * currency; {@link #convertedTo(Currency, Function, MathContext)} turns the whole into one currency
 * with rates of your choosing, such as those of an {@link FxRateTable} on a day.
 * <p>
 * Amounts print and compare in currency-code order; equality is per currency, numeric, as for
 * {@link Money}. A currency whose amounts add up to zero stays in the sum (as {@code 0 CNY}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class MultiCurrencyAmount {

    private static final Comparator<Currency> BY_CODE = Comparator.comparing(Currency::getCurrencyCode);
    private static final MultiCurrencyAmount EMPTY = new MultiCurrencyAmount(ImmutableSortedMap.<Currency, Money>orderedBy(BY_CODE).build());

    private final ImmutableSortedMap<Currency, Money> amounts;

    private MultiCurrencyAmount(ImmutableSortedMap<Currency, Money> amounts) {
        this.amounts = amounts;
    }

    /**
     * Obtains the empty sum.
     *
     * @return the sum of no amounts
     */
    public static MultiCurrencyAmount empty() {
        return EMPTY;
    }

    /**
     * Obtains the sum of some amounts; amounts of the same currency are added.
     *
     * @param amounts the amounts, not null, no null elements
     * @return the sum
     */
    public static MultiCurrencyAmount of(Money... amounts) {
        return of(List.of(amounts));
    }

    /**
     * Obtains the sum of some amounts; amounts of the same currency are added.
     *
     * @param amounts the amounts, not null, no null elements
     * @return the sum
     */
    public static MultiCurrencyAmount of(Iterable<Money> amounts) {
        Objects.requireNonNull(amounts, "amounts");
        TreeMap<Currency, Money> map = new TreeMap<>(BY_CODE);
        for (Money m : amounts) {
            Objects.requireNonNull(m, "amounts element");
            map.merge(m.currency(), m, Money::plus);
        }
        return new MultiCurrencyAmount(ImmutableSortedMap.copyOfSorted(map));
    }

    /**
     * Obtains a sum from its text, as {@link #toString()} writes it: {@code "[20 billion CNY, 2.75 billion USD]"},
     * {@code "[]"}. Each amount is read by {@link Money#parse(String)}.
     *
     * @param text the text, not null
     * @return the sum
     * @throws FigureParseException if the text is not a bracketed, comma-separated list of amounts
     */
    @JsonCreator
    public static MultiCurrencyAmount parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() < 2 || text.charAt(0) != '[' || text.charAt(text.length() - 1) != ']') {
            throw new FigureParseException(text, text.isEmpty() || text.charAt(0) != '[' ? 0 : text.length(),
                    "expected amounts in brackets, such as \"[20 billion CNY, 2.75 billion USD]\"");
        }
        String inner = text.substring(1, text.length() - 1);
        if (inner.isEmpty()) {
            return EMPTY;
        }
        ImmutableList.Builder<Money> list = ImmutableList.builder();
        int start = 1;
        while (true) {
            int comma = text.indexOf(", ", start);
            int end = comma < 0 ? text.length() - 1 : comma;
            String part = text.substring(start, end);
            try {
                list.add(Money.parse(part));
            } catch (FigureParseException e) {
                throw new FigureParseException(text, start + e.index(), e.problem());
            }
            if (comma < 0) {
                break;
            }
            start = comma + 2;
        }
        return of(list.build());
    }

    /**
     * Returns a collector that adds up amounts, keeping currencies apart.
     *
     * @return the collector
     */
    public static Collector<Money, ?, MultiCurrencyAmount> collector() {
        return Collector.<Money, TreeMap<Currency, Money>, MultiCurrencyAmount>of(
                () -> new TreeMap<>(BY_CODE),
                (map, m) -> map.merge(Objects.requireNonNull(m, "amount").currency(), m, Money::plus),
                (a, b) -> {
                    b.forEach((c, m) -> a.merge(c, m, Money::plus));
                    return a;
                },
                map -> new MultiCurrencyAmount(ImmutableSortedMap.copyOfSorted(map)));
    }

    /**
     * Returns this sum plus an amount.
     *
     * @param amount the amount, not null
     * @return the sum; this instance is immutable and unaffected by this method call
     */
    public MultiCurrencyAmount plus(Money amount) {
        Objects.requireNonNull(amount, "amount");
        TreeMap<Currency, Money> map = new TreeMap<>(amounts);
        map.merge(amount.currency(), amount, Money::plus);
        return new MultiCurrencyAmount(ImmutableSortedMap.copyOfSorted(map));
    }

    /**
     * Returns this sum plus another.
     *
     * @param other the other sum, not null
     * @return the sum; this instance is immutable and unaffected by this method call
     */
    public MultiCurrencyAmount plus(MultiCurrencyAmount other) {
        Objects.requireNonNull(other, "other");
        TreeMap<Currency, Money> map = new TreeMap<>(amounts);
        other.amounts.forEach((c, m) -> map.merge(c, m, Money::plus));
        return new MultiCurrencyAmount(ImmutableSortedMap.copyOfSorted(map));
    }

    /**
     * Returns the negated sum.
     *
     * @return each amount negated; this instance is immutable and unaffected by this method call
     */
    public MultiCurrencyAmount negated() {
        TreeMap<Currency, Money> map = new TreeMap<>(BY_CODE);
        amounts.forEach((c, m) -> map.put(c, m.negated()));
        return new MultiCurrencyAmount(ImmutableSortedMap.copyOfSorted(map));
    }

    /**
     * Returns the amount in one currency, zero (with no scale word) if the sum has none.
     *
     * @param currency the currency, not null
     * @return the amount
     */
    public Money amount(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        Money m = amounts.get(currency);
        return m != null ? m : Money.zero(currency);
    }

    /**
     * {@return whether the sum has an amount in {@code currency}}
     *
     * @param currency the currency
     */
    public boolean contains(Currency currency) {
        return amounts.containsKey(Objects.requireNonNull(currency, "currency"));
    }

    /** {@return the currencies of the sum, in code order} */
    public Set<Currency> currencies() {
        return ImmutableSortedSet.copyOfSorted(amounts.keySet());
    }

    /** {@return the amounts, one per currency, in code order} */
    public List<Money> amounts() {
        return amounts.values().asList();
    }

    /** {@return the number of currencies} */
    public int size() {
        return amounts.size();
    }

    /** {@return whether the sum holds no amounts} */
    public boolean isEmpty() {
        return amounts.isEmpty();
    }

    /**
     * Returns the whole sum in one currency, rounding each conversion with
     * {@link MathContext#DECIMAL128} (34 significant digits).
     *
     * @param target the currency of the result, not null
     * @param rates the rate to use for each pair {@code (currency of an amount)/target}; it may
     *        return the rate of the inverse pair; not null
     * @return the converted sum
     * @throws IllegalArgumentException if a rate is not for the pair asked, or {@code rates} throws
     */
    public Money convertedTo(Currency target, Function<CurrencyPair, FxRate> rates) {
        return convertedTo(target, rates, MathContext.DECIMAL128);
    }

    /**
     * Returns the whole sum in one currency: each amount converted with {@code rates}, rounded by
     * {@code mc}, then added exactly. With an {@link FxRateTable}:
     * {@code sum.convertedTo(USD, pair -> table.rateOn(pair, day).rate(), mc)}.
     *
     * @param target the currency of the result, not null
     * @param rates the rate to use for each pair {@code (currency of an amount)/target}; it may
     *        return the rate of the inverse pair; not null
     * @param mc how to round each conversion, not null
     * @return the converted sum, in the finest scale word of the converted amounts
     * @throws IllegalArgumentException if a rate is not for the pair asked, or {@code rates} throws
     */
    public Money convertedTo(Currency target, Function<CurrencyPair, FxRate> rates, MathContext mc) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(rates, "rates");
        Objects.requireNonNull(mc, "mc");
        Money total = null;
        for (Money m : amounts.values()) {
            Money converted;
            if (m.currency().equals(target)) {
                converted = m;
            } else {
                CurrencyPair pair = CurrencyPair.of(m.currency(), target);
                FxRate rate = Objects.requireNonNull(rates.apply(pair), "rate for " + pair);
                if (!rate.pair().isInverseOrSame(pair)) {
                    throw new IllegalArgumentException("cannot convert " + m + " to " + target.getCurrencyCode()
                            + " with " + rate + ": asked for a rate of " + pair);
                }
                converted = rate.convert(m, mc);
            }
            total = total == null ? converted : total.plus(converted);
        }
        return total == null ? Money.zero(target) : total;
    }

    /** Equal when the same currencies have numerically equal amounts. */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof MultiCurrencyAmount && amounts.equals(((MultiCurrencyAmount) obj).amounts);
    }

    @Override
    public int hashCode() {
        return amounts.hashCode();
    }

    /**
     * Returns the amounts in brackets, in currency-code order: {@code [20 billion CNY, 2.75 billion USD]}.
     * {@link #parse(String)} reads it back.
     */
    @JsonValue
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (Money m : amounts.values()) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(m);
        }
        return sb.append(']').toString();
    }
}
