package org.industrymetrics.io.internal;

import org.industrymetrics.internal.Suggestions;

/** Cells quoted in messages. Not part of the public API. */
public final class Text {

    private Text() {
    }

    /** Returns the text in quotes for a message, shortened if long, with line breaks shown as escapes. */
    public static String quote(String text) {
        String s = text.length() <= 80 ? text : text.substring(0, 60) + "…(" + text.length() + " characters)";
        return '"' + s.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + '"';
    }

    /** Returns the candidate nearest to {@code found} (ignoring case) if it is a near miss, or null. */
    public static String nearest(String found, Iterable<String> candidates) {
        String lower = found.toLowerCase(java.util.Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = Suggestions.editDistance(lower, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        int allowed = Math.max(1, Math.min(3, lower.length() / 3));
        return best != null && bestDistance <= allowed ? best : null;
    }
}
