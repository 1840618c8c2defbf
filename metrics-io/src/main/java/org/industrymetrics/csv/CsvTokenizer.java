package org.industrymetrics.csv;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import org.industrymetrics.io.internal.Limits;

/**
 * Splits characters into rows of cells by RFC 4180, keeping count of physical lines (LF, CRLF or
 * a lone CR each end one line, inside quotes too), so that every row and problem has its line.
 * <p>
 * Cells are read straight out of one character buffer and stay there: a row is the buffer and the
 * start and end of each cell in it (a quoted cell unquoted in place), so a reader makes a
 * {@code String} only of the cells it keeps, and looks the others up by their characters. The
 * buffer keeps the row being read and is refilled (moved to the front, grown only for a row longer
 * than itself) as needed, so memory stays at the buffer size however long the input. An empty
 * cell, quoted or not, has no characters ({@link #cell(int)} is {@code null}).
 * Blank lines are skipped: they have no cells.
 */
final class CsvTokenizer {

    /** The longest row read: a longer one is an unclosed quote or not CSV, and stops the read. */
    static final int MAX_ROW_CHARS = Limits.MAX_ROW_CHARS;
    /** The longest cell, after unquoting: the longest text of a dataset, in CSV as in JSON. */
    static final int MAX_CELL_CHARS = Limits.MAX_TEXT_CHARS;

    /** Where the tokenizer reports what it finds wrong; a fatal problem ends the read. */
    interface Problems {
        void problem(long line, int cell, String message);

        /** Records a problem that ends the read, and returns the exception to throw. */
        RuntimeException fatal(long line, int cell, String message);
    }

    private final CharSource source;
    private final Problems problems;
    private char[] buf;
    private int pos;
    private int limit;
    /** Absolute position of buf[0] in the input. */
    private long base;
    private long line = 1;
    private boolean eof;
    /** The start of the cell being read, and the write position of an unquoted copy: moved by fill. */
    private int cellStart;
    private int write;
    private long rowStartAbs;
    /** Where the row being read starts in buf: the cells' offsets count from it. Moved by fill. */
    private int rowStart;
    private boolean inRow;
    private boolean started;
    /** The last line ended with a CR at the end of the buffer: a LF after it belongs to it. */
    private boolean afterCR;

    /** Each cell of the row as {@code buf[rowStart + starts[i], rowStart + ends[i])}. */
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    /** Whether each cell of the row was written in quotes: the formula guard lives only there. */
    private boolean[] quoted = new boolean[16];
    /** The cell being read opened with a quote. */
    private boolean cellQuoted;
    private int count;
    private long rowLine;
    private boolean rowHasProblem;

    CsvTokenizer(CharSource source, int bufferSize, Problems problems) {
        this.source = source;
        this.problems = problems;
        this.buf = new char[Math.max(2, bufferSize)];
    }

    /**
     * Sets the line of the next character: a part of a file split at row boundaries is read after
     * the file's header, from the line it starts on.
     */
    void nextLine(long next) {
        line = next;
    }

    /**
     * Returns the characters of the row read last: cell {@code i} is {@code buffer()[start(i), end(i))}.
     * Valid until the next call of {@link #nextRow()}.
     */
    char[] buffer() {
        return buf;
    }

    /** Returns where cell {@code i} of the row read last starts in {@link #buffer()}. */
    int start(int i) {
        return rowStart + starts[i];
    }

    /** Returns where cell {@code i} of the row read last ends in {@link #buffer()}. */
    int end(int i) {
        return rowStart + ends[i];
    }

    /** Returns cell {@code i} of the row read last as a new String, or null if it is empty. */
    String cell(int i) {
        int from = starts[i];
        int to = ends[i];
        return from == to ? null : new String(buf, rowStart + from, to - from);
    }

    /** Returns whether cell {@code i} of the row read last was written in quotes. */
    boolean quoted(int i) {
        return quoted[i];
    }

    /** Returns the number of cells in the row read last. */
    int count() {
        return count;
    }

    /** Returns the line on which the row read last starts. */
    long rowLine() {
        return rowLine;
    }

    /** Returns whether a problem was reported for the row read last. */
    boolean rowHasProblem() {
        return rowHasProblem;
    }

    /**
     * Reads the next row.
     *
     * @return false at the end of the input
     */
    boolean nextRow() throws IOException {
        count = 0;
        rowHasProblem = false;
        inRow = false;
        if (!started) {
            started = true;
            if (fill(0) && buf[0] == '\uFEFF') {
                pos = 1; // a byte-order mark is allowed and ignored
            }
        }
        while (true) {
            if (pos >= limit && !fill(pos)) {
                return false;
            }
            char c = buf[pos];
            if (c == '\n' && afterCR) {
                pos++;
                afterCR = false;
                continue;
            }
            afterCR = false;
            if (c != '\n' && c != '\r') {
                break;
            }
            lineEnd();
        }
        rowLine = line;
        rowStartAbs = base + pos;
        rowStart = pos;
        inRow = true;
        while (!cell()) {
            // one cell after another until the row ends
        }
        if (base + pos - rowStartAbs > MAX_ROW_CHARS) {
            throw rowTooLong(); // a row that fitted in the buffer
        }
        return true;
    }

    /** Reads the cell at pos; returns whether it ended the row. */
    private boolean cell() throws IOException {
        cellStart = pos;
        if (pos >= limit && !fill(rowStart)) {
            add(pos, pos); // the input ends right after a comma
            return true;
        }
        if (buf[pos] == '"') {
            return quoted();
        }
        cellStart = pos;
        boolean strayQuote = false;
        while (true) {
            char[] b = buf;
            int p = pos;
            int lim = limit;
            while (p < lim) {
                char c = b[p];
                if (c > ',') {
                    p++;
                    continue;
                }
                if (c == ',') {
                    add(cellStart, p);
                    pos = p + 1;
                    return false;
                }
                if (c == '\n' || c == '\r') {
                    add(cellStart, p);
                    pos = p;
                    lineEnd();
                    return true;
                }
                if (c == '"' && !strayQuote) {
                    strayQuote = true;
                    problem(line, "found '\"' inside a cell that does not start with one: "
                            + "quote the whole cell and double the quote (\"\")");
                }
                p++;
            }
            pos = p;
            if (!fill(rowStart)) {
                add(cellStart, pos);
                return true;
            }
        }
    }

    /** Reads a quoted cell, pos at the opening quote; returns whether it ended the row. */
    private boolean quoted() throws IOException {
        cellQuoted = true;
        long quoteLine = line;
        pos++;
        cellStart = pos;
        write = pos;
        while (true) {
            while (pos < limit) {
                char c = buf[pos];
                if (c == '"') {
                    if (pos + 1 >= limit && fill(rowStart)) {
                        continue; // look at the character after the quote
                    }
                    if (pos + 1 < limit && buf[pos + 1] == '"') {
                        buf[write++] = '"';
                        pos += 2;
                        continue;
                    }
                    pos++;
                    // relative to the row: the buffer may move while the rest of the cell is read
                    return afterQuote(cellStart - rowStart, write - rowStart);
                }
                if (c == '\r' || c == '\n' && (write == cellStart || buf[write - 1] != '\r')) {
                    line++;
                }
                buf[write++] = c;
                pos++;
            }
            if (!fill(rowStart)) {
                problem(quoteLine, "the quote that opens this cell is not closed before the end of the input");
                add(cellStart, write);
                return true;
            }
        }
    }

    /**
     * After the closing quote of a cell, whose characters are {@code [from, to)} from the row's start:
     * expects a comma or the end of the line.
     */
    private boolean afterQuote(int from, int to) throws IOException {
        boolean reported = false;
        while (true) {
            while (pos < limit) {
                char c = buf[pos];
                if (c == ',') {
                    pos++;
                    addRelative(from, to);
                    return false;
                }
                if (c == '\n' || c == '\r') {
                    addRelative(from, to);
                    lineEnd();
                    return true;
                }
                if (!reported) {
                    reported = true;
                    problem(line, "found " + describe(c) + " after the closing quote, expected a comma or the end of the line");
                }
                pos++;
            }
            if (!fill(rowStart)) {
                addRelative(from, to);
                return true;
            }
        }
    }

    private static String describe(char c) {
        return c == '"' ? "'\"'" : c == ' ' ? "a space" : c == '\t' ? "a tab" : "'" + c + "'";
    }

    /**
     * Consumes the line end at pos: LF, CR or CRLF. A CR at the end of the buffer leaves the LF that
     * may follow to the next {@link #nextRow()}, so that no read happens on behalf of the row that ended.
     */
    private void lineEnd() {
        char c = buf[pos++];
        line++;
        if (c == '\r') {
            if (pos < limit) {
                if (buf[pos] == '\n') {
                    pos++;
                }
            } else {
                afterCR = true;
            }
        }
    }

    /** Adds the cell {@code buf[from, to)}. */
    private void add(int from, int to) {
        addRelative(from - rowStart, to - rowStart);
    }

    /** Adds the cell {@code [from, to)} counted from the row's start. */
    private void addRelative(int from, int to) {
        if (to - from > MAX_CELL_CHARS) {
            throw tooLong();
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            quoted = Arrays.copyOf(quoted, count * 2);
        }
        quoted[count] = cellQuoted;
        cellQuoted = false;
        starts[count] = from;
        ends[count++] = to;
    }

    private RuntimeException rowTooLong() {
        return problems.fatal(rowLine, -1, "the row is longer than " + MAX_ROW_CHARS + " characters (is a quote not closed?)");
    }

    private RuntimeException tooLong() {
        return problems.fatal(rowLine, count, "the cell is longer than " + MAX_CELL_CHARS
                + " characters, the longest text a dataset holds (is a quote not closed?)");
    }

    private void problem(long atLine, String message) {
        rowHasProblem = true;
        problems.problem(atLine, count, message);
    }

    /**
     * Keeps {@code buf[keepFrom, limit)}, moved to the front, and reads more after it.
     *
     * @return false if the input has ended and nothing was read
     */
    private boolean fill(int keepFrom) throws IOException {
        if (eof) {
            return false;
        }
        if (keepFrom > 0) {
            System.arraycopy(buf, keepFrom, buf, 0, limit - keepFrom);
            pos -= keepFrom;
            limit -= keepFrom;
            cellStart -= keepFrom;
            write -= keepFrom;
            rowStart -= keepFrom;
            base += keepFrom;
        }
        if (inRow && (cellQuoted ? write : limit) - cellStart > MAX_CELL_CHARS) {
            throw tooLong();
        }
        if (inRow && base + limit - rowStartAbs > MAX_ROW_CHARS) {
            throw rowTooLong();
        }
        if (buf.length - limit < 2) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n;
        try {
            n = source.read(buf, limit, buf.length - limit);
        } catch (CharacterCodingException e) {
            // a Reader decodes ahead of the tokenizer: the line of the bad bytes is not known
            throw problems.fatal(0, -1, "the input cannot be decoded (" + e + "); save it as UTF-8");
        }
        if (n == CharSource.MALFORMED) {
            problem(line, "malformed UTF-8 (" + source.malformed() + "); save the file as UTF-8");
            buf[limit++] = '\uFFFD';
            return true;
        }
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }
}
