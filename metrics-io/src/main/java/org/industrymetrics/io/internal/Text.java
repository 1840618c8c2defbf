package org.industrymetrics.io.internal;

import java.util.Locale;
import java.util.Optional;
import org.industrymetrics.Suggestion;

/** Cells quoted in messages. Not part of the public API. */
public final class Text {

    private Text() {
    }

    /** Returns the text in quotes for a message, shortened if long, with line breaks shown as escapes. */
    public static String quote(String text) {
        String s = text.length() <= 80 ? text : text.substring(0, 60) + "…(" + text.length() + " characters)";
        return '"' + s.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + '"';
    }

    /**
     * Returns the candidate nearest to {@code found} as a suggestion, ignoring the case of
     * {@code found} (names and words of the format are lower case).
     */
    public static Optional<Suggestion> nearest(String found, Iterable<String> candidates) {
        return Suggestion.nearest(found.toLowerCase(Locale.ROOT), candidates);
    }
}
