package org.industrymetrics.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code metrics extract} on seed articles: its output against golden files (regenerate as for
 * {@link MetricsCommandTest}, with {@code -Dtest=ExtractCommandTest -Dgolden.update=true}), the
 * figures it cannot write named on standard error, bad usage, and the promise of the command: once
 * subject, metric and period are filled in, {@code metrics check} reads the table as it is.
 */
class ExtractCommandTest {

    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final String BISHAN = "src/test/resources/cli/articles/000_9d0fd6e6203baf01.txt";
    private static final String YIBIN = "src/test/resources/cli/articles/003_6877afdc895f6c52.txt";

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        String[] r = Metrics.capture(new ByteArrayInputStream(new byte[0]), args);
        return new Run(Integer.parseInt(r[0]), r[1], r[2].replace(System.lineSeparator(), "\n"));
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(file), "no golden file " + file + ": run with -Dgolden.update=true");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "output differs from " + file);
    }

    @Test
    void extractsASeedArticleAsCsv() throws IOException {
        Run r = run("extract", BISHAN);
        assertEquals("", r.err());
        assertEquals(Metrics.OK, r.status());
        assertGolden("extract-bishan.csv", r.out());
        assertTrue(r.out().contains("surpassing 20 billion yuan"), r.out());
    }

    @Test
    void extractsAsJson() throws IOException {
        Run r = run("extract", "--format", "json", "--date", "2024-06-26", BISHAN);
        assertEquals(Metrics.OK, r.status());
        assertGolden("extract-bishan.json", r.out());
    }

    @Test
    void aFigureThatCannotBeARowIsNamedOnStandardError() {
        Run r = run("extract", YIBIN);
        assertEquals(Metrics.OK, r.status());
        assertEquals(YIBIN + ":35:608: \"less than 2 km\": the unit km is no unit of the dataset format; not written\n",
                r.err());
    }

    @Test
    void completedTablePassesCheckUnchanged(@TempDir Path tmp) throws IOException {
        Path table = tmp.resolve("observations.csv");
        Run r = run("extract", "--date", "2023-06-30", "-o", table.toString(), BISHAN, YIBIN);
        assertEquals(Metrics.OK, r.status());
        assertEquals("", r.out());
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        List<String> header = cells(lines.get(0));
        StringBuilder filled = new StringBuilder(lines.get(0)).append("\r\n");
        for (String line : lines.subList(1, lines.size())) {
            List<String> c = cells(line);
            fill(c, header, "subject", "CN-SC");
            fill(c, header, "metric", "figure.value");
            fill(c, header, "period", "2023");
            String measure = c.get(header.indexOf("measure"));
            if (measure.equals("share") || measure.equals("contribution")) {
                // the whole of a share the text does not name is the analyst's, as the subject is
                fill(c, header, "base", "CN");
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < c.size(); i++) {
                out.add(ExtractCommand.csvCell(c.get(i), header.get(i).equals("value") || header.get(i).equals("x_start")
                        || header.get(i).equals("x_end")));
            }
            filled.append(String.join(",", out)).append("\r\n");
        }
        Files.writeString(table, filled.toString(), StandardCharsets.UTF_8);
        Run check = run("check", table.toString());
        assertEquals("", check.err());
        assertTrue(check.status() == Metrics.OK || check.status() == Metrics.INCONSISTENT, check.out());
    }

    @Test
    void badUsageIsAClearError(@TempDir Path tmp) throws IOException {
        Run text = run("extract", "--format", "text", BISHAN);
        assertEquals(Metrics.BAD_INPUT, text.status());
        assertTrue(text.err().startsWith("metrics: extract writes csv or json, found --format text"), text.err());
        Run date = run("extract", "--date", "June 2024", BISHAN);
        assertEquals(Metrics.BAD_INPUT, date.status());
        assertTrue(date.err().startsWith("metrics: --date: found \"June 2024\", expected a day such as 2024-06-26"), date.err());
        Run none = run("extract");
        assertEquals(Metrics.BAD_INPUT, none.status());
        Path latin1 = tmp.resolve("latin1.txt");
        Files.write(latin1, new byte[] {'1', '2', ' ', (byte) 0xE9, 't', '\n'});
        Run bytes = run("extract", latin1.toString());
        assertEquals(Metrics.BAD_INPUT, bytes.status());
        assertEquals("", bytes.out());
        assertTrue(bytes.err().contains("latin1.txt: not UTF-8 text"), bytes.err());
        Run missing = run("extract", tmp.resolve("nope.txt").toString());
        assertEquals(Metrics.BAD_INPUT, missing.status());
    }

    private static void fill(List<String> cells, List<String> header, String column, String value) {
        int i = header.indexOf(column);
        if (cells.get(i).isEmpty()) {
            cells.set(i, value);
        }
    }

    /** RFC 4180 cells of one line (the extract output has no line breaks inside cells). */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
                wasQuoted = true;
            } else if (ch == ',') {
                cells.add(unguard(cell.toString(), wasQuoted));
                cell.setLength(0);
                wasQuoted = false;
            } else {
                cell.append(ch);
            }
        }
        cells.add(unguard(cell.toString(), wasQuoted));
        return cells;
    }

    private static String unguard(String cell, boolean quoted) {
        return quoted && cell.length() >= 2 && cell.charAt(0) == '\'' ? cell.substring(1) : cell;
    }
}
