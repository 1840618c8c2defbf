package org.industrymetrics.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.industrymetrics.DecimalText;
import org.industrymetrics.money.ResolvedRate;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;

/** How findings write numbers, figures, quotes and rates. Locale-free. */
final class Text {

    private Text() {
    }

    /** {@code 20000}, {@code 0.0019}: no exponent, no trailing zeros. */
    static String plain(BigDecimal v) {
        if (v.signum() == 0) {
            return "0";
        }
        BigDecimal s = v.stripTrailingZeros();
        return DecimalText.plain(s.scale() < 0 ? s.setScale(0) : s);
    }

    /** The value rounded half up to {@code scale} decimals, written plainly ({@code 58.647}). */
    static String round(BigDecimal v, int scale) {
        BigDecimal r = v.setScale(scale, RoundingMode.HALF_UP);
        return DecimalText.plain(r.scale() < 0 ? r.setScale(0) : r);
    }

    /** {@code 58.7 %}, {@code over 20 billion CNY}: the figure as printed with its unit. */
    static String figure(Observation o) {
        return o.figure().display() + unit(o.effectiveUnit());
    }

    /** {@code " GWh"}: a space and the unit, or nothing for a plain count ({@code 1}), which reads as a number alone. */
    static String unit(Object unit) {
        String u = unit.toString();
        return u.isEmpty() || u.equals("1") ? "" : " " + u;
    }

    /** Appends {@link #unit(Object)}'s text: a message is written in one builder, without a string per part. */
    static StringBuilder unit(StringBuilder sb, String unit) {
        return unit.isEmpty() || unit.equals("1") ? sb : sb.append(' ').append(unit);
    }

    /** Appends {@link #unit(Object)}'s text for a unit (one method per type: no type check where it is called). */
    static StringBuilder unit(StringBuilder sb, ObservationUnit unit) {
        return unit(sb, unit.toString());
    }

    /** {@code  ("the growth rate in 2022 was 58.7%")}, or nothing. */
    static String quote(Observation o) {
        return o.quote().map(q -> " (\"" + q + "\")").orElse("");
    }

    /** {@code stated 58.7 % ("...")}. */
    static String stated(Observation o) {
        return stated(new StringBuilder(64), o).toString();
    }

    /** Appends {@link #stated(Observation)}'s text. */
    static StringBuilder stated(StringBuilder sb, Observation o) {
        unit(o.figure().appendDisplay(sb.append("stated ")), o.effectiveUnit());
        Optional<String> quote = o.quote();
        if (quote.isPresent()) {
            sb.append(" (\"").append(quote.get()).append("\")");
        }
        return sb;
    }

    /** A rate to six significant digits: {@code 7.2666}, {@code 7.08091}. */
    static String rateValue(BigDecimal rate) {
        return plain(rate.round(new MathContext(6, RoundingMode.HALF_EVEN)));
    }

    /**
     * Where a rate comes from, without its value: {@code USD/CNY on 2024-06-26, FRB H.10},
     * {@code USD/CNY average of 2023-01-01..2023-12-31, 249 quotes, FRB H.10}.
     */
    static String rateOrigin(ResolvedRate rate) {
        StringBuilder sb = new StringBuilder().append(rate.pair());
        if (!rate.isAverage()) {
            sb.append(" on ").append(rate.first());
            if (!rate.last().equals(rate.first())) {
                sb.append("..").append(rate.last());
            }
        } else {
            sb.append(" average of ").append(rate.first()).append("..").append(rate.last());
            if (rate.quotes() > 1) {
                sb.append(", ").append(rate.quotes()).append(" quotes");
            }
        }
        // the rate's own line says whether it was inverted or crossed; keep that part
        String line = rate.toString();
        int crossed = line.indexOf(", crossed via ");
        if (crossed >= 0) {
            int end = line.indexOf(" (", crossed);
            sb.append(line, crossed, end < 0 ? line.length() : end);
        }
        if (!rate.source().isEmpty()) {
            sb.append(", ").append(rate.source());
        }
        return sb.toString();
    }
}
