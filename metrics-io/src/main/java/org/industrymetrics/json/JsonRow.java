package org.industrymetrics.json;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.Suggestion;
import org.industrymetrics.io.TableSchema;
import org.industrymetrics.io.internal.Row;

/**
 * One row object of a table of a JSON dataset, as a {@link Row}: its fields by schema index, with
 * the line of each, and problems placed as {@code seed.json:14: field observations[3].value: ...}.
 */
final class JsonRow implements Row {

    private final String input;
    private final String path;
    private final long line;
    private final List<InputProblem> problems;
    private final TableSchema schema;
    final String[] cells;
    final long[] lines;
    final Map<String, String> extras = new LinkedHashMap<>();
    private boolean hasProblem;

    /**
     * Creates a row.
     *
     * @param input the input name
     * @param path the JSON path of the row, {@code observations[3]}, or empty for a single row
     * @param line the line of the row's opening brace
     * @param schema the table's columns
     * @param problems where problems go, up to the limit
     */
    JsonRow(String input, String path, long line, TableSchema schema, List<InputProblem> problems) {
        this.input = input;
        this.path = path;
        this.line = line;
        this.problems = problems;
        this.schema = schema;
        this.cells = new String[schema.size()];
        this.lines = new long[schema.size()];
        Arrays.fill(lines, line);
    }

    private String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private void add(InputLocation at, String message, Suggestion suggestion) {
        hasProblem = true;
        if (problems.size() < InvalidInputException.MAX_PROBLEMS) {
            problems.add(InputProblem.of(at, message, suggestion));
        }
    }

    /** Reports a problem with a field at its own line. */
    void problem(String name, long at, String message, Suggestion suggestion) {
        add(InputLocation.ofPath(input, at, field(name)), message, suggestion);
    }

    @Override
    public String get(int column) {
        return cells[column];
    }

    @Override
    public Map<String, String> extras() {
        return extras;
    }

    @Override
    public void problem(String column, String message, Suggestion suggestion) {
        // on the line of the field, where the row has it
        int i = schema.hasColumn(column) ? schema.indexOf(column) : -1;
        problem(column, i >= 0 && cells[i] != null ? lines[i] : line, message, suggestion);
    }

    @Override
    public void problem(String message) {
        add(origin(), message, null);
    }

    @Override
    public boolean hasProblems() {
        return hasProblem;
    }

    /** The row's opening brace: {@code seed.json:9: field observations[3]}, or the line alone for a single row. */
    @Override
    public InputLocation origin() {
        return path.isEmpty() ? InputLocation.of(input, line) : InputLocation.ofPath(input, line, path);
    }

    /** {@code seed.json#observations[3]}: the file name (without folders) and the row's path, stable for the same document. */
    @Override
    public String generatedId() {
        String base = input.substring(Math.max(input.lastIndexOf('/'), input.lastIndexOf('\\')) + 1);
        return base + "#" + (path.isEmpty() ? "line" + line : path);
    }
}
