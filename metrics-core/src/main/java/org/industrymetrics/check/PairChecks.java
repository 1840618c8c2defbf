package org.industrymetrics.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.industrymetrics.aggregate.ConversionException;
import org.industrymetrics.aggregate.ConvertedFigure;
import org.industrymetrics.check.CheckContext.Outcome;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.money.ResolvedRate;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.Status;

/**
 * The checks of two levels of one subject, metric and period: {@code agree} (same dimension: they
 * must overlap) and {@code fx} (different currencies: the earlier one converted at the reference
 * rate against the later one). The figure later in the dataset is the one checked, as a report
 * usually gives the conversion after the original ("20 billion yuan, about USD 2.75 billion").
 * <p>
 * A checked figure is not compared with every earlier one: N figures of one subject, metric and
 * period would give N(N-1)/2 findings. Intervals on a line all overlap one interval exactly when
 * the one with the lowest high end and the one with the highest low end do, and converting a unit
 * (by a positive factor or rate, rounded outward) keeps that order. So the earlier figures are kept
 * per class and unit as those two extremes, and each figure is checked once per such group,
 * against the extreme that disagrees most (or the one with the lowest high end when none does):
 * a figure is inconsistent exactly when some earlier figure does not overlap it, and the cost is
 * linear in the number of figures.
 */
final class PairChecks {

    private static final MathContext SIX = new MathContext(6, RoundingMode.HALF_EVEN);

    private PairChecks() {
    }

    static void run(CheckContext ctx, boolean agree, boolean fx) {
        for (List<Observation> group : ctx.dataset.repeated(Measure.LEVEL)) {
            // the earlier figures of the group by class (what happened, target, forecast) and unit, in order of appearance
            Map<Bucket.Key, Bucket> earlier = new LinkedHashMap<>();
            for (Observation b : group) {
                ObservationUnit ub = b.effectiveUnit();
                for (Bucket bucket : earlier.values()) {
                    if (!CheckContext.sameClass(bucket.minHigh, b)) {
                        continue;
                    }
                    if (bucket.unit.isConvertibleTo(ub)) {
                        if (agree) {
                            agree(ctx, b, bucket);
                        }
                    } else if (fx && bucket.unit.isMoney() && ub.isMoney()) {
                        fx(ctx, b, bucket);
                    }
                }
                Bucket.Key key = new Bucket.Key(CheckContext.isPlanned(b.status()) ? b.status() : null, ub);
                Bucket bucket = earlier.get(key);
                if (bucket == null) {
                    earlier.put(key, new Bucket(ub, b, ctx.interval(b)));
                } else {
                    bucket.add(b, ctx.interval(b));
                }
            }
        }
    }

    /**
     * The earlier figures of one class and unit, as the two that decide whether a later figure
     * overlaps them all: the one with the lowest high end and the one with the highest low end
     * (the first of equals), and how many there are.
     */
    private static final class Bucket {
        /** A planned status (target, forecast), or null for what happened; and the unit. */
        record Key(Status planned, ObservationUnit unit) {
        }

        final ObservationUnit unit;
        Observation minHigh;
        Interval minHighInterval;
        Observation maxLow;
        Interval maxLowInterval;
        int count = 1;

        Bucket(ObservationUnit unit, Observation o, Interval i) {
            this.unit = unit;
            minHigh = o;
            maxLow = o;
            minHighInterval = i;
            maxLowInterval = i;
        }

        void add(Observation o, Interval i) {
            count++;
            if (compareHigh(i, minHighInterval) < 0) {
                minHigh = o;
                minHighInterval = i;
            }
            if (compareLow(i, maxLowInterval) > 0) {
                maxLow = o;
                maxLowInterval = i;
            }
        }

        /** The extremes, the lowest high end first; one when a figure is both. */
        List<Observation> candidates() {
            return minHigh == maxLow ? List.of(minHigh) : List.of(minHigh, maxLow);
        }

        /** Orders high ends: a missing end is highest, an open end is below a closed one of the same value. */
        static int compareHigh(Interval a, Interval b) {
            if (!a.isHighBounded() || !b.isHighBounded()) {
                return Boolean.compare(!a.isHighBounded(), !b.isHighBounded());
            }
            int c = a.high().compareTo(b.high());
            return c != 0 ? c : Boolean.compare(!a.isHighOpen(), !b.isHighOpen());
        }

        /** Orders low ends: a missing end is lowest, an open end is above a closed one of the same value. */
        static int compareLow(Interval a, Interval b) {
            if (!a.isLowBounded() || !b.isLowBounded()) {
                return Boolean.compare(a.isLowBounded(), b.isLowBounded());
            }
            int c = a.low().compareTo(b.low());
            return c != 0 ? c : Boolean.compare(a.isLowOpen(), b.isLowOpen());
        }
    }

    /**
     * Of the bucket's extremes, the one to report against a stated interval: the one that
     * disagrees most, else the first. {@code derive} gives a figure's interval in the checked unit.
     */
    private static Observation pick(Interval stated, Bucket bucket, Function<Observation, Interval> derive) {
        Observation best = null;
        BigDecimal farthest = null;
        for (Observation a : bucket.candidates()) {
            Interval derived = derive.apply(a);
            if (!stated.overlaps(derived)) {
                BigDecimal distance = stated.distanceTo(derived);
                if (farthest == null || distance.compareTo(farthest) > 0) {
                    best = a;
                    farthest = distance;
                }
            } else if (best == null) {
                best = a;
            }
        }
        return best;
    }

    /** {@code ; the farthest of 3 earlier figures in GWh}, or nothing when there was one. */
    private static String among(Bucket bucket, Verdict verdict) {
        if (bucket.count < 2) {
            return "";
        }
        return verdict == Verdict.INCONSISTENT
                ? "; the farthest of " + bucket.count + " earlier figures in " + bucket.unit
                : "; all " + bucket.count + " earlier figures in " + bucket.unit + " overlap it";
    }

    private static void agree(CheckContext ctx, Observation checked, Bucket bucket) {
        ObservationUnit unit = checked.effectiveUnit();
        Interval stated = ctx.interval(checked);
        Observation other = pick(stated, bucket, a -> ctx.term(a, unit, false).interval());
        Term t = ctx.term(other, unit, false);
        int scale = CheckContext.displayScale(unit, checked.figure().precision());
        Outcome out = CheckContext.outcome(stated, t.interval(), scale, false);
        String message = Text.figure(other) + (other.effectiveUnit().equals(unit) ? "" : " = " + out.shown + Text.unit(unit))
                + from(other) + ", " + Text.stated(checked) + from(checked) + among(bucket, out.verdict);
        ctx.add(CheckId.AGREE, out, unit, message, checked, other);
    }

    /** {@code  (source ichongqing-2024-06-26)}, or nothing. */
    private static String from(Observation o) {
        return o.source().map(s -> " [" + s + "]").orElse("");
    }

    private static void fx(CheckContext ctx, Observation checked, Bucket bucket) {
        ObservationUnit unit = checked.effectiveUnit();
        Interval stated = ctx.interval(checked);
        Observation other;
        ConvertedFigure c;
        try {
            // the figures of one currency and period share the rate: when it is missing for one, it is for all
            other = pick(stated, bucket, a -> ctx.converter.convert(a, unit).interval());
            c = ctx.converter.convert(other, unit);
        } catch (ConversionException e) {
            ctx.addIncomparable(CheckId.FX, List.of(checked, bucket.minHigh), stated, unit, "undetermined: " + e.getMessage());
            return;
        }
        int precision = checked.figure().precision();
        Outcome out = CheckContext.outcome(stated, c.interval(), CheckContext.displayScale(unit, precision), false);
        ResolvedRate rate = c.rate();
        BigDecimal r = rate.rate().rate();
        // show the rate the way it is quoted, above 1 (USD/CNY 7.2666, not CNY/USD 0.1376)
        boolean divide = r.compareTo(BigDecimal.ONE) < 0;
        ResolvedRate shown = rate;
        if (divide) {
            try {
                shown = ctx.converter.resolveRate(checked, other.effectiveUnit());
            } catch (ConversionException e) {
                divide = false;
            }
        }
        BigDecimal converted = c.nominal();
        StringBuilder sb = new StringBuilder();
        sb.append(Text.figure(other)).append(divide ? " / " : " * ").append(Text.rateValue(shown.rate().rate()))
                .append(" (").append(Text.rateOrigin(shown)).append(") = ");
        if (other.figure().qualifier() == Qualifier.EXACT) {
            sb.append(Text.round(converted, precision + 2)).append(Text.unit(unit));
        } else {
            sb.append(out.shown).append(Text.unit(unit));
        }
        sb.append(", ").append(Text.stated(checked));
        sb.append(implied(ctx, checked, other, divide ? shown : rate, divide, converted, out));
        sb.append(among(bucket, out.verdict));
        ctx.add(CheckId.FX, out, unit, sb.toString(), checked, other);
    }

    /**
     * When the conversion at the reference rate does not round to the stated figure, the rate the
     * two figures imply (the one that would make them exact) and its interval, and whether the
     * qualifiers or the rounding still cover the difference.
     */
    private static String implied(CheckContext ctx, Observation checked, Observation other, ResolvedRate shown,
            boolean divide, BigDecimal converted, Outcome out) {
        int precision = checked.figure().precision();
        BigDecimal stated = CheckContext.nominal(checked.figure());
        if (converted.setScale(precision, RoundingMode.HALF_UP).compareTo(stated) == 0) {
            return "";
        }
        // the rate is quote per base: the amount in the quote currency over the amount in the base currency
        Observation quote = divide ? other : checked;
        Observation base = divide ? checked : other;
        Interval quoteAmount = wholeUnits(quote, ctx.interval(quote));
        Interval baseAmount = wholeUnits(base, ctx.interval(base));
        BigDecimal quoteNominal = wholeUnits(quote, CheckContext.nominal(quote.figure()));
        BigDecimal baseNominal = wholeUnits(base, CheckContext.nominal(base.figure()));
        if (baseNominal.signum() == 0) {
            return "";
        }
        BigDecimal nominal = quoteNominal.divide(baseNominal, SIX);
        StringBuilder sb = new StringBuilder("; at this rate it would be ")
                .append(Text.round(converted, precision)).append(", not ").append(checked.figure().text())
                .append(": the figures imply ").append(shown.pair()).append(' ').append(Text.plain(nominal));
        if (baseAmount.isLowBounded() && baseAmount.low().signum() > 0) {
            Interval rates = quoteAmount.dividedBy(baseAmount, CheckContext.MC).roundOutward(4);
            sb.append(" (").append(rates.isBounded() ? Text.plain(rates.low()) + " to " + Text.plain(rates.high()) : rates.toString())
                    .append(')');
        }
        if (out.verdict == Verdict.CONSISTENT) {
            sb.append(", converted at another rate within ").append(words(checked, other));
        } else if (out.verdict == Verdict.INCONSISTENT) {
            sb.append(", which excludes the reference ").append(Text.rateValue(shown.rate().rate()));
        }
        return sb.toString();
    }

    /** What let the figures differ: the qualifiers' words ("about"), else their rounding. */
    private static String words(Observation a, Observation b) {
        String wa = a.figure().qualifier().word();
        String wb = b.figure().qualifier().word();
        if (wa.isEmpty() && wb.isEmpty()) {
            return "their rounding";
        }
        if (wa.isEmpty() || wb.isEmpty() || wa.equals(wb)) {
            return "\"" + (wa.isEmpty() ? wb : wa) + "\"";
        }
        return "\"" + wb + "\" and \"" + wa + "\"";
    }

    private static Interval wholeUnits(Observation o, Interval amount) {
        return amount.times(BigDecimal.ONE.scaleByPowerOfTen(o.effectiveUnit().moneyUnit().scale().exponent()));
    }

    private static BigDecimal wholeUnits(Observation o, BigDecimal amount) {
        return amount.scaleByPowerOfTen(o.effectiveUnit().moneyUnit().scale().exponent());
    }
}
