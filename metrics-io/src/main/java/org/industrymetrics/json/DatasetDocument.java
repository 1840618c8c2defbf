package org.industrymetrics.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.Suggestion;
import org.industrymetrics.io.DatasetTable;
import org.industrymetrics.io.TableColumn;
import org.industrymetrics.io.TableSchema;
import org.industrymetrics.io.internal.DatasetRows;
import org.industrymetrics.io.internal.Row;
import org.industrymetrics.io.internal.Text;
import org.industrymetrics.observation.Dataset;

/**
 * Reads the JSON document of a dataset token by token, binding each row as it is read and
 * collecting every problem with its line and JSON path, up to the limit. A syntax error (or a broken
 * limit) ends the read there. Not thread-safe; one instance reads one document.
 */
final class DatasetDocument {

    static final String FORMAT = "industry-metrics/1";
    private static final List<String> FIELDS = List.of("format", "observations", "subjects", "metrics", "rates", "rules",
            "sources");

    private final JsonParser p;
    private final String input;
    private final DatasetRows rows = new DatasetRows(true);
    private final List<InputProblem> problems = new ArrayList<>();
    private final Dataset.Builder dataset;

    DatasetDocument(JsonParser parser, String input) {
        this.p = parser;
        this.input = input;
        this.dataset = Dataset.builder().name(input);
    }

    /**
     * Reads the document object at (or after) the parser's position, leaving the parser on its closing brace.
     *
     * @param wholeInput whether the object must be the whole input (nothing may follow it)
     * @return the dataset
     * @throws InvalidInputException listing every problem found
     * @throws IOException if reading fails
     */
    Dataset read(boolean wholeInput) throws IOException {
        boolean complete;
        try {
            complete = readDocument(wholeInput);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation() != null ? e.getLocation() : p.currentLocation();
            add(line(where), null, e.getOriginalMessage());
            complete = false;
        }
        if (!complete) {
            throw exception();
        }
        Dataset result = null;
        try {
            result = dataset.build();
        } catch (InvalidInputException e) {
            // placed on their rows by the origins the rows were added with
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            // in the order of the lines, whether the reader or the dataset found them
            problems.sort(Comparator.comparingLong(InputProblem::line));
            throw exception();
        }
        return result;
    }

    private InvalidInputException exception() {
        return InvalidInputException.ofFirst(problems);
    }

    private boolean full() {
        return problems.size() >= InvalidInputException.MAX_PROBLEMS;
    }

    /** Adds a problem of a field of the document ({@code format}), or of a line if the path is null. */
    private void add(long line, String path, String message, Suggestion suggestion) {
        if (!full()) {
            problems.add(InputProblem.of(path == null ? InputLocation.of(input, line) : InputLocation.ofPath(input, line, path),
                    message, suggestion));
        }
    }

    private void add(long line, String path, String message) {
        add(line, path, message, null);
    }

    private static long line(JsonLocation where) {
        return where == null ? 0 : Math.max(0, where.getLineNr());
    }

    private long tokenLine() {
        return line(p.currentTokenLocation());
    }

    /** Returns false where reading stopped early (the format is wrong, a limit or the problem limit is reached). */
    private boolean readDocument(boolean wholeInput) throws IOException {
        JsonToken t = p.currentToken() == null ? p.nextToken() : p.currentToken();
        if (t != JsonToken.START_OBJECT) {
            add(tokenLine(), null, "found " + describe(t) + ", expected a dataset document {\"format\": \"" + FORMAT
                    + "\", \"observations\": [...], ...}");
            return false;
        }
        long start = tokenLine();
        boolean format = false;
        boolean observations = false;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            long line = tokenLine();
            t = p.nextToken();
            if (field.equals("format")) {
                format = true;
                if (t != JsonToken.VALUE_STRING || !FORMAT.equals(p.getText())) {
                    add(line, "format", "found " + (t == JsonToken.VALUE_STRING ? Text.quote(p.getText()) : describe(t))
                            + ", expected \"" + FORMAT + "\": this is not a dataset document of a version this library reads");
                    return false;
                }
                continue;
            }
            DatasetTable table = table(field);
            if (table == null) {
                Suggestion hint = Text.nearest(field, FIELDS).orElse(null);
                add(line, field, "unknown field" + (hint == null ? ", expected format, observations, subjects,"
                        + " metrics, rates, rules or sources" : ""), hint);
                p.skipChildren();
                continue;
            }
            observations |= table == DatasetTable.OBSERVATIONS;
            if (t != JsonToken.START_ARRAY) {
                add(line, field, "found " + describe(t) + ", expected an array of rows");
                p.skipChildren();
                continue;
            }
            readTable(table);
            if (full()) {
                return false;
            }
        }
        if (!format) {
            add(start, "format", "missing: a dataset document starts {\"format\": \"" + FORMAT + "\", ...}");
        }
        if (!observations) {
            add(start, "observations", "missing: a dataset has an observations table (it may be empty: [])");
        }
        if (wholeInput) {
            long end = tokenLine();
            if (p.nextToken() != null) {
                add(end, null, "found " + describe(p.currentToken()) + " after the document, expected the end of the input");
            }
        }
        return true;
    }

    /**
     * Reads one row object of a table, at the parser's opening brace, and binds it.
     *
     * @throws InvalidInputException listing the row's problems
     */
    static <T> T readSingle(JsonParser parser, DatasetTable table, Function<Row, T> bind)
            throws IOException {
        DatasetDocument d = new DatasetDocument(parser, "JSON");
        JsonRow row = d.readRow(table.schema(), "", d.tokenLine());
        T value = row.hasProblems() ? null : bind.apply(row);
        if (!d.problems.isEmpty()) {
            throw d.exception();
        }
        return value;
    }

    private static DatasetTable table(String field) {
        for (DatasetTable t : DatasetTable.values()) {
            if (t.tableName().equals(field)) {
                return t;
            }
        }
        return null;
    }

    private void readTable(DatasetTable table) throws IOException {
        TableSchema schema = table.schema();
        int index = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            String path = table.tableName() + "[" + index++ + "]";
            long line = tokenLine();
            if (t != JsonToken.START_OBJECT) {
                add(line, path, "found " + describe(t) + ", expected an object with the fields of a row");
                p.skipChildren();
                continue;
            }
            JsonRow row = readRow(schema, path, line);
            if (!row.hasProblems()) {
                bind(table, row);
            }
            if (full()) {
                return;
            }
        }
    }

    /** Reads the fields of a row object; the parser is on its opening brace. */
    JsonRow readRow(TableSchema schema, String path, long line) throws IOException {
        JsonRow row = new JsonRow(input, path, line, schema, problems);
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            long at = tokenLine();
            t = p.nextToken();
            String text = null;
            switch (t) {
                case VALUE_STRING:
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    // a number as written: "88.90" and 88.90 are the same figure
                    text = p.getText();
                    break;
                case VALUE_NULL:
                    break;
                default:
                    row.problem(name, at, "found " + describe(t) + ", expected a string such as \"88.9\"", null);
                    p.skipChildren();
                    continue;
            }
            if (text != null && text.isEmpty()) {
                text = null;
            }
            if (schema.hasColumn(name)) {
                int i = schema.indexOf(name);
                row.cells[i] = text;
                row.lines[i] = at;
            } else if (name.length() > 2 && name.substring(0, 2).toLowerCase(Locale.ROOT).equals("x_")) {
                if (text != null) {
                    row.extras.put(name, text);
                }
            } else {
                Suggestion hint = Text.nearest(name, schema.columnNames()).orElse(null);
                row.problem(name, at, "unknown field" + (hint == null ? ": the " + schema.tableName()
                        + " table has the fields " + String.join(", ", schema.columnNames())
                        + "; start the name of a field of your own with x_" : ""), hint);
            }
        }
        for (int i = 0; i < schema.size(); i++) {
            TableColumn c = schema.columns().get(i);
            if (c.isRequired() && row.cells[i] == null) {
                row.problem(c.name(), line, "missing or empty, but a value is required", null);
            }
        }
        return row;
    }

    private void bind(DatasetTable table, JsonRow row) {
        switch (table) {
            case OBSERVATIONS:
                add(rows.observation(row), row, dataset::addObservation);
                break;
            case SUBJECTS:
                add(rows.subject(row), row, dataset::addSubject);
                break;
            case METRICS:
                add(rows.metric(row), row, dataset::addMetric);
                break;
            case RATES:
                add(rows.rate(row), row, dataset::addRate);
                break;
            case RULES:
                add(rows.rule(row), row, dataset::addRule);
                break;
            default:
                add(rows.source(row), row, dataset::addSource);
                break;
        }
    }

    private static <T> void add(T value, JsonRow row, BiConsumer<T, InputLocation> sink) {
        if (value != null && !row.hasProblems()) {
            sink.accept(value, row.origin());
        }
    }

    static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the input";
        }
        switch (t) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
                return "true";
            case VALUE_FALSE:
                return "false";
            case VALUE_NULL:
                return "null";
            default:
                return t.asString() == null ? t.name() : "'" + t.asString() + "'";
        }
    }
}
