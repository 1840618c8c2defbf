package org.industrymetrics.check;

import java.util.ArrayList;
import java.util.List;
import org.industrymetrics.figure.Interval;

/**
 * Renders a report as a text table for a terminal: a header, a line of columns per finding
 * (verdict, check, stated and derived intervals with their unit, margin, observations) with its
 * explanation indented below, and the summary. Columns are as wide as their widest cell.
 * <p>
 * Given a width, the text fits it: explanations wrap between words; when the table is too wide, the
 * observations move to a line of their own below the row, and when even that is too wide, each
 * finding becomes a block of labelled lines. No word, number or interval is ever split, so a line is
 * longer than the width only where one word is.
 */
final class ReportText {

    private static final String[] HEADER = {"VERDICT", "CHECK", "STATED", "DERIVED", "MARGIN", "OBSERVATIONS"};
    private static final String INDENT = "    ";

    private ReportText() {
    }

    static String render(Report report) {
        return render(report, Integer.MAX_VALUE);
    }

    static String render(Report report, int width) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Finding f : report.findings()) {
            rows.add(new String[] {f.verdict().toString(), f.check().id(), interval(f.stated().orElse(null), f.unit()),
                    interval(f.derived().orElse(null), f.unit()),
                    f.margin().map(m -> Text.plain(m) + Text.unit(f.marginUnit())).orElse("-"), String.join(", ", f.observations())});
        }
        StringBuilder sb = new StringBuilder();
        if (tableWidth(rows, HEADER.length) <= width) {
            table(sb, report, rows, HEADER.length, width);
        } else if (tableWidth(rows, HEADER.length - 1) <= width) {
            table(sb, report, rows, HEADER.length - 1, width);
        } else {
            blocks(sb, report, rows, width);
        }
        wrap(sb, report.summary(), width, "");
        if (!report.implied().isEmpty()) {
            wrap(sb, "WHAT LONE FIGURES IMPLY (not verdicts: one level of the relation is not in the dataset)", width, "");
            for (Implied i : report.implied()) {
                String what = i.subject() + " " + i.metric() + " " + i.period() + " in " + i.interval() + Text.unit(i.unit());
                String observations = String.join(", ", i.observations());
                if (what.length() + 2 + observations.length() <= width) {
                    sb.append(what).append("  ").append(observations).append('\n');
                } else {
                    wrap(sb, what, width, "");
                    wrap(sb, "observations: " + observations, width);
                }
                wrap(sb, i.arithmetic(), width);
            }
        }
        return sb.toString();
    }

    private static int[] widths(List<String[]> rows, int columns) {
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        return widths;
    }

    private static int tableWidth(List<String[]> rows, int columns) {
        int total = 0;
        for (int w : widths(rows, columns)) {
            total += w + 2;
        }
        return total - 2;
    }

    /** The table with its first {@code columns} columns; the observations on a line of their own if left out. */
    private static void table(StringBuilder sb, Report report, List<String[]> rows, int columns, int width) {
        int[] widths = widths(rows, columns);
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(row[i]);
                if (i < columns - 1) {
                    line.append(" ".repeat(widths[i] - row[i].length() + 2));
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
            if (r > 0) {
                if (columns < HEADER.length) {
                    wrap(sb, "observations: " + row[HEADER.length - 1], width);
                }
                wrap(sb, report.findings().get(r - 1).message(), width);
            }
        }
    }

    /** Each finding as labelled lines, for a terminal narrower than the table. */
    private static void blocks(StringBuilder sb, Report report, List<String[]> rows, int width) {
        for (int r = 1; r < rows.size(); r++) {
            String[] row = rows.get(r);
            sb.append(row[0]).append("  ").append(row[1]).append("  margin ").append(row[4]).append('\n');
            wrap(sb, "stated " + row[2] + ", derived " + row[3], width);
            wrap(sb, "observations: " + row[5], width);
            wrap(sb, report.findings().get(r - 1).message(), width);
        }
    }

    /** Appends {@code text} indented, wrapped between words to {@code width}; a longer word stays whole. */
    static void wrap(StringBuilder sb, String text, int width) {
        wrap(sb, text, width, INDENT);
    }

    private static void wrap(StringBuilder sb, String text, int width, String indent) {
        int room = width == Integer.MAX_VALUE ? Integer.MAX_VALUE : Math.max(1, width - indent.length());
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            if (line.length() > 0 && line.length() + 1 + word.length() > room) {
                sb.append(indent).append(line).append('\n');
                line.setLength(0);
            } else if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        sb.append(indent).append(line.toString().stripTrailing()).append('\n');
    }

    private static String interval(Interval i, String unit) {
        if (i == null) {
            return "-";
        }
        return i + Text.unit(unit);
    }
}
