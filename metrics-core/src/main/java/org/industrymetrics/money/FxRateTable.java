package org.industrymetrics.money;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.industrymetrics.InvalidValueException;

/**
 * Dated exchange rates, built from data: daily quotes ({@code USD/CNY 7.2666 on 2024-06-26}) and
 * published averages over a span ({@code USD/CNY 7.1957 over 2024}). It answers, by an explicit
 * policy, which rate applies on a day or over a period, and returns a {@link ResolvedRate} that
 * says what it used.
 * <ul>
 * <li>{@link #rateOn(CurrencyPair, LocalDate, int)}: the day's quote, or else the last quote before
 * it within a number of days (weekends and holidays have no quote).
 * <li>{@link #averageRate(CurrencyPair, LocalDate, LocalDate, int)}: for a flow over a period, a
 * published average for exactly that span if the table has one, else the mean of the daily quotes
 * in the span.
 * </ul>
 * A pair the table does not quote is found from its inverse ({@code CNY/USD} from {@code USD/CNY}
 * quotes) or through a third currency ({@code EUR/CNY} from {@code EUR/USD} and {@code USD/CNY},
 * preferring {@code USD} as the third currency, else the first by code). The route is chosen by
 * which pairs the table has, not by the day: if the table quotes the pair, a day outside its quotes
 * is an error even if a cross would have found something.
 * <p>
 * When there is no rate, the lookup throws {@link RateNotFoundException} naming the pair, the day or
 * span and why: outside the table's quotes, a gap longer than the staleness allowed, or a currency
 * the table has no rates for.
 * <p>
 * Lookups are a binary search; averages use running sums of the quotes, so a year's average costs
 * the same as a day's rate. This class is immutable and thread-safe.
 */
public final class FxRateTable {

    /** The staleness of {@link #rateOn(CurrencyPair, LocalDate)}: a quote up to 7 days old is used. */
    public static final int DEFAULT_MAX_STALE_DAYS = 7;

    private static final Comparator<CurrencyPair> PAIR_ORDER = Comparator.comparing(CurrencyPair::toString);

    private final ImmutableMap<CurrencyPair, Series> daily;
    private final ImmutableMap<CurrencyPair, ImmutableList<Average>> averages;
    private final ImmutableSortedSet<String> currencies;

    private FxRateTable(ImmutableMap<CurrencyPair, Series> daily, ImmutableMap<CurrencyPair, ImmutableList<Average>> averages) {
        this.daily = daily;
        this.averages = averages;
        ImmutableSortedSet.Builder<String> codes = ImmutableSortedSet.naturalOrder();
        for (CurrencyPair p : daily.keySet()) {
            codes.add(p.base().getCurrencyCode(), p.quote().getCurrencyCode());
        }
        for (CurrencyPair p : averages.keySet()) {
            codes.add(p.base().getCurrencyCode(), p.quote().getCurrencyCode());
        }
        this.currencies = codes.build();
    }

    /**
     * Returns a builder for a table. The builder is not thread-safe; the table it builds is.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the rate for a day with the default staleness, {@value #DEFAULT_MAX_STALE_DAYS} days.
     *
     * @param pair the currency pair, not null
     * @param day the day, not null
     * @return the rate and what was used
     * @throws RateNotFoundException if the table has no rate for the pair on that day under this policy
     */
    public ResolvedRate rateOn(CurrencyPair pair, LocalDate day) {
        return rateOn(pair, day, DEFAULT_MAX_STALE_DAYS);
    }

    /**
     * Returns the rate for a day: the day's quote, else the last quote before it at most
     * {@code maxStaleDays} days earlier. With 0, only the day itself.
     *
     * @param pair the currency pair, not null
     * @param day the day, not null
     * @param maxStaleDays how many days before {@code day} a quote may be, zero or more
     * @return the rate and what was used
     * @throws RateNotFoundException if the table has no rate for the pair on that day under this policy
     * @throws IllegalArgumentException if {@code maxStaleDays} is negative
     */
    public ResolvedRate rateOn(CurrencyPair pair, LocalDate day, int maxStaleDays) {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(day, "day");
        checkStaleness(maxStaleDays);
        ResolvedRate direct = dayLeg(pair, pair, day, maxStaleDays);
        if (direct != null) {
            return direct;
        }
        if (averages.containsKey(pair) || averages.containsKey(pair.inverse())) {
            throw new RateNotFoundException(pair, day, day, "the table has only average rates for "
                    + describeAverages(pair) + ", no daily quotes");
        }
        Currency via = via(pair, day, day);
        CurrencyPair left = CurrencyPair.of(pair.base(), via);
        CurrencyPair right = CurrencyPair.of(via, pair.quote());
        // each leg must be quoted by day; a leg with only averages fails with its own reason
        ResolvedRate l = dayLeg(pair, left, day, maxStaleDays);
        ResolvedRate r = dayLeg(pair, right, day, maxStaleDays);
        if (l == null || r == null) {
            CurrencyPair missing = l == null ? left : right;
            throw new RateNotFoundException(pair, day, day, "crossing via " + via.getCurrencyCode()
                    + ", the table has only average rates for " + describeAverages(missing) + ", no daily quotes");
        }
        return ResolvedRate.cross(l, r, via);
    }

    /** The day's rate from the quotes of {@code leg} or of its inverse; null if the table has neither. */
    private ResolvedRate dayLeg(CurrencyPair asked, CurrencyPair leg, LocalDate day, int maxStaleDays) {
        Series s = daily.get(leg);
        if (s != null) {
            return s.on(asked, day, maxStaleDays);
        }
        s = daily.get(leg.inverse());
        if (s != null) {
            return s.on(asked, day, maxStaleDays).inverted();
        }
        return null;
    }

    /**
     * Returns the average rate over a span with the default staleness: see
     * {@link #averageRate(CurrencyPair, LocalDate, LocalDate, int)}.
     *
     * @param pair the currency pair, not null
     * @param first the first day of the span, not null
     * @param last the last day of the span, not before {@code first}, not null
     * @return the rate and what was used
     * @throws RateNotFoundException if the table has no rate for the pair over that span
     */
    public ResolvedRate averageRate(CurrencyPair pair, LocalDate first, LocalDate last) {
        return averageRate(pair, first, last, DEFAULT_MAX_STALE_DAYS);
    }

    /**
     * Returns the average rate over a span of days, for a flow over a period: a published average
     * for exactly that span if the table has one, else the mean of the daily quotes from
     * {@code first} to {@code last}. The quotes must cover the span: every day in it must have a
     * quote at most {@code maxStaleDays} days old (so a year's quotes that stop in November do not
     * give that year's average). A span with no quote of its own (a weekend) gets the last quote
     * before it, as {@link #rateOn} would.
     *
     * @param pair the currency pair, not null
     * @param first the first day of the span, not null
     * @param last the last day of the span, not before {@code first}, not null
     * @param maxStaleDays the longest run of days without a quote allowed, at the start of the span and in it
     * @return the rate and what was used
     * @throws RateNotFoundException if the table has no rate for the pair over that span
     * @throws IllegalArgumentException if {@code last} is before {@code first} or {@code maxStaleDays} is negative
     */
    public ResolvedRate averageRate(CurrencyPair pair, LocalDate first, LocalDate last, int maxStaleDays) {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        checkStaleness(maxStaleDays);
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the span " + first + ".." + last + " ends before it starts");
        }
        ResolvedRate direct = averageLeg(pair, pair, first, last, maxStaleDays);
        if (direct != null) {
            return direct;
        }
        Currency via = via(pair, first, last);
        ResolvedRate l = averageLeg(pair, CurrencyPair.of(pair.base(), via), first, last, maxStaleDays);
        ResolvedRate r = averageLeg(pair, CurrencyPair.of(via, pair.quote()), first, last, maxStaleDays);
        return ResolvedRate.cross(l, r, via);
    }

    /** The span's average from the data of {@code leg} or of its inverse; null if the table has neither. */
    private ResolvedRate averageLeg(CurrencyPair asked, CurrencyPair leg, LocalDate first, LocalDate last, int maxStaleDays) {
        Average a = published(leg, first, last);
        if (a != null) {
            return a.resolve(leg);
        }
        a = published(leg.inverse(), first, last);
        if (a != null) {
            return a.resolve(leg.inverse()).inverted();
        }
        Series s = daily.get(leg);
        if (s != null) {
            return s.average(asked, first, last, maxStaleDays);
        }
        s = daily.get(leg.inverse());
        if (s != null) {
            return s.average(asked, first, last, maxStaleDays).inverted();
        }
        if (averages.containsKey(leg) || averages.containsKey(leg.inverse())) {
            throw new RateNotFoundException(asked, first, last, "the table has average rates for "
                    + describeAverages(leg) + " only, and no daily quotes");
        }
        return null;
    }

    private Average published(CurrencyPair pair, LocalDate first, LocalDate last) {
        List<Average> list = averages.get(pair);
        if (list != null) {
            for (Average a : list) {
                if (a.first.equals(first) && a.last.equals(last)) {
                    return a;
                }
            }
        }
        return null;
    }

    /**
     * Returns the rate for an amount of a period under a policy: for a flow, when the policy says
     * so, the average over the period; else the rate of the period's last day (a stock's day).
     *
     * @param pair the currency pair, not null
     * @param first the first day of the period, not null
     * @param last the last day of the period, not null
     * @param flow whether the amount is a flow over the period (output, sales) rather than a stock at its end
     * @param policy the lookup policy, not null
     * @return the rate and what was used
     * @throws RateNotFoundException if the table has no rate under this policy
     */
    public ResolvedRate rateFor(CurrencyPair pair, LocalDate first, LocalDate last, boolean flow, RatePolicy policy) {
        Objects.requireNonNull(policy, "policy");
        if (flow && policy.flowsAtAverage()) {
            return averageRate(pair, first, last, policy.maxStaleDays());
        }
        Objects.requireNonNull(first, "first");
        return rateOn(pair, last, policy.maxStaleDays());
    }

    /** Finds the third currency to cross through, or throws naming what is missing. */
    private Currency via(CurrencyPair pair, LocalDate first, LocalDate last) {
        String base = pair.base().getCurrencyCode();
        String quote = pair.quote().getCurrencyCode();
        if (!currencies.contains(base) || !currencies.contains(quote)) {
            String missing = !currencies.contains(base) ? base : quote;
            throw new RateNotFoundException(pair, first, last, "the table has no rates for " + missing
                    + (currencies.isEmpty() ? "; it is empty" : "; it has rates for " + String.join(", ", currencies)));
        }
        List<String> candidates = new ArrayList<>();
        if (currencies.contains("USD")) {
            candidates.add("USD");
        }
        candidates.addAll(currencies);
        for (String code : candidates) {
            if (code.equals(base) || code.equals(quote)) {
                continue;
            }
            Currency via = Currency.getInstance(code);
            if (hasAny(CurrencyPair.of(pair.base(), via)) && hasAny(CurrencyPair.of(via, pair.quote()))) {
                return via;
            }
        }
        throw new RateNotFoundException(pair, first, last, "the table has no rates for " + pair + " or " + pair.inverse()
                + ", nor for both through a third currency");
    }

    private boolean hasAny(CurrencyPair p) {
        CurrencyPair inverse = p.inverse();
        return daily.containsKey(p) || daily.containsKey(inverse) || averages.containsKey(p) || averages.containsKey(inverse);
    }

    private String describeAverages(CurrencyPair pair) {
        List<Average> list = averages.get(pair);
        CurrencyPair stored = pair;
        if (list == null) {
            stored = pair.inverse();
            list = averages.get(stored);
        }
        StringBuilder sb = new StringBuilder().append(stored).append(" (");
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (i == 5) {
                sb.append("… ").append(list.size() - 5).append(" more");
                break;
            }
            sb.append(list.get(i).first).append("..").append(list.get(i).last);
        }
        return sb.append(')').toString();
    }

    private static void checkStaleness(int maxStaleDays) {
        if (maxStaleDays < 0) {
            throw new IllegalArgumentException("maxStaleDays must not be negative, found " + maxStaleDays);
        }
    }

    /** {@return the currency pairs the table holds rates for, as they were added (not their inverses)} */
    public Set<CurrencyPair> pairs() {
        return ImmutableSortedSet.<CurrencyPair>orderedBy(PAIR_ORDER).addAll(daily.keySet()).addAll(averages.keySet()).build();
    }

    /** {@return the currencies the table has rates for, ordered by code} */
    public Set<Currency> currencies() {
        return currencies.stream().map(Currency::getInstance)
                .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.comparing(Currency::getCurrencyCode)));
    }

    /** {@return whether the table has no rates} */
    @JsonIgnore // not a property: without the Jackson module, writing this type fails instead of giving a partial bean
    public boolean isEmpty() {
        return daily.isEmpty() && averages.isEmpty();
    }

    /**
     * Returns every rate of the table as it was added, by pair and then by date: daily quotes
     * (with {@code first() == last()}, 1 quote) and published averages ({@link ResolvedRate#isAverage()}).
     * For writing a table back out.
     *
     * @return the rates, an immutable list
     */
    public List<ResolvedRate> entries() {
        ImmutableList.Builder<ResolvedRate> out = ImmutableList.builder();
        for (CurrencyPair p : pairs()) {
            List<ResolvedRate> rows = new ArrayList<>();
            Series s = daily.get(p);
            if (s != null) {
                for (int i = 0; i < s.days.length; i++) {
                    LocalDate d = LocalDate.ofEpochDay(s.days[i]);
                    rows.add(new ResolvedRate(p, s.rates[i], BigDecimal.ONE, d, d, 1, s.sources[i], ResolvedRate.Kind.DAY, ""));
                }
            }
            for (Average a : averages.getOrDefault(p, ImmutableList.of())) {
                rows.add(a.resolve(p));
            }
            rows.sort(Comparator.comparing(ResolvedRate::first).thenComparing(ResolvedRate::last));
            out.addAll(rows);
        }
        return out.build();
    }

    /** Returns a summary such as {@code FxRateTable[USD/CNY: 1249 daily quotes 2020-11-30..2025-11-28]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("FxRateTable[");
        boolean firstPair = true;
        for (CurrencyPair p : pairs()) {
            if (!firstPair) {
                sb.append("; ");
            }
            firstPair = false;
            sb.append(p).append(':');
            Series s = daily.get(p);
            if (s != null) {
                sb.append(' ').append(s.days.length).append(s.days.length == 1 ? " daily quote " : " daily quotes ")
                        .append(LocalDate.ofEpochDay(s.days[0])).append("..").append(LocalDate.ofEpochDay(s.days[s.days.length - 1]));
            }
            List<Average> list = averages.get(p);
            if (list != null) {
                sb.append(s != null ? ", " : " ").append(list.size()).append(list.size() == 1 ? " average" : " averages");
            }
        }
        return sb.append(']').toString();
    }

    /** The daily quotes of one pair, sorted by day, with running sums for averages. */
    static final class Series {
        final CurrencyPair pair;
        final int[] days;
        final BigDecimal[] rates;
        /** sums[i] is the sum of rates[0..i); exact, so a mean is one subtraction and one division. */
        final BigDecimal[] sums;
        final String[] sources;

        Series(CurrencyPair pair, int[] days, BigDecimal[] rates, String[] sources) {
            this.pair = pair;
            this.days = days;
            this.rates = rates;
            this.sources = sources;
            this.sums = new BigDecimal[rates.length + 1];
            sums[0] = BigDecimal.ZERO;
            for (int i = 0; i < rates.length; i++) {
                sums[i + 1] = sums[i].add(rates[i]);
            }
        }

        /** Index of the last quote on or before {@code day}, or -1. */
        int floor(long day) {
            int lo = 0;
            int hi = days.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (days[mid] <= day) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return hi;
        }

        ResolvedRate on(CurrencyPair asked, LocalDate day, int maxStaleDays) {
            long d = day.toEpochDay();
            int i = floor(d);
            if (i < 0) {
                throw new RateNotFoundException(asked, day, day, range());
            }
            long age = d - days[i];
            if (age > maxStaleDays) {
                throw new RateNotFoundException(asked, day, day, i == days.length - 1
                        ? range() + ", and the last is " + days(age) + " before it, more than the " + days(maxStaleDays) + " allowed"
                        : "the last " + pair + " quote before it is on " + LocalDate.ofEpochDay(days[i]) + ", " + days(age)
                                + " earlier, more than the " + days(maxStaleDays) + " allowed");
            }
            LocalDate quoted = age == 0 ? day : LocalDate.ofEpochDay(days[i]);
            return new ResolvedRate(pair, rates[i], BigDecimal.ONE, quoted, quoted, 1, sources[i], ResolvedRate.Kind.DAY, "");
        }

        ResolvedRate average(CurrencyPair asked, LocalDate first, LocalDate last, int maxStaleDays) {
            long f = first.toEpochDay();
            long l = last.toEpochDay();
            int before = floor(f);
            if (before < 0) {
                throw new RateNotFoundException(asked, first, last, range() + NOT_COVERED);
            }
            if (f - days[before] > maxStaleDays) {
                throw new RateNotFoundException(asked, first, last, before == days.length - 1
                        ? range() + NOT_COVERED
                        : "the last " + pair + " quote before the span is on " + LocalDate.ofEpochDay(days[before]) + ", "
                                + days(f - days[before]) + " before it starts, more than the " + days(maxStaleDays) + " allowed");
            }
            int end = floor(l) + 1;
            for (int i = before; i < end - 1; i++) {
                long gap = days[i + 1] - days[i] - 1L;
                if (gap > maxStaleDays) {
                    throw new RateNotFoundException(asked, first, last, "no " + pair + " quote from "
                            + LocalDate.ofEpochDay(days[i] + 1L) + " to " + LocalDate.ofEpochDay(days[i + 1] - 1L) + ", "
                            + days(gap) + ", more than the " + days(maxStaleDays) + " allowed");
                }
            }
            if (l - days[end - 1] > maxStaleDays) {
                throw new RateNotFoundException(asked, first, last, end == days.length
                        ? range() + NOT_COVERED
                        : "no " + pair + " quote from " + LocalDate.ofEpochDay(days[end - 1] + 1L) + " to " + last
                                + ", " + days(l - days[end - 1]) + ", more than the " + days(maxStaleDays) + " allowed");
            }
            int start = days[before] == f ? before : before + 1;
            int count = end - start;
            if (count == 0) {
                // a span without a quote of its own (a weekend): the last quote before it
                LocalDate quoted = LocalDate.ofEpochDay(days[before]);
                return new ResolvedRate(pair, rates[before], BigDecimal.ONE, quoted, quoted, 1, sources[before],
                        ResolvedRate.Kind.DAY, "");
            }
            Set<String> names = new LinkedHashSet<>();
            String previous = null;
            for (int i = start; i < end; i++) {
                String s = sources[i];
                if (s != previous && !s.isEmpty()) {
                    names.add(s);
                }
                previous = s;
            }
            BigDecimal sum = sums[end].subtract(sums[start]);
            ResolvedRate.Kind kind = count == 1 && first.equals(last) ? ResolvedRate.Kind.DAY : ResolvedRate.Kind.AVERAGE;
            return new ResolvedRate(pair, sum, BigDecimal.valueOf(count), first, last, count, String.join("; ", names), kind, "");
        }

        private static final String NOT_COVERED = ", which do not cover the span";

        private static String days(long n) {
            return n == 1 ? "1 day" : n + " days";
        }

        private String range() {
            return "the " + pair + " quotes run from " + LocalDate.ofEpochDay(days[0]) + " to "
                    + LocalDate.ofEpochDay(days[days.length - 1]);
        }
    }

    /** A published average rate for a span. */
    static final class Average {
        final LocalDate first;
        final LocalDate last;
        final BigDecimal rate;
        final String source;

        Average(LocalDate first, LocalDate last, BigDecimal rate, String source) {
            this.first = first;
            this.last = last;
            this.rate = rate;
            this.source = source;
        }

        ResolvedRate resolve(CurrencyPair pair) {
            return new ResolvedRate(pair, rate, BigDecimal.ONE, first, last, 1, source, ResolvedRate.Kind.PUBLISHED_AVERAGE, "");
        }
    }

    /**
     * Collects rates for an {@link FxRateTable}. Adding the same rate twice is harmless; two different
     * rates for the same pair and day (or span) are an {@link IllegalArgumentException} naming both.
     * This class is not thread-safe.
     */
    public static final class Builder {

        private final Map<CurrencyPair, TreeMap<Long, Quote>> daily = new HashMap<>();
        private final Map<CurrencyPair, Map<List<LocalDate>, Quote>> averages = new HashMap<>();

        private Builder() {
        }

        /**
         * Adds a day's quote.
         *
         * @param day the day, not null
         * @param pair the currency pair, not null
         * @param rate units of the quote currency per unit of the base currency, above zero, not null
         * @param source where it comes from, empty if unknown, not null
         * @return this builder
         * @throws IllegalArgumentException if the rate is not above zero
         * @throws InvalidValueException if the pair already has another rate that day
         */
        public Builder add(LocalDate day, CurrencyPair pair, BigDecimal rate, String source) {
            Objects.requireNonNull(day, "day");
            FxRate checked = FxRate.of(pair, rate);
            Objects.requireNonNull(source, "source");
            Quote q = new Quote(checked.rate(), source);
            Quote old = daily.computeIfAbsent(pair, p -> new TreeMap<>()).putIfAbsent(day.toEpochDay(), q);
            if (old != null && old.rate.compareTo(rate) != 0) {
                throw new InvalidValueException(null, "rate", "two rates for " + pair + " on " + day + ": " + old + " and " + q);
            }
            return this;
        }

        /**
         * Adds a day's quote.
         *
         * @param day the day, not null
         * @param rate the rate, not null
         * @param source where it comes from, empty if unknown, not null
         * @return this builder
         * @throws InvalidValueException if the pair already has another rate that day
         */
        public Builder add(LocalDate day, FxRate rate, String source) {
            Objects.requireNonNull(rate, "rate");
            return add(day, rate.pair(), rate.rate(), source);
        }

        /**
         * Adds an average rate published for a span, such as a month or a year.
         *
         * @param first the first day of the span, not null
         * @param last the last day of the span, not before {@code first}, not null
         * @param pair the currency pair, not null
         * @param rate the average rate, above zero, not null
         * @param source where it comes from, empty if unknown, not null
         * @return this builder
         * @throws IllegalArgumentException if the rate is not above zero
         * @throws InvalidValueException if the span is empty, or the pair already has another average for that span
         */
        public Builder addAverage(LocalDate first, LocalDate last, CurrencyPair pair, BigDecimal rate, String source) {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            FxRate checked = FxRate.of(pair, rate);
            Objects.requireNonNull(source, "source");
            if (last.isBefore(first)) {
                throw new InvalidValueException(null, "rate", "the span " + first + ".." + last + " of an average rate for " + pair + " ends before it starts");
            }
            Quote q = new Quote(checked.rate(), source);
            Quote old = averages.computeIfAbsent(pair, p -> new HashMap<>()).putIfAbsent(List.of(first, last), q);
            if (old != null && old.rate.compareTo(rate) != 0) {
                throw new InvalidValueException(null, "rate", "two average rates for " + pair + " over " + first + ".." + last
                        + ": " + old + " and " + q);
            }
            return this;
        }

        /**
         * Adds every rate of a table, for example to use a dataset's rates together with the
         * bundled reference rates.
         *
         * @param table the table, not null
         * @return this builder
         * @throws InvalidValueException if a rate conflicts with one already added
         */
        public Builder addAll(FxRateTable table) {
            for (ResolvedRate r : table.entries()) {
                if (r.isAverage()) {
                    addAverage(r.first(), r.last(), r.pair(), r.rate().rate(), r.source());
                } else {
                    add(r.first(), r.pair(), r.rate().rate(), r.source());
                }
            }
            return this;
        }

        /**
         * Builds the table.
         *
         * @return the table, immutable
         */
        public FxRateTable build() {
            List<CurrencyPair> pairs = new ArrayList<>(daily.keySet());
            pairs.sort(PAIR_ORDER);
            ImmutableMap.Builder<CurrencyPair, Series> series = ImmutableMap.builder();
            for (CurrencyPair p : pairs) {
                TreeMap<Long, Quote> quotes = daily.get(p);
                int n = quotes.size();
                int[] days = new int[n];
                BigDecimal[] rates = new BigDecimal[n];
                String[] sources = new String[n];
                int i = 0;
                for (Map.Entry<Long, Quote> e : quotes.entrySet()) {
                    days[i] = Math.toIntExact(e.getKey());
                    rates[i] = e.getValue().rate;
                    sources[i] = e.getValue().source;
                    i++;
                }
                series.put(p, new Series(p, days, rates, sources));
            }
            List<CurrencyPair> averagePairs = new ArrayList<>(averages.keySet());
            averagePairs.sort(PAIR_ORDER);
            ImmutableMap.Builder<CurrencyPair, ImmutableList<Average>> avg = ImmutableMap.builder();
            for (CurrencyPair p : averagePairs) {
                List<Average> list = new ArrayList<>();
                for (Map.Entry<List<LocalDate>, Quote> e : averages.get(p).entrySet()) {
                    list.add(new Average(e.getKey().get(0), e.getKey().get(1), e.getValue().rate, e.getValue().source));
                }
                list.sort(Comparator.comparing((Average a) -> a.first).thenComparing(a -> a.last));
                avg.put(p, ImmutableList.copyOf(list));
            }
            return new FxRateTable(series.build(), avg.build());
        }
    }

    /** A rate and its source, in the builder. */
    private static final class Quote {
        final BigDecimal rate;
        final String source;

        Quote(BigDecimal rate, String source) {
            this.rate = rate;
            this.source = source;
        }

        @Override
        public String toString() {
            return rate.toPlainString() + (source.isEmpty() ? "" : " (" + source + ")");
        }
    }
}
