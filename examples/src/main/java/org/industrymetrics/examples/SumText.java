package org.industrymetrics.examples;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.industrymetrics.aggregate.Dropped;
import org.industrymetrics.aggregate.GroupBy;
import org.industrymetrics.aggregate.GroupKey;
import org.industrymetrics.aggregate.Overlap;
import org.industrymetrics.aggregate.OverlapPolicy;
import org.industrymetrics.aggregate.SumResult;
import org.industrymetrics.aggregate.Total;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.money.ResolvedRate;
import org.industrymetrics.observation.Status;

/**
 * Renders a sum as a text table for a terminal, like the check report: a column per grouping
 * field, the total as a report would print it, its interval, the number of observations added,
 * then the exchange rates used, each once, the overlap policy when one was chosen, a line per level
 * it dropped and a warning per overlap it let through. Columns are as wide as their widest cell.
 * Intervals are rounded outward to six significant digits (the JSON and CSV output keep every digit).
 */
final class SumText {

    /** Significant digits of the interval bounds shown. */
    private static final int DIGITS = 6;

    private SumText() {
    }

    static String render(SumResult result, List<GroupBy> by) {
        String unit = unit(result.unit().toString());
        if (result.groups().isEmpty()) {
            return "no levels to add up in" + (unit.isEmpty() ? " 1" : unit) + "\n";
        }
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        by.forEach(g -> header.add(g.id().toUpperCase(java.util.Locale.ROOT)));
        header.add("TOTAL");
        header.add("INTERVAL");
        header.add("COUNT");
        rows.add(header.toArray(new String[0]));
        Set<String> rates = new LinkedHashSet<>();
        long count = 0;
        for (Map.Entry<GroupKey, Total> e : result.groups().entrySet()) {
            Total t = e.getValue();
            List<String> row = new ArrayList<>();
            by.forEach(g -> row.add(e.getKey().get(g)));
            row.add(t.figure() + unit + (t.status() == Status.ACTUAL ? "" : " (" + t.status().id() + ")"));
            row.add(interval(t.interval()) + unit);
            row.add(Long.toString(t.count()));
            rows.add(row.toArray(new String[0]));
            t.rates().forEach(r -> rates.add(rate(r)));
            count += t.count();
        }
        StringBuilder sb = new StringBuilder();
        int[] widths = new int[header.size()];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - row[i].length() + 2));
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        int groups = result.groups().size();
        sb.append(groups).append(groups == 1 ? " group, " : " groups, ").append(count)
                .append(count == 1 ? " observation" : " observations").append(" added in ").append(result.unit()).append('\n');
        for (String r : rates) {
            sb.append("rate ").append(r).append('\n');
        }
        overlaps(result, sb);
        return sb.toString();
    }

    /**
     * The overlap policy when it is not the default, a line per level it left out and a warning
     * per overlap it let through: no figure disappears unseen.
     */
    private static void overlaps(SumResult result, StringBuilder sb) {
        if (!result.policy().equals(OverlapPolicy.REFUSE)) {
            sb.append("overlap policy ").append(result.policy()).append('\n');
        }
        for (Dropped d : result.dropped()) {
            sb.append("dropped ").append(d).append('\n');
        }
        for (Overlap o : result.overlaps()) {
            if (o.resolution() == Overlap.Resolution.ADDED_BOTH) {
                sb.append("warning: ").append(o.first().id()).append(" and ").append(o.second().id())
                        .append(" may be the same amount, both added: ").append(o.reason()).append('\n');
            }
        }
    }

    /** {@code " GWh"}, or nothing for a plain count. */
    private static String unit(String u) {
        return u.isEmpty() || u.equals("1") ? "" : " " + u;
    }

    /** The interval rounded outward to six significant digits of its larger bound, and at least one decimal. */
    static String interval(Interval i) {
        BigDecimal big = null;
        for (BigDecimal b : new BigDecimal[] {i.low(), i.high()}) {
            if (b != null && (big == null || b.abs().compareTo(big) > 0)) {
                big = b.abs();
            }
        }
        if (big == null || big.signum() == 0) {
            return i.toString();
        }
        int integerDigits = big.precision() - big.scale();
        return i.roundOutward(Math.max(1, DIGITS - integerDigits)).toString();
    }

    /**
     * {@code CNY/USD 0.138738 average of 2024-01-01..2024-05-31, 106 quotes, inverted from USD/CNY (FRB H.10)}:
     * the rate to six significant digits and where it comes from.
     */
    static String rate(ResolvedRate r) {
        String full = r.toString();
        String value = r.rate().toString();
        BigDecimal shown = r.rate().rate().round(new MathContext(DIGITS, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        String rest = full.startsWith(value) ? full.substring(value.length()) : full;
        return r.pair() + " " + (shown.scale() < 0 ? shown.setScale(0) : shown).toPlainString() + rest;
    }
}
