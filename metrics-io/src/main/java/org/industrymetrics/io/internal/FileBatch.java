package org.industrymetrics.io.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes several files so that either all of them are replaced or none is: each is written to a
 * temporary file beside it, and only when every one is written are they moved over their targets.
 * A failure (a text that cannot be written, a full disk) leaves the targets as they were and no
 * half-written file behind. Not part of the public API.
 */
public final class FileBatch {

    /** Writes the content of one file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private final Map<Path, Content> files = new LinkedHashMap<>();

    /** Adds a file to write, UTF-8. */
    public FileBatch add(Path target, Content content) {
        files.put(target, content);
        return this;
    }

    /** Writes every file, or none. */
    public void write() throws IOException {
        List<Path[]> written = new ArrayList<>();
        try {
            for (Map.Entry<Path, Content> e : files.entrySet()) {
                Path target = e.getKey().toAbsolutePath();
                Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
                written.add(new Path[] {temp, target});
                try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    e.getValue().writeTo(out);
                }
            }
            for (Path[] w : written) {
                try {
                    Files.move(w[0], w[1], StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException ex) {
                    Files.move(w[0], w[1], StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            for (Path[] w : written) {
                Files.deleteIfExists(w[0]);
            }
        }
    }
}
