package org.industrymetrics.csv;

import java.util.ArrayList;
import java.util.List;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.Suggestion;

/** The problems of one input, up to {@link InvalidInputException#MAX_PROBLEMS}; more are not kept. */
final class ProblemList {

    private final String input;
    private final List<InputProblem> problems = new ArrayList<>();

    ProblemList(String input) {
        this.input = input;
    }

    /** Adds a problem of a line (0: the input as a whole), or of a cell if the column is not null. */
    void add(long line, String column, String message, Suggestion suggestion) {
        if (problems.size() < InvalidInputException.MAX_PROBLEMS) {
            InputLocation at = column == null ? InputLocation.of(input, line) : InputLocation.ofColumn(input, line, column);
            problems.add(InputProblem.of(at, message, suggestion));
        }
    }

    void add(long line, String column, String message) {
        add(line, column, message, null);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    boolean isFull() {
        return problems.size() >= InvalidInputException.MAX_PROBLEMS;
    }

    InvalidInputException exception() {
        return new InvalidInputException(problems);
    }
}
