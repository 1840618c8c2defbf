package org.industrymetrics.check;

import static org.industrymetrics.check.Fixtures.check;
import static org.industrymetrics.check.Fixtures.level;
import static org.industrymetrics.check.Fixtures.relative;
import static org.industrymetrics.check.Fixtures.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Measure;
import org.junit.jupiter.api.Test;

/** Relations one step further: grandchildren in parts-sum, derived growths in growth-pp, a union as the whole of a share. */
class DeeperRelationsTest {

    private static final String M = "power_battery.output";

    private static Finding only(Report r) {
        assertEquals(1, r.findings().size(), r.toString());
        return r.findings().get(0);
    }

    private static Dataset.Builder tree() {
        return Dataset.builder().addSubject(subject("CN", null)).addSubject(subject("CN-SC", "CN")).addSubject(subject("CN-CQ", "CN"))
                .addSubject(subject("CN-CQ-A", "CN-CQ")).addSubject(subject("CN-CQ-B", "CN-CQ"));
    }

    @Test
    void partsSum_childWithoutLevel_itsChildrenCount() {
        Dataset.Builder d = tree().addObservation(level("sc", "CN-SC", M, "2024", "40", "GWh"))
                .addObservation(level("a", "CN-CQ-A", M, "2024", "30", "GWh"))
                .addObservation(level("b", "CN-CQ-B", M, "2024", "20", "GWh"));
        Finding ok = only(check(d.addObservation(level("cn", "CN", M, "2024", "100", "GWh")).build(), CheckId.PARTS_SUM));
        assertEquals(Verdict.CONSISTENT, ok.verdict());
        assertEquals(List.of("cn", "sc", "a", "b"), ok.observations());
        assertEquals("40 (CN-SC) + 30 (CN-CQ-A) + 20 (CN-CQ-B) = 90 GWh in parts of CN, at most its stated 100 GWh", ok.message());
        Dataset.Builder d2 = tree().addObservation(level("sc", "CN-SC", M, "2024", "40", "GWh"))
                .addObservation(level("a", "CN-CQ-A", M, "2024", "30", "GWh"))
                .addObservation(level("b", "CN-CQ-B", M, "2024", "20", "GWh"))
                .addObservation(level("cn", "CN", M, "2024", "80", "GWh"));
        List<Finding> bad = check(d2.build(), CheckId.PARTS_SUM).findings(Verdict.INCONSISTENT);
        assertEquals(1, bad.size(), "Sichuan and Chongqing's districts (90) exceed China's 80");
    }

    @Test
    void growthPp_fromGrowthsDerivedFromLevels() {
        Dataset.Builder d = Dataset.builder().addObservation(level("y20", "CN", M, "2020", "100", "GWh"))
                .addObservation(level("y21", "CN", M, "2021", "110", "GWh"))
                .addObservation(level("y22", "CN", M, "2022", "115.5", "GWh"));
        Finding ok = only(check(d.addObservation(relative("pp", "CN", M, "2022", Measure.GROWTH_PP, "-5", null)).build(), CheckId.GROWTH_PP));
        assertEquals(Verdict.CONSISTENT, ok.verdict(), ok.toString());
        assertEquals(List.of("pp", "y22", "y21", "y21", "y20"), ok.observations());
        Dataset.Builder d2 = Dataset.builder().addObservation(level("y20", "CN", M, "2020", "100", "GWh"))
                .addObservation(level("y21", "CN", M, "2021", "110", "GWh"))
                .addObservation(level("y22", "CN", M, "2022", "115.5", "GWh"))
                .addObservation(relative("pp", "CN", M, "2022", Measure.GROWTH_PP, "-2", null));
        assertEquals(Verdict.INCONSISTENT, only(check(d2.build(), CheckId.GROWTH_PP)).verdict(), "5 % after 10 % is 5 pp slower, not 2");
    }

    @Test
    void growthPp_oneGrowthStated_theOtherDerived() {
        Dataset d = Dataset.builder().addObservation(level("y20", "CN", M, "2020", "100", "GWh"))
                .addObservation(level("y21", "CN", M, "2021", "110", "GWh"))
                .addObservation(relative("g22", "CN", M, "2022", Measure.GROWTH, "5", null))
                .addObservation(relative("pp", "CN", M, "2022", Measure.GROWTH_PP, "-5", null)).build();
        Finding f = only(check(d, CheckId.GROWTH_PP));
        assertEquals(Verdict.CONSISTENT, f.verdict());
        assertEquals(List.of("pp", "g22", "y21", "y20"), f.observations());
    }

    @Test
    void share_ofAUnion_wholeIsTheSumOfItsParts() {
        Dataset.Builder d = tree().addObservation(level("sc", "CN-SC", M, "2024", "40", "GWh"))
                .addObservation(level("cq", "CN-CQ", M, "2024", "60", "GWh"));
        Finding ok = only(check(d.addObservation(relative("s", "CN-SC", M, "2024", Measure.SHARE, "40", "CN-SC+CN-CQ")).build(),
                CheckId.SHARE));
        assertEquals(Verdict.CONSISTENT, ok.verdict());
        assertEquals("40 / (60 (CN-CQ) + 40 (CN-SC)) = 40.00 %, stated 40 %", ok.message());
        Dataset.Builder d2 = tree().addObservation(level("sc", "CN-SC", M, "2024", "40", "GWh"))
                .addObservation(level("cq", "CN-CQ", M, "2024", "60", "GWh"))
                .addObservation(relative("s", "CN-SC", M, "2024", Measure.SHARE, "50", "CN-SC+CN-CQ"));
        assertEquals(Verdict.INCONSISTENT, only(check(d2.build(), CheckId.SHARE)).verdict());
    }
}
