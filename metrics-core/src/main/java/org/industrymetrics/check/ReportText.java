package org.industrymetrics.check;

import org.industrymetrics.figure.Interval;

/** Renders a report as a text table for a terminal: a line of columns per finding and its explanation below. */
final class ReportText {

    private ReportText() {
    }

    static String render(Report report) {
        StringBuilder sb = new StringBuilder();
        String header = String.format("%-13s %-16s %-26s %-26s %-14s %s", "VERDICT", "CHECK", "STATED", "DERIVED", "MARGIN",
                "OBSERVATIONS");
        sb.append(header.stripTrailing()).append('\n');
        for (Finding f : report.findings()) {
            String line = String.format("%-13s %-16s %-26s %-26s %-14s %s", f.verdict(), f.check().id(),
                    interval(f.stated().orElse(null), f.unit()), interval(f.derived().orElse(null), f.unit()),
                    f.margin().map(m -> m.toPlainString() + " " + f.marginUnit()).orElse("-"),
                    String.join(", ", f.observations()));
            sb.append(line.stripTrailing()).append('\n');
            sb.append("    ").append(f.message()).append('\n');
        }
        sb.append(report.summary()).append('\n');
        return sb.toString();
    }

    private static String interval(Interval i, String unit) {
        if (i == null) {
            return "-";
        }
        return unit.isEmpty() ? i.toString() : i + " " + unit;
    }

}
