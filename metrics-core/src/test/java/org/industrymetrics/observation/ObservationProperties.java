package org.industrymetrics.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
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
            // the same observations in dataset order as a scan finds, for every index
            assertEquals(scan(d, x -> x.subject().equals(o.subject()) && x.metric().equals(o.metric())
                    && x.period().equals(o.period()) && x.measure() == o.measure()),
                    d.find(o.subject(), o.metric(), o.period(), o.measure()));
            assertEquals(o, d.observation(o.id()).orElseThrow());
            if (o.measure() == Measure.SHARE) {
                assertEquals(scan(d, x -> x.measure() == Measure.SHARE && x.baseSubject().equals(o.baseSubject())
                        && x.metric().equals(o.metric()) && x.period().equals(o.period())),
                        d.sharesOf(o.baseSubject(), o.metric(), o.period()));
            }
            assertEquals(scan(d, x -> x.subject().equals(o.subject()) && x.metric().equals(o.metric())
                    && x.measure() == o.measure() && x.period().granularity() == o.period().granularity()),
                    d.series(o.subject(), o.metric(), o.measure(), o.period().granularity()));
            assertEquals(scan(d, x -> x.measure() == o.measure()), d.withMeasure(o.measure()));
            // a key no observation has: another metric
            assertEquals(List.of(), d.find(o.subject(), o.metric() + ".none", o.period(), o.measure()));
        }
        assertEquals(Optional.empty(), d.observation("no such id"));
    }

    private static List<Observation> scan(Dataset d, Predicate<Observation> filter) {
        return d.observations().stream().filter(filter).collect(Collectors.toList());
    }
}
