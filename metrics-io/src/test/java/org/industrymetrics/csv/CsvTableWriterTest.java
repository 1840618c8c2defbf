package org.industrymetrics.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.industrymetrics.io.TableColumn.number;
import static org.industrymetrics.io.TableColumn.text;
import static org.industrymetrics.csv.Tables.HEADER;
import static org.industrymetrics.csv.Tables.OBSERVATIONS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.industrymetrics.io.TableColumn;
import org.industrymetrics.io.TableSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTableWriterTest {

    private static final TableSchema NOTES = TableSchema.of("notes", text("id").required(), number("value"), text("note"));

    private static String write(TableSchema schema, List<String> extras, Map<String, String> row) throws IOException {
        StringWriter sw = new StringWriter();
        try (CsvTableWriter w = CsvTableWriter.open(sw, schema, extras)) {
            w.writeRow(row);
        }
        return sw.toString();
    }

    private static Map<String, String> row(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    @Test
    void test_write_canonicalOrderExtrasAfterLfEnds() throws IOException {
        String csv = write(OBSERVATIONS, List.of("x_checked", "x_a"),
                row("x_a", "1", "value", "88.9", "subject", "CN", "period", "2024", "metric", "power_battery.output",
                        "unit", "GWh", "x_checked", "yes"));
        assertEquals(HEADER + ",x_checked,x_a\n,CN,power_battery.output,2024,,88.9,GWh,,,,,,,yes,1\n", csv);
    }

    @Test
    void test_write_headerOnly() throws IOException {
        StringWriter sw = new StringWriter();
        CsvTableWriter.open(sw, NOTES, List.of()).close();
        assertEquals("id,value,note\n", sw.toString());
    }

    @Test
    void test_write_quotesOnlyWhereNeeded() throws IOException {
        assertEquals("id,value,note\nplain text,,\"a, b\"\n", write(NOTES, List.of(), row("id", "plain text", "note", "a, b")));
        assertEquals("id,value,note\n\"say \"\"hi\"\"\",,\"two\nlines\"\n",
                write(NOTES, List.of(), row("id", "say \"hi\"", "note", "two\nlines")));
        assertEquals("id,value,note\n\"cr\r\",,\n", write(NOTES, List.of(), row("id", "cr\r")));
        assertEquals("id,value,note\n 亿 ,,\n", write(NOTES, List.of(), row("id", " 亿 ")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=HYPERLINK(\"http://x\")|`\"'=HYPERLINK(\"\"http://x\"\")\"`",
        "+1+2|'+1+2",
        "-1+2|'-1+2",
        "@SUM(A1)|'@SUM(A1)",
        "'quoted|''quoted",
        "'|''",
        "a=b|a=b",
        "-|'-",
    })
    void test_write_formulaTextDefused(String cell, String written) throws IOException {
        assertEquals("id,value,note\nx,," + written + "\n", write(NOTES, List.of(), row("id", "x", "note", cell)));
    }

    @Test
    void test_write_tabAndCarriageReturnStartsDefused() throws IOException {
        assertEquals("id,value,note\nx,,'\tcmd\n", write(NOTES, List.of(), row("id", "x", "note", "\tcmd")));
        assertEquals("id,value,note\nx,,\"'\rcmd\"\n", write(NOTES, List.of(), row("id", "x", "note", "\rcmd")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "-18.1|-18.1",
        "-3|-3",
        "+5|+5",
        "12..15|12..15",
        "-1.5..-0.5|-1.5..-0.5",
        "-1e5|-1e5",
        "-1E+5|-1E+5",
        "88.90|88.90",
        "-1+2|'-1+2",
        "-E1|'-E1",
        "-1.|'-1.",
        "=1|'=1",
        "-1..|'-1..",
        "-1...2|'-1...2",
        "-1e|'-1e",
        "'5|''5",
    })
    void test_write_numberColumnsKeepNumbers(String cell, String written) throws IOException {
        assertEquals("id,value,note\nx," + written + ",\n", write(NOTES, List.of(), row("id", "x", "value", cell)));
    }

    @Test
    void test_write_extrasAreText() throws IOException {
        assertEquals("id,value,note,x_n\nx,,,'-5\n", write(NOTES, List.of("x_n"), row("id", "x", "x_n", "-5")));
    }

    @Test
    void test_write_requiredColumnWithoutValue() {
        assertThrows(IllegalArgumentException.class, () -> write(NOTES, List.of(), row("note", "n")));
        assertThrows(IllegalArgumentException.class, () -> write(NOTES, List.of(), row("id", "")));
    }

    @Test
    void test_write_unknownColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> write(NOTES, List.of(), row("id", "x", "x_other", "1")));
        assertEquals("table notes has no column \"x_other\", its columns here are [id, value, note]", e.getMessage());
    }

    @Test
    void test_open_badExtraNames() {
        for (List<String> extras : List.of(List.of("note2"), List.of("x_"), List.of(" x_a"), List.of("x_a", "X_A"), List.of("id"))) {
            assertThrows(IllegalArgumentException.class, () -> CsvTableWriter.open(new StringWriter(), NOTES, extras), extras.toString());
        }
    }

    @Test
    void test_write_oneColumnEmptyRowIsNotABlankLine() throws IOException {
        TableSchema one = TableSchema.of("one", text("note"));
        String csv = write(one, List.of(), row());
        assertEquals("note\n\"\"\n", csv);
        assertEquals(List.of(CsvRecord.of(Map.of())), CsvTableReader.records(one).read(new StringReader(csv), "one.csv"));
    }

    @Test
    void test_writeRow_listInColumnOrder() throws IOException {
        StringWriter sw = new StringWriter();
        try (CsvTableWriter w = CsvTableWriter.open(sw, NOTES, List.of("x_z"))) {
            assertEquals(List.of("id", "value", "note", "x_z"), w.columns());
            w.writeRow(Arrays.asList("a", null, "", "z"));
            assertThrows(IllegalArgumentException.class, () -> w.writeRow(List.of("a")));
        }
        assertEquals("id,value,note,x_z\na,,,z\n", sw.toString());
    }

    @Test
    void test_write_recordWithExtras() throws IOException {
        CsvRecord r = CsvRecord.of(Map.of("id", "a"), Map.of("x_z", "z"));
        assertEquals("id,value,note,x_z\na,,,z\n", Tables.write(NOTES, List.of("x_z"), List.of(r)));
        assertThrows(IllegalArgumentException.class, () -> Tables.write(NOTES, List.of(), List.of(r)));
    }

    @Test
    void test_open_outputStreamIsUtf8WithoutBom() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvTableWriter w = CsvTableWriter.open(out, NOTES, List.of())) {
            w.writeRow(row("id", "亿"));
        }
        assertArrayEquals("id,value,note\n亿,,\n".getBytes(UTF_8), out.toByteArray());
    }

    @Test
    void test_open_pathReplacesFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("notes.csv");
        Files.writeString(file, "old content that is longer than the new one\n");
        try (CsvTableWriter w = CsvTableWriter.open(file, NOTES, List.of())) {
            w.writeRow(row("id", "é"));
            w.flush();
        }
        assertArrayEquals("id,value,note\né,,\n".getBytes(UTF_8), Files.readAllBytes(file));
    }

    @Test
    void test_roundTrip_guardedCellsComeBack() throws IOException {
        List<String> cells = List.of("=1+2", "+x", "-x", "@x", "\tx", "\rx", "'", "''", "'=", "'a", "a'", "-18.1", "=", "x");
        for (String cell : cells) {
            CsvRecord r = CsvRecord.of(row("id", cell, "value", cell, "note", cell));
            String csv = Tables.write(NOTES, List.of(), List.of(r));
            assertEquals(List.of(r), CsvTableReader.records(NOTES).read(new StringReader(csv), "notes.csv"), csv);
        }
    }
}
