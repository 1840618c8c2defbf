package org.industrymetrics.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.figure.QualifierWidths;

class ObservationProperties {

    @Property(tries = 300)
    void generated_areValid_andRebuildEqual(@ForAll Observation o) {
        Observation copy = Observation.builder().from(o).build();
        assertEquals(o, copy);
        assertEquals(o.hashCode(), copy.hashCode());
        if (o.measure() == Measure.LEVEL) {
            assertTrue(o.unit().isPresent());
        } else {
            assertEquals(o.measure().impliedUnit(), o.effectiveUnit().toString());
        }
        Interval i = o.interval(QualifierWidths.DEFAULTS);
        assertTrue(i.isBounded());
    }

    @Property(tries = 300)
    void dataset_indexesAgreeWithAScan(@ForAll List<Observation> os) {
        Dataset d = Dataset.of(ObservationArbitraries.renumber(os));
        for (Observation o : d.observations()) {
            List<Observation> found = d.find(o.subject(), o.metric(), o.period(), o.measure());
            long expected = d.observations().stream().filter(x -> x.subject().equals(o.subject()) && x.metric().equals(o.metric())
                    && x.period().equals(o.period()) && x.measure() == o.measure()).count();
            assertEquals(expected, found.size());
            assertTrue(found.contains(o));
            assertEquals(o, d.observation(o.id()).orElseThrow());
            if (o.measure() == Measure.SHARE) {
                assertTrue(d.sharesOf(o.baseSubject(), o.metric(), o.period()).contains(o));
            }
            assertTrue(d.series(o.subject(), o.metric(), o.measure(), o.period().granularity()).contains(o));
        }
    }
}
