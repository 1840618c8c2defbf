package org.industrymetrics.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * JSON text written as UTF-8 bytes into a buffer, for a document too large for a generator's
 * calls per token to be cheap (a check report: hundreds of thousands of findings). The caller
 * writes the layout's fixed parts as byte constants ({@link #ascii(String)}) and the values with
 * {@link #string(String)} and {@link #plain(BigDecimal)}; strings are escaped as Jackson's
 * generator escapes them ({@code \"}, {@code \\}, {@code \b \t \n \f \r}, other controls as
 * <code>&#92;u00XX</code> with upper-case digits, everything else as it is) and encoded as
 * {@link java.io.OutputStreamWriter} encodes them; a surrogate without its pair, which UTF-8 cannot
 * encode, is escaped as <code>&#92;uXXXX</code> (upper-case digits), so the text reads back unchanged.
 * <p>
 * The buffer goes to a stream, or decoded to a writer, when it is full and at {@link #flush()};
 * without either (a part of a document rendered on its own) it grows. Room is made before a
 * character is written, never in the middle of one, so the buffer always ends on a whole
 * character. Not thread-safe.
 */
final class JsonBytes {

    /** The buffer's size when it has somewhere to go. */
    private static final int SIZE = 1 << 16;
    /** Characters of a string escaped per step: each takes at most 6 bytes (<code>&#92;u001F</code>). */
    private static final int CHUNK = 4096;
    /** The most digits a {@code long} holds whatever they are. */
    private static final int LONG_DIGITS = 18;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.ISO_8859_1);

    private final OutputStream stream;
    private final Writer writer;
    private byte[] buf;
    private int pos;

    private JsonBytes(OutputStream stream, Writer writer, int size) {
        this.stream = stream;
        this.writer = writer;
        this.buf = new byte[size];
    }

    /** Text for a stream, which it does not close. */
    static JsonBytes to(OutputStream out) {
        return new JsonBytes(out, null, SIZE);
    }

    /** Text for a writer, which it does not close. */
    static JsonBytes to(Writer out) {
        return new JsonBytes(null, out, SIZE);
    }

    /** Text kept in memory, {@code capacity} bytes to start with: see {@link #bytes()} and {@link #length()}. */
    static JsonBytes inMemory(int capacity) {
        return new JsonBytes(null, null, Math.max(capacity, CHUNK * 6 + 2));
    }

    /** {@return the buffer of text kept in memory; its first {@link #length()} bytes are the text} */
    byte[] bytes() {
        return buf;
    }

    /** {@return the bytes of text in the buffer} */
    int length() {
        return pos;
    }

    /** {@return the bytes of an ASCII text, to write with {@link #raw(byte[])}} */
    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes bytes as they are: a fixed part of the layout. */
    void raw(byte[] bytes) throws IOException {
        raw(bytes, 0, bytes.length);
    }

    /** Writes {@code length} bytes from {@code offset} as they are. */
    void raw(byte[] bytes, int offset, int length) throws IOException {
        if (length > buf.length - pos) {
            room(length);
            if (length > buf.length - pos) {
                // more than a buffer: straight on (only a stream or a writer has a buffer that does not grow)
                flush(bytes, offset, length);
                return;
            }
        }
        System.arraycopy(bytes, offset, buf, pos, length);
        pos += length;
    }

    /** Writes a number's digits: {@code n}, for the summary's counts. */
    void number(long n) throws IOException {
        raw(ascii(Long.toString(n)));
    }

    /** Writes {@code null}. */
    void nul() throws IOException {
        raw(NULL);
    }

    private static final byte[] NULL = ascii("null");

    /** Writes a string value: quoted and escaped. */
    void string(String s) throws IOException {
        int n = s.length();
        room(Math.min(n, CHUNK) * 6 + 2);
        byte[] b = buf;
        int p = pos;
        b[p++] = '"';
        int i = 0;
        while (true) {
            int end = Math.min(n, i + CHUNK);
            for (; i < end; i++) {
                char c = s.charAt(i);
                if (c < 0x80 && c >= 0x20 && c != '"' && c != '\\') {
                    b[p++] = (byte) c;
                } else {
                    pos = p;
                    i = special(s, i, c);
                    p = pos;
                }
            }
            if (i >= n) {
                break;
            }
            pos = p;
            room(Math.min(n - i, CHUNK) * 6 + 1);
            b = buf;
            p = pos;
        }
        b[p++] = '"';
        pos = p;
    }

    /**
     * Writes a character that is not plain ASCII, its room made: an escape, or its UTF-8 bytes (a
     * surrogate pair as one character). Returns the index of its last {@code char}.
     */
    private int special(String s, int i, char c) {
        byte[] b = buf;
        int p = pos;
        if (c < 0x80) {
            b[p++] = '\\';
            switch (c) {
                case '"':
                case '\\':
                    b[p++] = (byte) c;
                    break;
                case '\b':
                    b[p++] = 'b';
                    break;
                case '\t':
                    b[p++] = 't';
                    break;
                case '\n':
                    b[p++] = 'n';
                    break;
                case '\f':
                    b[p++] = 'f';
                    break;
                case '\r':
                    b[p++] = 'r';
                    break;
                default:
                    b[p++] = 'u';
                    b[p++] = '0';
                    b[p++] = '0';
                    b[p++] = HEX[c >> 4];
                    b[p++] = HEX[c & 0xF];
                    break;
            }
        } else if (c < 0x800) {
            b[p++] = (byte) (0xC0 | c >> 6);
            b[p++] = (byte) (0x80 | c & 0x3F);
        } else if (!Character.isSurrogate(c)) {
            b[p++] = (byte) (0xE0 | c >> 12);
            b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
            b[p++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, s.charAt(++i));
            b[p++] = (byte) (0xF0 | cp >> 18);
            b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
            b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
            b[p++] = (byte) (0x80 | cp & 0x3F);
        } else {
            // no character, so no UTF-8 for it: escaped, so the text reads back as it was
            b[p++] = '\\';
            b[p++] = 'u';
            b[p++] = HEX[c >> 12];
            b[p++] = HEX[c >> 8 & 0xF];
            b[p++] = HEX[c >> 4 & 0xF];
            b[p++] = HEX[c & 0xF];
        }
        pos = p;
        return i;
    }

    /**
     * Writes a number as a string value in plain notation: exactly {@code value.toPlainString()}
     * in quotes, a number of up to 18 digits written from its digits without a string.
     */
    void plain(BigDecimal value) throws IOException {
        int scale = value.scale();
        if (scale < 0 || scale > LONG_DIGITS || value.precision() > LONG_DIGITS) {
            string(value.toPlainString());
            return;
        }
        long unscaled = scale == 0 ? value.longValue() : value.movePointRight(scale).longValue();
        long m = Math.abs(unscaled);
        int digits = 1;
        for (long p = 10; digits < LONG_DIGITS && m >= p; p *= 10) {
            digits++;
        }
        // digits (at least one before the point), the point, a sign, the quotes
        int length = (scale == 0 ? digits : Math.max(digits, scale + 1) + 1) + (unscaled < 0 ? 1 : 0) + 2;
        room(length);
        byte[] b = buf;
        int p = pos + length;
        b[--p] = '"';
        int count = 0;
        do {
            if (count == scale && count > 0) {
                b[--p] = '.';
            }
            b[--p] = (byte) ('0' + (int) (m % 10));
            m /= 10;
            count++;
        } while (m != 0 || count <= scale);
        if (unscaled < 0) {
            b[--p] = '-';
        }
        b[--p] = '"';
        pos += length;
    }

    /** Makes room for {@code n} bytes: flushes, or grows a buffer kept in memory. */
    private void room(int n) throws IOException {
        if (buf.length - pos >= n) {
            return;
        }
        if (stream == null && writer == null) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
        } else {
            flushBuffer();
        }
    }

    /** Passes the text written on, and flushes the stream or writer. */
    void flush() throws IOException {
        flushBuffer();
        if (stream != null) {
            stream.flush();
        } else if (writer != null) {
            writer.flush();
        }
    }

    /** Passes the buffer on (to a writer decoded: it ends on a whole character). */
    private void flushBuffer() throws IOException {
        if (stream != null || writer != null) {
            flush(buf, 0, pos);
            pos = 0;
        }
    }

    /** Passes bytes on to the stream, or decoded to the writer (they end on a whole character). */
    private void flush(byte[] bytes, int offset, int length) throws IOException {
        if (stream != null) {
            stream.write(bytes, offset, length);
        } else {
            writer.write(new String(bytes, offset, length, StandardCharsets.UTF_8));
        }
    }
}
