package org.industrymetrics.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Metric;
import org.industrymetrics.observation.MetricKind;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationArbitraries;
import org.industrymetrics.observation.Subject;

/**
 * The checks run on an executor of several threads give the report they give one after the other,
 * in the stable order.
 */
class ParallelCheckProperties {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(3);

    @AfterContainer
    static void shutDown() {
        POOL.shutdown();
    }

    @Property(tries = 200)
    void parallel_givesTheSequentialReport(@ForAll List<Observation> os) {
        Dataset.Builder b = Dataset.builder().addObservations(ObservationArbitraries.renumber(os));
        // a subject tree and flow metrics, so the sums over parts and periods run too
        b.addSubject(Subject.of("CN", null)).addSubject(Subject.of("CN-SC", "CN")).addSubject(Subject.of("CN-CQ", "CN"))
                .addSubject(Subject.of("CN-SC-YB", "CN-SC")).addSubject(Subject.of("CN-CQ-BS", "CN-CQ"));
        for (String m : ObservationArbitraries.METRICS) {
            b.addMetric(Metric.builder().id(m).kind(MetricKind.FLOW).build());
        }
        Dataset d = b.build();
        Report sequential = Checker.check(d);
        Report parallel = Checker.check(d.toBuilder().build(), CheckSettings.DEFAULTS, POOL);
        assertEquals(sequential, parallel);
        assertEquals(sequential.toString(), parallel.toString());
        // the checker puts its tasks' sorted findings together without a sort of the whole: the order a sort gives
        assertEquals(Report.of(parallel.findings(), parallel.implied()).findings(), parallel.findings());
    }
}
