package org.industrymetrics.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Round trips through JSON with Jackson, for {@link ValueTypeContract#roundTrip}. Jackson is an
 * optional dependency of the testkit: the classes here need {@code jackson-databind} on the test
 * class path, which {@code metrics-io} brings.
 */
public final class JacksonRoundTrip {

    private JacksonRoundTrip() {
    }

    /**
     * Returns a mapper with every Jackson module on the class path registered, the library's
     * {@code MetricsModule} of {@code metrics-io} among them (it is a registered service).
     *
     * @return a new mapper
     */
    public static ObjectMapper mapperWithModules() {
        return JsonMapper.builder().findAndAddModules().build();
    }

    /**
     * Returns a round trip that writes a value as JSON with {@code mapper} and reads it back as {@code type}.
     *
     * @param mapper the mapper, not null
     * @param type the type read back, not null
     * @param <T> the type
     * @return the round trip; it throws {@link AssertionError} with the JSON if the value cannot be
     *     written or read back
     */
    public static <T> UnaryOperator<T> of(ObjectMapper mapper, Class<T> type) {
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(type, "type");
        return x -> {
            String json;
            try {
                json = mapper.writeValueAsString(x);
            } catch (JsonProcessingException e) {
                throw new AssertionError("cannot write \"" + x + "\" as JSON: " + e.getOriginalMessage(), e);
            }
            try {
                return mapper.readValue(json, type);
            } catch (JsonProcessingException e) {
                throw new AssertionError("cannot read back " + json + " as a " + type.getSimpleName() + ": "
                        + e.getOriginalMessage(), e);
            }
        };
    }
}
