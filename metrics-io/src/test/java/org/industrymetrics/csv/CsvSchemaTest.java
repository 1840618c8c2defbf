package org.industrymetrics.csv;

import static org.industrymetrics.io.TableColumn.number;
import static org.industrymetrics.io.TableColumn.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Map;
import org.industrymetrics.io.TableColumn;
import org.industrymetrics.io.TableSchema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CsvSchemaTest {

    @Test
    void test_of_columnsInOrder() {
        TableSchema s = TableSchema.of("rates", text("date").required(), text("base").required(), number("rate").required(), text("source"));
        assertEquals("rates", s.tableName());
        assertEquals(List.of("date", "base", "rate", "source"), s.columnNames());
        assertEquals(4, s.size());
        assertEquals(2, s.indexOf("rate"));
        assertEquals(number("rate").required(), s.column("rate"));
        assertTrue(s.hasColumn("source"));
        assertFalse(s.hasColumn("Source"));
        assertEquals("rates[date*, base*, rate#*, source]", s.toString());
        assertThrows(IllegalArgumentException.class, () -> s.indexOf("quote"));
        assertThrows(IllegalArgumentException.class, () -> s.column("quote"));
    }

    @Test
    void test_of_bad() {
        assertThrows(IllegalArgumentException.class, () -> TableSchema.of("t"));
        assertThrows(IllegalArgumentException.class, () -> TableSchema.of(" ", text("a")));
        assertThrows(IllegalArgumentException.class, () -> TableSchema.of("t", text("a"), number("a")));
        assertThrows(NullPointerException.class, () -> TableSchema.of(null, text("a")));
        assertThrows(NullPointerException.class, () -> TableSchema.of("t", (List<TableColumn>) null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Value", "x_note", "1a", "a-b", "a b", "é", "_a"})
    void test_column_badNames(String name) {
        assertThrows(IllegalArgumentException.class, () -> text(name));
        assertThrows(IllegalArgumentException.class, () -> number(name));
    }

    @Test
    void test_column_accessors() {
        TableColumn c = number("precision");
        assertEquals("precision", c.name());
        assertEquals(TableColumn.Kind.NUMBER, c.kind());
        assertFalse(c.isRequired());
        assertTrue(c.required().isRequired());
        assertEquals("precision#", c.toString());
        assertEquals("x1_y", text("x1_y").name());
    }

    @Test
    void test_equals() {
        new EqualsTester()
                .addEqualityGroup(text("a"), text("a"))
                .addEqualityGroup(text("a").required(), text("a").required())
                .addEqualityGroup(number("a"))
                .addEqualityGroup(text("b"))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(TableSchema.of("t", text("a")), TableSchema.of("t", List.of(text("a"))))
                .addEqualityGroup(TableSchema.of("u", text("a")))
                .addEqualityGroup(TableSchema.of("t", text("a"), text("b")))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(CsvRecord.of(Map.of("a", "1")), CsvRecord.of(Map.of("a", "1", "b", "")),
                        CsvRecord.of(Map.of("a", "1"), Map.of("x_n", "")))
                .addEqualityGroup(CsvRecord.of(Map.of("a", "1"), Map.of("x_n", "1")))
                .addEqualityGroup(CsvRecord.of(Map.of("a", "2")))
                .testEquals();
    }

    @Test
    void test_record() {
        CsvRecord r = CsvRecord.of(Map.of("a", "1"), Map.of("x_n", "z"));
        assertEquals("1", r.get("a"));
        assertEquals(null, r.get("b"));
        assertEquals("{a=1, x_n=z}", r.toString());
        assertEquals("{a=1}", CsvRecord.of(Map.of("a", "1")).toString());
        assertThrows(IllegalArgumentException.class, () -> CsvRecord.of(Map.of(), Map.of("note", "z")));
    }

    @Test
    void test_cells_plainNumber() {
        for (String s : List.of("0", "-18.1", "+5", "12..15", "-1.5..-0.5", "1e5", "-1E-5", "1.5e+3..2")) {
            assertTrue(Cells.isPlainNumber(s), s);
        }
        for (String s : List.of("", "-", ".5", "1.", "1..", "..1", "1...2", "1e", "-E1", "1+2", "1..2..3", "1 ", "١")) {
            assertFalse(Cells.isPlainNumber(s), s);
        }
    }

    @Test
    void test_cells_nearest() {
        List<String> names = List.of("id", "subject", "metric", "period", "value", "unit");
        assertEquals(java.util.Optional.of("value"), Cells.nearest("vaule", names).flatMap(org.industrymetrics.Suggestion::replacement));
        assertEquals(java.util.Optional.of("value"), Cells.nearest("Values", names).flatMap(org.industrymetrics.Suggestion::replacement));
        assertEquals(java.util.Optional.of("subject"), Cells.nearest("subjcet", names).flatMap(org.industrymetrics.Suggestion::replacement));
        assertEquals(java.util.Optional.of("period"), Cells.nearest("PERIODE", names).flatMap(org.industrymetrics.Suggestion::replacement));
        assertTrue(Cells.nearest("comment", names).isEmpty());
        assertTrue(Cells.nearest("x".repeat(100), names).isEmpty());
    }
}
