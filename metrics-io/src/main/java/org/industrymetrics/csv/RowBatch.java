package org.industrymetrics.csv;

import java.util.function.BiConsumer;
import org.industrymetrics.InputLocation;

/**
 * Values bound from the rows of one input, handed to a sink a batch at a time, in order, each with
 * its origin ({@code observations.csv:14}).
 * <p>
 * Why in batches: binding a row (cells, caches, the value's checks) and what the sink does with it
 * (a sum, a dataset) are each a loop of their own, so the JIT compiles them as two units of moderate
 * size. Handed over one row at a time, the whole path from the tokenizer to the sink was inlined into
 * one frame, whose compilation alone took 0.6-1 s of a 1M-row read's CPU (more than the work it
 * sped up, on a 2-core machine). The order of the values and what the sink sees are those of a
 * row-at-a-time read; only the moment differs. Not thread-safe.
 *
 * @param <T> the type of the values
 */
final class RowBatch<T> {

    /** Large enough that a flush is rare to the binding loop, small enough to stay in the cache. */
    static final int SIZE = 32;

    private final String input;
    private final BiConsumer<? super T, ? super InputLocation> sink;
    private final Object[] values = new Object[SIZE];
    private final long[] lines = new long[SIZE];
    private int size;

    /**
     * Creates an empty batch.
     *
     * @param input the name of the input in the origins
     * @param sink takes each value and its origin
     */
    RowBatch(String input, BiConsumer<? super T, ? super InputLocation> sink) {
        this.input = input;
        this.sink = sink;
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

    /** Hands the values added so far to the sink, in order, and empties the batch. */
    @SuppressWarnings("unchecked")
    void flush() {
        int n = size;
        size = 0; // a sink that throws leaves an empty batch, not one handed over twice
        for (int i = 0; i < n; i++) {
            T value = (T) values[i];
            values[i] = null;
            sink.accept(value, InputLocation.of(input, lines[i]));
        }
    }
}
