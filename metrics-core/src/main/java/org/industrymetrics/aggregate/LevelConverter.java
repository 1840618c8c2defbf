package org.industrymetrics.aggregate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.figure.QualifierWidths;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.money.CurrencyPair;
import org.industrymetrics.money.FxRateTable;
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
 * The rates are the dataset's own, then those given. Resolved rates are remembered for the life of
 * the converter (one sum or one check run). This class is thread-safe.
 */
public final class LevelConverter {

    private static final MathContext FLOOR = new MathContext(34, RoundingMode.FLOOR);
    private static final MathContext CEILING = new MathContext(34, RoundingMode.CEILING);
    private static final MathContext NEAREST = new MathContext(34, RoundingMode.HALF_EVEN);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final Dataset dataset;
    private final FxRateTable rates;
    private final RatePolicy policy;
    private final QualifierWidths widths;
    private final Map<String, Object> rateCache = new ConcurrentHashMap<>();

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
        this.rates = dataset.rates().isEmpty() ? Objects.requireNonNull(extraRates, "extraRates")
                : FxRateTable.builder().addAll(dataset.rateTable()).addAll(extraRates).build();
        this.policy = Objects.requireNonNull(policy, "policy");
        this.widths = Objects.requireNonNull(widths, "widths");
    }

    /** Returns the qualifier widths. */
    public QualifierWidths widths() {
        return widths;
    }

    /** Returns whether a figure in {@code from} can be expressed in {@code target}: same dimension, or both money. */
    public static boolean isComparable(ObservationUnit from, ObservationUnit target) {
        return from.isConvertibleTo(target) || (from.isMoney() && target.isMoney());
    }

    /**
     * Converts the figure of an observation to {@code target}.
     *
     * @param o the observation, not null
     * @param target the unit or currency, not null
     * @return the converted figure
     * @throws IllegalArgumentException if the units are of different dimensions, or no rate is found
     *     (the message names the pair and the day or period)
     */
    public ConvertedFigure convert(Observation o, ObservationUnit target) {
        ObservationUnit from = o.effectiveUnit();
        ReportedFigure figure = o.figure();
        Interval interval = figure.interval(widths);
        BigDecimal nominal = figure.qualifier() == Qualifier.RANGE
                ? figure.value().add(figure.high()).divide(TWO)
                : figure.value();
        BigInteger num;
        BigInteger den;
        ResolvedRate rate = null;
        if (from.isConvertibleTo(target)) {
            BigInteger[] f = from.factorTo(target);
            num = f[0];
            den = f[1];
        } else if (from.isMoney() && target.isMoney()) {
            rate = resolveRate(o, target);
            BigDecimal r = rate.rate().pair().base().equals(from.currency())
                    ? rate.rate().rate()
                    : BigDecimal.ONE.divide(rate.rate().rate(), NEAREST);
            // amount in the source scale -> source currency -> target currency -> target scale
            BigDecimal factor = r.scaleByPowerOfTen(from.moneyUnit().scale().exponent() - target.moneyUnit().scale().exponent());
            num = factor.unscaledValue();
            den = BigInteger.ONE;
            if (factor.scale() > 0) {
                den = BigInteger.TEN.pow(factor.scale());
            } else if (factor.scale() < 0) {
                num = num.multiply(BigInteger.TEN.pow(-factor.scale()));
            }
        } else {
            throw new IllegalArgumentException("cannot express " + figure + " " + from + " (" + from.dimension()
                    + ") in " + target + " (" + target.dimension() + ")");
        }
        BigDecimal n = new BigDecimal(num);
        BigDecimal d = new BigDecimal(den);
        // factors are positive, so the ends keep their order
        BigDecimal low = interval.low().multiply(n).divide(d, FLOOR);
        BigDecimal high = interval.high().multiply(n).divide(d, CEILING);
        BigDecimal value = nominal.multiply(n).divide(d, NEAREST);
        BigDecimal factor = n.divide(d, new MathContext(10, RoundingMode.HALF_EVEN));
        int shift = factor.precision() - factor.scale() - 1; // floor(log10(factor))
        return new ConvertedFigure(low, interval.isLowOpen(), high, interval.isHighOpen(), value,
                figure.precision() - shift, rate);
    }

    /**
     * Returns the rate that converts an observation's currency to {@code target}'s under the policy.
     *
     * @throws IllegalArgumentException naming the pair and the day or period when there is none
     */
    public ResolvedRate resolveRate(Observation o, ObservationUnit target) {
        CurrencyPair pair = CurrencyPair.of(o.effectiveUnit().currency(), target.currency());
        ReportingPeriod p = o.period();
        boolean flow = !(p.granularity() == Granularity.DAY && p.isSingle())
                && dataset.metricKind(o.metric()).orElse(MetricKind.FLOW) == MetricKind.FLOW;
        String key = pair + " " + p + " " + flow;
        Object cached = rateCache.computeIfAbsent(key, k -> {
            try {
                return rates.rateFor(pair, p.firstDay(), p.lastDay(), flow, policy);
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        });
        if (cached instanceof String) {
            throw new IllegalArgumentException("no " + pair + " rate for " + p + " to convert " + o.figure() + " "
                    + o.effectiveUnit() + ": " + cached);
        }
        return (ResolvedRate) cached;
    }
}
