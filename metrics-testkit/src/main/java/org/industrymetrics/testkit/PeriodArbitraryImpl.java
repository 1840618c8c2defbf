package org.industrymetrics.testkit;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.industrymetrics.period.Granularity;
import org.industrymetrics.period.ReportingPeriod;

/** The period arbitrary: a granularity, a day that fixes the first unit, and sometimes a later last unit. */
final class PeriodArbitraryImpl extends ArbitraryDecorator<ReportingPeriod> implements PeriodArbitrary {

    private static final LocalDate LAST_DAY = LocalDate.of(ReportingPeriod.MAX_YEAR, 12, 31);

    private List<Granularity> granularities = List.of(Granularity.values());
    private int minYear = ReportingPeriod.MIN_YEAR;
    private int maxYear = ReportingPeriod.MAX_YEAR;
    private boolean ranges = true;

    @Override
    protected Arbitrary<ReportingPeriod> arbitrary() {
        // the first and last years one time in twenty each, so that both ends of the range are met
        Arbitrary<Integer> year = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(minYear)), Tuple.of(1, Arbitraries.just(maxYear)),
                Tuple.of(18, Arbitraries.integers().between(minYear, maxYear)));
        Arbitrary<LocalDate> day = Combinators.combine(year,
                        Arbitraries.integers().between(1, 366))
                .as((y, d) -> LocalDate.ofYearDay(y, Math.min(d, LocalDate.of(y, 1, 1).lengthOfYear())));
        // 0: a single unit; otherwise the days from the first unit's day to a day in the last unit
        Arbitrary<Integer> span = ranges
                ? Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(1, 1200)))
                : Arbitraries.just(0);
        return Combinators.combine(Arbitraries.of(granularities), day, span).as((g, d, n) -> {
            ReportingPeriod first = ReportingPeriod.containing(g, d);
            if (n == 0) {
                return first;
            }
            LocalDate end = d.plusDays(n);
            ReportingPeriod last = ReportingPeriod.containing(g, end.isAfter(LAST_DAY) ? LAST_DAY : end);
            return ReportingPeriod.range(first, last);
        });
    }

    @Override
    public PeriodArbitrary withGranularities(Granularity... given) {
        if (given.length == 0) {
            throw new IllegalArgumentException("give at least one granularity");
        }
        PeriodArbitraryImpl c = typedClone();
        c.granularities = List.of(given);
        return c;
    }

    @Override
    public PeriodArbitrary years(int min, int max) {
        if (min < ReportingPeriod.MIN_YEAR || max > ReportingPeriod.MAX_YEAR || min > max) {
            throw new IllegalArgumentException("years must be from " + ReportingPeriod.MIN_YEAR + " to " + ReportingPeriod.MAX_YEAR
                    + ", min ≤ max, found " + min + ".." + max);
        }
        PeriodArbitraryImpl c = typedClone();
        c.minYear = min;
        c.maxYear = max;
        return c;
    }

    @Override
    public PeriodArbitrary withoutRanges() {
        PeriodArbitraryImpl c = typedClone();
        c.ranges = false;
        return c;
    }
}
