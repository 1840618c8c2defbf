package org.industrymetrics.json;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Objects;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.io.internal.Text;

/**
 * Jackson set up to read untrusted JSON: every document the library reads goes through a mapper
 * made here.
 * <ul>
 * <li>Limits ({@link JsonLimits}): the document length (default 64 MiB), numbers of at most 1,000
 *     characters with exponents within ±1,000, nesting at most 64 deep. Each is refused with a clear
 *     error as soon as it is seen, so a hostile document costs little.
 * <li>No polymorphic typing by class name: default typing is never turned on, unsafe base types are
 *     blocked ({@link MapperFeature#BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES}) and the validator for
 *     {@code @JsonTypeInfo(use = CLASS)} allows no class at all.
 * <li>Strict: unknown properties, duplicate keys and content after the document are errors.
 * <li>Decimals: floating-point numbers are read as {@link java.math.BigDecimal} (never {@code double}), and
 *     {@code BigDecimal}s are written plain ({@code 1000000}, never {@code 1E+6}).
 * <li>{@link MetricsModule} is registered: the library's value types read and write as their text.
 * </ul>
 * A mapper is safe to share between threads once made, but it is mutable: make one with
 * {@link #mapper()}, configure it if needed, and keep it; there is no shared global instance.
 */
public final class MetricsJson {

    private MetricsJson() {
    }

    /**
     * Returns a new hardened mapper with the default limits.
     *
     * @return the mapper
     */
    public static ObjectMapper mapper() {
        return mapper(JsonLimits.defaults());
    }

    /**
     * Returns a new hardened mapper with the given limits.
     *
     * @param limits the limits, not null
     * @return the mapper
     */
    public static ObjectMapper mapper(JsonLimits limits) {
        Objects.requireNonNull(limits, "limits");
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNumberLength(JsonLimits.MAX_NUMBER_LENGTH)
                .maxNestingDepth(JsonLimits.MAX_NESTING_DEPTH)
                // a dataset's reader refuses a text over MAX_STRING_LENGTH at its field, with its length; the
                // parser only keeps a string from outgrowing the document
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, Math.max(JsonLimits.MAX_STRING_LENGTH, limits.maxDocumentLength())))
                .maxDocumentLength(limits.maxDocumentLength())
                .build();
        JsonFactoryBuilder factory = new JsonFactoryBuilder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
        return JsonMapper.builder(new HardenedJsonFactory(factory))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(MapperFeature.BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES)
                .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder().build())
                .addModule(new MetricsModule())
                .build();
    }

    /**
     * Reads a document, turning any JSON error into an {@link InvalidInputException} with the input
     * name, line and JSON path.
     *
     * @param <T> the type of the value
     * @param mapper the mapper, one of {@link #mapper()}, not null
     * @param in the UTF-8 (or UTF-16/32, detected) bytes, not closed, not null
     * @param inputName the name of the input in problems, such as the file name, not null
     * @param type the type to read, not null
     * @return the value
     * @throws InvalidInputException if the document is not valid JSON of the type, or breaks a limit
     * @throws IOException if reading fails
     */
    public static <T> T read(ObjectMapper mapper, InputStream in, String inputName, Class<T> type) throws IOException {
        Objects.requireNonNull(in, "in");
        return read(mapper, mapper.getFactory().createParser(in), inputName, type);
    }

    /**
     * Reads a document, turning any JSON error into an {@link InvalidInputException} with the input
     * name, line and JSON path.
     *
     * @param <T> the type of the value
     * @param mapper the mapper, one of {@link #mapper()}, not null
     * @param in the characters, not closed, not null
     * @param inputName the name of the input in problems, such as the file name, not null
     * @param type the type to read, not null
     * @return the value
     * @throws InvalidInputException if the document is not valid JSON of the type, or breaks a limit
     * @throws IOException if reading fails
     */
    public static <T> T read(ObjectMapper mapper, Reader in, String inputName, Class<T> type) throws IOException {
        Objects.requireNonNull(in, "in");
        return read(mapper, mapper.getFactory().createParser(in), inputName, type);
    }

    private static <T> T read(ObjectMapper mapper, JsonParser parser, String inputName, Class<T> type) throws IOException {
        Objects.requireNonNull(inputName, "inputName");
        Objects.requireNonNull(type, "type");
        parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        try (JsonParser p = parser) {
            return mapper.readValue(p, type);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof InvalidInputException) {
                // a dataset document's problems, each placed: name the input
                java.util.List<InputProblem> placed = new java.util.ArrayList<>();
                for (InputProblem p : ((InvalidInputException) e.getCause()).problems()) {
                    placed.add(p.input().equals("JSON") ? p.withLocation(p.location().withInput(inputName)) : p);
                }
                throw new InvalidInputException(placed);
            }
            // a broken limit carries no location: the parser knows where it stopped
            JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw new InvalidInputException(problem(inputName, e, where));
        }
    }

    /**
     * Describes a JSON error as an input problem: {@code dataset.json:3: field observations[2].value:
     * cannot read "30,00" ...}. The message is that of the value's parse error where there is one,
     * else Jackson's, without the location (which the problem gives).
     *
     * @param inputName the name of the input, not null
     * @param e the error, not null
     * @return the problem
     */
    public static InputProblem problem(String inputName, JsonProcessingException e) {
        Objects.requireNonNull(inputName, "inputName");
        Objects.requireNonNull(e, "e");
        return problem(inputName, e, e.getLocation());
    }

    private static InputProblem problem(String inputName, JsonProcessingException e, JsonLocation location) {
        long line = location == null ? 0 : Math.max(0, location.getLineNr());
        InputLocation at = InputLocation.of(inputName, line);
        if (e instanceof JsonMappingException && !((JsonMappingException) e).getPath().isEmpty()) {
            at = InputLocation.ofPath(inputName, line, path((JsonMappingException) e));
        }
        if (e.getCause() instanceof FigureParseException) {
            FigureParseException parse = (FigureParseException) e.getCause();
            return InputProblem.of(at, "cannot read " + Text.quote(parse.input()) + " at index " + parse.index() + ": " + parse.problem(),
                    parse.suggestion().orElse(null));
        }
        return InputProblem.of(at, e.getOriginalMessage());
    }

    /** Returns the path as {@code observations[2].value}. */
    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
