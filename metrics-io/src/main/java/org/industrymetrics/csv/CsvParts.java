package org.industrymetrics.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file split into parts at row boundaries, so that the parts can be read at the same time,
 * each as if it followed the file's header, from the line it starts on.
 * <p>
 * The boundaries are found by one pass over the bytes up to the last one, by the rules of
 * {@link CsvTokenizer}: a quote opens a quoted cell only at the start of a cell, a quoted cell may
 * hold line ends, and LF, CRLF and a lone CR each end a line (inside quotes too). A boundary is
 * placed just after an LF that ends a row (or a blank line), near the sizes asked for, so every part
 * holds whole rows and knows its first line. The rules are the tokenizer's: the rows of the parts are
 * those of the file, so a read in parts gives the same rows with the same lines as a read of the
 * whole (UTF-8 never puts these ASCII bytes inside another character). A file too small to be worth
 * it, or whose header does not end with an LF, stays whole.
 */
final class CsvParts {

    /** A part smaller than this is not worth a task of its own. */
    static final long MIN_PART_BYTES = 1 << 20;

    /**
     * Bytes {@code [start, end)} of a file; {@code firstLine} is the line of its first byte.
     *
     * @param start the first byte
     * @param end the byte after the last
     * @param firstLine the one-based line of the first byte
     */
    record Part(long start, long end, long firstLine) {
    }

    private final Path file;
    /** The byte after the header row's line end; 0 if the file is not split. */
    private final long headerEnd;
    private final List<Part> parts;

    private CsvParts(Path file, long headerEnd, List<Part> parts) {
        this.file = file;
        this.headerEnd = headerEnd;
        this.parts = List.copyOf(parts);
    }

    /** {@return the parts, in the order of the file: the first holds the header} */
    List<Part> parts() {
        return parts;
    }

    /**
     * Splits a file into at most {@code maxParts} parts of about the same size, each about
     * {@code minPartBytes} long at least ({@link #MIN_PART_BYTES}; less in tests).
     * <p>
     * The scan looks only at quotes and line ends (any other byte is passed at once): outside
     * quotes, a quote opens a quoted cell where a cell starts (after a comma or a line end, or at
     * the start of the file, after its byte-order mark), and a quote right after the one that closed
     * a cell is a doubled quote inside it; any other quote is one a cell does not start with (a
     * problem of its row, which does not move where rows end). Inside quotes only a quote counts.
     * A line end outside quotes ends a row; the header is the first row that is not blank.
     *
     * @param file the file
     * @param maxParts the most parts wanted, at least 1
     * @param minPartBytes the least size of a part, at least 1
     * @return the parts: one for the whole file where it cannot or need not be split
     * @throws IOException if the file cannot be read
     */
    static CsvParts split(Path file, int maxParts, long minPartBytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            int n = (int) Math.max(1, Math.min(maxParts, size / minPartBytes));
            if (n == 1) {
                return whole(file, size);
            }
            ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
            byte[] bytes = buffer.array();
            List<Part> parts = new ArrayList<>(n);
            long headerEnd = -1;
            long headerCr = -1;
            long start = 0;
            long startLine = 1;
            long target = Long.MAX_VALUE;
            boolean quoted = false;
            long closedAt = -2; // where the last quoted cell closed: a quote right after it is a doubled one
            byte prev = '\n'; // the byte before; the file starts as after a line end
            long line = 1;
            long base = 0;
            scan:
            while (true) {
                buffer.clear();
                int read = ch.read(buffer, base);
                if (read < 0) {
                    break;
                }
                int i = 0;
                if (base == 0 && read >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
                    i = 3; // a byte-order mark: the header's first cell starts after it
                }
                for (; i < read; i++) {
                    byte b = bytes[i];
                    if (b > '"' || b < 0 || b != '"' && b != '\n' && b != '\r') {
                        prev = b;
                        continue; // neither a quote nor a line end: most bytes
                    }
                    long at = base + i;
                    if (b == '"') {
                        if (quoted) {
                            quoted = false;
                            closedAt = at;
                        } else if (closedAt == at - 1 || prev == ',' || prev == '\n' || prev == '\r') {
                            quoted = true;
                        }
                        prev = b;
                        continue;
                    }
                    boolean content = prev != '\n' && prev != '\r';
                    if (b == '\r' || prev != '\r') {
                        line++; // LF, CRLF and a lone CR each end a line, inside quotes too
                    }
                    prev = b;
                    if (quoted) {
                        continue;
                    }
                    if (headerEnd < 0) {
                        if (headerCr >= 0) {
                            if (b != '\n' || headerCr != at - 1) {
                                return whole(file, size); // the header ends with a lone CR
                            }
                        } else if (b == '\r' || !content) {
                            headerCr = content ? at : -1;
                            continue; // the header's CR, or a blank line before the header
                        }
                        headerEnd = at + 1;
                        target = headerEnd + (size - headerEnd) / n;
                        continue;
                    }
                    long next = at + 1; // a row or a blank line starts here, on line `line`
                    if (b == '\n' && next >= target && next < size) {
                        parts.add(new Part(start, next, startLine));
                        start = next;
                        startLine = line;
                        if (parts.size() == n - 1) {
                            break scan;
                        }
                        target = headerEnd + (size - headerEnd) * (parts.size() + 1) / n;
                    }
                }
                base += read;
            }
            if (parts.isEmpty()) {
                return whole(file, size);
            }
            parts.add(new Part(start, size, startLine));
            return new CsvParts(file, headerEnd, parts);
        }
    }

    private static CsvParts whole(Path file, long size) {
        return new CsvParts(file, 0, List.of(new Part(0, size, 1)));
    }

    /**
     * Opens a part to read: the first part as it is, any other after the file's header.
     *
     * @param part a part of this split
     * @return the bytes, to be closed after reading
     * @throws IOException if the file cannot be opened
     */
    InputStream open(Part part) throws IOException {
        if (part.start() == 0) {
            return new Region(file, 0, part.end());
        }
        return new SequenceInputStream(new Region(file, 0, headerEnd), new Region(file, part.start(), part.end()));
    }

    /** Bytes {@code [from, to)} of a file, by positional reads of a channel of its own. */
    private static final class Region extends InputStream {
        private final FileChannel channel;
        private long position;
        private final long end;

        Region(Path file, long from, long to) throws IOException {
            this.channel = FileChannel.open(file, StandardOpenOption.READ);
            this.position = from;
            this.end = to;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (position >= end) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - position)), position);
            if (n < 0) {
                return -1; // the file became shorter
            }
            position += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
