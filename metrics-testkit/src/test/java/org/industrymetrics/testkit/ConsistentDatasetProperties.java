package org.industrymetrics.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.industrymetrics.check.CheckId;
import org.industrymetrics.check.Checker;
import org.industrymetrics.check.Report;
import org.industrymetrics.check.Verdict;
import org.industrymetrics.figure.QualifierWidths;
import org.industrymetrics.observation.Observation;
import org.junit.jupiter.api.Test;

/**
 * The two laws of the checks, on the testkit's consistent datasets: rounded exact values are
 * consistent (soundness), and one figure moved far out of its interval is named in an
 * inconsistency (completeness). These were the library's CheckerProperties; the generator now
 * lives in the testkit, for users to test their own pipelines with.
 */
class ConsistentDatasetProperties {

    @Property(tries = 200)
    void roundedExactValues_areConsistent(@ForAll ConsistentDataset c) {
        Report r = Checker.check(c.dataset(), c.settings());
        assertEquals(List.of(), r.findings(Verdict.INCONSISTENT), r.toString());
        // every check found its relations
        Set<CheckId> ran = EnumSet.noneOf(CheckId.class);
        r.findings().forEach(f -> ran.add(f.check()));
        assertEquals(EnumSet.allOf(CheckId.class), ran, r.summary());
    }

    @Property(tries = 200)
    void movedFigure_isNamedInAnInconsistency(@ForAll ConsistentDataset.Perturbation p) {
        Report r = Checker.check(p.dataset(), ConsistentDataset.generate(0).settings());
        assertTrue(r.findings(Verdict.INCONSISTENT).stream().anyMatch(f -> f.observations().contains(p.observationId())),
                p + "\n" + r);
    }

    @Property(tries = 50)
    void everyFigure_containsItsExactValue(@ForAll ConsistentDataset c) {
        for (Observation o : c.dataset().observations()) {
            BigDecimal exact = c.exactValue(o.id());
            assertTrue(o.interval(QualifierWidths.DEFAULTS).contains(exact), o + " does not contain " + exact);
        }
    }

    @Property(tries = 50)
    void perturbedFigure_isOutsideItsInterval(@ForAll ConsistentDataset.Perturbation p) {
        Observation moved = p.dataset().observations().stream().filter(o -> o.id().equals(p.observationId())).findFirst()
                .orElseThrow();
        assertEquals(p.to(), moved.figure());
        assertTrue(!p.to().interval(QualifierWidths.DEFAULTS).overlaps(p.from().interval(QualifierWidths.DEFAULTS)), p.toString());
    }

    @Test
    void sameSeed_sameDataset_andUnknownIdsAreNamed() {
        assertEquals(ConsistentDataset.generate(42).dataset().observations(), ConsistentDataset.generate(42).dataset().observations());
        ConsistentDataset c = ConsistentDataset.generate(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.perturb("W-multiple-2023"));
        assertTrue(e.getMessage().contains("W-multiple-2023"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> c.exactValue("nope"));
    }
}
