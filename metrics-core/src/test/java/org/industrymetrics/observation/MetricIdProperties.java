package org.industrymetrics.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written metric id check agrees with the documented pattern. */
class MetricIdProperties {

    private static final Pattern METRIC_ID = Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+)*");

    @Property
    void isMetricId_agreesWithThePattern(@ForAll("ids") String id) {
        assertEquals(METRIC_ID.matcher(id).matches(), Observation.isMetricId(id), id);
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.strings().withChars("ab_09.Z- ").ofMinLength(0).ofMaxLength(8);
    }
}
