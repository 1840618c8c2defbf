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

    private static final int ROW = 0;
    private static final int CELL = 1;
    private static final int PLAIN = 2;
    private static final int QUOTED = 3;
    private static final int QUOTE = 4;
    private static final int AFTER_QUOTE = 5;

    /**
     * Splits a file into at most {@code maxParts} parts of about the same size, each about
     * {@code minPartBytes} long at least ({@link #MIN_PART_BYTES}; less in tests).
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
            long start = 0;
            long startLine = 1;
            long target = Long.MAX_VALUE;
            int state = ROW;
            int rowsEnded = 0;
            byte prev = 0;
            long line = 1;
            long base = 0;
            while (parts.size() < n - 1) {
                buffer.clear();
                int read = ch.read(buffer, base);
                if (read < 0) {
                    break;
                }
                for (int i = 0; i < read; i++) {
                    byte b = bytes[i];
                    if (b == '\r' || b == '\n' && prev != '\r') {
                        line++;
                    }
                    prev = b;
                    int was = state;
                    switch (state) {
                        case ROW:
                        case CELL:
                            state = b == '"' ? QUOTED : b == ',' ? CELL : b == '\n' || b == '\r' ? ROW : PLAIN;
                            break;
                        case PLAIN:
                        case AFTER_QUOTE:
                            state = b == ',' ? CELL : b == '\n' || b == '\r' ? ROW : state;
                            break;
                        case QUOTED:
                            state = b == '"' ? QUOTE : QUOTED;
                            break;
                        default: // QUOTE: a doubled quote, or the end of the cell
                            state = b == '"' ? QUOTED : b == ',' ? CELL : b == '\n' || b == '\r' ? ROW : AFTER_QUOTE;
                            break;
                    }
                    if (state == ROW && was != ROW) {
                        rowsEnded++;
                    }
                    if (b != '\n' || state != ROW) {
                        continue;
                    }
                    long at = base + i + 1; // a row starts here, on line `line`
                    if (headerEnd < 0) {
                        if (rowsEnded == 0) {
                            continue; // a blank line before the header
                        }
                        if (rowsEnded > 1) {
                            return whole(file, size); // the header ended with a lone CR
                        }
                        headerEnd = at;
                        target = headerEnd + (size - headerEnd) / n;
                        continue;
                    }
                    if (at >= target && at < size) {
                        parts.add(new Part(start, at, startLine));
                        start = at;
                        startLine = line;
                        if (parts.size() == n - 1) {
                            break;
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
