package org.industrymetrics.check;

import static org.industrymetrics.check.Fixtures.check;
import static org.industrymetrics.check.Fixtures.dataset;
import static org.industrymetrics.check.Fixtures.level;
import static org.industrymetrics.check.Fixtures.relative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Measure;
import org.junit.jupiter.api.Test;

/** What a lone relative figure implies: the missing level as an interval, in a section of its own. */
class LoneFiguresTest {

    private static final String M = "power_battery.output";

    private static Implied only(Report r) {
        assertEquals(1, r.implied().size(), r.toString());
        return r.implied().get(0);
    }

    @Test
    void share_withItsWhole_impliesThePart() {
        // the seed's headline: 21 % of China's power batteries, Sichuan and Chongqing, January–May 2024
        Dataset d = dataset(relative("share", "CN-SC+CN-CQ", M, "2024-01/2024-05", Measure.SHARE, "21", "CN"),
                level("cn", "CN", M, "2024-01/2024-05", "400", "GWh"));
        Report r = Checker.check(d);
        Implied i = only(r);
        assertEquals(List.of("share", "cn"), i.observations());
        assertEquals("CN-CQ+CN-SC", i.subject().toString());
        // [399.5, 400.5] × [0.205, 0.215] = [81.8975, 86.1075], outward to one decimal more than the level
        assertEquals(Interval.parse("[81.8, 86.2]"), i.interval());
        assertEquals("400 GWh × 21 %", i.arithmetic());
        assertTrue(r.findings().isEmpty(), "not a verdict");
        assertTrue(r.toString().contains("WHAT LONE FIGURES IMPLY (not verdicts: one level of the relation is not in the dataset)\n"
                + "CN-CQ+CN-SC power_battery.output 2024-01/2024-05 in [81.8, 86.2] GWh  share, cn\n"
                + "    400 GWh × 21 %\n"), r.toString());
    }

    @Test
    void share_withItsPart_impliesTheWhole() {
        Dataset d = dataset(relative("share", "CN-SC", M, "2024", Measure.SHARE, "20", "CN"), level("sc", "CN-SC", M, "2024", "100", "GWh"));
        Implied i = only(Checker.check(d));
        assertEquals("CN", i.subject().toString());
        assertEquals(Interval.parse("[485.3, 515.4]"), i.interval(), "[99.5, 100.5] / [0.205, 0.195], outward");
        assertEquals("100 GWh / 20 %", i.arithmetic());
    }

    @Test
    void growth_withOneYear_impliesTheOther() {
        Dataset now = dataset(relative("g", "CN", M, "2024", Measure.GROWTH, "25", null), level("y24", "CN", M, "2024", "125", "GWh"));
        Implied before = only(Checker.check(now));
        assertEquals("2023", before.period().toString());
        assertEquals(Interval.parse("[99.2, 100.9]"), before.interval(), "[124.5, 125.5] / [1.255, 1.245], outward");
        assertEquals("125 GWh / (1 + 25 %)", before.arithmetic());
        Dataset base = dataset(relative("g", "CN", M, "2024", Measure.GROWTH, "25", null), level("y23", "CN", M, "2023", "100", "GWh"));
        Implied after = only(Checker.check(base));
        assertEquals("2024", after.period().toString());
        assertEquals(Interval.parse("[123.8, 126.2]"), after.interval(), "[99.5, 100.5] × [1.245, 1.255]");
    }

    @Test
    void multiple_withOneSide_impliesTheOther() {
        // Yibin: 88.9 billion yuan in 2022, "an increase of 4.5 times"
        Dataset d = dataset(relative("x", "CN-SC.Yibin", "output_value", "2022", Measure.MULTIPLE, "4.5", null),
                level("v", "CN-SC.Yibin", "output_value", "2022", "88.9", "billion CNY"));
        Implied i = only(Checker.check(d));
        assertEquals("2021", i.period().toString());
        assertEquals("88.9 billion CNY / 4.5", i.arithmetic());
        assertTrue(i.interval().contains(new java.math.BigDecimal("19.755")));
    }

    @Test
    void bothLevelsOrNeither_nothingImplied() {
        assertEquals(List.of(), Checker.check(dataset(relative("g", "CN", M, "2024", Measure.GROWTH, "25", null))).implied());
        assertEquals(List.of(), Checker.check(dataset(relative("g", "CN", M, "2024", Measure.GROWTH, "25", null),
                level("y23", "CN", M, "2023", "100", "GWh"), level("y24", "CN", M, "2024", "125", "GWh"))).implied());
    }
}
