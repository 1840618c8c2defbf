package org.industrymetrics.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/** The figures of the seed articles that are worth a second look, checked with intervals. */
class RelationsTest {

    private static final QualifierWidths W = QualifierWidths.DEFAULTS;
    private static final MathContext MC = MathContext.DECIMAL64;

    private static Interval figure(String text) {
        return ReportedFigure.parse(text).interval(W);
    }

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @Test
    void test_growthPercent_yibin58point7() {
        // Yibin's high-tech income: 163.522 billion yuan in 2022, 103.073 in 2021, "a growth rate of 58.7 %"
        Interval derived = Relations.growthPercent(figure("163.522"), figure("103.073"), MC);
        Interval stated = figure("58.7");
        assertEquals(Interval.parse("[58.65, 58.75]"), stated);
        // the true growth of the rounded inputs lies in [58.64552964..., 58.64803900...]; rounded outward
        // to four decimals the high end is 58.6481, not 58.6480 (which would cut off 58.64804)
        assertEquals(Interval.parse("[58.6455, 58.6481]"), derived.roundOutward(4));
        assertTrue(derived.contains(d("58.6455296463203")));
        assertTrue(derived.contains(d("58.6480390016735")));
        assertTrue(derived.contains(d("58.6467843179106")), "the growth of the printed figures themselves");
        assertFalse(derived.overlaps(stated));
        assertFalse(derived.roundOutward(4).overlaps(stated));
        BigDecimal margin = derived.distanceTo(stated);
        assertTrue(margin.compareTo(d("0.00196")) > 0 && margin.compareTo(d("0.00197")) < 0, margin.toPlainString());
        // the printed growth is the exact one rounded half up... to the wrong digit
        assertEquals("58.6", ReportedFigure.rounded(d("58.6467843"), 1).toString());
    }

    @Test
    void test_sharePercent_over210OfOver250() {
        // Yibin: manufacturing projects "over 210 billion yuan" of "over 250 billion", "more than 85 %"
        Interval derived = Relations.sharePercent(figure("over 210"), figure("over 250"), MC);
        Interval stated = figure("more than 85");
        assertEquals(Interval.parse("(85, 94]"), stated);
        assertTrue(derived.overlaps(stated), derived + " and " + stated);
        assertEquals(Interval.parse("[76.2250453, 92.6)"), derived.roundOutward(7));
        // the printed numbers themselves give 84 %, which "more than 85" excludes; only the words allow it
        assertEquals(Share.ofPercent("84"), Share.of(d("210"), d("250"), MC));
        assertFalse(stated.contains(d("84")));
    }

    @Test
    void test_growthPercent_minus18point1() {
        Interval derived = Relations.growthPercent(figure("18.0"), figure("21.9"), MC);
        Interval stated = figure("-18.1");
        assertTrue(derived.overlaps(stated), derived + " and " + stated);
        assertTrue(derived.contains(d("-17.8082191780822")), "18.0 / 21.9 - 1");
        assertEquals(Interval.parse("[-18.2233, -17.3913]"), derived.roundOutward(4));
    }

    @Test
    void test_multiple_twoReadingsOf4point5Times() {
        // Yibin: battery output value 88.9 billion yuan in 2022, "an increase of 4.5 times"
        Interval level2022 = figure("88.9");
        Interval asMuch = figure("4.5");
        Interval increaseBy = asMuch.plus(Interval.point(BigDecimal.ONE));
        Interval base1 = level2022.dividedBy(asMuch, MC);
        Interval base2 = level2022.dividedBy(increaseBy, MC);
        assertEquals(Interval.parse("[19.52, 19.99]"), base1.roundOutward(2));
        assertEquals(Interval.parse("[16, 16.33]"), base2.roundOutward(2));
        assertFalse(base1.overlaps(base2), "the two readings put 2021 in different places");
        // so a 2021 figure of 19.8 agrees with one reading only
        Interval derived = Relations.multiple(level2022, figure("19.8"), MC);
        assertTrue(derived.overlaps(asMuch));
        assertFalse(derived.overlaps(increaseBy));
    }

    @Test
    void test_multiple_exchangeRateOf20BillionYuan() {
        // "over 20 billion yuan (about USD 2.75 billion)": the words allow any rate from 6.9 to 8.7,
        // so neither the market rate of June 2024 (7.27) nor the central parity (7.11) is excluded
        Interval rate = Relations.multiple(figure("over 20"), figure("about 2.75"), MC);
        assertEquals(Interval.parse("[6.9144, 8.629]"), rate.roundOutward(4));
        assertTrue(rate.contains(d("7.27")));
        assertTrue(rate.contains(d("7.11")));
        // even read exactly, the figures cannot tell the two rates apart
        Interval exact = Relations.multiple(figure("20"), figure("2.75"), MC);
        assertTrue(exact.contains(d("7.27")));
        assertTrue(exact.contains(d("7.11")));
        assertEquals(Multiple.ofTimesAsMuch("7.272727273"), Multiple.between(d("2.75"), d("20"), new MathContext(10)));
    }

    @Test
    void test_ppDifference_investmentGrowth() {
        // 26.3 % in 2022, "up 10.4 percentage points": 2021 was 15.9 %
        Interval points = Relations.ppDifference(figure("26.3"), figure("15.9"));
        assertEquals(Interval.parse("[10.3, 10.5]"), points);
        assertTrue(points.overlaps(figure("10.4")));
        assertFalse(Relations.ppDifference(figure("26.3"), figure("16.2")).overlaps(figure("10.4")));
    }

    @Test
    void test_contributionPercent() {
        // part 40 -> 60, whole 100 -> 120: the part made all of the whole's change
        Interval contribution = Relations.contributionPercent(figure("60"), figure("40"), figure("120"), figure("100"), MC);
        assertTrue(contribution.contains(d("100")));
        assertTrue(contribution.overlaps(figure("102.2")));
        assertEquals(Interval.parse("[90.4761904, 110.5263158]"), contribution.roundOutward(7));
        // a whole that may not have changed at all gives no bound
        Interval unbounded = Relations.contributionPercent(figure("60"), figure("40"), figure("100"), figure("100"), MC);
        assertEquals(Interval.all(), unbounded);
    }

    @Test
    void test_growthPercent_unboundedWhenBaseMayBeZero() {
        Interval growth = Relations.growthPercent(figure("5"), figure("0"), MC);
        assertFalse(growth.isBounded());
        Interval onlyPositive = Relations.growthPercent(figure("5"), Interval.openClosed(BigDecimal.ZERO, d("0.5")), MC);
        assertEquals(Interval.parse("[800, +inf)"), onlyPositive);
        assertThrows(ArithmeticException.class, () -> Relations.growthPercent(figure("5"), Interval.point(BigDecimal.ZERO), MC));
    }

    @Test
    void test_nulls() {
        assertThrows(NullPointerException.class, () -> Relations.growthPercent(null, figure("1"), MC));
        assertThrows(NullPointerException.class, () -> Relations.sharePercent(figure("1"), null, MC));
        assertThrows(NullPointerException.class, () -> Relations.multiple(figure("1"), figure("1"), null));
        assertThrows(NullPointerException.class, () -> Relations.ppDifference(figure("1"), null));
    }
}
