package org.industrymetrics.io.internal;

/**
 * The rules for texts that CSV and JSON share, so that what one format holds the other reads
 * (FORMAT.md, "Text in cells" and "Sizes"). Not part of the public API.
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

    /** Returns the index of the first surrogate that is not one of a pair, or -1 if the text is Unicode. */
    public static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Describes why a text cannot be written so that it reads back, or returns null if it can:
     * {@code a lone surrogate \ud800 at character 1}, {@code 2097152 characters, more than the 1048576 a text may have}.
     */
    public static String unwritable(String text) {
        if (text.length() > MAX_TEXT_CHARS) {
            return text.length() + " characters, more than the " + MAX_TEXT_CHARS + " a text may have";
        }
        int i = loneSurrogate(text);
        return i < 0 ? null : surrogate(text, i) + ", which is not Unicode";
    }

    /** {@code a lone surrogate \ud800 at character 1}. */
    public static String surrogate(String text, int i) {
        return String.format(java.util.Locale.ROOT, "a lone surrogate \\u%04x at character %d", (int) text.charAt(i), i + 1);
    }

    /** The text with each lone surrogate written as its escape ({@code x\ud800}), for a message. */
    public static String escapeLoneSurrogates(String text) {
        int i = loneSurrogate(text);
        if (i < 0) {
            return text;
        }
        return text.substring(0, i) + String.format(java.util.Locale.ROOT, "\\u%04x", (int) text.charAt(i))
                + escapeLoneSurrogates(text.substring(i + 1));
    }
}
