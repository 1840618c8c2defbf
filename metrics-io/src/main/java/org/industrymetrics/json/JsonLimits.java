package org.industrymetrics.json;

import org.industrymetrics.DecimalText;
import org.industrymetrics.io.internal.Limits;

/**
 * The limits a JSON document read by {@link MetricsJson#mapper(JsonLimits)} must keep, so that a
 * hostile or broken document is refused quickly and cheaply.
 * <p>
 * The document length is a setting (default {@value #DEFAULT_MAX_DOCUMENT_LENGTH} bytes or characters,
 * 64 MiB). These are fixed: a number has at most {@value #MAX_NUMBER_LENGTH} digits, its exponent is
 * within ±{@value #MAX_EXPONENT}, a string has at most {@value #MAX_STRING_LENGTH} characters (as a CSV
 * cell), and objects and arrays nest at most {@value #MAX_NESTING_DEPTH} deep;
 * the same limits as for decimal text everywhere in the library.
 * This class is immutable and thread-safe.
 */
public final class JsonLimits {

    /** The default longest document, in bytes (or characters, for character input): 64 MiB. */
    public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;
    /** The most characters in a number (digits, with point and exponent). */
    public static final int MAX_NUMBER_LENGTH = DecimalText.MAX_DIGITS;
    /** The largest exponent magnitude of a number: {@code 1e1000} is read, {@code 1e1001} is not. */
    public static final int MAX_EXPONENT = DecimalText.MAX_EXPONENT;
    /**
     * The most characters of a string: the longest text of a dataset, the same as of a CSV cell, so
     * that a document converts to CSV that reads back (FORMAT.md, "Sizes").
     */
    public static final int MAX_STRING_LENGTH = Limits.MAX_TEXT_CHARS;
    /** The deepest nesting of objects and arrays. */
    public static final int MAX_NESTING_DEPTH = 64;

    private static final JsonLimits DEFAULTS = new JsonLimits(DEFAULT_MAX_DOCUMENT_LENGTH);

    private final long maxDocumentLength;

    private JsonLimits(long maxDocumentLength) {
        this.maxDocumentLength = maxDocumentLength;
    }

    /** {@return the default limits: documents up to 64 MiB} */
    public static JsonLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Obtains limits with another longest document.
     *
     * @param maxDocumentLength the most bytes (or characters, for character input), above zero
     * @return the limits
     * @throws IllegalArgumentException if the length is not above zero
     */
    public static JsonLimits ofMaxDocumentLength(long maxDocumentLength) {
        if (maxDocumentLength <= 0) {
            throw new IllegalArgumentException("maxDocumentLength must be above zero, found " + maxDocumentLength);
        }
        return new JsonLimits(maxDocumentLength);
    }

    /** {@return the longest document, in bytes (or characters, for character input)} */
    public long maxDocumentLength() {
        return maxDocumentLength;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof JsonLimits && ((JsonLimits) obj).maxDocumentLength == maxDocumentLength;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(maxDocumentLength);
    }

    /** Returns {@code JsonLimits[maxDocumentLength=67108864]}. */
    @Override
    public String toString() {
        return "JsonLimits[maxDocumentLength=" + maxDocumentLength + "]";
    }
}
