package org.industrymetrics.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.io.DatasetTable;
import org.industrymetrics.io.UnwritableTextException;
import org.industrymetrics.io.internal.DatasetRows;
import org.industrymetrics.io.internal.FileBatch;
import org.industrymetrics.io.internal.Limits;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Observation;

/**
 * Reads and writes a {@link Dataset} as one JSON document (FORMAT.md):
 * <pre>
 * {
 *   "format": "industry-metrics/1",
 *   "observations": [
 *     {"id": "yibin-income-2022", "subject": "CN-SC.Yibin", "metric": "power_battery.industry.output_value", ...}
 *   ],
 *   "subjects": [...], "metrics": [...], "rates": [...], "rules": [...], "sources": [...]
 * }
 * </pre>
 * Each row is an object with the fields of the CSV columns of its table, values as strings, so
 * that {@code "88.90"} stays {@code 88.90} (numbers are accepted on reading too, as written:
 * {@code 88.90} is {@code "88.90"}); a cell not given is left out ({@code null} and {@code ""}
 * are read as not given); the {@code x_} fields of an observation follow its other fields, in the
 * order of the {@code x_} columns of the CSV form (first appearance in the table). The
 * tables follow in the order of FORMAT.md, the observations always, the others if they have rows.
 * <p>
 * Reading uses the hardened parser of {@link MetricsJson} and the cell rules of
 * {@link org.industrymetrics.csv.DatasetCsv}; a {@code "format"} other than
 * {@code "industry-metrics/1"}, an unknown field or table, and every bad cell is a problem naming
 * the line and JSON path ({@code seed.json:14: field observations[3].value: "30,00" is not a number
 * (use '.' for decimals and no group separators)}); all are collected, up to 100, into one
 * {@link InvalidInputException}. An observation without an id gets one from its place,
 * {@code seed.json#observations[3]}.
 * <p>
 * Writing gives the canonical form: LF line ends, two spaces of indent, one row per line, a final
 * line end. With {@link org.industrymetrics.csv.DatasetCsv#write} it is exact both ways: CSV to
 * JSON to CSV, and JSON to CSV to JSON, give the same bytes. This class is immutable and thread-safe.
 */
public final class DatasetJson {

    /** The value of the {@code "format"} field of a dataset document of this version. */
    public static final String FORMAT = DatasetDocument.FORMAT;

    private DatasetJson() {
    }

    /**
     * Reads a dataset document from a file (UTF-8, or UTF-16/32, detected); problems name it by its
     * file name, which is also the dataset's name.
     *
     * @param file the file, not null
     * @return the dataset
     * @throws InvalidInputException listing every problem found, up to 100
     * @throws IOException if the file cannot be read
     */
    public static Dataset read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return read(file, file.getFileName() == null ? file.toString() : file.getFileName().toString());
    }

    /**
     * Reads a dataset document from a file (UTF-8, or UTF-16/32, detected); problems name it by
     * {@code inputName}, such as the path as a user gave it, which is also the dataset's name.
     *
     * @param file the file, not null
     * @param inputName the name of the input in problems and generated ids, not null
     * @return the dataset
     * @throws InvalidInputException listing every problem found, up to 100
     * @throws IOException if the file cannot be read
     */
    public static Dataset read(Path file, String inputName) throws IOException {
        Objects.requireNonNull(file, "file");
        String name = Objects.requireNonNull(inputName, "inputName");
        try (InputStream in = Files.newInputStream(file);
                JsonParser p = MetricsJson.mapper().getFactory().createParser(in)) {
            return new DatasetDocument(p, name).read(true);
        }
    }

    /**
     * Reads a dataset document from characters. The reader is read to the end of the document, not closed.
     *
     * @param in the characters, not null
     * @param inputName the name of the input in problems and generated ids, also the dataset's name, not null
     * @return the dataset
     * @throws InvalidInputException listing every problem found, up to 100
     * @throws IOException if reading fails
     */
    public static Dataset read(Reader in, String inputName) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(inputName, "inputName");
        JsonParser p = MetricsJson.mapper().getFactory().createParser(in);
        p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        try (p) {
            return new DatasetDocument(p, inputName).read(true);
        }
    }

    /**
     * Writes a dataset as a document in canonical form. The writer is flushed, not closed.
     *
     * @param dataset the dataset, not null
     * @param out where to write, not null
     * @throws IOException if writing fails
     */
    public static void write(Dataset dataset, Writer out) throws IOException {
        Objects.requireNonNull(dataset, "dataset");
        JsonOutput.write(out, 3, g -> writeDocument(g, dataset));
    }

    /**
     * Writes a dataset as a document in canonical form to a file, UTF-8: to a file beside it first,
     * moved into place once written, so a failure leaves the file as it was and nothing half-written.
     *
     * @param dataset the dataset, not null
     * @param file the file, replaced if it exists, not null
     * @throws UnwritableTextException for a text a reader would not read back
     * @throws IOException if writing fails
     */
    public static void write(Dataset dataset, Path file) throws IOException {
        Objects.requireNonNull(dataset, "dataset");
        new FileBatch().add(Objects.requireNonNull(file, "file"), out -> write(dataset, out)).write();
    }

    /**
     * Returns a dataset as a document in canonical form, ending with a line end.
     *
     * @param dataset the dataset, not null
     * @return the JSON text
     */
    public static String toJson(Dataset dataset) {
        StringWriter out = new StringWriter();
        try {
            write(dataset, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** Writes the document object to a generator. */
    static void writeDocument(JsonGenerator g, Dataset d) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        if (d.observations().isEmpty()) {
            // the one table a document always has
            g.writeArrayFieldStart(DatasetTable.OBSERVATIONS.tableName());
            g.writeEndArray();
        }
        writeTable(g, DatasetTable.OBSERVATIONS, d.observations(), DatasetRows::cells);
        writeTable(g, DatasetTable.SUBJECTS, d.subjects(), DatasetRows::cells);
        writeTable(g, DatasetTable.METRICS, d.metrics(), DatasetRows::cells);
        writeTable(g, DatasetTable.RATES, d.rates(), DatasetRows::cells);
        writeTable(g, DatasetTable.RULES, d.rules(), DatasetRows::cells);
        writeTable(g, DatasetTable.SOURCES, d.sources(), DatasetRows::cells);
        g.writeEndObject();
    }

    private static <T> void writeTable(JsonGenerator g, DatasetTable table, Collection<T> values,
            Function<T, String[]> cells) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(table.tableName());
        List<String> names = table.schema().columnNames();
        // the x_ fields in the order of the CSV columns, so both forms convert into each other exactly
        List<String> extras = DatasetRows.extraColumns(values, DatasetRows::extras);
        Map<String, String> ordered = new LinkedHashMap<>();
        for (T v : values) {
            ordered.clear();
            Map<String, String> x = DatasetRows.extras(v);
            for (String name : extras) {
                String value = x.get(name);
                if (value != null) {
                    ordered.put(name, value);
                }
            }
            writeRow(g, names, cells.apply(v), ordered);
        }
        g.writeEndArray();
    }

    /**
     * Writes one row object: the cells given, in canonical order, then the extras.
     *
     * @throws UnwritableTextException for a text a reader would not read back (too long, not Unicode)
     */
    static void writeRow(JsonGenerator g, List<String> names, String[] cells, Map<String, String> extras) throws IOException {
        g.writeStartObject();
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                g.writeStringField(names.get(i), writable(g, names.get(i), cells[i]));
            }
        }
        for (Map.Entry<String, String> e : extras.entrySet()) {
            g.writeStringField(writable(g, "", e.getKey()), writable(g, e.getKey(), e.getValue()));
        }
        g.writeEndObject();
    }

    /** The text, if a reader reads it back as it is (FORMAT.md, "Text in cells", "Sizes"). */
    private static String writable(JsonGenerator g, String field, String text) throws UnwritableTextException {
        String problem = Limits.unwritable(text);
        if (problem != null) {
            // the generator is in the row object, in the table's array, in the document: observations[3]
            JsonStreamContext array = g.getOutputContext().getParent();
            String row = array == null || array.getParent() == null ? ""
                    : array.getParent().getCurrentName() + "[" + array.getCurrentIndex() + "]";
            throw new UnwritableTextException((row.isEmpty() ? "" : row + (field.isEmpty() ? ": a field name" : "." + field) + ": ")
                    + problem);
        }
        return text;
    }
}
