package org.industrymetrics.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.Status;
import org.industrymetrics.period.ReportingPeriod;
import org.junit.jupiter.api.Test;

class FigureExtractorTest {

    private static List<String> texts(String text) {
        return FigureExtractor.create().extract(text).allFigures().stream().map(FoundFigure::text).collect(Collectors.toList());
    }

    @Test
    void skipsWhatIsNoReportedFigure() {
        String text = "On June 9, 2023 at 10:30 the 2023 World Power Battery Conference opened. Call +86-23-67158993 or "
                + "010-68996033.\n1. The plant makes 21700 and 26105 type cells, ranks third-largest and is its 33rd factory;"
                + " Longquan No. 2 is a 5G site, top 10 in China, a 100-billion-level cluster, every six seconds, 2023-02-09.";
        assertEquals(List.of(), texts(text));
    }

    @Test
    void periodWordsAndEarlierLevelsAreReadForWhatTheyAre() {
        List<FoundFigure> f = FigureExtractor.create().extract(
                "In the first three quarters of 2024, the rate rose to 20.5 percent from 18.3 percent.").figures();
        assertEquals(List.of("20.5 percent", "18.3 percent"), f.stream().map(FoundFigure::text).collect(Collectors.toList()));
        assertEquals(Measure.SHARE, f.get(0).phrase().measure());
        assertEquals(Measure.SHARE, f.get(1).phrase().measure());
    }

    @Test
    void aQualifiedRangeSaysSoInItsNotes() {
        FoundFigure f = FigureExtractor.create().extract("there were about 3,000 - 4,000 employees").figures().get(0);
        assertEquals("3000..4000", f.phrase().figure().text());
        assertTrue(f.notes().stream().anyMatch(n -> n.contains("qualified \"about\"")), f.notes().toString());
    }

    @Test
    void spansAreJavaStringIndices() {
        String text = "\uD835\uDC00 Output rose 12.5% to 3.2 hundred million kWh.";
        Extraction x = FigureExtractor.create().extract(text);
        FoundFigure f = x.figures().get(0);
        assertEquals("rose 12.5%", text.substring(f.start(), f.end()));
        assertEquals(f.text(), text.substring(f.start(), f.end()));
        assertEquals("3.2 hundred million kWh", x.figures().get(1).text());
    }

    @Test
    void aConversionIsKeptWithItsFigure() {
        Extraction x = FigureExtractor.create().extract("an output value surpassing 20 billion yuan (about USD 2.75 billion) in 2023");
        assertEquals(1, x.figures().size());
        FoundFigure f = x.figures().get(0);
        assertEquals("surpassing 20 billion yuan", f.text());
        assertEquals("about USD 2.75 billion", f.conversion().orElseThrow().text());
        assertEquals(2, x.allFigures().size());
    }

    @Test
    void coordinatedFiguresShareTheirDirection() {
        List<FoundFigure> f = FigureExtractor.create().extract(
                "which increased by 10.4 percentage points and 9.7 percentage points compared with 2021 respectively").figures();
        assertEquals("up 9.7 percentage points", f.get(1).phrase().toString());
        assertEquals(Measure.GROWTH_PP, f.get(1).phrase().measure());
    }

    @Test
    void proposesPeriodBaseMetricAndStatus() {
        FigureExtractor x = FigureExtractor.create().withDocumentDate(LocalDate.of(2024, 6, 26));
        FoundFigure jan = x.extract("From January to May, we achieved an output value of 960 million yuan.").figures().get(0);
        assertEquals(ReportingPeriod.parse("2024-01/2024-05"), jan.period().orElseThrow());
        assertEquals("output_value", jan.metricHint().orElseThrow());
        FoundFigure h1 = x.extract("In the first half of this year, output value increased by over 50% compared to the same period last year.")
                .figures().get(0);
        assertEquals(ReportingPeriod.parse("2024-H1"), h1.period().orElseThrow());
        FoundFigure share = x.extract("In 2022, Changzhou made one-fifth of China's power batteries.").figures().get(0);
        assertEquals("CN", share.base().orElseThrow());
        assertEquals(ReportingPeriod.parse("2022"), share.period().orElseThrow());
        FoundFigure target = x.extract("Bishan plans to launch 30 automobile projects by 2026.").figures().get(0);
        assertEquals(Status.TARGET, target.status().orElseThrow());
        assertEquals(ReportingPeriod.parse("2026"), target.period().orElseThrow());
        FoundFigure last = x.extract("Exports were 800 million yuan last year.").figures().get(0);
        assertEquals(ReportingPeriod.parse("2023"), last.period().orElseThrow());
    }

    @Test
    void aRelativePeriodWithoutADateIsEmptyAndSaysWhy() {
        FoundFigure f = FigureExtractor.create().extract("Exports were 800 million yuan last year.").figures().get(0);
        assertTrue(f.period().isEmpty());
        assertTrue(f.notes().stream().anyMatch(n -> n.contains("needs the document date")), f.notes().toString());
    }

    @Test
    void readsTheDocumentDateFromTheHead() {
        assertEquals(LocalDate.of(2024, 6, 26), FigureExtractor.documentDate("By RAN ZHENG|Jun 26,2024\n\nChongqing").orElseThrow());
        assertEquals(LocalDate.of(2025, 9, 12), FigureExtractor.documentDate("汽车公社2025-09-12 09:32").orElseThrow());
        assertTrue(FigureExtractor.documentDate("no date here").isEmpty());
    }

    @Test
    void anUnreadableNumberIsAProblemNotAFigure() {
        Extraction x = FigureExtractor.create().extract("with an annual output of 30,00 NEVs.");
        assertEquals(List.of(), x.figures());
        assertEquals(1, x.problems().size());
        assertEquals(25, x.problems().get(0).index());
        assertEquals("30,00", x.problems().get(0).found());
    }

    @Test
    void everySpanReadsAloneAsItsPhrase() {
        for (String a : GoldScorer.ARTICLES) {
            String text = GoldScorer.resource(a + ".txt");
            for (FoundFigure f : FigureExtractor.create().extract(text).allFigures()) {
                FigurePhrase alone = FigurePhrase.parse(f.text());
                assertEquals(f.phrase().figure(), alone.figure(), f.text());
                assertEquals(f.phrase().unit(), alone.unit(), f.text());
            }
        }
    }
}
