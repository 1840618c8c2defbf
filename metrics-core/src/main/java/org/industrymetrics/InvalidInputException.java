package org.industrymetrics;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when an input (a file, a document, a dataset) has one or more problems. It carries every
 * problem found, up to {@link #MAX_PROBLEMS}, each with its place, so that nothing is lost and a
 * command line can print one line per problem.
 */
public final class InvalidInputException extends MetricsException {

    private static final long serialVersionUID = 1L;

    /** The most problems an input reports before a reader stops looking. */
    public static final int MAX_PROBLEMS = 100;

    private final transient ImmutableList<InputProblem> problems;

    /**
     * Creates an exception.
     *
     * @param problems the problems, at least one, not null
     */
    public InvalidInputException(List<InputProblem> problems) {
        super(message(checked(problems)));
        this.problems = ImmutableList.copyOf(problems);
    }

    /**
     * Creates an exception for a single problem.
     *
     * @param problem the problem
     */
    public InvalidInputException(InputProblem problem) {
        this(List.of(problem));
    }

    private static List<InputProblem> checked(List<InputProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        }
        return problems;
    }

    /**
     * Creates an exception for the first {@link #MAX_PROBLEMS} of the problems.
     *
     * @param problems the problems, at least one, not null
     * @return the exception
     */
    public static InvalidInputException ofFirst(List<InputProblem> problems) {
        return new InvalidInputException(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
    }

    private static String message(List<InputProblem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        StringBuilder sb = new StringBuilder(problems.size() + " problems:");
        for (InputProblem p : problems) {
            sb.append(System.lineSeparator()).append(p);
        }
        return sb.toString();
    }

    /** {@return the problems, in the order found} */
    public List<InputProblem> problems() {
        return problems;
    }
}
