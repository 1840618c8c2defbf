package org.industrymetrics.csv;

import java.util.ArrayList;
import java.util.List;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;

/** The problems of one input, up to {@link InvalidInputException#MAX_PROBLEMS}; more are not kept. */
final class ProblemList {

    private final String input;
    private final List<InputProblem> problems = new ArrayList<>();

    ProblemList(String input) {
        this.input = input;
    }

    void add(long line, String field, String message) {
        if (problems.size() < InvalidInputException.MAX_PROBLEMS) {
            problems.add(new InputProblem(input, line, field, message));
        }
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
