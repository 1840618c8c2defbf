package org.industrymetrics.extract;

import java.util.Objects;

/**
 * Something in a text that looks like a figure but cannot be read as one ({@code 30,00 NEVs}):
 * the index of its first character (a Java {@code String} index), what it is, and why.
 *
 * @param index the index of the first character in the text
 * @param found the text found
 * @param message what was found and what was expected
 */
public record TextProblem(int index, String found, String message) {

    /**
     * Checks the fields.
     *
     * @param index the index of the first character in the text
     * @param found the text found
     * @param message what was found and what was expected
     */
    public TextProblem {
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(message, "message");
    }
}
