package org.industrymetrics.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Function;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.internal.Decimals;
import org.industrymetrics.quantity.Quantity;
import org.industrymetrics.quantity.Unit;

/**
 * The Jackson module for the library's value types: each is written as its {@code toString()} text
 * and read with its {@code parse} method, so nothing is lost ({@code "88.90 GWh"} stays
 * {@code 88.90 GWh}, decimals travel as text) and JSON looks as the dataset format writes it.
 * A text that does not parse is a {@link JsonMappingException} naming the JSON path and location,
 * with the {@link org.industrymetrics.FigureParseException} as its cause.
 * <p>
 * Types: {@link Quantity} ({@code "20 GWh"}), {@link Unit} ({@code "billion m2"}); also as map keys.
 * <p>
 * A {@link BigDecimal} is read from a JSON number as Jackson reads it, or from a JSON string
 * ({@code "88.90"}, as the dataset format writes decimals) with the library's strict decimal reader:
 * {@code .} as decimal point, no group separators, at most 1,000 digits, exponent within ±1,000.
 * <p>
 * {@link MetricsJson#mapper()} registers it; it is also found by
 * {@link com.fasterxml.jackson.databind.ObjectMapper#findAndRegisterModules()} through the service loader.
 */
public final class MetricsModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public MetricsModule() {
        super("industry-metrics", Version.unknownVersion());
        // one line per value type whose toString and parse are exact inverses
        addText(Quantity.class, Quantity::parse);
        addText(Unit.class, Unit::parse);
        // a decimal in a JSON string goes through the library's strict reader, with its limits
        addDeserializer(BigDecimal.class, new DecimalDeserializer());
    }

    private <T> void addText(Class<T> type, Function<String, T> parse) {
        addSerializer(type, new TextSerializer<>(type));
        addDeserializer(type, new TextDeserializer<>(type, parse));
        addKeyDeserializer(type, new TextKeyDeserializer<>(type, parse));
    }

    /** Writes a value as its {@code toString()} text. */
    static final class TextSerializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;

        TextSerializer(Class<T> type) {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }

    /** Reads a value from a JSON string with its parse method. */
    static final class TextDeserializer<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final Function<String, T> parse;

        TextDeserializer(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getText();
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                JsonMappingException failure = ctxt.weirdStringException(text, handledType(), e.getMessage());
                failure.initCause(e);
                throw failure;
            }
        }
    }

    /** Reads a decimal from a JSON number, or from a string with {@link Decimals#parse(String, boolean)}. */
    static final class DecimalDeserializer extends StdScalarDeserializer<BigDecimal> {
        private static final long serialVersionUID = 1L;

        DecimalDeserializer() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                return p.getDecimalValue();
            }
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
            }
            String text = p.getText();
            try {
                return Decimals.parse(text, true);
            } catch (FigureParseException e) {
                JsonMappingException failure = ctxt.weirdStringException(text, BigDecimal.class, e.getMessage());
                failure.initCause(e);
                throw failure;
            }
        }
    }

    /** Reads a map key with the parse method. */
    static final class TextKeyDeserializer<T> extends KeyDeserializer {
        private final Class<T> type;
        private final Function<String, T> parse;

        TextKeyDeserializer(Class<T> type, Function<String, T> parse) {
            this.type = type;
            this.parse = parse;
        }

        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            try {
                return parse.apply(key);
            } catch (IllegalArgumentException e) {
                JsonMappingException failure = ctxt.weirdKeyException(type, key, e.getMessage());
                failure.initCause(e);
                throw failure;
            }
        }
    }
}
