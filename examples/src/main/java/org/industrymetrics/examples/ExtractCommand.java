package org.industrymetrics.examples;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.industrymetrics.extract.Extraction;
import org.industrymetrics.extract.FigureExtractor;
import org.industrymetrics.extract.FigurePhrase;
import org.industrymetrics.extract.FoundFigure;
import org.industrymetrics.extract.TextProblem;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.observation.Measure;

/**
 * {@code metrics extract}: the figures of articles as a draft observations table, in the columns of
 * the dataset format plus {@code x_start}, {@code x_end} (the figure's span in the file's text,
 * Java {@code String} indices after UTF-8 decoding and removal of a byte-order mark) and
 * {@code x_note}. Subject, and where the text does not say them metric and period, are left for
 * the analyst; once they are filled in, {@code metrics check} reads the table as it is.
 * <p>
 * A figure that cannot be a row of the format (a unit the format has not, such as km, or a
 * number that is no number as printed) is not written: it is named on standard error with its
 * file, line and column, so nothing is dropped silently.
 */
final class ExtractCommand {

    static final List<String> COLUMNS = List.of("id", "subject", "metric", "period", "measure", "value", "unit", "base",
            "qualifier", "precision", "status", "source", "quote", "x_start", "x_end", "x_note");

    /** The rows written and the notes for standard error. */
    record Table(List<Map<String, String>> rows, List<String> notes) {
    }

    private ExtractCommand() {
    }

    static Table read(List<String> files, LocalDate date) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        FigureExtractor extractor = date == null ? FigureExtractor.create() : FigureExtractor.create().withDocumentDate(date);
        for (String file : files) {
            Path path = Path.of(file);
            String text = decode(file, Files.readAllBytes(path));
            String source = path.getFileName() == null ? file : path.getFileName().toString();
            String stem = idStem(source);
            Extraction x = extractor.extract(text);
            int n = 0;
            for (FoundFigure f : x.figures()) {
                String id = stem + "-" + (++n);
                if (!add(rows, notes, file, text, source, id, f, null)) {
                    n--;
                    continue;
                }
                if (f.conversion().isPresent()) {
                    String cid = stem + "-" + (++n);
                    if (!add(rows, notes, file, text, source, cid, f.conversion().get(), id)) {
                        n--;
                    }
                }
            }
            for (TextProblem p : x.problems()) {
                notes.add(file + ":" + position(text, p.index()) + ": \"" + p.found() + "\": " + p.message() + "; not written");
            }
        }
        return new Table(rows, notes);
    }

    private static boolean add(List<Map<String, String>> rows, List<String> notes, String file, String text, String source,
            String id, FoundFigure f, String conversionOf) {
        FigurePhrase p = f.phrase();
        if (p.unit().isEmpty()) {
            notes.add(file + ":" + position(text, f.start()) + ": \"" + f.text() + "\": the unit " + p.unitText()
                    + " is no unit of the dataset format; not written");
            return false;
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (String c : COLUMNS) {
            row.put(c, "");
        }
        row.put("id", id);
        row.put("metric", f.metricHint().orElse(""));
        row.put("period", f.period().map(Object::toString).orElse(""));
        row.put("measure", p.measure().id());
        row.put("value", p.figure().text());
        row.put("unit", p.measure() == Measure.LEVEL ? p.unitText() : "");
        row.put("base", f.base().orElse(""));
        Qualifier q = p.figure().qualifier();
        row.put("qualifier", q == Qualifier.EXACT || q == Qualifier.RANGE ? "" : q.id());
        row.put("status", f.status().map(s -> s.id()).orElse(""));
        row.put("source", source);
        row.put("quote", f.quote());
        row.put("x_start", Integer.toString(f.start()));
        row.put("x_end", Integer.toString(f.end()));
        List<String> note = new ArrayList<>();
        note.add("\"" + f.text() + "\"");
        if (conversionOf != null) {
            note.add("the same amount as " + conversionOf + " in another currency");
        }
        note.addAll(f.notes());
        row.put("x_note", String.join("; ", note));
        rows.add(row);
        return true;
    }

    /** UTF-8, strictly: a byte that is no UTF-8 is an error naming the file and the byte. */
    static String decode(String file, byte[] bytes) throws IOException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            throw new UsageException(file + ": not UTF-8 text (a malformed byte sequence); save it as UTF-8");
        } catch (CharacterCodingException e) {
            throw new UsageException(file + ": not UTF-8 text; save it as UTF-8");
        }
    }

    /** {@code line:column}, both from 1, of a String index. */
    static String position(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (index - lineStart + 1);
    }

    private static String idStem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = (dot > 0 ? fileName.substring(0, dot) : fileName).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return stem.isEmpty() ? "figure" : stem;
    }

    // -----------------------------------------------------------------------------------------
    // writing

    static void writeCsv(Table table, Writer out) throws IOException {
        out.write(String.join(",", COLUMNS));
        out.write("\r\n");
        for (Map<String, String> row : table.rows()) {
            boolean first = true;
            for (String c : COLUMNS) {
                if (!first) {
                    out.write(',');
                }
                first = false;
                out.write(csvCell(row.get(c), c.equals("value") || c.startsWith("x_s") || c.equals("x_end")));
            }
            out.write("\r\n");
        }
    }

    /** RFC 4180 quoting, and the library's formula guard (a leading {@code '}, in quotes) for text. */
    static String csvCell(String cell, boolean number) {
        if (cell.isEmpty()) {
            return "";
        }
        char c = cell.charAt(0);
        boolean guard = !number && (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'');
        String s = guard ? "'" + cell : cell;
        if (guard || s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    static void writeJson(Table table, Writer out) throws IOException {
        out.write("{\"format\": \"industry-metrics/1\",\n \"observations\": [");
        boolean firstRow = true;
        for (Map<String, String> row : table.rows()) {
            out.write(firstRow ? "\n  {" : ",\n  {");
            firstRow = false;
            boolean first = true;
            for (String c : COLUMNS) {
                String v = row.get(c);
                if (v.isEmpty()) {
                    continue;
                }
                out.write(first ? "" : ", ");
                first = false;
                out.write(jsonString(c));
                out.write(": ");
                out.write(jsonString(v));
            }
            out.write("}");
        }
        out.write("\n]}\n");
    }

    private static String jsonString(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.append('"').toString();
    }
}
