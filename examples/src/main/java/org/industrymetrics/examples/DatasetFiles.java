package org.industrymetrics.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.industrymetrics.io.DatasetTable;

/**
 * The files of one dataset as named on the command line (CLI.md): a JSON document, or CSV files
 * whose table is told by the option before them or else by the file name, a folder for all its
 * {@code .csv} and {@code .json} files, {@code -} for standard input. Reading is the library's
 * ({@link org.industrymetrics.io.files.DatasetFiles}); this class adds what only the command line
 * has: {@code -}, read once.
 */
final class DatasetFiles {

    /** The name of standard input in problems and generated ids. */
    static final String STDIN = org.industrymetrics.io.files.DatasetFiles.STDIN;

    /** A file argument: the table an option gave it, or null if told by its name. */
    record Arg(DatasetTable table, String file) {
    }

    private final List<Arg> args;

    private DatasetFiles(List<Arg> args) {
        this.args = List.copyOf(args);
    }

    /**
     * Checks the file arguments as the command line has them.
     *
     * @throws UsageException for standard input given twice
     */
    static DatasetFiles resolve(List<Arg> args) {
        if (args.stream().filter(a -> a.file().equals("-")).count() > 1) {
            throw new UsageException("standard input (-) can be read only once");
        }
        return new DatasetFiles(args);
    }

    /** Returns whether the dataset is one JSON document (a file, or a folder holding only one). */
    boolean isJson() throws IOException {
        if (args.size() != 1 || args.get(0).table() != null || args.get(0).file().equals("-")) {
            return false;
        }
        Path path = Path.of(args.get(0).file());
        if (Files.isDirectory(path)) {
            try (Stream<Path> list = Files.list(path)) {
                List<String> data = list.map(p -> p.getFileName().toString().toLowerCase(Locale.ROOT))
                        .filter(n -> !n.startsWith(".") && (n.endsWith(".csv") || n.endsWith(".json")))
                        .collect(Collectors.toList());
                return data.size() == 1 && data.get(0).endsWith(".json");
            }
        }
        return path.toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /**
     * Reads the dataset; problems name each file as given.
     *
     * @param stdin standard input, read if {@code -} was given
     * @throws org.industrymetrics.InvalidInputException with every problem
     */
    org.industrymetrics.io.files.DatasetFiles.Contents read(InputStream stdin) throws IOException {
        return builder(stdin).read();
    }

    /**
     * Reads the dataset, an observations file in at most {@code parts} parts at the same time on
     * {@code executor}; the same dataset and problems as {@link #read(InputStream)}.
     *
     * @param stdin standard input, read if {@code -} was given
     * @param executor runs the parts
     * @param parts the most parts to split a file into
     * @throws org.industrymetrics.InvalidInputException with every problem
     */
    org.industrymetrics.io.files.DatasetFiles.Contents read(InputStream stdin, Executor executor, int parts)
            throws IOException {
        return builder(stdin).read(executor, parts);
    }

    /**
     * Reads the tables other than the observations, and returns the read whose observations are
     * streamed (for a sum, which holds no observation).
     *
     * @param stdin standard input, read if {@code -} was given
     * @throws org.industrymetrics.InvalidInputException with the problems of the files as given
     */
    org.industrymetrics.io.files.DatasetFiles.StreamingRead readStreaming(InputStream stdin) throws IOException {
        return builder(stdin).readStreaming();
    }

    private org.industrymetrics.io.files.DatasetFiles.Builder builder(InputStream stdin) {
        org.industrymetrics.io.files.DatasetFiles.Builder b = org.industrymetrics.io.files.DatasetFiles.builder();
        if (!args.isEmpty()) {
            b.name(args.get(0).file().equals("-") ? STDIN : args.get(0).file());
        }
        for (Arg a : args) {
            if (a.file().equals("-")) {
                b.add(a.table() == null ? DatasetTable.OBSERVATIONS : a.table(), stdin, STDIN);
            } else if (a.table() == null) {
                b.add(Path.of(a.file()));
            } else {
                b.add(a.table(), Path.of(a.file()));
            }
        }
        return b;
    }
}
