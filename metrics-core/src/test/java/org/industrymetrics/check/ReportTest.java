package org.industrymetrics.check;

import static org.industrymetrics.check.Fixtures.d;
import static org.industrymetrics.check.Fixtures.dataset;
import static org.industrymetrics.check.Fixtures.level;
import static org.industrymetrics.check.Fixtures.relative;
import static org.industrymetrics.check.Fixtures.withQuote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Measure;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static final String INCOME = "hightech_industry.operating_income";

    private static Dataset yibin() {
        return dataset(
                level("yibin-income-2022", "CN-SC.Yibin", INCOME, "2022", "163.522", "billion CNY"),
                level("yibin-income-2021", "CN-SC.Yibin", INCOME, "2021", "103.073", "billion CNY"),
                withQuote(relative("yibin-income-growth-2022", "CN-SC.Yibin", INCOME, "2022", Measure.GROWTH, "58.7", null),
                        "the growth rate in 2022 was 58.7%"),
                relative("yibin-income-multiple-2022", "CN-SC.Yibin", INCOME, "2022", Measure.MULTIPLE, "1.6", null),
                level("yibin-income-2022-again", "CN-SC.Yibin", INCOME, "2022", "163.5", "billion CNY"),
                level("yibin-income-2022-usd", "CN-SC.Yibin", INCOME, "2022", "about 24", "billion USD"));
    }

    @Test
    void test_toString_table() {
        Report r = Checker.check(yibin());
        String expected = ""
                + "VERDICT       CHECK     STATED                        DERIVED                           MARGIN         OBSERVATIONS\n"
                + "INCONSISTENT  growth    [58.65, 58.75] %              [58.6455, 58.6481] %              0.0019 pp      yibin-income-growth-2022, yibin-income-2022, yibin-income-2021\n"
                + "    163.522 / 103.073 - 1 = 58.647 %, stated 58.7 % (\"the growth rate in 2022 was 58.7%\")\n"
                + "CONSISTENT    growth    [58.65, 58.75] %              [58.5761, 58.6748] %              0 pp           yibin-income-growth-2022, yibin-income-2022-again, yibin-income-2021\n"
                + "    163.5 / 103.073 - 1 = 58.625 %, stated 58.7 % (\"the growth rate in 2022 was 58.7%\")\n"
                + "CONSISTENT    multiple  [1.55, 1.65] x                [1.5864, 1.5865] x                0 x            yibin-income-multiple-2022, yibin-income-2022, yibin-income-2021\n"
                + "    163.522 / 103.073 = 1.586 x, stated 1.6 x\n"
                + "CONSISTENT    multiple  [1.55, 1.65] x                [1.5857, 1.5868] x                0 x            yibin-income-multiple-2022, yibin-income-2022-again, yibin-income-2021\n"
                + "    163.5 / 103.073 = 1.586 x, stated 1.6 x\n"
                + "CONSISTENT    agree     [163.45, 163.55] billion CNY  [163.5215, 163.5225] billion CNY  0 billion CNY  yibin-income-2022-again, yibin-income-2022\n"
                + "    163.522 billion CNY, stated 163.5 billion CNY\n"
                + "UNDETERMINED  fx        [22.3, 25.7] billion USD      -                                 -              yibin-income-2022-usd, yibin-income-2022\n"
                + "    undetermined: cannot convert 163.522 billion CNY of 2022 to billion USD: no average rate for CNY/USD over 2022-01-01..2022-12-31: the table has no rates for CNY; it is empty\n"
                + "4 consistent, 1 inconsistent, 1 undetermined\n";
        assertEquals(expected, r.toString());
    }

    @Test
    void sort_byKey_givesTheOrderOfCompareTo() {
        List<Finding> findings = new ArrayList<>(Checker.check(yibin()).findings());
        // each finding twice: equal findings keep their order (the sort is stable, as List.sort is)
        findings.addAll(Checker.check(yibin()).findings());
        Collections.shuffle(findings, new Random(7));
        List<Finding> expected = new ArrayList<>(findings);
        expected.sort(null);
        Checker.sort(findings);
        for (int i = 0; i < expected.size(); i++) {
            assertSame(expected.get(i), findings.get(i), "position " + i);
        }
    }

    @Test
    void test_toString_empty() {
        assertEquals("VERDICT  CHECK  STATED  DERIVED  MARGIN  OBSERVATIONS\n0 consistent, 0 inconsistent, 0 undetermined\n",
                Report.of(List.of()).toString());
    }

    @Test
    void test_counts() {
        Report r = Checker.check(yibin());
        assertEquals(4, r.count(Verdict.CONSISTENT));
        assertEquals(1, r.count(Verdict.INCONSISTENT));
        // one rate is missing for both yuan figures: one finding says so
        assertEquals(1, r.count(Verdict.UNDETERMINED));
        assertEquals(1, r.findings(Verdict.INCONSISTENT).size());
        assertTrue(r.hasInconsistencies());
        assertEquals("4 consistent, 1 inconsistent, 1 undetermined", r.summary());
    }

    @Test
    void test_order_stableWhateverTheInput() {
        Report r = Checker.check(yibin());
        List<Finding> shuffled = new ArrayList<>(r.findings());
        Collections.reverse(shuffled);
        assertEquals(r, Report.of(shuffled));
        assertEquals(r.findings(), Report.of(shuffled).findings());
        // by check (in the order of CheckId), then observation by observation
        for (int i = 1; i < r.findings().size(); i++) {
            assertTrue(r.findings().get(i - 1).compareTo(r.findings().get(i)) < 0);
        }
        // and the same dataset checked twice gives an equal report
        assertEquals(r, Checker.check(yibin()));
        assertEquals(r.hashCode(), Checker.check(yibin()).hashCode());
    }

    private static Finding finding(String message, String... ids) {
        return Finding.builder().check(CheckId.AGREE).verdict(Verdict.CONSISTENT).addObservations(ids)
                .stated(Interval.parse("[1, 2]")).derived(Interval.parse("[1.5, 3]")).unit("GWh").margin(d("0")).message(message).build();
    }

    @Test
    void test_finding_equalsAndOrder() {
        new EqualsTester()
                .addEqualityGroup(finding("m", "a", "b"), finding("m", "a", "b"))
                .addEqualityGroup(finding("m", "a", "c"))
                .addEqualityGroup(finding("other", "a", "b"))
                .testEquals();
        assertTrue(finding("m", "a", "b").compareTo(finding("m", "a", "c")) < 0);
        assertTrue(finding("m", "a").compareTo(finding("m", "a", "b")) < 0);
        assertTrue(finding("m", "ab").compareTo(finding("m", "a", "c")) > 0);
        assertEquals(0, finding("m", "a", "b").compareTo(finding("m", "a", "b")));
        assertEquals("GWh", finding("m", "a").marginUnit());
    }

    @Test
    void test_finding_needsAnObservation() {
        assertThrows(IllegalArgumentException.class, () -> finding("m"));
    }

    @Test
    void test_toText_fitsTheWidth_withoutSplittingWords() {
        Report r = Checker.check(yibin());
        String wide = r.toString();
        assertTrue(wide.lines().anyMatch(l -> l.length() > 100), "the full table is wider than 100 columns");
        for (int width : new int[] {140, 100, 80, 60, 40}) {
            String text = r.toText(width);
            for (String line : text.split("\n")) {
                // a line is longer than the width only where one word is
                assertTrue(line.length() <= width || !line.strip().contains(" "), width + ": " + line);
            }
            // nothing lost: every word of each explanation is still there, whole
            for (Finding f : r.findings()) {
                for (String w : f.message().split(" ")) {
                    assertTrue(text.contains(w), width + ": lost " + w);
                }
                for (String id : f.observations()) {
                    assertTrue(text.contains(id), width + ": lost " + id);
                }
            }
            assertTrue(text.replace("\n", " ").contains(r.summary()), text);
        }
        assertEquals(wide, r.toText(10_000), "a wide terminal gets the full table");
    }

    @Test
    void test_only_keepsTheVerdictsAsked() {
        Report r = Checker.check(yibin());
        Report inconsistent = r.only(List.of(Verdict.INCONSISTENT));
        assertEquals(r.findings(Verdict.INCONSISTENT), inconsistent.findings());
        assertEquals(r.findings(), r.only(List.of(Verdict.values())).findings());
        assertThrows(IllegalArgumentException.class, () -> r.toText(19));
    }
}
