package org.industrymetrics.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The seed report's page in a real headless Chromium (the distribution's package, which
 * {@code .ci/run} installs when it is missing), at a desktop width of 1280 px and a phone width
 * of 390 px: it loads without console errors or exceptions, every finding row is rendered, inside
 * the width (no sideways scrolling), the filter script ran and works; full-page screenshots are
 * saved as {@code target/browser/seed-1280.png} and {@code seed-390.png} to look at.
 * <p>
 * Skipped (with a message saying so) only where no {@code chromium} is installed and the
 * environment is not CI; with {@code CI=true} a missing browser fails the test.
 */
class BrowserPageTest {

    private static final Path OUT = Path.of("target", "browser");

    /** Every finding row: rendered, with a box, inside the page's width; and the page's own width. */
    private static final String ROWS = """
            JSON.stringify((function(){
            var width=document.documentElement.clientWidth;
            var rows=Array.prototype.slice.call(document.querySelectorAll('article.finding'));
            var bad=rows.filter(function(r){var b=r.getBoundingClientRect();
            return !(r.checkVisibility()&&b.width>0&&b.height>0&&b.left>=0&&b.right<=width+0.5);}).map(function(r){return r.id;});
            var charts=Array.prototype.slice.call(document.querySelectorAll('svg.chart')).filter(function(s){
            var b=s.getBoundingClientRect();return b.width>0&&b.height>0&&b.right<=width+0.5;}).length;
            return {rows:rows.length,bad:bad,charts:charts,scrollWidth:document.documentElement.scrollWidth,width:width,
            filters:!document.getElementById('filters').hidden};})())""";

    private static final String FILTER_CONSISTENT_OFF = """
            (function(){document.querySelector('#filters input[value=consistent]').click();
            return Array.prototype.slice.call(document.querySelectorAll('article.finding')).filter(function(r){
            return r.checkVisibility();}).length;})()""";

    @Test
    void test_seedPage_rendersWithoutErrors_everyRowVisible_at1280And390() throws Exception {
        Optional<Path> chromium = HeadlessChromium.find();
        if (chromium.isEmpty()) {
            boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
            assertTrue(!ci, "CI=true but no chromium on the PATH: .ci/run installs it with apt-get install -y chromium");
            Assumptions.abort("chromium is not installed (apt-get install -y chromium): the browser test is skipped outside CI");
        }
        Files.createDirectories(OUT);
        Path page = OUT.resolve("seed-report.html").toAbsolutePath();
        Files.writeString(page, SeedPages.reportHtml(), StandardCharsets.UTF_8);
        int findings = SeedPages.report(SeedDataset.load()).findings().size();
        int inconsistent = SeedPages.report(SeedDataset.load()).count(org.industrymetrics.check.Verdict.INCONSISTENT);
        ObjectMapper json = new ObjectMapper();
        try (HeadlessChromium browser = new HeadlessChromium(chromium.get(), OUT.resolve("profile"))) {
            browser.call("Runtime.enable");
            browser.call("Log.enable");
            browser.call("Page.enable");
            for (int width : new int[] {1280, 390}) {
                browser.clearEvents();
                browser.call("Emulation.setDeviceMetricsOverride", HeadlessChromium.params().put("width", width)
                        .put("height", 900).put("deviceScaleFactor", 1).put("mobile", width < 600));
                browser.call("Page.navigate", HeadlessChromium.params().put("url", page.toUri().toString()));
                browser.await(e -> "Page.loadEventFired".equals(e.path("method").asText()));

                JsonNode rows = json.readTree(evaluate(browser, ROWS).asText());
                assertEquals(findings, rows.get("rows").asInt(), "rows at " + width + " px");
                assertEquals("[]", rows.get("bad").toString(), "rows not visible at " + width + " px");
                assertEquals(findings, rows.get("charts").asInt(), "charts drawn at " + width + " px");
                assertTrue(rows.get("scrollWidth").asInt() <= rows.get("width").asInt(),
                        "the page scrolls sideways at " + width + " px: " + rows);
                assertTrue(rows.get("filters").asBoolean(), "the filter script did not run");

                JsonNode metrics = browser.call("Page.getLayoutMetrics");
                int height = (int) Math.ceil(metrics.get("cssContentSize").get("height").asDouble());
                browser.call("Emulation.setDeviceMetricsOverride", HeadlessChromium.params().put("width", width)
                        .put("height", Math.min(height, 16000)).put("deviceScaleFactor", 1).put("mobile", width < 600));
                JsonNode shot = browser.call("Page.captureScreenshot", HeadlessChromium.params().put("format", "png"));
                Files.write(OUT.resolve("seed-" + width + ".png"), Base64.getDecoder().decode(shot.get("data").asText()));

                assertEquals(inconsistent, evaluate(browser, FILTER_CONSISTENT_OFF).asInt(),
                        "rows left when consistent findings are filtered out");
                assertEquals(List.of(), errors(browser.events()), "console errors at " + width + " px");
            }
        }
        assertTrue(Files.size(OUT.resolve("seed-1280.png")) > 10_000);
        assertTrue(Files.size(OUT.resolve("seed-390.png")) > 10_000);
    }

    private static JsonNode evaluate(HeadlessChromium browser, String expression) throws Exception {
        JsonNode r = browser.call("Runtime.evaluate", HeadlessChromium.params().put("expression", expression)
                .put("returnByValue", true));
        assertTrue(!r.has("exceptionDetails"), "script failed: " + r.get("exceptionDetails"));
        return r.get("result").get("value");
    }

    /** Console errors, uncaught exceptions and error log entries among the events. */
    private static List<String> errors(List<JsonNode> events) {
        List<String> errors = new ArrayList<>();
        for (JsonNode e : events) {
            String method = e.path("method").asText();
            JsonNode p = e.path("params");
            if (method.equals("Runtime.exceptionThrown")
                    || (method.equals("Runtime.consoleAPICalled") && List.of("error", "assert").contains(p.path("type").asText()))
                    || (method.equals("Log.entryAdded") && p.path("entry").path("level").asText().equals("error"))) {
                errors.add(e.toString());
            }
        }
        return errors;
    }
}
