package org.industrymetrics.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The extractor on the hand-annotated seed articles: the goals of the gold set, at three levels. */
class GoldSetTest {

    @Test
    void scoresReachTheGoals() {
        GoldScorer.Scores s = GoldScorer.scoreAll();
        String report = "span " + s.span() + "\nvalue " + s.value() + "\nstrict " + s.strict() + "\n"
                + String.join("\n", s.misses());
        assertTrue(s.span().f1() >= 0.95, report);
        assertTrue(s.strict().f1() >= 0.85, report);
    }

    @Test
    void goldSpansQuoteTheirArticles() {
        for (String a : GoldScorer.ARTICLES) {
            String text = GoldScorer.resource(a + ".txt");
            for (GoldScorer.Gold g : GoldScorer.gold(a)) {
                assertEquals(g.text(), text.substring(g.start(), g.end()), a);
            }
        }
    }

    @Test
    void aMissIsCounted() {
        GoldScorer.Score s = new GoldScorer.Score(8, 10, 16);
        assertEquals(0.8, s.precision(), 1e-9);
        assertEquals(0.5, s.recall(), 1e-9);
        assertEquals(2 * 0.8 * 0.5 / 1.3, s.f1(), 1e-9);
    }
}
