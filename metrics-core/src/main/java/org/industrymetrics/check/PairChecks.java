package org.industrymetrics.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.industrymetrics.aggregate.ConvertedFigure;
import org.industrymetrics.check.CheckContext.Outcome;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.money.ResolvedRate;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;

/**
 * The checks of two levels of one subject, metric and period: {@code agree} (same dimension: they
 * must overlap) and {@code fx} (different currencies: the earlier one converted at the reference
 * rate against the later one). Each pair is one finding; the figure later in the dataset is the
 * one checked, as a report usually gives the conversion after the original ("20 billion yuan,
 * about USD 2.75 billion").
 */
final class PairChecks {

    private static final MathContext SIX = new MathContext(6, RoundingMode.HALF_EVEN);

    private PairChecks() {
    }

    static void run(CheckContext ctx, boolean agree, boolean fx) {
        for (Observation first : ctx.dataset.withMeasure(Measure.LEVEL)) {
            List<Observation> group = ctx.dataset.levels(first.subject(), first.metric(), first.period());
            if (group.size() < 2 || group.get(0) != first) {
                continue; // each group once, at its first figure
            }
            for (int j = 1; j < group.size(); j++) {
                Observation b = group.get(j);
                for (int i = 0; i < j; i++) {
                    Observation a = group.get(i);
                    if (!CheckContext.sameClass(a, b)) {
                        continue;
                    }
                    ObservationUnit ua = a.effectiveUnit();
                    ObservationUnit ub = b.effectiveUnit();
                    if (ua.isConvertibleTo(ub)) {
                        if (agree) {
                            agree(ctx, b, a);
                        }
                    } else if (fx && ua.isMoney() && ub.isMoney()) {
                        fx(ctx, b, a);
                    }
                }
            }
        }
    }

    private static void agree(CheckContext ctx, Observation checked, Observation other) {
        ObservationUnit unit = checked.effectiveUnit();
        Interval stated = ctx.interval(checked);
        Term t = ctx.term(other, unit, false);
        int scale = CheckContext.displayScale(unit, checked.figure().precision());
        Outcome out = CheckContext.outcome(stated, t.interval, scale, false);
        String message = Text.figure(other) + (other.effectiveUnit().equals(unit) ? "" : " = " + out.shown + Text.unit(unit))
                + from(other) + ", " + Text.stated(checked) + from(checked);
        ctx.add(CheckId.AGREE, List.of(checked, other), out, unit, message);
    }

    /** {@code  (source ichongqing-2024-06-26)}, or nothing. */
    private static String from(Observation o) {
        return o.source().map(s -> " [" + s + "]").orElse("");
    }

    private static void fx(CheckContext ctx, Observation checked, Observation other) {
        ObservationUnit unit = checked.effectiveUnit();
        Interval stated = ctx.interval(checked);
        ConvertedFigure c;
        try {
            c = ctx.converter.convert(other, unit);
        } catch (IllegalArgumentException e) {
            ctx.addIncomparable(CheckId.FX, List.of(checked, other), stated, unit, "undetermined: " + e.getMessage());
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
            } catch (IllegalArgumentException e) {
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
        ctx.add(CheckId.FX, List.of(checked, other), out, unit, sb.toString());
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
