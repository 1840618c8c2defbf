package org.industrymetrics.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.Function;
import org.industrymetrics.io.TableSchema;
import org.industrymetrics.io.internal.IdSet;
import org.industrymetrics.io.internal.Row;
import org.industrymetrics.observation.Observation;

/**
 * Values bound from the rows of one input, handed to a sink a batch at a time, in order, each with
 * the line of its row.
 * <p>
 * Why in batches: binding a row (cells, caches, the value's checks) and what the sink does with it
 * (a sum, a dataset) are each a loop of their own, so the JIT compiles them as separate units of
 * moderate size, each once. Handed over one row at a time, the whole path from the tokenizer to the
 * sink was inlined into one frame, whose compilation alone took 0.6-1 s of a 1M-row read's CPU, and
 * every method of the path was compiled again as a root of its own (each is called once per row,
 * so all became hot together). A sink is a loop over the batch ({@link Sink#take}), called once a
 * batch. The order of the values and what a sink sees are those of a row-at-a-time read; only the
 * moment differs. Not thread-safe.
 *
 * @param <T> the type of the values
 */
final class RowBatch<T> {

    /** Takes the values of a batch: a loop over {@code batch.value(i)}, {@code i < batch.size()}. */
    interface Sink<T> {
        void take(RowBatch<T> batch);
    }

    /**
     * Rows bound between two hand-overs: small enough that the sink's loop is compiled once, as a
     * whole (at 256 it was compiled on stack and then again whole), large enough to be a loop.
     */
    static final int SIZE = 32;

    private final String input;
    private final Sink<T> sink;
    private final Object[] values = new Object[SIZE];
    private final long[] lines = new long[SIZE];
    private int size;

    /**
     * Creates an empty batch.
     *
     * @param input the name of the input in the origins
     * @param sink takes each batch
     */
    RowBatch(String input, Sink<T> sink) {
        this.input = input;
        this.sink = sink;
    }

    /** Takes a value with the input and line of its row: a reader's origin without a location object per row. */
    interface RowSink<T> {
        void accept(T value, String input, long line);
    }

    /**
     * Whether an observation goes on to the action: a read that checks each level's unit against its
     * metric's notes a problem (and returns false) where it does not convert.
     */
    interface UnitCheck {
        /** Passes every observation on: the dataset the rows go to checks the units itself. */
        UnitCheck NONE = (o, input, line) -> true;

        boolean passes(Observation o, String input, long line);
    }

    /** A sink handing each value with the input and line of its row to an action, one at a time. */
    static <T> Sink<T> each(RowSink<? super T> action) {
        return batch -> {
            for (int i = 0; i < batch.size; i++) {
                action.accept(batch.value(i), batch.input, batch.lines[i]);
            }
        };
    }

    /**
     * The sink of a read of observations, one for every such read (whole or in parts, into a dataset
     * or streamed): each id noted in {@code ids} (if not null) with its input's number and line,
     * each observation that passes {@code units} handed to {@code action}.
     */
    static Sink<Observation> observations(IdSet ids, int input, UnitCheck units, RowSink<? super Observation> action) {
        return batch -> {
            String name = batch.input;
            for (int i = 0; i < batch.size; i++) {
                Observation o = batch.value(i);
                long line = batch.lines[i];
                if (ids != null) {
                    ids.add(o.id(), input, line);
                }
                if (units.passes(o, name, line)) {
                    action.accept(o, name, line);
                }
            }
        };
    }

    /**
     * A reader of a table whose rows {@code bind} binds; each value bound from a row without a
     * problem is added to {@code batch} (with the line of its row), for {@link #drain} to hand over.
     */
    static <T> CsvTableReader<T> reader(TableSchema schema, Function<Row, T> bind, RowBatch<T> batch) {
        CsvRowAdapter adapter = new CsvRowAdapter();
        return CsvTableReader.of(schema, row -> {
            T value = bind.apply(adapter.at(row));
            if (value != null && !row.hasProblems()) {
                batch.add(value, row.line());
            }
            return value;
        });
    }

    /**
     * Adds the value of the row on {@code line}. The caller flushes after every {@link #SIZE} rows it
     * binds; a batch that fills before (the rows after a problem are bound in one go) is handed over then.
     */
    void add(T value, long line) {
        if (size == SIZE) {
            flush();
        }
        values[size] = value;
        lines[size++] = line;
    }

    /**
     * Binds the rows {@link #SIZE} at a time (their binder adds its values here), handing each batch
     * over; the caller flushes the last one.
     *
     * @throws IOException if the input cannot be read
     */
    void drain(CsvTableReader<T>.Rows rows) throws IOException {
        try {
            while (rows.bindRows(SIZE)) {
                flush();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Hands the values added so far to the sink and empties the batch. */
    void flush() {
        if (size == 0) {
            return;
        }
        try {
            sink.take(this);
        } finally {
            // also when the sink throws: a batch is never handed over twice
            Arrays.fill(values, 0, size, null);
            size = 0;
        }
    }

    /** {@return the number of values in the batch} */
    int size() {
        return size;
    }

    /** {@return value {@code i} of the batch} */
    @SuppressWarnings("unchecked")
    T value(int i) {
        return (T) values[i];
    }
}
