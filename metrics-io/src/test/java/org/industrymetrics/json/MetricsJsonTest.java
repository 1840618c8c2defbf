package org.industrymetrics.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.google.common.testing.EqualsTester;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.quantity.Quantity;
import org.industrymetrics.quantity.Unit;
import org.junit.jupiter.api.Test;

class MetricsJsonTest {

    private final ObjectMapper mapper = MetricsJson.mapper();

    /** A record as the dataset binding will have them. */
    record Plant(String name, Quantity capacity, List<Unit> units, BigDecimal share) {
    }

    record Holder(@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS) Object payload) {
    }

    record Base(@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS) Number payload) {
    }

    private static String digits(int n) {
        return "1" + "0".repeat(n - 1);
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    // --- limits

    @Test
    void test_limits_numberOf1001DigitsRefused() throws IOException {
        assertEquals(new BigDecimal(digits(1000)), mapper.readValue(digits(1000), BigDecimal.class));
        StreamConstraintsException e = assertThrows(StreamConstraintsException.class,
                () -> mapper.readValue(digits(1001), BigDecimal.class));
        assertTrue(e.getMessage().startsWith("Number value length (1001) exceeds the maximum allowed (1000"), e.getMessage());
        assertThrows(StreamConstraintsException.class, () -> mapper.readTree("{\"v\": " + digits(1001) + "}"));
        assertThrows(StreamConstraintsException.class, () -> mapper.readTree("[" + digits(600) + "." + digits(401) + "]"));
        // a ten-million-digit number fails at its 1,001st digit, not after reading it all
        assertThrows(StreamConstraintsException.class, () -> mapper.readTree(digits(10_000_000).getBytes(UTF_8)));
    }

    @Test
    void test_limits_nestingDeeperThan64Refused() throws IOException {
        assertEquals(64, depth(mapper.readTree(nested(64))));
        StreamConstraintsException e = assertThrows(StreamConstraintsException.class, () -> mapper.readTree(nested(65)));
        assertTrue(e.getMessage().startsWith("Document nesting depth (65) exceeds the maximum allowed (64"), e.getMessage());
        assertThrows(StreamConstraintsException.class, () -> mapper.readValue("{\"a\":" + nested(64) + "}", Object.class));
        assertThrows(StreamConstraintsException.class, () -> mapper.readTree(nested(100_000)));
    }

    private static int depth(JsonNode node) {
        return node.isEmpty() ? 1 : 1 + depth(node.get(0));
    }

    @Test
    void test_limits_exponentBeyond1000Refused() throws IOException {
        assertEquals(new BigDecimal("1e1000"), mapper.readValue("1e1000", BigDecimal.class));
        assertEquals(new BigDecimal("-2.5E-1000"), mapper.readTree("[-2.5E-1000]").get(0).decimalValue());
        for (String json : List.of("1e1001", "1E+1001", "-1e-1001", "1e999999999999999999999")) {
            StreamConstraintsException e = assertThrows(StreamConstraintsException.class,
                    () -> mapper.readValue(json, BigDecimal.class), json);
            assertTrue(e.getMessage().startsWith("Number exponent of " + json + " is beyond the maximum allowed (1000)"),
                    e.getMessage());
            assertThrows(StreamConstraintsException.class, () -> mapper.readTree("{\"a\": [" + json + "]}"), json);
            assertThrows(StreamConstraintsException.class, () -> mapper.readValue("{\"a\": " + json + "}", Map.class), json);
            assertThrows(StreamConstraintsException.class,
                    () -> mapper.readValue(new ByteArrayInputStream(("[" + json + "]").getBytes(UTF_8)), Object.class), json);
            assertThrows(StreamConstraintsException.class, () -> mapper.readValue(new StringReader(json), double.class), json);
        }
    }

    @Test
    void test_limits_oversizeDocumentRefused() throws IOException {
        ObjectMapper small = MetricsJson.mapper(JsonLimits.ofMaxDocumentLength(10_000));
        String ok = "[\"" + "x".repeat(9_000) + "\"]";
        assertEquals(9_000, small.readTree(ok).get(0).asText().length());
        String big = "[\"" + "x".repeat(1_000_000) + "\"]";
        StreamConstraintsException e = assertThrows(StreamConstraintsException.class, () -> small.readTree(big));
        // a long String is read through a Reader: refused after the buffer that crosses the limit
        assertTrue(e.getMessage().matches("Document length \\(\\d+\\) exceeds the maximum allowed \\(10000.*"), e.getMessage());
        StreamConstraintsException whole = assertThrows(StreamConstraintsException.class, () -> small.readTree(big.getBytes(UTF_8)));
        assertTrue(whole.getMessage().startsWith("Document length (1000004) exceeds the maximum allowed (10000"), whole.getMessage());
        // streamed input is refused once a buffer beyond the limit has been read
        assertThrows(StreamConstraintsException.class, () -> small.readTree(new ByteArrayInputStream(big.getBytes(UTF_8))));
        assertThrows(StreamConstraintsException.class, () -> small.readTree(new StringReader(big)));
        InputStream endless = new InputStream() {
            private long n;

            @Override
            public int read() {
                return n++ == 0 ? '[' : ' ';
            }
        };
        assertThrows(StreamConstraintsException.class, () -> small.readTree(endless));
    }

    @Test
    void test_limits_defaults() {
        assertEquals(64L * 1024 * 1024, mapper.getFactory().streamReadConstraints().getMaxDocumentLength());
        assertEquals(1000, mapper.getFactory().streamReadConstraints().getMaxNumberLength());
        assertEquals(64, mapper.getFactory().streamReadConstraints().getMaxNestingDepth());
        assertEquals(JsonLimits.DEFAULT_MAX_DOCUMENT_LENGTH, JsonLimits.defaults().maxDocumentLength());
        assertThrows(IllegalArgumentException.class, () -> JsonLimits.ofMaxDocumentLength(0));
        assertEquals("JsonLimits[maxDocumentLength=5]", JsonLimits.ofMaxDocumentLength(5).toString());
        new EqualsTester()
                .addEqualityGroup(JsonLimits.defaults(), JsonLimits.ofMaxDocumentLength(64L << 20))
                .addEqualityGroup(JsonLimits.ofMaxDocumentLength(5))
                .testEquals();
    }

    @Test
    void test_copy_keepsHardening() {
        ObjectMapper copy = mapper.copy();
        assertThrows(StreamConstraintsException.class, () -> copy.readTree(nested(65)));
        assertThrows(StreamConstraintsException.class, () -> copy.readTree("1e1001"));
        assertThrows(StreamConstraintsException.class,
                () -> MetricsJson.mapper(JsonLimits.ofMaxDocumentLength(10)).copy().readTree("[1,2,3,4,5,6,7]"));
    }

    // --- strictness and decimals

    @Test
    void test_mapper_unknownPropertyRefused() {
        UnrecognizedPropertyException e = assertThrows(UnrecognizedPropertyException.class,
                () -> mapper.readValue("{\"name\":\"a\",\"capacty\":\"20 GWh\"}", Plant.class));
        assertEquals("capacty", e.getPropertyName());
    }

    @Test
    void test_mapper_duplicateKeyAndTrailingContentRefused() {
        assertThrows(JsonProcessingException.class, () -> mapper.readValue("{\"name\":\"a\",\"name\":\"b\"}", Plant.class));
        assertThrows(JsonProcessingException.class, () -> mapper.readTree("{\"a\":1,\"a\":2}"));
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"name\":\"a\"} {}", Plant.class));
    }

    @Test
    void test_mapper_floatsAreBigDecimalsWrittenPlain() throws IOException {
        Map<?, ?> read = mapper.readValue("{\"share\": 0.1, \"big\": 1.0E+7, \"count\": 12}", Map.class);
        assertEquals(new BigDecimal("0.1"), read.get("share"));
        assertEquals(new BigDecimal("1.0E+7"), read.get("big"));
        assertEquals(12, read.get("count"));
        Map<String, BigDecimal> values = new java.util.TreeMap<>(Map.of("a", new BigDecimal("1E+7"),
                "b", new BigDecimal("88.90"), "c", new BigDecimal("1E-8")));
        assertEquals("{\"a\":10000000,\"b\":88.90,\"c\":0.00000001}", mapper.writeValueAsString(values));
    }

    @Test
    void test_mapper_noPolymorphicClassNames() {
        String json = "{\"payload\":[\"java.util.ArrayList\",[]]}";
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> mapper.readValue(json, Holder.class));
        assertTrue(e.getMessage().contains("denied resolution"), e.getMessage());
        assertThrows(JsonMappingException.class,
                () -> mapper.readValue("{\"payload\":[\"java.math.BigDecimal\",1]}", Base.class));
        // without type information an Object is plain data: no default typing
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("[\"java.util.Date\", 0]", java.util.Date.class));
    }

    // --- module

    @Test
    void test_module_quantityAndUnitAsText() throws IOException {
        Plant p = new Plant("CATL Yibin", Quantity.of("88.90", Unit.GIGAWATT_HOUR), List.of(Unit.parse("billion m2"), Unit.MU),
                new BigDecimal("0.1250"));
        String json = mapper.writeValueAsString(p);
        assertEquals("{\"name\":\"CATL Yibin\",\"capacity\":\"88.90 GWh\",\"units\":[\"billion m2\",\"mu\"],\"share\":0.1250}", json);
        Plant back = mapper.readValue(json, Plant.class);
        assertEquals(p, back);
        assertEquals("88.90 GWh", back.capacity().toString());
        assertEquals(new BigDecimal("88.90"), back.capacity().value());
    }

    @Test
    void test_module_mapKeysAndNull() throws IOException {
        Map<Unit, Quantity> m = Map.of(Unit.TONNE_PER_YEAR, Quantity.parse("20000 t/a"));
        String json = mapper.writeValueAsString(m);
        assertEquals("{\"t/a\":\"20000 t/a\"}", json);
        assertEquals(m, mapper.readValue(json, mapper.getTypeFactory().constructMapType(Map.class, Unit.class, Quantity.class)));
        assertEquals(null, mapper.readValue("{\"name\":\"x\",\"capacity\":null}", Plant.class).capacity());
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("{\"GWhh\":\"1 GWh\"}",
                mapper.getTypeFactory().constructMapType(Map.class, Unit.class, Quantity.class)));
    }

    @Test
    void test_module_badTextIsMappingErrorWithPathAndLocation() {
        String json = "{\"name\": \"a\",\n \"units\": [\"GWh\",\n   \"GWhh\"]}";
        InvalidFormatException e = assertThrows(InvalidFormatException.class, () -> mapper.readValue(json, Plant.class));
        assertEquals(3, e.getLocation().getLineNr());
        assertEquals("units", e.getPath().get(0).getFieldName());
        assertEquals(1, e.getPath().get(1).getIndex());
        assertInstanceOf(FigureParseException.class, e.getCause());
        assertEquals("GWhh", e.getValue());
        InputProblem problem = MetricsJson.problem("plants.json", e);
        assertEquals("plants.json:3: field units[1]: cannot read \"GWhh\" at index 0: unknown unit \"GWhh\" "
                + "(did you mean \"GWh\"?)", problem.toString());
    }

    @Test
    void test_module_wrongTokenIsMappingError() {
        MismatchedInputException e = assertThrows(MismatchedInputException.class,
                () -> mapper.readValue("{\"capacity\": 20}", Plant.class));
        assertEquals("capacity", e.getPath().get(0).getFieldName());
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("{\"capacity\": \"20,5 GWh\"}", Plant.class));
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("{\"capacity\": \"\"}", Plant.class));
    }

    @Test
    void test_module_foundByServiceLoader() throws IOException {
        ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
        assertTrue(plain.getRegisteredModuleIds().contains(new MetricsModule().getTypeId()), plain.getRegisteredModuleIds().toString());
        assertEquals("\"5.94 billion m2\"", plain.writeValueAsString(Quantity.parse("5.94 billion m2")));
        assertEquals(Quantity.parse("594 mu"), plain.readValue("\"594 mu\"", Quantity.class));
    }

    @Test
    void test_module_decimalStringsReadStrictly() throws IOException {
        assertEquals(new BigDecimal("88.90"), mapper.readValue("\"88.90\"", BigDecimal.class));
        assertEquals(new BigDecimal("-1.5e3"), mapper.readValue("\"-1.5e3\"", BigDecimal.class));
        assertEquals(new BigDecimal("88.90"), mapper.readValue("88.90", BigDecimal.class));
        assertEquals(new BigDecimal("0.1250"), mapper.readValue("{\"share\": \"0.1250\"}", Plant.class).share());
        for (String bad : List.of("\"1e1001\"", "\"1e999999999\"", "\"" + digits(1001) + "\"", "\"30,00\"", "\" 1\"",
                "\"NaN\"", "\"\"", "\"0x10\"")) {
            InvalidFormatException e = assertThrows(InvalidFormatException.class,
                    () -> mapper.readValue("{\"share\": " + bad + "}", Plant.class), bad);
            assertInstanceOf(FigureParseException.class, e.getCause(), bad);
            assertEquals("share", e.getPath().get(0).getFieldName());
        }
        assertEquals("plants.json:1: field share: cannot read \"30,00\" at index 2: found ',', expected a digit or the end "
                + "of the number (use '.' for decimals and no group separators)",
                assertThrows(InvalidInputException.class, () -> MetricsJson.read(mapper, new StringReader("{\"share\": \"30,00\"}"),
                        "plants.json", Plant.class)).problems().get(0).toString());
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"share\": [1]}", Plant.class));
    }

    // --- reading with problems

    @Test
    void test_read_problemsNameInputLineAndField() throws IOException {
        String json = "{\"name\": \"a\",\n\"capacity\": \"20 GWhh\"}";
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MetricsJson.read(mapper, new StringReader(json), "plants.json", Plant.class));
        assertEquals("plants.json:2: field capacity: cannot read \"20 GWhh\" at index 3: unknown unit \"GWhh\" "
                + "(did you mean \"GWh\"?)",
                e.problems().get(0).toString());
        InvalidInputException deep = assertThrows(InvalidInputException.class,
                () -> MetricsJson.read(mapper, new ByteArrayInputStream(nested(65).getBytes(UTF_8)), "deep.json", Object.class));
        assertTrue(deep.problems().get(0).toString().startsWith("deep.json:1: Document nesting depth (65) exceeds"),
                deep.problems().get(0).toString());
        InvalidInputException syntax = assertThrows(InvalidInputException.class,
                () -> MetricsJson.read(mapper, new StringReader("{\n\"name\": }"), "bad.json", Plant.class));
        assertTrue(syntax.problems().get(0).toString().startsWith("bad.json:2: Unexpected character ('}'"),
                syntax.problems().get(0).toString());
        assertEquals(new Plant("a", null, null, null),
                MetricsJson.read(mapper, new ByteArrayInputStream("{\"name\":\"a\"}".getBytes(UTF_8)), "ok.json", Plant.class));
    }
}
