package org.industrymetrics.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.industrymetrics.check.Finding;
import org.industrymetrics.check.Report;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed report's and a seed sum's HTML pages: golden files, and the pages parsed with jsoup
 * (one row per finding or group, verdict classes and labels, charts with titles, nothing
 * outside the file). The command's {@code --format html} and {@code -o FILE}.
 * <p>
 * Regenerate the golden files after an intended change with
 * <pre>
 * mvn -B -ntp -q -pl examples -am test -Dtest=HtmlPageTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true
 * </pre>
 * and look at the page in a browser before committing.
 */
class HtmlPageTest {

    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final String SEED = "src/main/resources/org/industrymetrics/examples/seed";

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(file), "no golden file " + file + ": run with -Dgolden.update=true (see the class comment)");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "output differs from " + file);
    }

    private static String[] run(String... args) {
        return Metrics.capture(new ByteArrayInputStream(new byte[0]), args);
    }

    @Test
    void test_seedReport_golden() throws IOException {
        assertGolden("check-seed.html", SeedPages.reportHtml());
    }

    @Test
    void test_seedReport_oneRowPerFinding_verdictClassesAndLabels() {
        Report report = SeedPages.report(SeedDataset.load());
        Document doc = Jsoup.parse(SeedPages.reportHtml());
        Elements rows = doc.select("article.finding");
        assertEquals(report.findings().size(), rows.size());
        // grouped inconsistent first, then undetermined, then consistent; report order within a group
        List<Finding> expected = new java.util.ArrayList<>();
        expected.addAll(report.findings(org.industrymetrics.check.Verdict.INCONSISTENT));
        expected.addAll(report.findings(org.industrymetrics.check.Verdict.UNDETERMINED));
        expected.addAll(report.findings(org.industrymetrics.check.Verdict.CONSISTENT));
        for (int i = 0; i < rows.size(); i++) {
            Element row = rows.get(i);
            Finding f = expected.get(i);
            String verdict = f.verdict().name().toLowerCase(Locale.ROOT);
            assertTrue(row.hasClass(verdict), row.className());
            assertEquals(verdict, row.attr("data-verdict"));
            assertEquals(f.check().id(), row.attr("data-check"));
            assertTrue(row.selectFirst(".badge").text().endsWith(f.verdict() == org.industrymetrics.check.Verdict.INCONSISTENT
                    ? "Inconsistent" : "Consistent"), row.selectFirst(".badge").text());
            assertEquals(f.message(), row.selectFirst(".arith").text());
            assertEquals(f.observations().size(), row.select("ul.figures li").size());
            assertEquals(f.observations().get(0), row.selectFirst("ul.figures li code").text());
            Element svg = row.selectFirst("svg.chart");
            assertTrue(svg.selectFirst("title") != null && svg.selectFirst("desc") != null);
        }
        Element growth = rows.get(0);
        assertEquals("growth", growth.attr("data-check"));
        assertEquals("gap 0.0019 pp", growth.selectFirst("svg g.gap text").text());
        assertEquals("apart by 0.0019 pp", growth.selectFirst(".margin").text());
        assertEquals("Check report: seed", doc.selectFirst("h1").text());
    }

    @Test
    void test_seedPages_referNothingOutside() throws IOException {
        assertNoExternalReference(Jsoup.parse(SeedPages.reportHtml()));
        assertNoExternalReference(Jsoup.parse(sumHtml()));
    }

    static void assertNoExternalReference(Document doc) {
        assertTrue(doc.select("link, img, iframe, object, embed, base, audio, video, source, script[src]").isEmpty());
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String v = a.getValue().toLowerCase(Locale.ROOT);
                assertFalse(v.contains("http:") || v.contains("https:") || v.startsWith("//") || v.contains("url("),
                        e.tagName() + " " + a.getKey() + "=" + v);
            }
        }
        for (Element style : doc.select("style, script")) {
            String text = style.data().toLowerCase(Locale.ROOT);
            assertFalse(text.contains("http") || text.contains("url(") || text.contains("@import") || text.contains("fetch("), text);
        }
    }

    private static String sumHtml() {
        String[] r = run("sum", "--unit", "million USD", "--by", "subject", "--metric", "output_value",
                "--period", "2024-01/2024-05", "--default-rates", "--format", "html", SEED);
        assertEquals("0", r[0], r[2]);
        return r[1];
    }

    @Test
    void test_sum_html_golden_oneRowPerGroup() throws IOException {
        String html = sumHtml();
        assertGolden("sum-output-value-usd.html", html);
        Document doc = Jsoup.parse(html);
        String[] text = run("sum", "--unit", "million USD", "--by", "subject", "--metric", "output_value",
                "--period", "2024-01/2024-05", "--default-rates", "--format", "json", SEED);
        int groups = text[1].split("\"key\"", -1).length - 1;
        assertEquals(groups, doc.select("tr.group").size());
        for (Element row : doc.select("tr.group")) {
            assertEquals(1, row.select("svg.chart title").size());
            assertTrue(row.selectFirst("svg.chart desc").text().contains("observation"));
            String rates = row.select("td").last().text();
            assertTrue(rates.equals("none") || rates.matches("[A-Z]{3}/[A-Z]{3} [0-9.]+ .*\\(FRB H\\.10\\)"), rates);
        }
    }

    @Test
    void test_check_formatHtml_toFileOrStdout(@TempDir Path dir) throws IOException {
        String[] stdout = run("check", "--format", "html", "--default-rates", SEED);
        assertEquals("1", stdout[0], "exit status: the seed has an inconsistent figure");
        Path file = dir.resolve("report.html");
        String[] toFile = run("check", "--format=html", "--default-rates", "-o", file.toString(), SEED);
        assertEquals("1", toFile[0]);
        assertEquals("", toFile[1], "nothing on standard output with -o");
        assertEquals("", toFile[2]);
        assertEquals(stdout[1], Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(Jsoup.parse(stdout[1]).select("article.finding").size(), 6);
    }
}
