package org.industrymetrics.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Metric;
import org.industrymetrics.observation.MetricKind;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationArbitraries;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.Subject;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.period.ReportingPeriod;

/** The laws of overlap-aware sums. */
class OverlapProperties {

    private static final String M = "power_battery.output";

    /**
     * Provinces by month, exact values, then the same amounts again as the country by month, the
     * country over the whole range, each province over the range, the figures again from another
     * source and again in MWh: with a policy that resolves every overlap, the sum is the exact total
     * of the provinces' months, however the rows are ordered.
     */
    @Property(tries = 200)
    void resolvingPolicy_sumsToTheExactTotal(@ForAll @IntRange(min = 1, max = 5) int provinces,
            @ForAll @IntRange(min = 2, max = 6) int months, @ForAll("values") List<Integer> values,
            @ForAll boolean countryMonths, @ForAll boolean provinceRanges, @ForAll boolean otherSource,
            @ForAll boolean inMwh, @ForAll boolean broadest, @ForAll Random random) {
        Dataset.Builder d = Dataset.builder().addSubject(Subject.builder().id("CN").name("China").build())
                .addMetric(Metric.builder().id(M).kind(MetricKind.FLOW).build());
        List<Observation> os = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal[] byMonth = new BigDecimal[months];
        java.util.Arrays.fill(byMonth, BigDecimal.ZERO);
        ReportingPeriod range = ReportingPeriod.parse("2024-01/2024-0" + months);
        for (int p = 0; p < provinces; p++) {
            String province = "CN-P" + p;
            d.addSubject(Subject.builder().id(province).name(province).parent("CN").build());
            BigDecimal ytd = BigDecimal.ZERO;
            for (int m = 0; m < months; m++) {
                BigDecimal v = BigDecimal.valueOf(values.get((p * months + m) % values.size()), 1);
                ytd = ytd.add(v);
                byMonth[m] = byMonth[m].add(v);
                os.add(level(province + "-" + m, province, ReportingPeriod.ofMonth(2024, m + 1), v, "GWh", "base"));
                if (otherSource) {
                    os.add(level(province + "-" + m + "-news", province, ReportingPeriod.ofMonth(2024, m + 1), v, "GWh", "news"));
                }
                if (inMwh) {
                    os.add(level(province + "-" + m + "-mwh", province, ReportingPeriod.ofMonth(2024, m + 1),
                            v.scaleByPowerOfTen(3), "MWh", "base"));
                }
            }
            total = total.add(ytd);
            if (provinceRanges) {
                os.add(level(province + "-ytd", province, range, ytd, "GWh", "base"));
            }
        }
        if (countryMonths) {
            for (int m = 0; m < months; m++) {
                os.add(level("cn-" + m, "CN", ReportingPeriod.ofMonth(2024, m + 1), byMonth[m], "GWh", "base"));
            }
        }
        if (broadest) {
            os.add(level("cn-ytd", "CN", range, total, "GWh", "base"));
        }
        Collections.shuffle(os, random);
        Dataset dataset = d.addObservations(os).build();
        OverlapPolicy policy = OverlapPolicy.parse(broadest ? "subject=broadest;period=whole;source=base;unit=GWh"
                : "subject=finest;period=parts;source=base;unit=GWh");
        SumResult r = Aggregation.inUnit("GWh").overlapPolicy(policy).build().sum(dataset);
        Total t = r.groups().values().iterator().next();
        assertEquals(0, total.compareTo(new BigDecimal(t.figure())), t + " vs " + total);
        assertTrue(t.interval().contains(total));
        assertEquals(os.size(), t.count() + r.dropped().stream().mapToLong(Dropped::count).sum());
    }

    @Provide
    Arbitrary<List<Integer>> values() {
        return Arbitraries.integers().between(0, 100000).list().ofMinSize(1).ofMaxSize(30);
    }

    private static Observation level(String id, String subject, ReportingPeriod period, BigDecimal value, String unit, String source) {
        return Observation.builder().id(id).subject(SubjectRef.parse(subject)).metric(M).period(period)
                .figure(ReportedFigure.parse(value.toPlainString())).unit(ObservationUnit.parse(unit)).source(source).build();
    }

    /**
     * Whatever the levels and the policy, a sum that succeeds accounts for every level: each is
     * counted in a total or named as dropped (with how many like it), and each dropped one names a
     * level of its group.
     */
    @Property(tries = 300)
    void noPolicyDropsAFigureUnnamed(@ForAll("levels") List<Observation> os, @ForAll("policies") OverlapPolicy policy,
            @ForAll("groupings") Set<GroupBy> by) {
        Dataset d = Dataset.builder().addObservations(os)
                .addSubject(Subject.builder().id("CN").name("China").build())
                .addSubject(Subject.builder().id("CN-SC").name("Sichuan").parent("CN").build())
                .addSubject(Subject.builder().id("CN-CQ").name("Chongqing").parent("CN").build())
                .addMetric(Metric.builder().id(M).kind(MetricKind.FLOW).build()).build();
        SumResult r;
        try {
            r = Aggregation.inUnit("GWh").by(by.toArray(new GroupBy[0])).overlapPolicy(policy).build().sum(d);
        } catch (InvalidInputException e) {
            assertTrue(e.problems().stream().allMatch(p -> p.location().entry().isPresent()), e.getMessage());
            return;
        }
        long counted = r.groups().values().stream().mapToLong(Total::count).sum();
        long dropped = r.dropped().stream().mapToLong(Dropped::count).sum();
        assertEquals(os.size(), counted + dropped);
        Set<String> ids = new HashSet<>();
        os.forEach(o -> ids.add(o.id()));
        for (Dropped x : r.dropped()) {
            assertTrue(ids.contains(x.observation().id()) && ids.contains(x.keptInstead().id()));
            assertTrue(!x.rule().isEmpty());
        }
        if (!policy.isAllowRest()) {
            assertTrue(r.overlaps().stream().noneMatch(o -> o.resolution() == Overlap.Resolution.ADDED_BOTH));
        }
    }

    @Provide
    Arbitrary<List<Observation>> levels() {
        Arbitrary<String> subjects = Arbitraries.of("CN", "CN-SC", "CN-CQ", "CN-CQ+CN-SC", "JP");
        Arbitrary<String> periods = Arbitraries.of("2024", "2024-H1", "2024-Q1", "2024-01", "2024-02", "2024-01/2024-05", "2023");
        Arbitrary<String> units = Arbitraries.of("GWh", "MWh");
        Arbitrary<String> sources = Arbitraries.of("a", "b");
        Arbitrary<Integer> values = Arbitraries.integers().between(0, 999);
        return net.jqwik.api.Combinators.combine(subjects, periods, units, sources, values)
                .as((s, p, u, src, v) -> Observation.builder().id("x").subject(SubjectRef.parse(s)).metric(M)
                        .period(ReportingPeriod.parse(p)).figure(ReportedFigure.parse(v.toString()))
                        .unit(ObservationUnit.parse(u)).source(src).build())
                .list().ofMaxSize(25).map(ObservationArbitraries::renumber);
    }

    @Provide
    Arbitrary<OverlapPolicy> policies() {
        return Arbitraries.of(OverlapPolicy.REFUSE, OverlapPolicy.parse("allow"), OverlapPolicy.parse("first"),
                OverlapPolicy.parse("subject=broadest;period=whole;first"), OverlapPolicy.parse("subject=finest;period=parts;source=a"),
                OverlapPolicy.parse("subject=broadest;unit=MWh;allow"), OverlapPolicy.parse("period=whole;source=b,a;first;allow"));
    }

    @Provide
    Arbitrary<Set<GroupBy>> groupings() {
        return Arbitraries.of(GroupBy.class).set();
    }
}
