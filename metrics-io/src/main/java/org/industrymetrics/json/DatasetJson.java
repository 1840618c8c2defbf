package org.industrymetrics.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
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
import org.industrymetrics.io.internal.DatasetRows;
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
        g.writeArrayFieldStart(DatasetTable.OBSERVATIONS.tableName());
        List<String> names = DatasetTable.OBSERVATIONS.schema().columnNames();
        // the x_ fields in the order of the CSV columns, so both forms convert into each other exactly
        List<String> extras = DatasetRows.extraColumns(d.observations());
        Map<String, String> ordered = new LinkedHashMap<>();
        for (Observation o : d.observations()) {
            ordered.clear();
            for (String x : extras) {
                String v = o.extras().get(x);
                if (v != null) {
                    ordered.put(x, v);
                }
            }
            writeRow(g, names, DatasetRows.cells(o), ordered);
        }
        g.writeEndArray();
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
        for (T v : values) {
            writeRow(g, names, cells.apply(v), Map.of());
        }
        g.writeEndArray();
    }

    /** Writes one row object: the cells given, in canonical order, then the extras. */
    static void writeRow(JsonGenerator g, List<String> names, String[] cells, Map<String, String> extras) throws IOException {
        g.writeStartObject();
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                g.writeStringField(names.get(i), cells[i]);
            }
        }
        for (Map.Entry<String, String> e : extras.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }
}
