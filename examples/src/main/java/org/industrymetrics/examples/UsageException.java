package org.industrymetrics.examples;

/** Bad usage of the command line: an unknown option, a missing value, a bad setting. Exit status 2. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
