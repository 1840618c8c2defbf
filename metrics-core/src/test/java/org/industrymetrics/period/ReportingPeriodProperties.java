package org.industrymetrics.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ReportingPeriodProperties {

    @Provide
    Arbitrary<ReportingPeriod> units() {
        Arbitrary<Granularity> granularity = Arbitraries.of(Granularity.class);
        Arbitrary<LocalDate> day = Arbitraries.integers().between(0, 365 * 12)
                .map(offset -> LocalDate.of(2015, 1, 1).plusDays(offset));
        return Combinators.combine(granularity, day).as(ReportingPeriod::containing);
    }

    @Provide
    Arbitrary<ReportingPeriod> periods() {
        Arbitrary<Granularity> granularity = Arbitraries.of(Granularity.class);
        Arbitrary<LocalDate> day = Arbitraries.integers().between(0, 365 * 12)
                .map(offset -> LocalDate.of(2015, 1, 1).plusDays(offset));
        Arbitrary<Integer> span = Arbitraries.integers().between(0, 400);
        return Combinators.combine(granularity, day, span).as((g, d, n) -> ReportingPeriod.range(
                ReportingPeriod.containing(g, d), ReportingPeriod.containing(g, d.plusDays(n))));
    }

    @Property
    void parse_toString_roundTrip(@ForAll("periods") ReportingPeriod period) {
        assertEquals(period, ReportingPeriod.parse(period.toString()));
        assertEquals(period.toString(), ReportingPeriod.parse(period.toString()).toString());
    }

    @Property
    void compareTo_agreesWithEquals(@ForAll("periods") ReportingPeriod a, @ForAll("periods") ReportingPeriod b) {
        assertEquals(a.equals(b), a.compareTo(b) == 0);
        assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)));
    }

    @Property(tries = 300)
    void split_tilesThePeriod(@ForAll("periods") ReportingPeriod period, @ForAll Granularity finer) {
        if (!finer.isFinerOrEqual(period.granularity())) {
            return;
        }
        List<ReportingPeriod> parts = period.split(finer);
        assertTrue(ReportingPeriod.tiles(parts, period));
        assertEquals(period.days(), parts.stream().mapToLong(ReportingPeriod::days).sum());
        for (ReportingPeriod part : parts) {
            assertTrue(part.isSingle());
            assertEquals(finer, part.granularity());
        }
    }

    @Property(tries = 300)
    void tiles_agreesWithDayByDay(@ForAll("parts") List<ReportingPeriod> parts, @ForAll("periods") ReportingPeriod whole) {
        assertEquals(bruteForceTiles(parts, whole), ReportingPeriod.tiles(parts, whole));
    }

    @Property(tries = 300)
    void tiles_agreesWithDayByDay_nearMisses(@ForAll("periods") ReportingPeriod whole, @ForAll Granularity finer,
            @ForAll("edits") int edit) {
        // start from an exact tiling and disturb it, so that both answers occur often
        if (!finer.isFinerOrEqual(whole.granularity())) {
            return;
        }
        List<ReportingPeriod> parts = new ArrayList<>(whole.split(finer));
        int i = Math.floorMod(edit, parts.size());
        switch (Math.floorMod(edit, 4)) {
            case 0:
                break;
            case 1:
                parts.remove(i);
                break;
            case 2:
                parts.add(parts.get(i));
                break;
            default:
                parts.add(parts.get(i).previousYear());
                break;
        }
        assertEquals(bruteForceTiles(parts, whole), ReportingPeriod.tiles(parts, whole));
    }

    @Provide
    Arbitrary<Integer> edits() {
        return Arbitraries.integers().between(0, 1000);
    }

    @Provide
    Arbitrary<List<ReportingPeriod>> parts() {
        Arbitrary<Granularity> granularity = Arbitraries.of(Granularity.YEAR, Granularity.HALF, Granularity.QUARTER, Granularity.MONTH);
        Arbitrary<LocalDate> day = Arbitraries.integers().between(0, 365 * 3)
                .map(offset -> LocalDate.of(2022, 1, 1).plusDays(offset));
        return Combinators.combine(granularity, day).as(ReportingPeriod::containing).list().ofMaxSize(6);
    }

    @Property(tries = 300)
    void minusYears_keepsGranularityAndShape(@ForAll("periods") ReportingPeriod period) {
        ReportingPeriod earlier = period.previousYear();
        assertEquals(period.granularity(), earlier.granularity());
        assertEquals(period.year() - 1, earlier.year());
        if (period.granularity() != Granularity.DAY) {
            assertEquals(period.split(period.granularity()).size(), earlier.split(earlier.granularity()).size());
            assertEquals(period, earlier.plusYears(1));
        }
    }

    private static boolean bruteForceTiles(List<ReportingPeriod> parts, ReportingPeriod whole) {
        if (parts.isEmpty()) {
            return false;
        }
        for (ReportingPeriod part : parts) {
            if (!whole.contains(part)) {
                return false;
            }
        }
        for (LocalDate day = whole.firstDay(); !day.isAfter(whole.lastDay()); day = day.plusDays(1)) {
            int count = 0;
            for (ReportingPeriod part : parts) {
                if (part.contains(day)) {
                    count++;
                }
            }
            if (count != 1) {
                return false;
            }
        }
        return true;
    }
}
