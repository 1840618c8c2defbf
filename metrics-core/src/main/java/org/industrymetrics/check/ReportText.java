package org.industrymetrics.check;

import java.util.ArrayList;
import java.util.List;
import org.industrymetrics.figure.Interval;

/**
 * Renders a report as a text table for a terminal: a header, a line of columns per finding
 * (verdict, check, stated and derived intervals with their unit, margin, observations) with its
 * explanation indented below, and the summary. Columns are as wide as their widest cell.
 */
final class ReportText {

    private static final String[] HEADER = {"VERDICT", "CHECK", "STATED", "DERIVED", "MARGIN", "OBSERVATIONS"};

    private ReportText() {
    }

    static String render(Report report) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Finding f : report.findings()) {
            rows.add(new String[] {f.verdict().toString(), f.check().id(), interval(f.stated().orElse(null), f.unit()),
                    interval(f.derived().orElse(null), f.unit()),
                    f.margin().map(m -> Text.plain(m) + Text.unit(f.marginUnit())).orElse("-"), String.join(", ", f.observations())});
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - row[i].length() + 2));
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
            if (r > 0) {
                sb.append("    ").append(report.findings().get(r - 1).message()).append('\n');
            }
        }
        sb.append(report.summary()).append('\n');
        if (!report.implied().isEmpty()) {
            sb.append("WHAT LONE FIGURES IMPLY (not verdicts: one level of the relation is not in the dataset)\n");
            for (Implied i : report.implied()) {
                sb.append(i.subject()).append(' ').append(i.metric()).append(' ').append(i.period()).append(" in ")
                        .append(i.interval()).append(Text.unit(i.unit())).append("  ").append(String.join(", ", i.observations()))
                        .append('\n').append("    ").append(i.arithmetic()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String interval(Interval i, String unit) {
        if (i == null) {
            return "-";
        }
        return i + Text.unit(unit);
    }
}
