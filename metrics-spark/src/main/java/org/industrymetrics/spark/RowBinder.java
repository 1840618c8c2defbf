package org.industrymetrics.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InputProblem;
import org.industrymetrics.Suggestion;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.io.DatasetTable;
import org.industrymetrics.io.internal.DatasetRows;
import org.industrymetrics.io.internal.Row;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.Observation;

/**
 * Binds the cells of one row to an {@link Observation} by the library's own cell rules (the ones
 * the CSV and JSON readers use), collecting the problems of the row instead of failing. One per
 * partition: it remembers the cells it has parsed. Not thread-safe.
 */
final class RowBinder implements Row {

    private static final int COLUMNS = DatasetTable.OBSERVATIONS.schema().size();
    private static final List<String> NAMES = DatasetTable.OBSERVATIONS.schema().columnNames();

    private final DatasetRows rows = new DatasetRows(false);
    private final Dataset tables;
    private String[] cells;
    private Map<String, String> extras;
    private String input;
    private long line;
    private String generatedId;
    private final List<Problem> problems = new ArrayList<>();

    /** A problem of the row: the column (empty for the row), the message, the suggestion or null. */
    record Problem(String column, String message, Suggestion suggestion) {
    }

    /** A binder that reads the cells only. */
    RowBinder() {
        this(null);
    }

    /**
     * A binder that also checks a level's unit against its metric's unit, as a dataset does on
     * construction, so that a row the checks could not take is a problem row here.
     */
    RowBinder(Dataset tables) {
        this.tables = tables;
    }

    /**
     * Binds a row; on problems returns null and leaves them in {@link #problems()}.
     *
     * @param cells the cells by column index of the observations schema, null for not given
     * @param extras the {@code x_} cells
     * @param input the input's name
     * @param line the line, 0 if none
     * @param generatedId the id for a row given without one
     */
    Observation bind(String[] cells, Map<String, String> extras, String input, long line, String generatedId) {
        this.cells = cells;
        this.extras = extras;
        this.input = input;
        this.line = line;
        this.generatedId = generatedId;
        problems.clear();
        for (int i = 0; i < COLUMNS; i++) {
            if (cells[i] == null && DatasetTable.OBSERVATIONS.schema().columns().get(i).isRequired()) {
                problems.add(new Problem(NAMES.get(i), "empty, but a value is required", null));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        // the binder reports what the model refuses as problems of the row; anything else is a bug
        Observation o = rows.observation(this);
        if (o == null || !problems.isEmpty()) {
            return null;
        }
        if (tables != null && o.measure() == Measure.LEVEL) {
            String unitProblem = tables.metric(o.metric()).flatMap(m -> m.unitProblem(o.effectiveUnit())).orElse(null);
            if (unitProblem != null) {
                // the message a dataset gives on construction
                problem("unit", unitProblem);
                return null;
            }
        }
        return o;
    }

    /** Binds a row of a dataset read by {@link SparkDataset}. */
    Observation observation(ObservationRow r) {
        Observation o = bind(r.cells(), r.getExtras(), r.getInput(), r.getLine(), r.getId());
        if (o == null) {
            List<InputProblem> list = new ArrayList<>();
            for (Problem p : problems) {
                InputLocation at = p.column().isEmpty() ? origin() : InputLocation.ofColumn(input, line, p.column());
                list.add(InputProblem.of(at, p.message(), p.suggestion()));
            }
            throw new InvalidInputException(list);
        }
        return o;
    }

    /** Returns the problems of the row bound last: column (empty for the row) and message. */
    List<Problem> problems() {
        return problems;
    }

    @Override
    public String get(int column) {
        return cells[column];
    }

    @Override
    public Map<String, String> extras() {
        return extras == null ? Map.of() : new LinkedHashMap<>(extras);
    }

    @Override
    public void problem(String column, String message, Suggestion suggestion) {
        problems.add(new Problem(column, message, suggestion));
    }

    @Override
    public void problem(String message) {
        problems.add(new Problem("", message, null));
    }

    @Override
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    @Override
    public InputLocation origin() {
        return InputLocation.of(input, line);
    }

    @Override
    public String generatedId() {
        return generatedId;
    }
}
