package org.industrymetrics.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.MetricKind;

/** period-sum over every decomposition: a generated set of stated periods gives one finding per tiling. */
class TilingProperties {

    /** A stated part: months {@code first..last} (1-based, inclusive). */
    private record Part(int first, int last) {
        String period() {
            if (first == last) {
                return String.format(Locale.ROOT, "2024-%02d", first);
            }
            if (last - first == 2 && first % 3 == 1) {
                return "2024-Q" + (first + 2) / 3;
            }
            if (last - first == 5 && first % 6 == 1) {
                return "2024-H" + (first + 5) / 6;
            }
            return String.format(Locale.ROOT, "2024-%02d/2024-%02d", first, last);
        }
    }

    @Provide
    Arbitrary<List<Part>> parts() {
        return Arbitraries.integers().between(1, 12).tuple2().map(t -> new Part(Math.min(t.get1(), t.get2()), Math.max(t.get1(), t.get2())))
                .list().ofMaxSize(14);
    }

    @Property(tries = 300)
    void oneFindingPerTiling(@ForAll @IntRange(min = 2, max = 12) int months, @ForAll("parts") List<Part> extra,
            @ForAll @IntRange(min = 1, max = 12) int monthsStated) {
        // the stated parts: some single months (so tilings exist often), aligned quarters and halves, random ranges
        Set<Part> stated = new HashSet<>();
        for (int m = 1; m <= months; m++) {
            if ((m * 7 + monthsStated) % 12 < monthsStated || m <= monthsStated) {
                stated.add(new Part(m, m));
            }
        }
        for (Part p : extra) {
            if (p.last() <= months && !(p.first() == 1 && p.last() == months)) {
                stated.add(p);
            }
        }
        int[] value = new int[13];
        for (int m = 1; m <= 12; m++) {
            value[m] = 10 + m;
        }
        Dataset.Builder b = Dataset.builder().addMetric(Fixtures.metric("output", MetricKind.FLOW));
        Set<String> periods = new HashSet<>();
        for (Part p : stated) {
            if (periods.add(p.period())) {
                b.addObservation(Fixtures.level("p" + p.first() + "-" + p.last(), "X", "output", p.period(), sum(value, p), "GWh"));
            }
        }
        Part whole = new Part(1, months);
        String wholePeriod = months == 12 ? "2024" : whole.period();
        b.addObservation(Fixtures.level("whole", "X", "output", wholePeriod, sum(value, whole), "GWh"));
        Report r = Fixtures.check(b.build(), CheckId.PERIOD_SUM);
        List<Finding> ofWhole = r.findings().stream().filter(f -> f.observations().get(0).equals("whole")).collect(Collectors.toList());
        long expected = Math.min(SumChecks.MAX_TILINGS, count(1, months, stated));
        assertEquals(expected, ofWhole.size(), r.toString());
        assertEquals(ofWhole.size(), ofWhole.stream().map(Finding::observations).distinct().count(), "each tiling once");
        assertTrue(ofWhole.stream().allMatch(f -> f.verdict() == Verdict.CONSISTENT), r.toString());
    }

    /** How many ways the months {@code from..last} are made up of stated parts: counted, not enumerated. */
    private static long count(int from, int last, Set<Part> stated) {
        if (from > last) {
            return 1;
        }
        long n = 0;
        for (Part p : stated) {
            if (p.first() == from && p.last() <= last) {
                n += count(p.last() + 1, last, stated);
            }
        }
        return n;
    }

    private static String sum(int[] value, Part p) {
        int s = 0;
        for (int m = p.first(); m <= p.last(); m++) {
            s += value[m];
        }
        return new BigDecimal(s).toPlainString();
    }
}
