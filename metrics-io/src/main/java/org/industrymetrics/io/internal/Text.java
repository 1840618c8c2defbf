package org.industrymetrics.io.internal;

/** Cells quoted in messages. Not part of the public API. */
public final class Text {

    private Text() {
    }

    /** Returns the text in quotes for a message, shortened if long, with line breaks shown as escapes. */
    public static String quote(String text) {
        String s = text.length() <= 80 ? text : text.substring(0, 60) + "…(" + text.length() + " characters)";
        return '"' + s.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + '"';
    }
}
