package org.industrymetrics.check;

import static org.industrymetrics.check.Fixtures.builder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.Status;

/**
 * The pair checks compare each figure with a bounded set of earlier ones, yet decide as if every
 * pair had been checked: a figure is reported inconsistent exactly when some earlier figure it
 * may be compared with does not overlap it (the verdict of that pair checked alone).
 */
class PairCheckProperties {

    private static final String[] FIGURES = {"90", "90.2", "95", "about 90", "over 89", "89..91", "under 92", "90.0", "100", "9", "nearly 91", "at most 89.5"};
    private static final String[] UNITS = {"GWh", "GWh", "MWh", "TWh"};
    private static final Status[] STATUSES = {Status.ACTUAL, Status.ACTUAL, Status.ESTIMATE, Status.TARGET};

    @Provide
    Arbitrary<List<Observation>> groups() {
        Arbitrary<Observation> one = Combinators.combine(Arbitraries.of(FIGURES), Arbitraries.of(UNITS), Arbitraries.of(STATUSES),
                Arbitraries.integers().between(0, 3))
                .as((figure, unit, status, shift) -> {
                    // MWh figures a thousand times larger, TWh a thousand times smaller, so units mix and still meet
                    String f = unit.equals("MWh") ? figure.replaceAll("([0-9.]+)", "$1000") : figure;
                    return builder("x", "X", "m", "2025", f).unit(ObservationUnit.parse(unit)).status(status).build();
                });
        return one.list().ofMinSize(2).ofMaxSize(12).map(PairCheckProperties::numbered);
    }

    private static List<Observation> numbered(List<Observation> list) {
        List<Observation> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            result.add(Observation.builder().from(list.get(i)).id("o" + i).build());
        }
        return result;
    }

    @Property(tries = 300)
    void inconsistentExactlyWhenSomePairIs(@ForAll("groups") List<Observation> group) {
        Report all = Checker.check(Dataset.of(group), CheckSettings.builder().only(CheckId.AGREE).build());
        for (int j = 1; j < group.size(); j++) {
            Observation b = group.get(j);
            boolean somePair = false;
            for (int i = 0; i < j; i++) {
                Report pair = Checker.check(Dataset.of(List.of(group.get(i), b)), CheckSettings.builder().only(CheckId.AGREE).build());
                somePair |= pair.findings().stream().anyMatch(f -> f.verdict() == Verdict.INCONSISTENT);
            }
            List<Finding> ofB = all.findings().stream().filter(f -> f.observations().get(0).equals(b.id())).toList();
            boolean reported = ofB.stream().anyMatch(f -> f.verdict() == Verdict.INCONSISTENT);
            assertEquals(somePair, reported, b.id() + " in " + group + ": " + ofB);
            // one finding per class and unit of earlier figures, at most
            Set<String> units = group.subList(0, j).stream().map(o -> o.status() + " " + o.effectiveUnit()).collect(Collectors.toSet());
            assertTrue(ofB.size() <= units.size(), ofB.toString());
        }
    }

    @Property(tries = 50)
    void equalFiguresGiveOneFindingEach(@ForAll @IntRange(min = 2, max = 300) int n) {
        List<Observation> group = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            group.add(builder("o" + i, "X", "m", "2025", "90").unit(ObservationUnit.parse("GWh")).build());
        }
        Report r = Checker.check(Dataset.of(group), CheckSettings.builder().only(CheckId.AGREE).build());
        assertEquals(n - 1, r.findings().size());
        assertEquals(0, r.count(Verdict.INCONSISTENT));
    }
}
