package org.industrymetrics.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The JSON round trip gives back what Jackson reads, and names the JSON it cannot read. (The
 * library's own types go through metrics-io's module in the consumer test of {@code examples}:
 * this module cannot depend on metrics-io, whose tests depend on it.)
 */
class JacksonRoundTripTest {

    /** Written as {"x":1}, but Jackson has no way to make one. */
    public static final class NoCreator {
        private final int x;

        NoCreator(int x) {
            this.x = x;
        }

        public int getX() {
            return x;
        }

        @Override
        public String toString() {
            return "NoCreator " + x;
        }
    }

    @Test
    void aValueJacksonReads_comesBack() {
        UnaryOperator<BigDecimal> rt = JacksonRoundTrip.of(new ObjectMapper(), BigDecimal.class);
        assertEquals(new BigDecimal("88.9"), rt.apply(new BigDecimal("88.9")));
        ValueTypeContract.of(String.class).roundTrip("JSON", JacksonRoundTrip.of(JacksonRoundTrip.mapperWithModules(), String.class))
                .check("年 \"quoted\"\n");
    }

    @Test
    void aValueJacksonCannotRead_isAnAssertionError_withTheJson() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> JacksonRoundTrip.of(new ObjectMapper(), NoCreator.class).apply(new NoCreator(1)));
        assertTrue(e.getMessage().startsWith("cannot read back {\"x\":1} as a NoCreator"), e.getMessage());
    }
}
