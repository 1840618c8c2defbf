package org.industrymetrics.csv;

import java.util.Map;
import org.industrymetrics.InputLocation;
import org.industrymetrics.Suggestion;
import org.industrymetrics.io.internal.Row;

/** A {@link CsvRow} seen as a dataset {@link Row}: one adapter per read, pointed at each row in turn. */
final class CsvRowAdapter implements Row {

    private CsvRow row;
    private String idPrefix;

    /** Points the adapter at the row being bound. */
    CsvRowAdapter at(CsvRow current) {
        if (row == null || !current.input().equals(row.input())) {
            // the input's name is unique among the inputs of a dataset (DatasetCsv.Builder#inputNames)
            idPrefix = current.input() + "#";
        }
        row = current;
        return this;
    }

    @Override
    public String get(int column) {
        return row.get(column);
    }

    @Override
    public CharSequence text(int column) {
        return row.text(column);
    }

    @Override
    public Map<String, String> extras() {
        return row.extras();
    }

    @Override
    public void problem(String column, String message, Suggestion suggestion) {
        row.problem(column, message, suggestion);
    }

    @Override
    public void problem(String message) {
        row.problem(message);
    }

    @Override
    public boolean hasProblems() {
        return row.hasProblems();
    }

    @Override
    public InputLocation origin() {
        return row.location();
    }

    /** {@code observations.csv#14}: the input's name and the line, stable for the same file. */
    @Override
    public String generatedId() {
        return idPrefix + row.line();
    }
}
