package org.industrymetrics.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Characters for the tokenizer: from a {@link Reader}, or decoded strictly from UTF-8 bytes so that
 * malformed bytes are reported where they are and reading goes on after them.
 */
abstract class CharSource {

    /** Returned by {@link #read} where malformed bytes were skipped; {@link #malformed()} describes them. */
    static final int MALFORMED = -2;

    /**
     * Reads up to {@code len} characters, {@code len >= 2}.
     *
     * @return the number read (at least 1), -1 at the end, or {@link #MALFORMED}
     */
    abstract int read(char[] buf, int off, int len) throws IOException;

    /** Describes the bytes skipped at the last {@link #MALFORMED}. */
    String malformed() {
        return "";
    }

    static CharSource of(Reader reader) {
        return new CharSource() {
            @Override
            int read(char[] buf, int off, int len) throws IOException {
                int n;
                do {
                    n = reader.read(buf, off, len);
                } while (n == 0);
                return n;
            }
        };
    }

    static CharSource utf8(InputStream in, int bufferSize) {
        return new Utf8(in, bufferSize);
    }

    /** A strict UTF-8 decoder that skips malformed bytes after reporting them. */
    private static final class Utf8 extends CharSource {
        private final InputStream in;
        private final ByteBuffer bytes;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private boolean endOfBytes;
        private boolean flushed;
        private String malformed = "";

        Utf8(InputStream in, int bufferSize) {
            this.in = in;
            // a UTF-8 sequence is at most 4 bytes: the buffer must hold one whole
            this.bytes = ByteBuffer.allocate(Math.max(4, bufferSize));
            this.bytes.flip();
        }

        @Override
        int read(char[] buf, int off, int len) throws IOException {
            CharBuffer out = CharBuffer.wrap(buf, off, len);
            while (true) {
                CoderResult result = decoder.decode(bytes, out, endOfBytes);
                int n = out.position() - off;
                if (result.isError()) {
                    if (n > 0) {
                        return n; // hand over what came before the bad bytes first
                    }
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < result.length(); i++) {
                        sb.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes.get() & 0xFF));
                    }
                    malformed = sb.toString();
                    return MALFORMED;
                }
                if (result.isOverflow()) {
                    return n;
                }
                // underflow: all whole sequences decoded
                if (n > 0) {
                    return n;
                }
                if (endOfBytes) {
                    if (!flushed) {
                        flushed = true;
                        decoder.flush(out);
                        n = out.position() - off;
                        if (n > 0) {
                            return n;
                        }
                    }
                    return -1;
                }
                bytes.compact();
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (read < 0) {
                    endOfBytes = true;
                } else {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
            }
        }

        @Override
        String malformed() {
            return malformed;
        }
    }
}
