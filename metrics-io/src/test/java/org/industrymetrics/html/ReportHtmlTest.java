package org.industrymetrics.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.industrymetrics.check.CheckId;
import org.industrymetrics.check.CheckSettings;
import org.industrymetrics.check.Finding;
import org.industrymetrics.check.Report;
import org.industrymetrics.check.Verdict;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.Metric;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.Source;
import org.industrymetrics.observation.Subject;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.period.ReportingPeriod;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report page parsed with jsoup, as a browser's parser reads it: one article per finding,
 * grouped inconsistent first, verdict classes and text labels, the chart marks (open ends,
 * arrows, the gap), hostile text shown as text, and no reference outside the file.
 */
class ReportHtmlTest {

    static final String HOSTILE_QUOTE = "He said \"<script>alert('q')</script>\" & left </svg><b>bold</b> 'x'";
    static final String HOSTILE_NAME = "Acme \"</svg><script>alert(1)</script> & Co</title>";
    static final String HOSTILE_SUBJECT = "A<script>alert(2)</script>";
    static final String HOSTILE_MESSAGE = "163.522 / 103.073 - 1 = 58.647 %, stated 58.7 % (\"</svg><script>alert(3)</script> & more\")";

    static Dataset dataset() {
        return Dataset.builder().name("hostile <script>alert(4)</script> & \"name\"")
                .addSubject(Subject.builder().id(HOSTILE_SUBJECT).name(HOSTILE_NAME).build())
                .addMetric(Metric.builder().id("income").name("Income </title><script>alert(5)</script>").build())
                .addSource(Source.builder().id("s1").title("<img src=x onerror=alert(6)> report").url("https://example.org/a?b=1&c=2").build())
                .addObservation(Observation.builder().id("g").subject(SubjectRef.of(HOSTILE_SUBJECT)).metric("income")
                        .period(ReportingPeriod.parse("2022")).measure(Measure.GROWTH).figure(ReportedFigure.parse("58.7"))
                        .quote(HOSTILE_QUOTE).source("s1").build())
                .addObservation(Observation.builder().id("l1").subject(SubjectRef.of(HOSTILE_SUBJECT)).metric("income")
                        .period(ReportingPeriod.parse("2022")).figure(ReportedFigure.parse("163.522"))
                        .unit(ObservationUnit.parse("billion CNY")).quote("bell \u0007 and tab\tend").build())
                .build();
    }

    static Report report() {
        List<Finding> findings = new ArrayList<>();
        findings.add(Finding.builder().check(CheckId.GROWTH).verdict(Verdict.INCONSISTENT).addObservations("g", "l1", "l0")
                .stated(Interval.parse("[58.65, 58.75]")).derived(Interval.parse("[58.6455, 58.6481]")).unit("%")
                .margin(new BigDecimal("0.0019")).marginUnit("pp").message(HOSTILE_MESSAGE).build());
        findings.add(Finding.builder().check(CheckId.PARTS_SUM).verdict(Verdict.CONSISTENT).addObservations("l1")
                .stated(Interval.parse("(250, 275.5]")).derived(Interval.parse("(210, +inf)")).unit("billion CNY")
                .margin(BigDecimal.ZERO).message("over 210 = (210, 231.5] billion CNY").build());
        findings.add(Finding.builder().check(CheckId.RULE).verdict(Verdict.UNDETERMINED).addObservations("l1")
                .stated(Interval.parse("[1.5, 2.5]")).unit("1").message("no rate").build());
        findings.add(Finding.builder().check(CheckId.SHARE).verdict(Verdict.CONSISTENT).addObservations("g")
                .stated(Interval.parse("[1.5, 2.5]")).derived(Interval.parse("(-inf, 9.5]")).unit("1")
                .margin(BigDecimal.ZERO).message("9, stated 2").build());
        return Report.of(findings);
    }

    static Document page() {
        return Jsoup.parse(ReportHtml.toHtml(report(), dataset(), CheckSettings.DEFAULTS));
    }

    @Test
    void test_onePerFinding_inconsistentFirst() {
        Document doc = page();
        Elements rows = doc.select("article.finding");
        assertEquals(4, rows.size());
        assertTrue(rows.get(0).hasClass("inconsistent"), rows.get(0).className());
        assertTrue(rows.get(1).hasClass("undetermined"), rows.get(1).className());
        assertTrue(rows.get(2).hasClass("consistent") && rows.get(3).hasClass("consistent"));
        // every row is in a group that is open: nothing is hidden in a small report
        for (Element row : rows) {
            Element group = row.closest("details");
            assertNotNull(group);
            assertTrue(group.hasAttr("open"), group.id());
        }
    }

    @Test
    void test_verdictLabels_doNotRestOnColour() {
        for (Element row : page().select("article.finding")) {
            String verdict = row.attr("data-verdict");
            assertEquals(1, row.classNames().stream().filter(c -> List.of("consistent", "inconsistent", "undetermined").contains(c)).count());
            assertTrue(row.hasClass(verdict));
            String badge = row.selectFirst(".badge").text();
            String expected = switch (verdict) {
                case "inconsistent" -> "\u2717 Inconsistent";
                case "consistent" -> "\u2713 Consistent";
                default -> "? Undetermined";
            };
            assertEquals(expected, badge);
            assertEquals(Verdict.valueOf(verdict.toUpperCase(Locale.ROOT)).name().toLowerCase(Locale.ROOT), verdict);
        }
        Element summary = page().selectFirst("p.summary");
        assertEquals("\u2717 1 inconsistent ? 1 undetermined \u2713 2 consistent of 4 findings", summary.text());
    }

    @Test
    void test_charts_haveTitleDescAndDrawEnds() {
        Document doc = page();
        Elements charts = doc.select("svg.chart");
        assertEquals(4, charts.size());
        for (Element svg : charts) {
            assertEquals("img", svg.attr("role"));
            Element title = svg.selectFirst("title");
            Element desc = svg.selectFirst("desc");
            assertNotNull(title);
            assertNotNull(desc);
            assertEquals(title.id() + " " + desc.id(), svg.attr("aria-labelledby"));
        }
        Element inconsistent = doc.selectFirst("article.inconsistent svg");
        assertEquals("gap 0.0019 pp", inconsistent.selectFirst("g.gap text").text());
        assertEquals("[58.65, 58.75] %", inconsistent.selectFirst("g.stated text.val").text());
        assertTrue(inconsistent.selectFirst("desc").text().contains("do not overlap, gap 0.0019 pp"));
        assertEquals(4, inconsistent.select("circle.closed").size());
        // (250, 275.5] and (210, +inf): two open dots, one closed, one arrow
        Element partsSum = doc.selectFirst("article[data-check=parts-sum] svg");
        assertEquals(2, partsSum.select("circle.open").size());
        assertEquals(1, partsSum.select("circle.closed").size());
        assertEquals(1, partsSum.select("g.derived path.arrow").size());
        assertTrue(partsSum.select("g.gap").isEmpty());
        Element share = doc.selectFirst("article[data-check=share] svg");
        assertEquals(1, share.select("g.derived path.arrow").size());
        assertEquals("(-inf, 9.5]", share.selectFirst("g.derived text.val").text(), "the unit 1 is left out");
        // an undetermined finding without a derived interval draws the stated one alone
        assertEquals(1, doc.select("article.undetermined svg g.bar").size());
    }

    @Test
    void test_hostileText_showsAsText() {
        String html = ReportHtml.toHtml(report(), dataset(), CheckSettings.DEFAULTS);
        for (String forbidden : List.of("<script>alert", "</svg><script>", "<img", "<b>bold", "</title><script>")) {
            assertFalse(html.contains(forbidden), forbidden);
        }
        Document doc = Jsoup.parse(html);
        assertEquals(1, doc.select("script").size(), "only the page's own filter script");
        assertFalse(doc.selectFirst("script").data().contains("alert"));
        assertTrue(doc.select("img").isEmpty());
        assertTrue(doc.select("b:containsOwn(bold)").isEmpty(), "the quote's <b> is text");
        assertEquals("Check report: hostile <script>alert(4)</script> & \"name\" \u2014 2 consistent, 1 inconsistent, 1 undetermined",
                doc.title());
        Element row = doc.selectFirst("article.inconsistent");
        assertEquals(HOSTILE_QUOTE, row.selectFirst("q").wholeText());
        assertEquals(HOSTILE_MESSAGE, row.selectFirst(".arith").wholeText());
        assertTrue(row.selectFirst("ul.figures li").text().contains(HOSTILE_NAME + " (" + HOSTILE_SUBJECT + ")"));
        assertTrue(row.selectFirst(".src").text().contains("<img src=x onerror=alert(6)> report"));
        // the SVG is one element: a </svg> in the text did not end it early
        assertEquals(1, row.select("svg").size());
        assertTrue(row.selectFirst("svg").nextElementSibling().hasClass("arith"), row.selectFirst("div.plot").outerHtml());
        // a control character is shown, not dropped
        assertEquals("bell \u2407 and tab\tend", doc.select("article.inconsistent q").get(1).wholeText());
        assertTrue(row.select("li").get(2).text().contains("(not in this dataset)"));
    }

    @Test
    void test_noReferenceOutsideTheFile() {
        assertNoExternalReference(page());
    }

    /** No attribute, style sheet or element of the page makes a browser fetch anything. */
    static void assertNoExternalReference(Document doc) {
        assertTrue(doc.select("link, img, iframe, object, embed, base, audio, video, source, script[src]").isEmpty());
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String v = a.getValue().toLowerCase(Locale.ROOT);
                assertFalse(v.contains("http:") || v.contains("https:") || v.startsWith("//") || v.contains("url("),
                        e.tagName() + " " + a.getKey() + "=" + v);
            }
        }
        for (Element style : doc.select("style")) {
            String css = style.data().toLowerCase(Locale.ROOT);
            assertFalse(css.contains("http:") || css.contains("https:") || css.contains("url(") || css.contains("@import"), css);
        }
        for (Element script : doc.select("script")) {
            String js = script.data().toLowerCase(Locale.ROOT);
            assertFalse(js.contains("http") || js.contains("fetch(") || js.contains("xmlhttprequest") || js.contains("import"), js);
        }
    }

    @Test
    void test_largeGroups_collapsed_contentsCountThem() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            findings.add(Finding.builder().check(CheckId.AGREE).verdict(Verdict.CONSISTENT).addObservations("o" + (1000 + i))
                    .stated(Interval.parse("[1, 2]")).derived(Interval.parse("[1.5, 3]")).unit("GWh").margin(BigDecimal.ZERO)
                    .message("m" + i).build());
        }
        findings.add(report().findings(Verdict.INCONSISTENT).get(0));
        Document doc = Jsoup.parse(ReportHtml.toHtml(Report.of(findings), dataset(), CheckSettings.DEFAULTS));
        assertEquals(151, doc.select("article.finding").size());
        Element agree = doc.getElementById("g-consistent-agree");
        assertFalse(agree.hasAttr("open"));
        assertEquals("agree \u2014 150 consistent findings", agree.selectFirst("summary").text());
        assertTrue(doc.getElementById("g-inconsistent-growth").hasAttr("open"));
        assertEquals("Consistent (150): agree 150", doc.select("nav.contents li").get(2).text());
    }

    @Test
    void test_sameInput_sameBytes_andSaveReturnsAbsolutePath(@TempDir Path dir) throws IOException {
        String html = ReportHtml.toHtml(report(), dataset(), CheckSettings.DEFAULTS);
        assertEquals(html, ReportHtml.toHtml(report(), dataset(), CheckSettings.DEFAULTS));
        Path file = ReportHtml.save(report(), dataset(), CheckSettings.DEFAULTS, dir.resolve("r.html"));
        assertTrue(file.isAbsolute());
        assertEquals(html, Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(html.startsWith("<!DOCTYPE html>\n") && html.endsWith("</html>\n"));
    }

    @Test
    void test_settings_shownInHeader() {
        CheckSettings settings = CheckSettings.builder().only(CheckId.GROWTH, CheckId.FX).build();
        Document doc = Jsoup.parse(ReportHtml.toHtml(report(), dataset(), settings));
        Elements dd = doc.select("dl.settings dd");
        assertEquals("growth, fx", dd.get(3).text());
        assertEquals("about \u00b15 %, over/under/at least/at most up to 10 %, nearly up to 5 % of the figure", dd.get(1).text());
        assertTrue(dd.get(0).text().endsWith(": 2 observations, 1 source, 0 rules"), dd.get(0).text());
    }
}
