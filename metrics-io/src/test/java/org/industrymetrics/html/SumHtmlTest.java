package org.industrymetrics.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.industrymetrics.aggregate.Aggregation;
import org.industrymetrics.aggregate.GroupBy;
import org.industrymetrics.aggregate.SumResult;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.period.ReportingPeriod;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The sum page parsed with jsoup: one row per group, a bar on a shared axis, escaped keys. */
class SumHtmlTest {

    private static Observation level(String id, String subject, String figure) {
        return Observation.builder().id(id).subject(SubjectRef.of(subject)).metric("capacity")
                .period(ReportingPeriod.parse("2024")).figure(ReportedFigure.parse(figure))
                .unit(ObservationUnit.parse("GWh")).build();
    }

    private static SumResult sum() {
        Dataset d = Dataset.of(java.util.List.of(level("a1", "A<script>alert(1)</script>", "over 200"),
                level("a2", "A<script>alert(1)</script>", "12.5"), level("b1", "B&\"</svg>", "50")));
        // a1 and a2 are one subject, metric and period twice: added on purpose, with the overlap allowed
        return Aggregation.inUnit("GWh").by(GroupBy.SUBJECT)
                .overlapPolicy(org.industrymetrics.aggregate.OverlapPolicy.parse("allow")).build().sum(d);
    }

    @Test
    void test_oneRowPerGroup_sharedAxis_escaped() {
        String html = SumHtml.toHtml(sum());
        assertFalse(html.contains("<script>alert"));
        Document doc = Jsoup.parse(html);
        assertEquals(2, doc.select("tr.group").size());
        assertEquals(0, doc.select("script").size(), "the sum page needs no script");
        Element first = doc.select("tr.group").get(0);
        assertEquals("subject A<script>alert(1)</script>", first.selectFirst("td").text());
        assertEquals("(212.45, 233.05] GWh", first.selectFirst("svg g.total text.val").text());
        assertEquals(1, first.select("svg circle.open").size(), "over 200: an open low end");
        assertEquals("Total of subject=A<script>alert(1)</script>", first.selectFirst("svg title").text());
        Element second = doc.select("tr.group").get(1);
        assertEquals("subject B&\"</svg>", second.selectFirst("td").text());
        assertEquals("2 observations", first.selectFirst("td.n").text());
        // one axis from zero: the larger total's bar ends further right
        double end1 = Double.parseDouble(first.select("svg circle").last().attr("cx"));
        double end2 = Double.parseDouble(second.select("svg circle").last().attr("cx"));
        assertTrue(end1 > end2, end1 + " " + end2);
        ReportHtmlTest.assertNoExternalReference(doc);
    }
}
