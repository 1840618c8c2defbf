package org.industrymetrics.aggregate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.industrymetrics.InvalidValueException;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.figure.QualifierWidths;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.money.CurrencyPair;
import org.industrymetrics.money.FxRateTable;
import org.industrymetrics.money.Money;
import org.industrymetrics.money.RateNotFoundException;
import org.industrymetrics.money.RatePolicy;
import org.industrymetrics.money.ResolvedRate;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.MetricKind;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.period.Granularity;
import org.industrymetrics.period.ReportingPeriod;

/**
 * Converts the figures of a dataset to another unit or currency: the one mechanism sums and
 * checks share. Units of one dimension convert exactly; money in another currency converts at the
 * rate the {@link RatePolicy} picks (a flow at the average of its period, a stock or a day at that
 * day's rate, or the last quote within the staleness). Where a conversion does not terminate,
 * the ends are rounded outward so the true value is never excluded.
 * <p>
 * The rates are the dataset's own, then those given: where both have a rate for the same pair and
 * day (or span), the dataset's wins. Conversion factors and resolved rates are remembered for the
 * life of the converter (one sum or one check run), so a figure costs a few decimal additions and
 * at most one multiplication. This class is thread-safe.
 */
public final class LevelConverter {

    private static final MathContext FLOOR = new MathContext(34, RoundingMode.FLOOR);
    private static final MathContext CEILING = new MathContext(34, RoundingMode.CEILING);
    private static final MathContext NEAREST = new MathContext(34, RoundingMode.HALF_EVEN);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    /** Half-widths {@code 5 × 10^-(p+1)} for the usual precisions, so a figure does not allocate one. */
    private static final int MIN_CACHED_PRECISION = -20;
    private static final BigDecimal[] HALF_WIDTHS = new BigDecimal[61];

    static {
        for (int i = 0; i < HALF_WIDTHS.length; i++) {
            HALF_WIDTHS[i] = BigDecimal.valueOf(5, MIN_CACHED_PRECISION + i + 1);
        }
    }

    private final Dataset dataset;
    private final FxRateTable rates;
    private final RatePolicy policy;
    private final QualifierWidths widths;
    /** Factors by target unit, then by source unit: two lookups and no allocation per figure. */
    private final Map<ObservationUnit, Map<ObservationUnit, Factor>> factors = new ConcurrentHashMap<>();
    private final Map<RateKey, Object> rateCache = new ConcurrentHashMap<>();
    /** The pairs of units (by identity) of the last figures added, with their factor (null: not convertible). */
    private volatile Recent[] recent = new Recent[0];
    private static final int MAX_RECENT = 8;

    private record Recent(ObservationUnit from, ObservationUnit to, Factor factor) {
    }

    /** Cache key of a resolved rate: a flow over the period, or a stock at its last day. */
    private record RateKey(Currency from, Currency to, ReportingPeriod period, boolean flow) {
    }

    /**
     * Creates a converter.
     *
     * @param dataset the dataset: its metric kinds and rates, not null
     * @param extraRates rates consulted after the dataset's own, not null (may be empty)
     * @param policy the rate policy, not null
     * @param widths the qualifier widths that turn figures into intervals, not null
     */
    public LevelConverter(Dataset dataset, FxRateTable extraRates, RatePolicy policy, QualifierWidths widths) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(extraRates, "extraRates");
        this.rates = dataset.rates().isEmpty() ? extraRates : merge(dataset.rateTable(), extraRates);
        this.policy = Objects.requireNonNull(policy, "policy");
        this.widths = Objects.requireNonNull(widths, "widths");
    }

    /** The dataset's rates, then every rate of {@code extra} that does not contradict one of them. */
    private static FxRateTable merge(FxRateTable own, FxRateTable extra) {
        FxRateTable.Builder b = FxRateTable.builder().addAll(own);
        for (ResolvedRate r : extra.entries()) {
            try {
                if (r.isAverage()) {
                    b.addAverage(r.first(), r.last(), r.pair(), r.rate().rate(), r.source());
                } else {
                    b.add(r.first(), r.pair(), r.rate().rate(), r.source());
                }
            } catch (InvalidValueException conflict) {
                // the dataset has its own rate for that pair and day: the dataset's wins
            }
        }
        return b.build();
    }

    /** {@return the qualifier widths} */
    public QualifierWidths widths() {
        return widths;
    }

    /**
     * {@return whether a figure in {@code from} can be expressed in {@code target}: same dimension, or both money}
     *
     * @param from the unit to convert from
     * @param target the unit to convert to
     */
    public static boolean isComparable(ObservationUnit from, ObservationUnit target) {
        return from.isConvertibleTo(target) || (from.isMoney() && target.isMoney());
    }

    /**
     * Converts the figure of an observation to {@code target}.
     *
     * @param o the observation, not null
     * @param target the unit or currency, not null
     * @return the converted figure
     * @throws ConversionException if the units are of different dimensions, or no rate is found
     *     (the message names the pair and the day or period)
     */
    public ConvertedFigure convert(Observation o, ObservationUnit target) {
        Objects.requireNonNull(target, "target");
        ObservationUnit from = o.effectiveUnit();
        ReportedFigure figure = o.figure();
        BigDecimal low;
        BigDecimal high;
        boolean lowOpen;
        boolean highOpen;
        Qualifier q = figure.qualifier();
        if (q == Qualifier.EXACT || q == Qualifier.RANGE) {
            // the common case, without building an Interval: [v - h, high + h]
            BigDecimal h = halfWidth(figure.precision());
            low = figure.value().subtract(h);
            high = figure.high().add(h);
            lowOpen = false;
            highOpen = false;
        } else {
            Interval interval = figure.interval(widths);
            low = interval.low();
            high = interval.high();
            lowOpen = interval.isLowOpen();
            highOpen = interval.isHighOpen();
        }
        BigDecimal nominal = q == Qualifier.RANGE
                ? figure.value().add(figure.high()).divide(TWO)
                : figure.value();
        if (from.isConvertibleTo(target)) {
            Factor f = factor(from, target);
            // factors are positive, so the ends keep their order
            return new ConvertedFigure(f.apply(low, FLOOR), lowOpen, f.apply(high, CEILING), highOpen,
                    f.apply(nominal, NEAREST), figure.precision() - f.shift, null, q);
        }
        if (from.isMoney() && target.isMoney()) {
            ResolvedRate rate = resolveRate(o, target);
            // in the source's scale word, from the source currency to the target's, exactly, rounded once
            int exponent = from.moneyUnit().scale().exponent() - target.moneyUnit().scale().exponent();
            BigDecimal factor = rate.rate().rate().scaleByPowerOfTen(exponent);
            return new ConvertedFigure(
                    rate.convert(Money.of(low, from.moneyUnit()), FLOOR).value().scaleByPowerOfTen(exponent), lowOpen,
                    rate.convert(Money.of(high, from.moneyUnit()), CEILING).value().scaleByPowerOfTen(exponent), highOpen,
                    rate.convert(Money.of(nominal, from.moneyUnit()), NEAREST).value().scaleByPowerOfTen(exponent),
                    figure.precision() - floorLog10(factor), rate, q);
        }
        // a plain count prints as its number alone ("over 60", not "over 60 1")
        String amount = from.toString().equals("1") ? figure.toString() : figure + " " + from;
        throw new ConversionException("cannot express " + amount + " (" + from.dimension()
                + ") in " + target + " (" + target.dimension() + ")");
    }

    /**
     * Adds the figure of an observation, converted to {@code target}, to an accumulator: the same as
     * {@code acc.add(convert(o, target))}, but an exact figure whose unit converts by a power of ten
     * (the usual case) is added as a value and a precision, without building its interval.
     *
     * @throws ConversionException as {@link #convert} does
     */
    void addTo(TotalAccumulator acc, Observation o, ObservationUnit target) {
        ReportedFigure figure = o.figure();
        if (figure.qualifier() == Qualifier.EXACT) {
            Factor f = recentFactor(o.effectiveUnit(), target);
            if (f != null && f.num == null && f.exact == null) {
                if (figure.hasLongValue()) {
                    acc.addExact(figure.unscaledLong(), figure.scale(), f.power, figure.precision() - f.shift);
                } else {
                    acc.addExact(figure.value(), f.power, figure.precision() - f.shift);
                }
                return;
            }
        }
        acc.add(convert(o, target));
    }

    /**
     * {@return the factor from one unit to another, or null if they are of different dimensions}
     * Found among the last pairs asked by identity (a reader shares one unit object between the rows
     * of a unit), without the two map lookups and the units' equals of {@link #factor}.
     */
    private Factor recentFactor(ObservationUnit from, ObservationUnit to) {
        for (Recent r : recent) {
            if (r.from == from && r.to == to) {
                return r.factor;
            }
        }
        return remember(from, to);
    }

    /** Looks a factor up in the maps and keeps it among the recent ones while they are few. */
    private Factor remember(ObservationUnit from, ObservationUnit to) {
        Factor f = from.isConvertibleTo(to) ? factor(from, to) : null;
        Recent[] r = recent;
        if (r.length < MAX_RECENT) {
            Recent[] more = Arrays.copyOf(r, r.length + 1);
            more[r.length] = new Recent(from, to, f);
            // a new array, never changed once published: threads converting at once may share it
            recent = more;
        }
        return f;
    }

    /** The factor from one unit to another of the same dimension, computed once per pair. */
    private Factor factor(ObservationUnit from, ObservationUnit to) {
        if (from.equals(to)) {
            return Factor.IDENTITY;
        }
        Map<ObservationUnit, Factor> byFrom = factors.get(to);
        if (byFrom == null) {
            byFrom = factors.computeIfAbsent(to, k -> new ConcurrentHashMap<>());
        }
        Factor f = byFrom.get(from);
        if (f == null) {
            f = byFrom.computeIfAbsent(from, k -> Factor.of(k, to));
        }
        return f;
    }

    private static BigDecimal halfWidth(int precision) {
        int i = precision - MIN_CACHED_PRECISION;
        return i >= 0 && i < HALF_WIDTHS.length ? HALF_WIDTHS[i] : BigDecimal.valueOf(5, precision + 1);
    }

    /** Returns {@code floor(log10(x))} for {@code x > 0}. */
    private static int floorLog10(BigDecimal x) {
        return x.precision() - x.scale() - 1;
    }

    /**
     * Returns the rate that converts an observation's currency to {@code target}'s under the policy.
     *
     * @param o the observation whose currency is converted, not null
     * @param target the unit of the currency to convert to, not null
     * @return the rate, with where it was found
     * @throws ConversionException naming the pair and the day or period when there is none
     */
    public ResolvedRate resolveRate(Observation o, ObservationUnit target) {
        Currency fromCurrency = o.effectiveUnit().currency();
        Currency toCurrency = target.currency();
        ReportingPeriod p = o.period();
        // a flow over a period converts at its average; a stock, or a single day, at a day's rate
        boolean flow = !(p.granularity() == Granularity.DAY && p.isSingle())
                && dataset.metricKind(o.metric()).orElse(MetricKind.FLOW) == MetricKind.FLOW;
        Object cached = rateCache.computeIfAbsent(new RateKey(fromCurrency, toCurrency, p, flow), k -> {
            try {
                return rates.rateFor(CurrencyPair.of(k.from(), k.to()), p.firstDay(), p.lastDay(), flow, policy);
            } catch (RateNotFoundException e) {
                return e.getMessage(); // remembered, so a thousand figures of one period look up once
            }
        });
        if (cached instanceof String) {
            boolean stock = !flow && !(p.granularity() == Granularity.DAY && p.isSingle());
            throw new ConversionException("cannot convert " + o.figure() + " " + o.effectiveUnit() + " of " + p
                    + (stock ? " (a stock: at the rate of its last day)" : "") + " to " + target + ": " + cached);
        }
        return (ResolvedRate) cached;
    }

    /** An exact conversion factor between two units of one dimension, with the cheapest way to apply it. */
    private static final class Factor {
        static final Factor IDENTITY = new Factor(null, null, 0, null, 0);

        /** Numerator and denominator, for a factor that does not terminate (mu to m2 and back); else null. */
        final BigDecimal num;
        final BigDecimal den;
        /** The factor is {@code 10^power} when {@code exact} and {@code num} are null. */
        final int power;
        /** The factor as a terminating decimal that is not a power of ten, else null. */
        final BigDecimal exact;
        /** {@code floor(log10(factor))}: how many places the precision moves. */
        final int shift;

        private Factor(BigDecimal num, BigDecimal den, int power, BigDecimal exact, int shift) {
            this.num = num;
            this.den = den;
            this.power = power;
            this.exact = exact;
            this.shift = shift;
        }

        static Factor of(ObservationUnit from, ObservationUnit to) {
            BigInteger[] f = from.factorTo(to);
            BigDecimal num = new BigDecimal(f[0]);
            BigDecimal den = new BigDecimal(f[1]);
            int shift = floorLog10(num.divide(den, new MathContext(20, RoundingMode.FLOOR)));
            BigDecimal exact;
            try {
                exact = num.divide(den).stripTrailingZeros();
            } catch (ArithmeticException nonTerminating) {
                return new Factor(num, den, 0, null, shift);
            }
            if (exact.unscaledValue().equals(BigInteger.ONE)) {
                return new Factor(null, null, -exact.scale(), null, shift);
            }
            return new Factor(null, null, 0, exact, shift);
        }

        /** Returns {@code x × factor}: exact where it terminates, else rounded by {@code mc}. */
        BigDecimal apply(BigDecimal x, MathContext mc) {
            if (num != null) {
                return x.multiply(num).divide(den, mc);
            }
            if (exact != null) {
                return x.multiply(exact);
            }
            return power == 0 ? x : x.scaleByPowerOfTen(power);
        }
    }
}
