package org.industrymetrics.csv;

/**
 * The rules for single cells shared by the reader and the writer: the formula guard, quoting,
 * near-miss suggestions and short quotations of cells in messages.
 */
final class Cells {

    private Cells() {
    }

    /** Whether a spreadsheet would run a cell that starts with {@code c} as a formula (OWASP CSV injection). */
    static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** Whether the writer prefixes a {@code '} to a cell that starts with {@code c}. */
    static boolean isGuarded(char c) {
        return isFormulaStart(c) || c == '\'';
    }

    /**
     * Appends a non-empty cell as the writer writes it (FORMAT.md, "Text in CSV cells"): a cell that
     * starts with a formula character or with {@code '} is defused with a {@code '} before it, and
     * always in quotes ({@code "'=HYPERLINK(...)"}, {@code "''quoted"}), unless it is a plain number
     * in a number column ({@code -18.1} stays); any other cell is quoted only where RFC 4180 needs it.
     */
    static void appendCell(StringBuilder sb, String cell, boolean number) {
        if (!isGuarded(cell.charAt(0)) || number && isPlainNumber(cell)) {
            appendQuoted(sb, cell);
            return;
        }
        sb.append("\"'");
        appendEscaped(sb, cell);
        sb.append('"');
    }

    /** Whether the text is a decimal number, or a range {@code LOW..HIGH} of two. */
    static boolean isPlainNumber(String s) {
        int end = decimalEnd(s, 0);
        if (end == s.length()) {
            return end > 0;
        }
        if (end < 0 || !s.startsWith("..", end)) {
            return false;
        }
        return decimalEnd(s, end + 2) == s.length();
    }

    /** Returns the end of {@code [+-]digits[.digits][(e|E)[+-]digits]} at {@code i}, or -1. */
    private static int decimalEnd(String s, int i) {
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = i;
        i = digitsEnd(s, i);
        if (i == digits) {
            return -1;
        }
        if (i + 1 < n && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
            i = digitsEnd(s, i + 1);
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int expDigits = j;
            j = digitsEnd(s, j);
            if (j == expDigits) {
                return -1;
            }
            i = j;
        }
        return i;
    }

    private static int digitsEnd(String s, int i) {
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether RFC 4180 requires the cell to be quoted. */
    static boolean needsQuotes(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Appends the cell, quoted and with doubled quotes if needed. */
    static void appendQuoted(StringBuilder sb, String cell) {
        if (!needsQuotes(cell)) {
            sb.append(cell);
            return;
        }
        sb.append('"');
        appendEscaped(sb, cell);
        sb.append('"');
    }

    /** Appends the cell with its quotes doubled. */
    private static void appendEscaped(StringBuilder sb, String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
    }

    /** Returns the cell in quotes for a message, shortened if long, with line breaks shown as escapes. */
    static String quote(String cell) {
        return org.industrymetrics.io.internal.Text.quote(cell);
    }

    /** Returns the candidate nearest to {@code found} (ignoring case) if it is a near miss. */
    static java.util.Optional<org.industrymetrics.Suggestion> nearest(String found, Iterable<String> candidates) {
        return org.industrymetrics.io.internal.Text.nearest(found, candidates);
    }
}
