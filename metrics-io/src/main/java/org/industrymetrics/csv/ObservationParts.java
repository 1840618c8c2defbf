package org.industrymetrics.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.io.DatasetTable;
import org.industrymetrics.io.internal.DatasetRows;
import org.industrymetrics.io.internal.IdSet;
import org.industrymetrics.observation.Observation;

/**
 * The observations files of a streaming read split into parts at row boundaries ({@link CsvParts})
 * and read at the same time on an executor, each part by a reader of its own and handed to an action
 * of its own. The rows, their origins and what the actions see are those of a read of the whole
 * files, part after part. A part tells only whether it found a problem (a row's, a repeated id, a
 * unit that does not convert): the exact problems, in their order, are those of the read of the
 * whole, which the caller then makes ({@link DatasetCsv.StreamingRead#forEachObservation(Executor,
 * int, IntFunction)}). Repeated ids, in a part or across parts, are found at the end in the parts'
 * sets of ids put together.
 */
final class ObservationParts {

    /** An observations file: its name in problems and origins, and its index among the inputs. */
    record File(Path path, String name, int input) {
    }

    private record Task(CsvParts split, CsvParts.Part part, File file) {
    }

    /** What a part found: its ids (null where the caller finds repeats itself), and whether it had a problem. */
    private static final class Outcome {
        final IdSet ids;
        boolean problem;

        Outcome(boolean trackIds) {
            ids = trackIds ? new IdSet() : null;
        }
    }

    private final List<Task> tasks = new ArrayList<>();

    private ObservationParts() {
    }

    /**
     * Splits the files, each into at most {@code maxParts} parts of {@code minPartBytes} at least.
     *
     * @throws IOException if a file cannot be read
     */
    static ObservationParts split(List<File> files, int maxParts, long minPartBytes) throws IOException {
        ObservationParts all = new ObservationParts();
        for (File f : files) {
            CsvParts split = CsvParts.split(f.path(), maxParts, minPartBytes);
            for (CsvParts.Part p : split.parts()) {
                all.tasks.add(new Task(split, p, f));
            }
        }
        return all;
    }

    /** {@return the number of parts} */
    int size() {
        return tasks.size();
    }

    /**
     * Reads the parts on {@code executor}, the rows of part {@code i} handed to {@code actions.apply(i)}
     * (asked for on the calling thread, in order, before any part is read).
     *
     * @param units whether a level's unit converts to its metric's, or null for a caller that builds a
     *     dataset (which checks them itself); called on the parts' threads
     * @param trackIds whether to look for repeated ids (a caller that builds a dataset leaves it to the dataset)
     * @return whether every part was read without a problem and (if tracked) no id is repeated
     * @throws IOException if a file cannot be read
     */
    boolean read(Executor executor, IntFunction<? extends RowBatch.RowSink<? super Observation>> actions,
            Predicate<Observation> units, boolean trackIds) throws IOException {
        List<RowBatch.RowSink<? super Observation>> sinks = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            sinks.add(actions.apply(i));
        }
        List<CompletableFuture<Outcome>> running = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            Task t = tasks.get(i);
            RowBatch.RowSink<? super Observation> sink = sinks.get(i);
            running.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return read(t, sink, units, trackIds);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, executor));
        }
        List<Outcome> outcomes = new ArrayList<>(tasks.size());
        RuntimeException failure = null;
        for (CompletableFuture<Outcome> r : running) {
            try {
                outcomes.add(r.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof Error) {
                    throw (Error) e.getCause(); // out of memory: as a read on the calling thread would
                }
                failure = failure != null ? failure
                        : e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
            }
        }
        running.clear(); // a finished future holds its part's outcome
        if (failure instanceof UncheckedIOException) {
            throw ((UncheckedIOException) failure).getCause();
        }
        if (failure != null) {
            throw failure;
        }
        for (Outcome out : outcomes) {
            if (out.problem) {
                return false;
            }
        }
        if (!trackIds) {
            return true;
        }
        // into the first part's set, each other set let go once added: the ids are the read's largest state
        IdSet ids = outcomes.get(0).ids;
        for (int i = 1; i < outcomes.size(); i++) {
            ids.addAll(outcomes.get(i).ids);
            outcomes.set(i, null);
        }
        return ids.repeats().isEmpty();
    }

    /** Reads one part with a binder of its own (its caches are not shared between threads). */
    private static Outcome read(Task t, RowBatch.RowSink<? super Observation> action, Predicate<Observation> units,
            boolean trackIds) throws IOException {
        Outcome out = new Outcome(trackIds);
        RowBatch.UnitCheck check = units == null ? RowBatch.UnitCheck.NONE : (o, input, line) -> {
            if (units.test(o)) {
                return true;
            }
            out.problem = true;
            return false;
        };
        RowBatch<Observation> batch = new RowBatch<>(t.file().name(),
                RowBatch.observations(out.ids, t.file().input(), check, action));
        CsvTableReader<Observation> reader = RowBatch.reader(DatasetTable.OBSERVATIONS.schema(),
                new DatasetRows(true)::observation, batch);
        CsvParts.Part part = t.part();
        try (InputStream in = t.split().open(part)) {
            batch.drain(part.start() == 0 ? reader.rows(in, t.file().name())
                    : reader.rowsOfPart(in, t.file().name(), part.firstLine()));
            batch.flush();
        } catch (InvalidInputException e) {
            out.problem = true;
        }
        return out;
    }
}
