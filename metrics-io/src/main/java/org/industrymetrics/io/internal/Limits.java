package org.industrymetrics.io.internal;

/**
 * The size limits CSV and JSON share, so that what one format holds the other reads (FORMAT.md,
 * "Sizes"). Not part of the public API.
 */
public final class Limits {

    /**
     * The most characters (UTF-16 code units) of one text: a CSV cell after unquoting, a JSON
     * string. 1,048,576 (1 Mi).
     */
    public static final int MAX_TEXT_CHARS = 1 << 20;

    /**
     * The most characters of one CSV row as written, quotes and commas included: 4 Mi, room for a
     * text of the longest kind with every character a doubled quote, and more. A longer row is an
     * unclosed quote or not CSV to the reader, and the writer refuses to write one.
     */
    public static final int MAX_ROW_CHARS = 4 * MAX_TEXT_CHARS;

    private Limits() {
    }
}
