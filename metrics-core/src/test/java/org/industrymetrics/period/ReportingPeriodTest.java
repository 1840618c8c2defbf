package org.industrymetrics.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.industrymetrics.FigureParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportingPeriodTest {

    static Stream<Arguments> data_parseGood() {
        return Stream.of(
                Arguments.of("2024", "2024", Granularity.YEAR, "2024-01-01", "2024-12-31"),
                Arguments.of("2024-H1", "2024-H1", Granularity.HALF, "2024-01-01", "2024-06-30"),
                Arguments.of("2024-H2", "2024-H2", Granularity.HALF, "2024-07-01", "2024-12-31"),
                Arguments.of("2024-S1", "2024-H1", Granularity.HALF, "2024-01-01", "2024-06-30"),
                Arguments.of("2024-s2", "2024-H2", Granularity.HALF, "2024-07-01", "2024-12-31"),
                Arguments.of("2024-Q1", "2024-Q1", Granularity.QUARTER, "2024-01-01", "2024-03-31"),
                Arguments.of("2024-q4", "2024-Q4", Granularity.QUARTER, "2024-10-01", "2024-12-31"),
                Arguments.of("2024-05", "2024-05", Granularity.MONTH, "2024-05-01", "2024-05-31"),
                Arguments.of("2024-M05", "2024-05", Granularity.MONTH, "2024-05-01", "2024-05-31"),
                Arguments.of("2024-02", "2024-02", Granularity.MONTH, "2024-02-01", "2024-02-29"),
                Arguments.of("2023-02", "2023-02", Granularity.MONTH, "2023-02-01", "2023-02-28"),
                Arguments.of("2024-06-26", "2024-06-26", Granularity.DAY, "2024-06-26", "2024-06-26"),
                Arguments.of("2024-01/2024-05", "2024-01/2024-05", Granularity.MONTH, "2024-01-01", "2024-05-31"),
                Arguments.of("2024-M01/2024-M05", "2024-01/2024-05", Granularity.MONTH, "2024-01-01", "2024-05-31"),
                Arguments.of("2021/2022", "2021/2022", Granularity.YEAR, "2021-01-01", "2022-12-31"),
                Arguments.of("2023-Q3/2024-Q2", "2023-Q3/2024-Q2", Granularity.QUARTER, "2023-07-01", "2024-06-30"),
                Arguments.of("2024-S1/2024-H2", "2024-H1/2024-H2", Granularity.HALF, "2024-01-01", "2024-12-31"),
                Arguments.of("2024-06-01/2024-06-26", "2024-06-01/2024-06-26", Granularity.DAY, "2024-06-01", "2024-06-26"),
                Arguments.of("2024-05/2024-05", "2024-05", Granularity.MONTH, "2024-05-01", "2024-05-31"),
                Arguments.of("0000", "0000", Granularity.YEAR, "0000-01-01", "0000-12-31"),
                Arguments.of("9999-12-31", "9999-12-31", Granularity.DAY, "9999-12-31", "9999-12-31"));
    }

    @ParameterizedTest
    @MethodSource("data_parseGood")
    void test_parse_good(String text, String canonical, Granularity granularity, String first, String last) {
        ReportingPeriod period = ReportingPeriod.parse(text);
        assertEquals(canonical, period.toString());
        assertEquals(granularity, period.granularity());
        assertEquals(LocalDate.parse(first), period.firstDay());
        assertEquals(LocalDate.parse(last), period.lastDay());
        assertEquals(period, ReportingPeriod.parse(canonical));
    }

    static Stream<Arguments> data_parseBad() {
        return Stream.of(
                Arguments.of("2024-13", 5, "found month 13, expected 01 to 12"),
                Arguments.of("2024-00", 5, "found month 00, expected 01 to 12"),
                Arguments.of("2024-M13", 6, "found month 13"),
                Arguments.of("2024-Q5", 6, "found quarter 5, expected Q1 to Q4"),
                Arguments.of("2024-Q0", 6, "found quarter 0"),
                Arguments.of("2024-H3", 6, "found half 3, expected H1 or H2"),
                Arguments.of("2024-S3", 6, "found half 3"),
                Arguments.of("2023-02-29", 8, "found day 29, expected 01 to 28 for 2023-02"),
                Arguments.of("2024-04-31", 8, "found day 31, expected 01 to 30 for 2024-04"),
                Arguments.of("2024-05/2024-01", 8, "found an end (2024-01) before the start (2024-05)"),
                Arguments.of("2022/2021", 5, "found an end (2021) before the start (2022)"),
                Arguments.of("2024/2024-05", 5, "found a month (2024-05) after a year (2024)"),
                Arguments.of("2024-Q1/2024-05", 8, "expected both ends of a range to be of the same granularity"),
                Arguments.of("2024/2025/2026", 9, "found a second '/'"),
                Arguments.of("", 0, "found the end, expected a four-digit year"),
                Arguments.of("24", 2, "found the end, expected a four-digit year"),
                Arguments.of("FY2024", 0, "found 'F', expected a four-digit year"),
                Arguments.of("2024 ", 4, "found ' ', expected '-' after the year"),
                Arguments.of("2024-", 5, "found the end, expected H1, H2, Q1 to Q4"),
                Arguments.of("2024-X1", 5, "found 'X', expected H1, H2, Q1 to Q4 or a month"),
                Arguments.of("2024-5", 6, "found the end, expected a two-digit month"),
                Arguments.of("2024-Q12", 7, "found '2', expected the end of a quarter (2024-Q1)"),
                Arguments.of("2024-05-1", 9, "expected a two-digit day"),
                Arguments.of("2024-05-01x", 10, "found 'x', expected the end of a day (2024-05-01)"),
                Arguments.of("2024-01/", 8, "expected a four-digit year"),
                Arguments.of("30,00", 2, "expected a four-digit year"));
    }

    @ParameterizedTest
    @MethodSource("data_parseBad")
    void test_parse_bad(String text, int index, String problem) {
        FigureParseException e = assertThrows(FigureParseException.class, () -> ReportingPeriod.parse(text));
        assertEquals(text, e.input());
        assertEquals(index, e.index(), e.getMessage());
        assertTrue(e.problem().contains(problem), e.problem());
        assertTrue(e.getMessage().contains("\"" + text + "\""), e.getMessage());
    }

    @Test
    void test_parse_null() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> ReportingPeriod.parse(null));
        assertEquals("text", e.getMessage());
    }

    @Test
    void test_factories_matchParse() {
        assertEquals(ReportingPeriod.parse("2024"), ReportingPeriod.ofYear(2024));
        assertEquals(ReportingPeriod.parse("2024-H2"), ReportingPeriod.ofHalf(2024, 2));
        assertEquals(ReportingPeriod.parse("2024-Q3"), ReportingPeriod.ofQuarter(2024, 3));
        assertEquals(ReportingPeriod.parse("2024-05"), ReportingPeriod.ofMonth(2024, 5));
        assertEquals(ReportingPeriod.parse("2024-06-26"), ReportingPeriod.ofDay(LocalDate.of(2024, 6, 26)));
        assertEquals(ReportingPeriod.parse("2024-Q2"),
                ReportingPeriod.containing(Granularity.QUARTER, LocalDate.of(2024, 5, 17)));
    }

    @Test
    void test_factories_outOfRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.ofMonth(2024, 13));
        assertEquals("month must be from 1 to 12, found 13", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.ofQuarter(2024, 5));
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.ofHalf(2024, 0));
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.ofYear(10000));
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.ofYear(-1));
        assertThrows(NullPointerException.class, () -> ReportingPeriod.ofDay(null));
    }

    @Test
    void test_range_good() {
        ReportingPeriod jan = ReportingPeriod.ofMonth(2024, 1);
        ReportingPeriod may = ReportingPeriod.ofMonth(2024, 5);
        assertEquals(ReportingPeriod.parse("2024-01/2024-05"), ReportingPeriod.range(jan, may));
        assertEquals(may, ReportingPeriod.range(may, may));
        assertTrue(ReportingPeriod.range(may, may).isSingle());
        assertEquals(ReportingPeriod.parse("2021/2022"), ReportingPeriod.range(ReportingPeriod.ofYear(2021), ReportingPeriod.ofYear(2022)));
    }

    @Test
    void test_range_bad() {
        ReportingPeriod jan = ReportingPeriod.ofMonth(2024, 1);
        ReportingPeriod may = ReportingPeriod.ofMonth(2024, 5);
        IllegalArgumentException backwards = assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.range(may, jan));
        assertEquals("cannot make a range from 2024-05 to 2024-01: the end is before the start", backwards.getMessage());
        IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class,
                () -> ReportingPeriod.range(ReportingPeriod.ofYear(2024), may));
        assertTrue(mixed.getMessage().contains("a year (2024)"), mixed.getMessage());
        assertTrue(mixed.getMessage().contains("a month (2024-05)"), mixed.getMessage());
    }

    @Test
    void test_accessors() {
        ReportingPeriod janToMay = ReportingPeriod.parse("2024-01/2024-05");
        assertEquals(152, janToMay.days());
        assertEquals(2024, janToMay.year());
        assertFalse(janToMay.isSingle());
        assertEquals(ReportingPeriod.ofMonth(2024, 1), janToMay.first());
        assertEquals(ReportingPeriod.ofMonth(2024, 5), janToMay.last());
        ReportingPeriod may = ReportingPeriod.ofMonth(2024, 5);
        assertTrue(may.isSingle());
        assertSame(may, may.first());
        assertSame(may, may.last());
        assertEquals(366, ReportingPeriod.ofYear(2024).days());
        assertEquals(365, ReportingPeriod.ofYear(2023).days());
        assertEquals(1, ReportingPeriod.parse("2024-06-26").days());
        assertEquals(730, ReportingPeriod.parse("2021/2022").days());
    }

    @Test
    void test_minusYears() {
        assertEquals(ReportingPeriod.parse("2023-01/2023-05"), ReportingPeriod.parse("2024-01/2024-05").previousYear());
        assertEquals(ReportingPeriod.parse("2021"), ReportingPeriod.parse("2022").previousYear());
        assertEquals(ReportingPeriod.parse("2023-Q2"), ReportingPeriod.parse("2024-Q2").previousYear());
        assertEquals(ReportingPeriod.parse("2019/2020"), ReportingPeriod.parse("2021/2022").minusYears(2));
        assertEquals(ReportingPeriod.parse("2026-H1"), ReportingPeriod.parse("2024-H1").plusYears(2));
        assertEquals(ReportingPeriod.parse("2023-02"), ReportingPeriod.parse("2024-02").previousYear());
        assertEquals(LocalDate.of(2023, 2, 28), ReportingPeriod.parse("2024-02").previousYear().lastDay());
        assertEquals(LocalDate.of(2024, 2, 29), ReportingPeriod.parse("2023-02").plusYears(1).lastDay());
    }

    @Test
    void test_minusYears_february29() {
        assertEquals(ReportingPeriod.parse("2023-02-28"), ReportingPeriod.parse("2024-02-29").previousYear());
        assertEquals(ReportingPeriod.parse("2023-01-01/2023-02-28"),
                ReportingPeriod.parse("2024-01-01/2024-02-29").previousYear());
        // two days that become one
        assertEquals(ReportingPeriod.parse("2023-02-28"), ReportingPeriod.parse("2024-02-28/2024-02-29").previousYear());
        assertEquals(ReportingPeriod.parse("2020-02-29"), ReportingPeriod.parse("2024-02-29").minusYears(4));
    }

    @Test
    void test_minusYears_outOfRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.parse("0000").previousYear());
        assertTrue(e.getMessage().contains("0000"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.parse("9999").plusYears(1));
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.parse("2024").minusYears(Integer.MIN_VALUE));
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.parse("2024").plusYears(Integer.MIN_VALUE));
    }

    @Test
    void test_contains_overlaps() {
        ReportingPeriod year = ReportingPeriod.parse("2024");
        ReportingPeriod janToMay = ReportingPeriod.parse("2024-01/2024-05");
        ReportingPeriod q2 = ReportingPeriod.parse("2024-Q2");
        ReportingPeriod h2 = ReportingPeriod.parse("2024-H2");
        assertTrue(year.contains(janToMay));
        assertTrue(year.contains(year));
        assertFalse(janToMay.contains(year));
        assertFalse(janToMay.contains(q2));
        assertTrue(janToMay.overlaps(q2));
        assertTrue(q2.overlaps(janToMay));
        assertFalse(janToMay.overlaps(h2));
        assertTrue(janToMay.contains(LocalDate.of(2024, 5, 31)));
        assertFalse(janToMay.contains(LocalDate.of(2024, 6, 1)));
        assertTrue(janToMay.contains(LocalDate.of(2024, 1, 1)));
        assertFalse(janToMay.contains(LocalDate.of(2023, 12, 31)));
    }

    @Test
    void test_seed_sameWholeDifferentPeriods() {
        // 21 % of China's power batteries for January to May 2024 (iChongqing) and one-fifth for 2022
        // (Changzhou): shares of one national total, but for periods with no day in common
        ReportingPeriod sichuanChongqing = ReportingPeriod.parse("2024-01/2024-05");
        ReportingPeriod changzhou = ReportingPeriod.parse("2022");
        assertFalse(sichuanChongqing.overlaps(changzhou));
        assertFalse(changzhou.overlaps(sichuanChongqing));
    }

    @Test
    void test_split() {
        assertEquals(List.of("2024-01", "2024-02", "2024-03", "2024-04", "2024-05"),
                texts(ReportingPeriod.parse("2024-01/2024-05").split(Granularity.MONTH)));
        assertEquals(List.of("2024-Q1", "2024-Q2"), texts(ReportingPeriod.parse("2024-H1").split(Granularity.QUARTER)));
        assertEquals(List.of("2024-H1", "2024-H2"), texts(ReportingPeriod.parse("2024").split(Granularity.HALF)));
        assertEquals(List.of("2021", "2022"), texts(ReportingPeriod.parse("2021/2022").split(Granularity.YEAR)));
        assertEquals(List.of("2024-05"), texts(ReportingPeriod.parse("2024-05").split(Granularity.MONTH)));
        assertEquals(29, ReportingPeriod.parse("2024-02").split(Granularity.DAY).size());
        assertEquals(12, ReportingPeriod.parse("2024").split(Granularity.MONTH).size());
        assertThrows(UnsupportedOperationException.class,
                () -> ReportingPeriod.parse("2024").split(Granularity.MONTH).clear());
    }

    @Test
    void test_split_coarser() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportingPeriod.parse("2024-01/2024-05").split(Granularity.QUARTER));
        assertEquals("cannot split a month (2024-01/2024-05) into quarters: quarters are coarser than months", e.getMessage());
    }

    @Test
    void test_tiles() {
        ReportingPeriod year = ReportingPeriod.parse("2024");
        assertTrue(ReportingPeriod.tiles(periods("2024-H1", "2024-Q3", "2024-10/2024-12"), year));
        assertTrue(ReportingPeriod.tiles(periods("2024-Q4", "2024-H1", "2024-Q3"), year));
        assertTrue(ReportingPeriod.tiles(ReportingPeriod.parse("2024-01/2024-05").split(Granularity.MONTH),
                ReportingPeriod.parse("2024-01/2024-05")));
        assertTrue(ReportingPeriod.tiles(periods("2024"), year));
        assertFalse(ReportingPeriod.tiles(periods("2024-H1", "2024-Q3"), year), "gap at the end");
        assertFalse(ReportingPeriod.tiles(periods("2024-Q2", "2024-H2"), year), "gap at the start");
        assertFalse(ReportingPeriod.tiles(periods("2024-Q1", "2024-Q3", "2024-Q4"), year), "gap inside");
        assertFalse(ReportingPeriod.tiles(periods("2024-H1", "2024-Q2", "2024-H2"), year), "overlap");
        assertFalse(ReportingPeriod.tiles(periods("2024-H1", "2024-H1", "2024-H2"), year), "duplicate");
        assertFalse(ReportingPeriod.tiles(periods("2024-H1", "2024-H2", "2025-01"), year), "beyond the end");
        assertFalse(ReportingPeriod.tiles(periods("2023-12", "2024-H1", "2024-H2"), year), "before the start");
        assertFalse(ReportingPeriod.tiles(Collections.emptyList(), year));
    }

    @Test
    void test_equalsAndCompareTo() {
        new EqualsTester()
                .addEqualityGroup(ReportingPeriod.parse("2024"), ReportingPeriod.ofYear(2024))
                .addEqualityGroup(ReportingPeriod.parse("2024-01/2024-12"))
                .addEqualityGroup(ReportingPeriod.parse("2024-H1/2024-H2"))
                .addEqualityGroup(ReportingPeriod.parse("2024-05"), ReportingPeriod.parse("2024-M05"),
                        ReportingPeriod.parse("2024-05/2024-05"))
                .addEqualityGroup(ReportingPeriod.parse("2024-05-01/2024-05-31"))
                .addEqualityGroup(ReportingPeriod.parse("2024-H1"), ReportingPeriod.parse("2024-S1"))
                .testEquals();
        List<ReportingPeriod> sorted = periods("2024-05", "2024", "2024-01/2024-12", "2023-12-31", "2024-H1", "2024-01/2024-05");
        Collections.sort(sorted);
        assertEquals(List.of("2023-12-31", "2024-01/2024-05", "2024-H1", "2024", "2024-01/2024-12", "2024-05"), texts(sorted));
        assertEquals(0, ReportingPeriod.parse("2024-S2").compareTo(ReportingPeriod.parse("2024-H2")));
    }

    private static List<ReportingPeriod> periods(String... texts) {
        List<ReportingPeriod> list = new ArrayList<>();
        for (String text : texts) {
            list.add(ReportingPeriod.parse(text));
        }
        return list;
    }

    private static List<String> texts(List<ReportingPeriod> periods) {
        return periods.stream().map(ReportingPeriod::toString).collect(Collectors.toList());
    }
}
