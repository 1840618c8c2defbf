package org.industrymetrics.html;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.industrymetrics.check.CheckId;
import org.industrymetrics.check.CheckSettings;
import org.industrymetrics.check.Checker;
import org.industrymetrics.check.Finding;
import org.industrymetrics.check.Report;
import org.industrymetrics.check.Verdict;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.figure.QualifierWidths;
import org.industrymetrics.money.FxRateTable;
import org.industrymetrics.money.RatePolicy;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Metric;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.Source;
import org.industrymetrics.observation.Status;
import org.industrymetrics.observation.Subject;
import org.industrymetrics.period.ReportingPeriod;

/**
 * Writes a check {@link Report} as one self-contained HTML page: inline CSS and SVG, no
 * reference to anything outside the file, so it opens offline, as a mail attachment or in an
 * IDE preview.
 * <p>
 * The page has a header with the dataset, the settings of the run (qualifier widths, rate
 * policy, extra rates, the checks that ran) and the counts of each verdict; then the findings
 * grouped by verdict, inconsistent first, then undetermined, then consistent, and within a
 * verdict by check. Each finding is an {@code <article class="finding inconsistent">} (or
 * {@code consistent}, {@code undetermined}) with a text badge ({@code ✗ Inconsistent}), so the
 * verdict does not rest on colour alone; a chart with the stated and derived intervals as bars
 * on one axis (a filled dot for a closed end, a hollow dot for an open one, an arrow for an
 * unbounded one; the gap of an inconsistent finding shaded and labelled with its margin); the
 * arithmetic under it; and the figures used with their subject, metric, period, quote and source.
 * <p>
 * Long reports stay readable: a group of one verdict and one check with more than 100 findings
 * is collapsed to a line with its count (a {@code <details>} element, opened by a click, no
 * script needed), and the contents at the top list every group with its count. A small inline
 * script adds filters by verdict and check and opens every group before printing; without it
 * the page reads in full. Text from the dataset is escaped, so a quote holding
 * {@code <script>} or {@code </svg>} shows as those characters. The output is the same for the
 * same input (no date, no random ids). This class is immutable and thread-safe.
 */
public final class ReportHtml {

    private static final List<Verdict> ORDER = List.of(Verdict.INCONSISTENT, Verdict.UNDETERMINED, Verdict.CONSISTENT);

    private ReportHtml() {
    }

    /**
     * Writes the page of a report. The writer is not closed.
     *
     * @param report the report, not null
     * @param dataset the dataset that was checked, for the figures' subjects, quotes and sources, not null
     * @param settings the settings the report was made with, shown in the header, not null
     * @param out where to write, not null
     * @throws IOException if writing fails
     */
    public static void write(Report report, Dataset dataset, CheckSettings settings, Writer out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(out, "out");
        new Writing(report, dataset, settings, out).page();
        out.flush();
    }

    /**
     * Returns the page of a report as text.
     *
     * @param report the report, not null
     * @param dataset the dataset that was checked, not null
     * @param settings the settings the report was made with, not null
     * @return the HTML text, ending with a line end
     */
    public static String toHtml(Report report, Dataset dataset, CheckSettings settings) {
        StringWriter out = new StringWriter();
        try {
            write(report, dataset, settings, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * Writes the page of a report to a file in UTF-8, replacing it if it exists.
     *
     * @param report the report, not null
     * @param dataset the dataset that was checked, not null
     * @param settings the settings the report was made with, not null
     * @param file the file, not null
     * @return the file's absolute path, to open in a browser
     * @throws IOException if the file cannot be written
     */
    public static Path save(Report report, Dataset dataset, CheckSettings settings, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(report, dataset, settings, out);
        }
        return file.toAbsolutePath();
    }

    /**
     * Checks a dataset and writes the page of its report to a file: the one call for JShell,
     * {@code ReportHtml.save(dataset, CheckSettings.DEFAULTS, Path.of("report.html"))}.
     *
     * @param dataset the dataset, not null
     * @param settings the settings of the check run, not null
     * @param file the file, not null
     * @return the file's absolute path, to open in a browser
     * @throws IOException if the file cannot be written
     */
    public static Path save(Dataset dataset, CheckSettings settings, Path file) throws IOException {
        return save(Checker.check(dataset, settings), dataset, settings, file);
    }

    /** One page being written. */
    private static final class Writing {
        private final Report report;
        private final Dataset dataset;
        private final CheckSettings settings;
        private final Writer out;
        private final Html h = new Html(Page.CHUNK + 8192);
        /** The text of each period shown so far: a dataset has few periods, and printing one is not cheap. */
        private final Map<ReportingPeriod, String> periods = new HashMap<>();
        /** The markup of each figure shown so far, by observation id. */
        private final Map<String, String> figures = new HashMap<>();
        /** The findings by verdict and then check, in report order, each with its number in the report. */
        private final Map<Verdict, Map<CheckId, List<Integer>>> groups = new EnumMap<>(Verdict.class);

        Writing(Report report, Dataset dataset, CheckSettings settings, Writer out) {
            this.report = report;
            this.dataset = dataset;
            this.settings = settings;
            this.out = out;
            for (Verdict v : ORDER) {
                groups.put(v, new LinkedHashMap<>());
            }
            List<Finding> findings = report.findings();
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                groups.get(f.verdict()).computeIfAbsent(f.check(), c -> new ArrayList<>()).add(i);
            }
        }

        void page() throws IOException {
            String name = dataset.name();
            Page.head(h, "Check report" + (name.isEmpty() ? "" : ": " + name) + " \u2014 " + report.summary());
            header();
            h.raw("<main>\n");
            for (Verdict v : ORDER) {
                section(v);
            }
            h.raw("</main>\n");
            Page.end(h, true);
            Page.flush(h, out, true);
        }

        private void header() {
            String name = dataset.name();
            h.raw("<header>\n<h1>Check report").raw(name.isEmpty() ? "" : ": ").text(name).raw("</h1>\n");
            h.raw("<p class=\"summary\">");
            for (Verdict v : ORDER) {
                h.raw("<a class=\"count ").raw(css(v)).raw("\" href=\"#").raw(css(v)).raw("\">").text(icon(v) + " "
                        + report.count(v) + " " + css(v)).raw("</a> ");
            }
            h.raw("<span class=\"total\">").text("of " + Page.count(report.findings().size(), "finding")).raw("</span></p>\n");
            h.raw("<dl class=\"settings\">\n");
            dt("Dataset", (name.isEmpty() ? "(unnamed)" : name) + ": " + Page.count(dataset.size(), "observation")
                    + ", " + Page.count(dataset.sources().size(), "source") + ", " + Page.count(dataset.rules().size(), "rule"));
            QualifierWidths w = settings.widths();
            dt("Qualifier widths", "about \u00b1" + percent(w.about()) + ", over/under/at least/at most up to "
                    + percent(w.over()) + ", nearly up to " + percent(w.nearly()) + " of the figure");
            RatePolicy p = settings.ratePolicy();
            dt("Exchange rates", "a day's rate at most " + Page.count(p.maxStaleDays(), "day") + " old; flows at "
                    + (p.flowsAtAverage() ? "the period's average rate" : "the rate of the period's last day")
                    + "; the dataset's own: " + rates(dataset.rateTable()) + "; more: " + rates(settings.rates()));
            dt("Checks run", settings.checks().size() == CheckId.values().length ? "all " + CheckId.values().length
                    + ": " + ids(settings) : ids(settings));
            h.raw("</dl>\n");
            h.raw("<p class=\"legend\">Each chart draws the <b>stated</b> interval (what the figure says, with its rounding"
                    + " and qualifier) and the <b>derived</b> one (what the other figures allow) on one axis:"
                    + " <span class=\"sym\">\u25cf</span> a closed end (the bound is included),"
                    + " <span class=\"sym\">\u25cb</span> an open end (excluded),"
                    + " <span class=\"sym\">\u25b6</span> no bound on that side; the shaded band of an inconsistent"
                    + " finding is the gap between the intervals, labelled with its size.</p>\n");
            contents();
            filters();
            h.raw("</header>\n");
        }

        private void dt(String term, String value) {
            h.raw("<dt>").text(term).raw("</dt><dd>").text(value).raw("</dd>\n");
        }

        private void contents() {
            h.raw("<nav class=\"contents\" aria-label=\"Contents\"><ul>\n");
            for (Verdict v : ORDER) {
                h.raw("<li><a href=\"#").raw(css(v)).raw("\">").text(title(v)).raw("</a> (").raw(String.valueOf(report.count(v)))
                        .raw(")");
                Map<CheckId, List<Integer>> byCheck = groups.get(v);
                if (!byCheck.isEmpty()) {
                    h.raw(": ");
                    boolean first = true;
                    for (Map.Entry<CheckId, List<Integer>> e : byCheck.entrySet()) {
                        h.raw(first ? "" : ", ").raw("<a href=\"#").raw(groupId(v, e.getKey())).raw("\">")
                                .text(e.getKey().id()).raw("</a> ").raw(String.valueOf(e.getValue().size()));
                        first = false;
                    }
                }
                h.raw("</li>\n");
            }
            h.raw("</ul></nav>\n");
        }

        /** The filter form, hidden until the script shows it: without the script it could do nothing. */
        private void filters() {
            h.raw("<form id=\"filters\" hidden><fieldset><legend>Show</legend>");
            for (Verdict v : ORDER) {
                h.raw("<label><input type=\"checkbox\" name=\"verdict\" value=\"").raw(css(v)).raw("\" checked> ")
                        .text(title(v)).raw("</label>");
            }
            h.raw("</fieldset><label>check <select name=\"check\"><option value=\"\">all</option>");
            for (CheckId c : CheckId.values()) {
                if (settings.runs(c) || hasFindings(c)) {
                    h.raw("<option").attr("value", c.id()).raw('>').text(c.id()).raw("</option>");
                }
            }
            h.raw("</select></label></form>\n");
        }

        private boolean hasFindings(CheckId c) {
            for (Map<CheckId, List<Integer>> m : groups.values()) {
                if (m.containsKey(c)) {
                    return true;
                }
            }
            return false;
        }

        private void section(Verdict v) throws IOException {
            Map<CheckId, List<Integer>> byCheck = groups.get(v);
            h.raw("<section class=\"group ").raw(css(v)).raw("\" id=\"").raw(css(v)).raw("\" data-verdict=\"").raw(css(v))
                    .raw("\">\n<h2>").text(icon(v) + " " + title(v) + " \u2014 " + Page.count(report.count(v), "finding"))
                    .raw("</h2>\n");
            if (byCheck.isEmpty()) {
                h.raw("<p class=\"none\">").text("No " + css(v) + " finding.").raw("</p>\n");
            }
            for (Map.Entry<CheckId, List<Integer>> e : byCheck.entrySet()) {
                List<Integer> members = e.getValue();
                h.raw("<details class=\"check-group\" id=\"").raw(groupId(v, e.getKey())).raw("\" data-verdict=\"")
                        .raw(css(v)).raw('"').attr("data-check", e.getKey().id()).raw(members.size() <= Page.OPEN_LIMIT ? " open" : "")
                        .raw("><summary>").text(e.getKey().id() + " \u2014 " + Page.count(members.size(), css(v) + " finding"))
                        .raw("</summary>\n");
                for (int index : members) {
                    finding(report.findings().get(index), index + 1);
                    Page.flush(h, out, false);
                }
                h.raw("</details>\n");
            }
            h.raw("</section>\n");
        }

        private void finding(Finding f, int number) {
            String id = "f" + number;
            String v = css(f.verdict());
            h.raw("<article class=\"finding ").raw(v).raw("\" id=\"").raw(id).raw("\" data-verdict=\"").raw(v).raw('"')
                    .attr("data-check", f.check().id()).raw(">\n");
            h.raw("<div class=\"head\"><span class=\"badge\">").text(icon(f.verdict()) + " " + title(f.verdict()))
                    .raw("</span> <span class=\"check\">").text(f.check().id()).raw("</span> <a class=\"num\" href=\"#")
                    .raw(id).raw("\">#").raw(String.valueOf(number)).raw("</a>");
            if (f.margin().isPresent()) {
                BigDecimal m = f.margin().get();
                String text = f.verdict() == Verdict.INCONSISTENT ? "apart by " + Page.amount(m, f.marginUnit())
                        : m.signum() == 0 ? "the intervals overlap" : "margin " + Page.amount(m, f.marginUnit());
                h.raw(" <span class=\"margin\">").text(text).raw("</span>");
            }
            h.raw("</div>\n<div class=\"plot\">");
            chart(f, id);
            h.raw("<p class=\"arith\">").text(f.message()).raw("</p></div>\n<ul class=\"figures\">\n");
            List<String> ids = f.observations();
            for (int i = 0; i < ids.size(); i++) {
                figure(ids.get(i), i == 0 ? "checked" : "used");
            }
            h.raw("</ul>\n</article>\n");
        }

        private void chart(Finding f, String id) {
            List<IntervalChart.Bar> bars = new ArrayList<>(2);
            List<Interval> intervals = new ArrayList<>(2);
            f.stated().ifPresent(i -> {
                bars.add(new IntervalChart.Bar("stated", "stated", i, Page.interval(i, f.unit())));
                intervals.add(i);
            });
            f.derived().ifPresent(i -> {
                bars.add(new IntervalChart.Bar("derived", "derived", i, Page.interval(i, f.unit())));
                intervals.add(i);
            });
            if (bars.isEmpty()) {
                h.raw("<p class=\"nochart\">No interval to draw: nothing could be derived.</p>");
                return;
            }
            boolean apart = f.verdict() == Verdict.INCONSISTENT && f.margin().isPresent() && bars.size() == 2;
            String gap = apart ? "gap " + Page.amount(f.margin().get(), f.marginUnit()) : null;
            StringBuilder desc = new StringBuilder();
            for (IntervalChart.Bar b : bars) {
                desc.append(desc.length() == 0 ? "" : ", ").append(b.label()).append(' ').append(b.text());
            }
            desc.append(switch (f.verdict()) {
                case INCONSISTENT -> apart ? ": the intervals do not overlap, " + gap + "." : ": the intervals do not overlap.";
                case CONSISTENT -> ": the intervals overlap.";
                case UNDETERMINED -> ": undetermined.";
            });
            IntervalChart.write(h, id, f.check().id() + " check #" + id.substring(1) + ": stated and derived intervals",
                    desc.toString(), IntervalChart.Scale.of(intervals, false), bars, gap, false);
        }

        private void figure(String observationId, String role) {
            h.raw("<li><span class=\"role\">").raw(role).raw("</span> ")
                    .raw(figures.computeIfAbsent(observationId, this::figureHtml)).raw("</li>\n");
        }

        /** The markup of a figure, made once per observation: a figure is used by many findings. */
        private String figureHtml(String observationId) {
            Html f = new Html(512);
            f.raw("<code>").text(observationId).raw("</code>");
            Optional<Observation> found = dataset.observation(observationId);
            if (found.isEmpty()) {
                return f.raw(" <span class=\"missing\">(not in this dataset)</span>").toString();
            }
            Observation o = found.get();
            String unit = o.effectiveUnit().toString();
            f.raw("<br><span class=\"fig\">").text(o.figure().display() + (unit.isEmpty() || unit.equals("1") ? "" : " " + unit))
                    .raw("</span>");
            if (o.status() != Status.ACTUAL) {
                f.raw(" <span class=\"status\">(").text(o.status().id()).raw(")</span>");
            }
            f.raw(" \u2014 ").text(o.measure().toString()).raw(" of ").text(metric(o.metric())).raw(", ")
                    .text(subject(o)).raw(", ").text(periods.computeIfAbsent(o.period(), ReportingPeriod::toString));
            if (o.quote().isPresent()) {
                f.raw("<br><q>").text(o.quote().get()).raw("</q>");
            }
            if (o.source().isPresent()) {
                f.raw("<br><span class=\"src\">source: ").text(source(o.source().get())).raw("</span>");
            }
            return f.toString();
        }

        private String metric(String metricId) {
            Optional<String> n = dataset.metric(metricId).flatMap(Metric::name);
            return n.isPresent() ? n.get() + " (" + metricId + ")" : metricId;
        }

        private String subject(Observation o) {
            String ref = o.subject().toString();
            Optional<String> n = dataset.subject(ref).flatMap(Subject::name);
            return n.isPresent() ? n.get() + " (" + ref + ")" : ref;
        }

        private String source(String sourceId) {
            Optional<Source> s = dataset.source(sourceId);
            if (s.isEmpty()) {
                return sourceId;
            }
            StringBuilder sb = new StringBuilder();
            for (Optional<String> part : List.of(s.get().title(), s.get().publisher(), s.get().date(), s.get().url())) {
                part.ifPresent(p -> sb.append(sb.length() == 0 ? "" : " \u00b7 ").append(p));
            }
            return sb.length() == 0 ? sourceId : sb.toString();
        }
    }

    private static String ids(CheckSettings settings) {
        StringBuilder sb = new StringBuilder();
        for (CheckId c : CheckId.values()) {
            if (settings.runs(c)) {
                sb.append(sb.length() == 0 ? "" : ", ").append(c.id());
            }
        }
        return sb.toString();
    }

    /** {@code USD/CNY: 1249 daily quotes 2020-11-30..2025-11-28}, or {@code none}. */
    private static String rates(FxRateTable table) {
        if (table.isEmpty()) {
            return "none";
        }
        String s = table.toString();
        return s.startsWith("FxRateTable[") && s.endsWith("]") ? s.substring(12, s.length() - 1) : s;
    }

    private static String percent(BigDecimal fraction) {
        BigDecimal p = fraction.movePointRight(2).stripTrailingZeros();
        return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + " %";
    }

    static String css(Verdict v) {
        return v.name().toLowerCase(java.util.Locale.ROOT);
    }

    static String title(Verdict v) {
        return switch (v) {
            case INCONSISTENT -> "Inconsistent";
            case CONSISTENT -> "Consistent";
            case UNDETERMINED -> "Undetermined";
        };
    }

    /** A mark that tells the verdicts apart without colour. */
    static String icon(Verdict v) {
        return switch (v) {
            case INCONSISTENT -> "\u2717";
            case CONSISTENT -> "\u2713";
            case UNDETERMINED -> "?";
        };
    }

    private static String groupId(Verdict v, CheckId c) {
        return "g-" + css(v) + "-" + c.id();
    }
}
