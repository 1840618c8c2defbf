package org.industrymetrics.html;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.industrymetrics.aggregate.GroupBy;
import org.industrymetrics.aggregate.GroupKey;
import org.industrymetrics.aggregate.SumResult;
import org.industrymetrics.aggregate.Total;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.money.ResolvedRate;

/**
 * Writes the result of a sum as one self-contained HTML page (inline CSS and SVG, no reference
 * to anything outside the file): a table with one row per group, its key, the total as a report
 * would print it, the total's interval drawn as a bar on an axis shared by every group and
 * starting at zero (a faint track up to the interval, the interval itself solid, with the same
 * end marks as the check report's charts), the number of observations added and every exchange
 * rate used (as {@link ResolvedRate#toString()} says it: pair, rate, days, quotes, source). Text is escaped; the output is the same for the same input.
 * This class is immutable and thread-safe.
 */
public final class SumHtml {

    private SumHtml() {
    }

    /**
     * Writes the page of a sum. The writer is not closed.
     *
     * @param result the sum, not null
     * @param out where to write, not null
     * @throws IOException if writing fails
     */
    public static void write(SumResult result, Writer out) throws IOException {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(out, "out");
        String unit = result.unit().toString();
        List<Interval> intervals = new ArrayList<>();
        List<GroupBy> fields = new ArrayList<>();
        long observations = 0;
        for (Map.Entry<GroupKey, Total> e : result.groups().entrySet()) {
            intervals.add(e.getValue().readableInterval());
            observations += e.getValue().count();
            for (GroupBy g : e.getKey().values().keySet()) {
                if (!fields.contains(g)) {
                    fields.add(g);
                }
            }
        }
        IntervalChart.Scale scale = IntervalChart.Scale.of(intervals, true);
        Html h = new Html(Page.CHUNK + 8192);
        Page.head(h, "Totals in " + unit);
        h.raw("<header>\n<h1>").text("Totals in " + unit).raw("</h1>\n<p class=\"summary\">")
                .text(Page.count(result.groups().size(), "group") + " of " + Page.count(observations, "observation")
                        + (fields.isEmpty() ? "" : ", by " + String.join(", ", fields.stream().map(GroupBy::id).toList())))
                .raw("</p>\n");
        h.raw("<p class=\"legend\">Each bar is the interval of possible true totals, the sum of the figures' intervals"
                + " (rounding and qualifiers), on one axis from zero for every group: <span class=\"sym\">\u25cf</span>"
                + " a closed end, <span class=\"sym\">\u25cb</span> an open end, <span class=\"sym\">\u25b6</span> no bound"
                + " on that side. Amounts in other currencies were converted at the rates listed.</p>\n</header>\n<main>\n");
        if (result.groups().isEmpty()) {
            h.raw("<p class=\"none\">").text("No levels in " + unit + ".").raw("</p>\n");
        } else {
            h.raw("<table class=\"totals\">\n<thead><tr>");
            for (GroupBy g : fields) {
                h.raw("<th scope=\"col\">").text(g.id()).raw("</th>");
            }
            h.raw("<th scope=\"col\">total</th><th scope=\"col\">interval</th><th scope=\"col\">observations</th>"
                    + "<th scope=\"col\">rates used</th></tr></thead>\n<tbody>\n");
            int row = 0;
            for (Map.Entry<GroupKey, Total> e : result.groups().entrySet()) {
                row++;
                group(h, "t" + row, fields, e.getKey(), e.getValue(), scale, unit);
                Page.flush(h, out, false);
            }
            h.raw("</tbody>\n</table>\n");
        }
        h.raw("</main>\n");
        Page.end(h, false);
        Page.flush(h, out, true);
        out.flush();
    }

    private static void group(Html h, String id, List<GroupBy> fields, GroupKey key, Total t,
            IntervalChart.Scale scale, String unit) {
        h.raw("<tr class=\"group\"").attr("id", id).raw('>');
        String name = key.values().isEmpty() ? "all" : key.toString();
        for (GroupBy g : fields) {
            String v = key.values().get(g);
            h.raw("<td><span class=\"role\">").text(g.id()).raw("</span> ").text(v == null ? "" : v).raw("</td>");
        }
        h.raw("<td class=\"fig\">").text(t.figure() + " " + unit).raw("</td><td class=\"bar\">");
        Interval i = t.readableInterval();
        String text = Page.interval(i, unit);
        IntervalChart.write(h, id, "Total of " + name, name + ": " + t.figure() + " " + unit + ", between " + text
                + ", " + Page.count(t.count(), "observation") + ".", scale,
                List.of(new IntervalChart.Bar("total", "total", i, text)), null, true);
        h.raw("</td><td class=\"n\">").text(Page.count(t.count(), "observation")).raw("</td><td>");
        if (t.rates().isEmpty()) {
            h.raw("none");
        }
        boolean first = true;
        for (ResolvedRate r : t.rates()) {
            h.raw(first ? "" : "<br>").text(r.toString());
            first = false;
        }
        h.raw("</td></tr>\n");
    }

    /**
     * Returns the page of a sum as text.
     *
     * @param result the sum, not null
     * @return the HTML text, ending with a line end
     */
    public static String toHtml(SumResult result) {
        StringWriter out = new StringWriter();
        try {
            write(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * Writes the page of a sum to a file in UTF-8, replacing it if it exists.
     *
     * @param result the sum, not null
     * @param file the file, not null
     * @return the file's absolute path, to open in a browser
     * @throws IOException if the file cannot be written
     */
    public static Path save(SumResult result, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(result, out);
        }
        return file.toAbsolutePath();
    }
}
