package org.industrymetrics.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.industrymetrics.csv.Tables.CHECKING;
import static org.industrymetrics.csv.Tables.HEADER;
import static org.industrymetrics.csv.Tables.OBSERVATIONS;
import static org.industrymetrics.csv.Tables.csv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class CsvTableReaderTest {

    private static final CsvTableReader<CsvRecord> RECORDS = CsvTableReader.records(OBSERVATIONS);
    private static final CsvTableReader<CsvRecord> CHECKED = CsvTableReader.of(OBSERVATIONS, CHECKING);

    private static List<String> problems(Executable read) {
        InvalidInputException e = assertThrows(InvalidInputException.class, read);
        return e.problems().stream().map(InputProblem::toString).collect(Collectors.toList());
    }

    private static List<CsvRecord> readBytes(CsvTableReader<CsvRecord> reader, byte[] bytes) throws IOException {
        return reader.read(new ByteArrayInputStream(bytes), "observations.csv");
    }

    private static CsvRecord record(String... keyValues) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return CsvRecord.of(m);
    }

    @Test
    void test_read_minimalColumnsAnyOrderAnyCase() throws IOException {
        List<CsvRecord> rows = Tables.read(csv("VALUE,Subject,period,metric", "88.9,CN,2024,power_battery.output"));
        assertEquals(List.of(record("subject", "CN", "metric", "power_battery.output", "period", "2024", "value", "88.9")), rows);
        assertEquals(List.of("subject", "metric", "period", "value"), List.copyOf(rows.get(0).values().keySet()));
    }

    @Test
    void test_read_headerNamesStripped() throws IOException {
        List<CsvRecord> rows = Tables.read(csv(" subject , metric,period,value ", "CN,m,2024,1"));
        assertEquals("CN", rows.get(0).get("subject"));
    }

    @Test
    void test_read_emptyCellIsNotGiven() throws IOException {
        List<CsvRecord> rows = Tables.read(csv("subject,metric,period,value,unit,quote", "CN,m,2024,1,,\"\""));
        assertEquals(record("subject", "CN", "metric", "m", "period", "2024", "value", "1"), rows.get(0));
        assertEquals(null, rows.get(0).get("unit"));
    }

    @Test
    void test_read_byteOrderMarkIgnored() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = csv("subject,metric,period,value", "CN,m,2024,1").getBytes(UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bom);
        out.write(body);
        assertEquals("CN", readBytes(RECORDS, out.toByteArray()).get(0).get("subject"));
        assertEquals("CN", Tables.read("\uFEFF" + csv("subject,metric,period,value", "CN,m,2024,1")).get(0).get("subject"));
    }

    @Test
    void test_read_byteOrderMarkOnlyAtStart() {
        assertEquals(List.of("observations.csv:2: column value: \"\uFEFF1\" is not a number: found '\uFEFF', expected a digit"),
                problems(() -> CHECKED.read(new StringReader(csv("subject,metric,period,value", "CN,m,2024,\uFEFF1")), "observations.csv")));
    }

    @Test
    void test_read_crlfAndLoneCr() {
        String text = "subject,metric,period,value\r\nCN,m,2024,1\r\nCN,m,2025,x\rCN,m,2026,y\r\n";
        assertEquals(List.of(
                "observations.csv:3: column value: \"x\" is not a number: found 'x', expected a digit",
                "observations.csv:4: column value: \"y\" is not a number: found 'y', expected a digit"),
                problems(() -> CHECKED.read(new StringReader(text), "observations.csv")));
    }

    @Test
    void test_read_crlfValuesHaveNoCarriageReturn() throws IOException {
        List<CsvRecord> rows = Tables.read("subject,metric,period,value\r\nCN,m,2024,1\r\nCN,m,2025,2");
        assertEquals(List.of("1", "2"), rows.stream().map(r -> r.get("value")).collect(Collectors.toList()));
    }

    @Test
    void test_read_quotedCellsWithCommasQuotesAndNewlines() throws IOException {
        String text = csv("subject,metric,period,value,quote",
                "CN,m,2024,1,\"more than 30, \"\"about\"\" 31\"",
                "CN,m,2024,2,\"line one",
                "line two\r\nline three\"",
                "CN,m,2024,3,plain");
        List<CsvRecord> rows = Tables.read(text);
        assertEquals("more than 30, \"about\" 31", rows.get(0).get("quote"));
        assertEquals("line one\nline two\r\nline three", rows.get(1).get("quote"));
        assertEquals("plain", rows.get(2).get("quote"));
    }

    @Test
    void test_read_lineNumbersRightAfterNewlinesInQuotes() {
        String text = csv("subject,metric,period,value,quote",
                "CN,m,2024,1,\"a",
                "b",
                "c\"",
                "CN,m,2024,30\u002C00,x",
                "CN,m,2024,\"3",
                "0\",x",
                "CN,m,2024,bad,x");
        assertEquals(List.of(
                "observations.csv:5: found 6 cells, expected 5 as in the header",
                "observations.csv:6: column value: \"3\\n0\" is not a number: found '\n', expected a digit or the end of the number",
                "observations.csv:8: column value: \"bad\" is not a number: found 'b', expected a digit"),
                problems(() -> CHECKED.read(new StringReader(text), "observations.csv")));
    }

    @Test
    void test_read_lineNumbersCountCrInsideQuotes() {
        String text = "subject,metric,period,value,quote\r\nCN,m,2024,1,\"a\r\nb\rc\nd\"\r\nCN,m,2024,bad,x\r\n";
        assertEquals(List.of("observations.csv:6: column value: \"bad\" is not a number: found 'b', expected a digit"),
                problems(() -> CHECKED.read(new StringReader(text), "observations.csv")));
    }

    @Test
    void test_read_blankLinesSkipped() throws IOException {
        List<CsvRecord> rows = Tables.read("\n\nsubject,metric,period,value\n\nCN,m,2024,1\r\n\r\n\nCN,m,2024,2\n\n");
        assertEquals(2, rows.size());
    }

    @Test
    void test_read_lastLineWithoutLineEnd() throws IOException {
        assertEquals(2, Tables.read("subject,metric,period,value\nCN,m,2024,1\nCN,m,2024,2").size());
    }

    @Test
    void test_read_headerOnly() throws IOException {
        assertEquals(List.of(), Tables.read("subject,metric,period,value"));
        assertEquals(List.of(), Tables.read(HEADER + "\n"));
    }

    @Test
    void test_read_extraColumnsCarriedInHeaderOrder() throws IOException {
        List<CsvRecord> rows = Tables.read(csv("x_b,subject,X_Note,metric,period,value,x_a",
                "1,CN,checked,m,2024,1,",
                ",CN,,m,2024,2,z"));
        assertEquals(List.of("x_b", "X_Note"), List.copyOf(rows.get(0).extras().keySet()));
        assertEquals(Map.of("x_b", "1", "X_Note", "checked"), rows.get(0).extras());
        assertEquals(Map.of("x_a", "z"), rows.get(1).extras());
    }

    @Test
    void test_read_unknownColumnWithSuggestion() {
        assertEquals(List.of(
                "observations.csv:1: column vaule: unknown column (did you mean \"value\"?)",
                "observations.csv:1: column value: missing: the observations table requires it"),
                problems(() -> Tables.read(csv("subject,metric,period,vaule", "CN,m,2024,1"))));
    }

    @Test
    void test_read_unknownColumnWithoutSuggestion() {
        assertEquals(List.of("observations.csv:1: column comment: unknown column: the observations table has the columns "
                        + "id, subject, metric, period, measure, value, unit, base, qualifier, precision, status, source, quote; "
                        + "start the name of a column of your own with x_"),
                problems(() -> Tables.read(csv("subject,metric,period,value,comment", "CN,m,2024,1,hi"))));
    }

    @Test
    void test_read_missingRequiredColumns() {
        assertEquals(List.of(
                "observations.csv:1: column metric: missing: the observations table requires it",
                "observations.csv:1: column period: missing: the observations table requires it"),
                problems(() -> Tables.read(csv("subject,value", "CN,1"))));
    }

    @Test
    void test_read_duplicateAndNamelessColumns() {
        assertEquals(List.of(
                "observations.csv:1: column Value: given twice (columns 4 and 5 of the header)",
                "observations.csv:1: column 6: the header gives no name",
                "observations.csv:1: column X_A: given twice (columns 7 and 8 of the header)"),
                problems(() -> Tables.read(csv("subject,metric,period,value,Value,,x_a,X_A", "CN,m,2024,1,1,,,"))));
    }

    @Test
    void test_read_emptyInput() {
        assertEquals(List.of("observations.csv: the input is empty, expected a header line naming the columns of "
                        + "the observations table, such as subject,metric,period,value"),
                problems(() -> Tables.read("")));
        assertEquals(1, problems(() -> Tables.read("\n\r\n")).size());
        assertEquals(1, problems(() -> readBytes(RECORDS, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).size());
    }

    @Test
    void test_read_headerProblemsStopBeforeRows() {
        // the bad rows are not reported: the header decides what the rows mean
        assertEquals(1, problems(() -> Tables.read(csv("subject,metric,period,vaule,value", "CN", "CN,m,2024,1,x,y"))).size());
    }

    @Test
    void test_read_wrongCellCount() {
        assertEquals(List.of(
                "observations.csv:3: found 3 cells, expected 4 as in the header",
                "observations.csv:4: found 5 cells, expected 4 as in the header",
                "observations.csv:5: found 1 cell, expected 4 as in the header"),
                problems(() -> Tables.read(csv("subject,metric,period,value", "CN,m,2024,1", "CN,m,2024", "CN,m,2024,1,",
                        " ", "CN,m,2024,2"))));
    }

    @Test
    void test_read_requiredCellEmpty() {
        assertEquals(List.of(
                "observations.csv:2: column subject: empty, but a value is required",
                "observations.csv:2: column value: empty, but a value is required"),
                problems(() -> Tables.read(csv("subject,metric,period,value", ",m,2024,\"\""))));
    }

    @Test
    void test_read_binderProblemsOnTheirColumns() {
        assertEquals(List.of(
                "observations.csv:14: column value: \"30,00\" is not a number (use '.' for decimals and no group separators)",
                "observations.csv:15: column unit: cannot read \"GWhh\" at index 0: unknown unit \"GWhh\" (did you mean \"GWh\"?)",
                "observations.csv:16: column precision: \"one\": For input string: \"one\""),
                problems(() -> CHECKED.read(new StringReader(csv("subject,metric,period,value,unit,precision",
                        "CN,m,2024,1,GWh,", "CN,m,2024,2,GWh,", "CN,m,2024,3,GWh,", "CN,m,2024,4,GWh,", "CN,m,2024,5,GWh,",
                        "CN,m,2024,6,GWh,", "CN,m,2024,7,GWh,", "CN,m,2024,8,GWh,", "CN,m,2024,9,GWh,", "CN,m,2024,10,GWh,",
                        "CN,m,2024,11,GWh,", "CN,m,2024,12..15,GWh,-1",
                        "CN,m,2024,\"30,00\",GWh,", "CN,m,2024,20,GWhh,", "CN,m,2024,20,GWh,one")), "observations.csv")));
    }

    @Test
    void test_read_binderBreakingARuleOfTheModelIsAProblem() {
        CsvTableReader<String> reader = CsvTableReader.of(OBSERVATIONS, row -> {
            throw new InvalidValueException(null, "value", "a share is between 0 and 100 %, found 102.2");
        });
        assertEquals(List.of("observations.csv:2: a share is between 0 and 100 %, found 102.2"),
                problems(() -> reader.read(new StringReader(csv("subject,metric,period,value", "CN,m,2024,1")), "observations.csv")));
    }

    @Test
    void test_read_binderThrowingIllegalArgumentIsABug() {
        // a bug in a binder (or in the library under it) is never reported as a problem of a row
        CsvTableReader<String> reader = CsvTableReader.of(OBSERVATIONS, row -> {
            throw new IllegalArgumentException("cannot add 20 GWh and 5 t: energy and mass");
        });
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> reader.read(new StringReader(csv("subject,metric,period,value", "CN,m,2024,1")), "observations.csv"));
        assertEquals("cannot add 20 GWh and 5 t: energy and mass", e.getMessage());
    }

    @Test
    void test_read_binderAskingForUnknownColumnIsABug() {
        CsvTableReader<String> reader = CsvTableReader.of(OBSERVATIONS, row -> row.get("vaule"));
        assertThrows(IllegalArgumentException.class,
                () -> reader.read(new StringReader(csv("subject,metric,period,value", "CN,m,2024,1")), "observations.csv"));
    }

    @Test
    void test_read_binderReturningNullWithoutProblem() {
        CsvTableReader<String> reader = CsvTableReader.of(OBSERVATIONS, row -> null);
        assertThrows(NullPointerException.class,
                () -> reader.read(new StringReader(csv("subject,metric,period,value", "CN,m,2024,1")), "observations.csv"));
    }

    @Test
    void test_read_rowProblemWithoutColumn() {
        CsvTableReader<String> reader = CsvTableReader.of(OBSERVATIONS, row -> {
            row.problem("measure share needs a base");
            return "ignored";
        });
        assertEquals(List.of("observations.csv:2: measure share needs a base"),
                problems(() -> reader.read(new StringReader(csv("subject,metric,period,value", "CN,m,2024,1")), "observations.csv")));
    }

    @Test
    void test_read_rowByIndexAndPlace() throws IOException {
        int value = OBSERVATIONS.indexOf("value");
        List<String> seen = CsvTableReader.of(OBSERVATIONS, row -> row + " " + row.get(value) + " " + row.has("unit")
                        + " " + row.input() + " " + row.line() + " " + row.schema().tableName())
                .read(new StringReader(csv("value,subject,metric,period", "7,CN,m,2024")), "o.csv");
        assertEquals(List.of("o.csv:2 7 false o.csv 2 observations"), seen);
    }

    @Test
    void test_read_150BadRowsGiveExactly100Problems() {
        StringBuilder sb = new StringBuilder("subject,metric,period,value\n");
        for (int i = 0; i < 150; i++) {
            sb.append("CN,m,2024,").append(i).append(",00\n");
        }
        List<String> problems = problems(() -> Tables.read(sb.toString()));
        assertEquals(100, problems.size());
        assertEquals("observations.csv:2: found 5 cells, expected 4 as in the header", problems.get(0));
        assertEquals("observations.csv:101: found 5 cells, expected 4 as in the header", problems.get(99));
    }

    @Test
    void test_read_stopsReadingAtTheHundredthProblem() {
        // a reader that would fail if read past the 100th bad row
        String head = "subject,metric,period,value\n" + "CN,m,2024,1,x\n".repeat(100);
        Reader in = new Reader() {
            private final StringReader text = new StringReader(head);

            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                int n = text.read(cbuf, off, len);
                if (n < 0) {
                    throw new IOException("read past the 100th problem");
                }
                return n;
            }

            @Override
            public void close() {
            }
        };
        assertEquals(100, problems(() -> RECORDS.withBufferSize(16).read(in, "observations.csv")).size());
    }

    @Test
    void test_read_malformedUtf8IsAProblemOfItsLine() {
        byte[] bytes = concat(csv("subject,metric,period,value,quote", "CN,m,2024,1,ok").getBytes(UTF_8),
                "CN,m,2024,2,caf".getBytes(UTF_8),
                new byte[] {(byte) 0xE9}, ",x\nCN,m,2024,3,\"a\nb".getBytes(UTF_8), new byte[] {(byte) 0xC3, 0x28},
                "\"\nCN,m,2024,4,ok\n".getBytes(UTF_8));
        List<String> expected = List.of(
                "observations.csv:3: column quote: malformed UTF-8 (0xE9); save the file as UTF-8",
                "observations.csv:5: column quote: malformed UTF-8 (0xC3); save the file as UTF-8");
        assertEquals(expected, problems(() -> readBytes(RECORDS, bytes)));
        assertEquals(expected, problems(() -> readBytes(RECORDS.withBufferSize(3), bytes)));
    }

    @Test
    void test_read_truncatedUtf8AtEnd() {
        byte[] bytes = concat(csv("subject,metric,period,value", "CN,m,2024,1").getBytes(UTF_8),
                "CN,m,2024,".getBytes(UTF_8), new byte[] {(byte) 0xE4, (byte) 0xBA});
        assertEquals(List.of("observations.csv:3: column value: malformed UTF-8 (0xE4 0xBA); save the file as UTF-8"),
                problems(() -> readBytes(RECORDS, bytes)));
    }

    @Test
    void test_read_validUtf8AcrossBufferEnds() throws IOException {
        String quote = "亿元 😀 é ¼";
        byte[] bytes = csv("subject,metric,period,value,quote", "CN,m,2024,1," + quote, "CN,m,2024,2,\"" + quote + "\"").getBytes(UTF_8);
        for (int size = 1; size < 12; size++) {
            List<CsvRecord> rows = readBytes(RECORDS.withBufferSize(size), bytes);
            assertEquals(quote, rows.get(0).get("quote"), "buffer " + size);
            assertEquals(quote, rows.get(1).get("quote"), "buffer " + size);
        }
    }

    @Test
    void test_read_rowsAcrossBufferEnds_sameCellsAsOneBuffer() throws IOException {
        // every cell of a row stays where it was read until the row is bound: quoted, unquoted in
        // place, guarded, empty, extra, across line ends of every kind, with any buffer size
        String text = "\uFEFFsubject,metric,period,value,quote,x_note\r\n"
                + "CN,m,2024,1,\"say \"\"hi\"\", twice\",n1\n"
                + "\"CN-SC\",\"m\",2024-05,\"-2.5\",\"'=SUM(A1)\",'-- typed\r"
                + "CN,m,2024,3,,\n\n"
                + "CN,m,2024,4,\"two\r\nlines\",\"\"\n"
                + "CN,m,2024,5,\"\"\"\",last";
        List<CsvRecord> whole = RECORDS.read(new StringReader(text), "observations.csv");
        assertEquals(5, whole.size());
        assertEquals("say \"hi\", twice", whole.get(0).get("quote"));
        assertEquals(Map.of("x_note", "n1"), whole.get(0).extras());
        assertEquals("=SUM(A1)", whole.get(1).get("quote"));
        assertEquals(Map.of("x_note", "'-- typed"), whole.get(1).extras());
        assertEquals(null, whole.get(2).get("quote"));
        assertEquals(Map.of(), whole.get(2).extras());
        assertEquals("two\r\nlines", whole.get(3).get("quote"));
        assertEquals("\"", whole.get(4).get("quote"));
        for (int size = 2; size < 40; size++) {
            assertEquals(whole, RECORDS.withBufferSize(size).read(new StringReader(text), "observations.csv"), "buffer " + size);
        }
    }

    @Test
    void test_read_binderAsksForACellTwice_sameText() throws IOException {
        CsvTableReader<String> reader = CsvTableReader.of(OBSERVATIONS, row -> {
            String first = row.get("subject");
            assertTrue(first == row.get("subject"), "one String per cell and row");
            return first + "/" + row.get("value") + "/" + row.get("quote");
        });
        assertEquals(List.of("CN/1/a", "CN-SC/2/null"), reader.withBufferSize(5).read(
                new StringReader(csv("subject,metric,period,value,quote", "CN,m,2024,1,a", "CN-SC,m,2024,2,")), "o.csv"));
    }

    @Test
    void test_read_quoteProblems() {
        assertEquals(List.of(
                "observations.csv:2: column quote: found '\"' inside a cell that does not start with one: "
                        + "quote the whole cell and double the quote (\"\")",
                "observations.csv:3: column quote: found 'x' after the closing quote, expected a comma or the end of the line",
                "observations.csv:4: column quote: the quote that opens this cell is not closed before the end of the input"),
                problems(() -> Tables.read(csv("subject,metric,period,value,quote",
                        "CN,m,2024,1,say \"hi\"", "CN,m,2024,2,\"a\"x", "CN,m,2024,3,\"open", "CN,m,2024,4,x"))));
    }

    @Test
    void test_read_longestCell_read() throws IOException {
        String longest = "\"".repeat(CsvTokenizer.MAX_CELL_CHARS);
        String text = "subject,metric,period,value,quote\nCN,m,2024,1,\"" + longest.replace("\"", "\"\"") + "\"\n";
        assertEquals(longest, Tables.read(text).get(0).get("quote"));
    }

    @Test
    void test_read_overlongRowStopsTheRead() {
        String text = "subject,metric,period,value,quote\nCN,m,2024,1,\"" + "x".repeat(CsvTokenizer.MAX_CELL_CHARS + 1) + "\"\n";
        assertEquals(List.of("observations.csv:2: column quote: the cell is longer than 1048576 characters, the longest text a dataset"
                + " holds (is a quote not closed?)"), problems(() -> Tables.read(text)));
        String commas = "subject,metric,period,value\nCN,m,2024,1" + ",".repeat(CsvTokenizer.MAX_ROW_CHARS + 10) + "\n";
        assertEquals(List.of("observations.csv:2: the row is longer than 4194304 characters (is a quote not closed?)"),
                problems(() -> Tables.read(commas)));
    }

    @Test
    void test_read_formulaGuardUndoneInQuotesOnly() throws IOException {
        List<CsvRecord> rows = Tables.read(csv("subject,metric,period,value,quote",
                "\"'=A1\",m,2024,\"'-1\",\"'+x\"", "'a,m,2024,1,\"''\"", "\"'''\",m,2024,1,\"'@\"", "CN,m,2024,1,\"'\t\""));
        assertEquals(record("subject", "=A1", "metric", "m", "period", "2024", "value", "-1", "quote", "+x"), rows.get(0));
        assertEquals("'a", rows.get(1).get("subject"));
        assertEquals("'", rows.get(1).get("quote"));
        assertEquals("''", rows.get(2).get("subject"));
        assertEquals("@", rows.get(2).get("quote"));
        assertEquals("\t", rows.get(3).get("quote"));
    }

    @Test
    void test_read_apostropheNotInQuotes_keptAsTyped() throws IOException {
        // issue 13 #3: an apostrophe a person typed is text, not the writer's guard
        List<CsvRecord> rows = Tables.read(csv("subject,metric,period,value,quote",
                "CN,m,2024,1,'-- means no data", "'=A1,m,2024,1,''", "CN,m,2024,1,\"'quoted, with a comma\""));
        assertEquals("'-- means no data", rows.get(0).get("quote"));
        assertEquals("'=A1", rows.get(1).get("subject"));
        assertEquals("''", rows.get(1).get("quote"));
        assertEquals("'quoted, with a comma", rows.get(2).get("quote"));
    }

    @Test
    void test_stream_isLazy() throws IOException {
        // an endless input: the first rows come without reading it all
        Reader endless = new Reader() {
            private final String header = "subject,metric,period,value\n";
            private long served;

            @Override
            public int read(char[] cbuf, int off, int len) {
                for (int i = 0; i < len; i++, served++) {
                    cbuf[off + i] = served < header.length() ? header.charAt((int) served)
                            : "CN,m,2024,1\n".charAt((int) ((served - header.length()) % 12));
                }
                return len;
            }

            @Override
            public void close() {
            }
        };
        try (Stream<CsvRecord> rows = RECORDS.stream(endless, "endless.csv")) {
            assertEquals(1_000_000, rows.limit(1_000_000).count());
        }
    }

    @Test
    void test_stream_givesNoRowAfterAProblem() throws IOException {
        String text = csv("subject,metric,period,value", "CN,m,2024,1", "CN,m,2024,x", "CN,m,2024,3");
        List<String> seen = new ArrayList<>();
        try (Stream<CsvRecord> rows = CHECKED.stream(new StringReader(text), "observations.csv")) {
            Iterator<CsvRecord> it = rows.iterator();
            assertTrue(it.hasNext());
            seen.add(it.next().get("value"));
            InvalidInputException e = assertThrows(InvalidInputException.class, it::hasNext);
            assertEquals(1, e.problems().size());
            // asked again, the stream still fails
            assertThrows(InvalidInputException.class, it::hasNext);
        }
        assertEquals(List.of("1"), seen);
    }

    @Test
    void test_stream_shortCircuitAfterBadFirstRowStillFails() throws IOException {
        String text = csv("subject,metric,period,value", "CN,m,2024,x", "CN,m,2024,2");
        try (Stream<CsvRecord> rows = CHECKED.stream(new StringReader(text), "observations.csv")) {
            assertThrows(InvalidInputException.class, rows::findFirst);
        }
    }

    @Test
    void test_stream_headerCheckedAtOnce() {
        assertThrows(InvalidInputException.class,
                () -> RECORDS.stream(new StringReader(csv("subject,metric")), "observations.csv"));
    }

    @Test
    void test_stream_ioFailureIsUnchecked() throws IOException {
        Reader failing = new Reader() {
            private int calls;

            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                if (calls++ > 0) {
                    throw new IOException("disk gone");
                }
                String s = "subject,metric,period,value\nCN,";
                s.getChars(0, s.length(), cbuf, off);
                return s.length();
            }

            @Override
            public void close() {
            }
        };
        // the header is read whole before the failure: the read fails in the rows
        Stream<CsvRecord> rows = RECORDS.withBufferSize(64).stream(failing, "x.csv");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, rows::count);
        assertEquals("disk gone", e.getCause().getMessage());
        Reader failingAgain = new Reader() {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {
            }
        };
        assertThrows(IOException.class, () -> RECORDS.read(failingAgain, "x.csv"));
    }

    @Test
    void test_read_pathClosesFileAndNamesIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("my-observations.csv");
        Files.writeString(file, csv("subject,metric,period,value", "CN,m,2024,x"));
        assertEquals(List.of("my-observations.csv:2: column value: \"x\" is not a number: found 'x', expected a digit"),
                problems(() -> CHECKED.read(file)));
        Files.writeString(file, csv("subject,metric,period,value", "CN,m,2024,1"));
        assertEquals(1, RECORDS.read(file).size());
        try (Stream<CsvRecord> rows = RECORDS.stream(file)) {
            assertEquals(1, rows.count());
        }
        Files.delete(file); // fails on some systems if still open
        assertThrows(IOException.class, () -> RECORDS.read(file));
    }

    @Test
    void test_read_decoderErrorFromReaderStopsTheRead() {
        InputStream bad = new ByteArrayInputStream(concat(csv("subject,metric,period,value").getBytes(UTF_8),
                "CN,m,2024,".getBytes(UTF_8), new byte[] {(byte) 0xFF}, "\n".getBytes(UTF_8)));
        Reader strict = new java.io.InputStreamReader(bad, UTF_8.newDecoder());
        List<String> problems = problems(() -> RECORDS.read(strict, "observations.csv"));
        assertEquals(List.of("observations.csv: the input cannot be decoded (java.nio.charset.MalformedInputException: "
                + "Input length = 1); save it as UTF-8"), problems);
    }

    @Test
    void test_read_nullArguments() {
        assertThrows(NullPointerException.class, () -> RECORDS.read((Reader) null, "x"));
        assertThrows(NullPointerException.class, () -> RECORDS.read(new StringReader(""), null));
        assertThrows(NullPointerException.class, () -> CsvTableReader.of(OBSERVATIONS, null));
        assertThrows(NullPointerException.class, () -> CsvTableReader.of(null, CsvRow::toRecord));
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
