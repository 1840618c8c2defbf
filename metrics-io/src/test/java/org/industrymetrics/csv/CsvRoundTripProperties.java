package org.industrymetrics.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.industrymetrics.io.TableColumn;
import org.industrymetrics.io.TableSchema;

/** Whatever the table, reading what the writer wrote gives the table back. */
class CsvRoundTripProperties {

    /** A table: its schema, its extra columns and its rows. */
    static final class Table {
        final TableSchema schema;
        final List<String> extras;
        final List<CsvRecord> rows;

        Table(TableSchema schema, List<String> extras, List<CsvRecord> rows) {
            this.schema = schema;
            this.extras = extras;
            this.rows = rows;
        }

        @Override
        public String toString() {
            return schema + " " + extras + " " + rows;
        }
    }

    @Property(tries = 500)
    void readOfWriteIsIdentity_chars(@ForAll("tables") Table table, @ForAll @IntRange(min = 1, max = 24) int bufferSize)
            throws IOException {
        StringWriter sw = new StringWriter();
        try (CsvTableWriter w = CsvTableWriter.open(sw, table.schema, table.extras)) {
            for (CsvRecord r : table.rows) {
                w.write(r);
            }
        }
        CsvTableReader<CsvRecord> reader = CsvTableReader.records(table.schema);
        assertEquals(table.rows, reader.read(new StringReader(sw.toString()), "t.csv"));
        assertEquals(table.rows, reader.withBufferSize(bufferSize).read(new StringReader(sw.toString()), "t.csv"));
    }

    @Property(tries = 500)
    void readOfWriteIsIdentity_bytes(@ForAll("tables") Table table, @ForAll @IntRange(min = 1, max = 24) int bufferSize)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvTableWriter w = CsvTableWriter.open(out, table.schema, table.extras)) {
            for (CsvRecord r : table.rows) {
                w.write(r);
            }
        }
        byte[] bytes = out.toByteArray();
        CsvTableReader<CsvRecord> reader = CsvTableReader.records(table.schema);
        assertEquals(table.rows, reader.read(new ByteArrayInputStream(bytes), "t.csv"));
        assertEquals(table.rows, reader.withBufferSize(bufferSize).read(new ByteArrayInputStream(bytes), "t.csv"));
        // extras keep the order of the header
        for (CsvRecord r : reader.read(new ByteArrayInputStream(bytes), "t.csv")) {
            List<String> order = new ArrayList<>(table.extras);
            order.retainAll(r.extras().keySet());
            assertEquals(order, List.copyOf(r.extras().keySet()));
        }
    }

    /**
     * Tables of 1 to 5 columns of either kind, required or not, 0 to 3 extra columns and up to 6
     * rows. The shapes and cells are drawn in one go (no flatMap), which keeps generation fast.
     */
    @Provide
    Arbitrary<Table> tables() {
        Arbitrary<List<int[]>> specs = Arbitraries.integers().between(0, 3).map(k -> new int[] {k}).list().ofMinSize(1).ofMaxSize(5);
        Arbitrary<String> cell = Arbitraries.oneOf(text(), text(), number()).injectNull(0.3);
        Arbitrary<List<List<String>>> rows = cell.list().ofSize(8).list().ofMaxSize(6);
        return Combinators.combine(specs, extraNames(), rows).as((columnSpecs, extras, rawRows) -> {
            List<TableColumn> columns = new ArrayList<>();
            for (int i = 0; i < columnSpecs.size(); i++) {
                int k = columnSpecs.get(i)[0];
                TableColumn c = (k & 1) != 0 ? TableColumn.number("c" + i) : TableColumn.text("c" + i);
                columns.add((k & 2) != 0 ? c.required() : c);
            }
            TableSchema schema = TableSchema.of("t", columns);
            List<CsvRecord> records = new ArrayList<>();
            for (List<String> raw : rawRows) {
                Map<String, String> v = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    String value = raw.get(i);
                    v.put(columns.get(i).name(), value == null && columns.get(i).isRequired() ? "-0" : value);
                }
                Map<String, String> x = new LinkedHashMap<>();
                for (int i = 0; i < extras.size(); i++) {
                    x.put(extras.get(i), raw.get(5 + i));
                }
                records.add(CsvRecord.of(v, x));
            }
            return new Table(schema, extras, records);
        });
    }

    private static Arbitrary<List<String>> extraNames() {
        return Arbitraries.strings().withChars("aZ9,\"_ é").ofMinLength(1).ofMaxLength(4)
                .map(s -> (s.length() % 2 == 0 ? "x_" : "X_") + s.strip() + "n")
                .list().ofMaxSize(3).uniqueElements(n -> n.toLowerCase(Locale.ROOT));
    }

    /** Text made of the pieces that matter to CSV and spreadsheets, and some that matter to UTF-8. */
    private static Arbitrary<String> text() {
        return Arbitraries.of(",", "\"", "\n", "\r", "\r\n", "=", "+", "-", "@", "\t", "'", " ", "a", "Z", "1", ".", "..",
                        "亿", "😀", "é", "\uFEFF", "x_", "", "e")
                .list().ofMinSize(1).ofMaxSize(8).map(parts -> String.join("", parts)).map(s -> s.isEmpty() ? "=" : s);
    }

    private static Arbitrary<String> number() {
        Arbitrary<String> decimal = Combinators.combine(Arbitraries.longs().between(-10_000_000, 10_000_000),
                Arbitraries.integers().between(-2, 4)).as((u, s) -> BigDecimal.valueOf(u, s).toString());
        return Arbitraries.oneOf(decimal, Combinators.combine(decimal, decimal).as((a, b) -> a + ".." + b));
    }

    @Property(tries = 300)
    void writtenCellsNeverStartAFormula(@ForAll("tables") Table table) throws IOException {
        String csv = Tables.write(table.schema, table.extras, table.rows);
        // the cells as a spreadsheet sees them: split by RFC 4180, nothing undone
        CsvTokenizer tokenizer = new CsvTokenizer(CharSource.of(new StringReader(csv)), 64, new CsvTokenizer.Problems() {
            @Override
            public void problem(long line, int cell, String message) {
                throw new AssertionError(message);
            }

            @Override
            public RuntimeException fatal(long line, int cell, String message) {
                throw new AssertionError(message);
            }
        });
        int rows = 0;
        while (tokenizer.nextRow()) {
            for (int i = 0; i < tokenizer.count(); i++) {
                String cell = tokenizer.cell(i);
                if (cell != null && Cells.isFormulaStart(cell.charAt(0))) {
                    boolean numberColumn = i < table.schema.size()
                            && table.schema.columns().get(i).kind() == TableColumn.Kind.NUMBER;
                    assertEquals(true, numberColumn && Cells.isPlainNumber(cell), "cell " + Cells.quote(cell) + " in\n" + csv);
                }
            }
            rows++;
        }
        assertEquals(table.rows.size() + 1, rows);
        assertEquals(false, csv.startsWith("\uFEFF"));
    }
}
