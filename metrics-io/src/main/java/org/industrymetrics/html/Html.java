package org.industrymetrics.html;

/**
 * An HTML text being written: element text and attribute values are escaped here and nowhere
 * else, so no text of a dataset (a quote, a subject name, a file name) can open a tag, end an
 * attribute or close the {@code <svg>} it sits in. Control characters, which HTML forbids, are
 * shown as visible pictures ({@code ␀}, {@code ␛}) or as {@code \u0085}, never dropped.
 */
final class Html {

    private final StringBuilder sb;
    private char[] chars;

    Html(int capacity) {
        this.sb = new StringBuilder(capacity);
    }

    /** Appends markup written by this package, as is. */
    Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    Html raw(char c) {
        sb.append(c);
        return this;
    }

    /** Appends text as element content. */
    Html text(CharSequence text) {
        escape(sb, text, false);
        return this;
    }

    /** Appends {@code  name="value"}, the value escaped for a double-quoted attribute. */
    Html attr(String name, CharSequence value) {
        sb.append(' ').append(name).append("=\"");
        escape(sb, value, true);
        sb.append('"');
        return this;
    }

    /** Appends a whole element with escaped text: {@code <tag class="cls">text</tag>}. */
    Html element(String tag, String cls, CharSequence text) {
        sb.append('<').append(tag);
        if (cls != null) {
            attr("class", cls);
        }
        sb.append('>');
        escape(sb, text, false);
        sb.append("</").append(tag).append('>');
        return this;
    }

    /** Appends a coordinate with at most one decimal, without locale ({@code 12.5}, {@code 300}). */
    Html num(double value) {
        long tenths = Math.round(value * 10);
        if (tenths < 0) {
            sb.append('-');
            tenths = -tenths;
        }
        sb.append(tenths / 10);
        if (tenths % 10 != 0) {
            sb.append('.').append(tenths % 10);
        }
        return this;
    }

    int length() {
        return sb.length();
    }

    void clear() {
        sb.setLength(0);
    }

    StringBuilder builder() {
        return sb;
    }

    /** A buffer for copying the text out without making a String of it. */
    char[] chars() {
        if (chars == null) {
            chars = new char[8192];
        }
        return chars;
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    /** Returns the text escaped for element content or a double-quoted attribute value. */
    static String escape(CharSequence text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        escape(b, text, true);
        return b.toString();
    }

    static void escape(StringBuilder sb, CharSequence text, boolean attribute) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    sb.append("&amp;");
                    break;
                case '<':
                    sb.append("&lt;");
                    break;
                case '>':
                    sb.append("&gt;");
                    break;
                case '"':
                    sb.append(attribute ? "&quot;" : "\"");
                    break;
                case '\'':
                    sb.append(attribute ? "&#39;" : "'");
                    break;
                case '\n':
                case '\t':
                    sb.append(c);
                    break;
                case '\r':
                    // a lone CR is a line end to the HTML parser too; CR LF is one
                    if (i + 1 >= n || text.charAt(i + 1) != '\n') {
                        sb.append('\n');
                    }
                    break;
                default:
                    if (c < 0x20) {
                        sb.append((char) (0x2400 + c)); // the control picture: ␀ … ␟
                    } else if (c == 0x7F) {
                        sb.append('\u2421');
                    } else if (c >= 0x80 && c <= 0x9F) {
                        sb.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
                    } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                        sb.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                        sb.append('\uFFFD'); // not a character: cannot be written in UTF-8
                    } else {
                        sb.append(c);
                    }
                    break;
            }
        }
    }
}
