package org.industrymetrics.io.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ids of a table read as a stream, with where each was read, in about 24 bytes per id plus its
 * characters: the characters of all ids in one array, and per id its place and its hash, instead of
 * a {@code String} and a map entry per row (about 100 bytes more).
 * <p>
 * Repeats are found at the end ({@link #repeats()}), not as each id is added: adding writes at the
 * ends of arrays, where a hash table would read a random place of a table of millions of slots for
 * every row (a cache miss each, a tenth of the time of a streamed sum). The end sorts the ids by
 * hash and compares the characters of ids with equal hashes, so it finds a repeated id exactly (no
 * fingerprint that could collide). Not thread-safe. Not part of the public API.
 */
public final class IdSet {

    /** Creates an empty set. */
    public IdSet() {
        // grows as ids are added
    }

    /** The characters of every id, one after another. */
    private char[] chars = new char[1 << 12];
    private int used;
    /** Per id (by number, in the order added): where its characters start, its input (an index) and line. */
    private int[] starts = new int[1 << 10];
    private int[] inputs = new int[1 << 10];
    private long[] lines = new long[1 << 10];
    /** Per id: its String hash in the high half and its number in the low half, to be sorted. */
    private long[] keys = new long[1 << 10];
    private int size;

    /**
     * An id added again: where, and where it was added first.
     *
     * @param id the id
     * @param input the index of the input of the repeat
     * @param line the line of the repeat
     * @param firstInput the index of the input where the id was first added
     * @param firstLine the line where the id was first added
     */
    public record Repeat(String id, int input, long line, int firstInput, long firstLine) {
    }

    /**
     * Adds an id read at {@code line} of input {@code input}.
     *
     * @param id the id, not null
     * @param input the index of the input
     * @param line the line
     */
    public void add(String id, int input, long line) {
        if (size == starts.length) {
            growIds();
        }
        int len = id.length();
        if (used + len > chars.length) {
            growChars(used + len);
        }
        id.getChars(0, len, chars, used);
        starts[size] = used;
        inputs[size] = input;
        lines[size] = line;
        keys[size] = (long) id.hashCode() << 32 | size;
        used += len;
        size++;
    }

    // growing is rare: out of line, so that the JIT does not compile five array copies into every add
    private void growIds() {
        int n = size * 2;
        starts = Arrays.copyOf(starts, n);
        inputs = Arrays.copyOf(inputs, n);
        lines = Arrays.copyOf(lines, n);
        keys = Arrays.copyOf(keys, n);
    }

    private void growChars(int least) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, least));
    }

    /**
     * Adds every id of another set after those of this one, in its order, as if they had been added
     * here: the ids of the parts of a file read apart, to find the repeats across the parts.
     *
     * @param other the other set, not null, unchanged
     */
    public void addAll(IdSet other) {
        int count = other.size; // fixed, should other be this set
        for (int n = 0; n < count; n++) {
            int start = other.starts[n];
            int len = other.end(n) - start;
            if (size == starts.length) {
                int grown = Math.max(size * 2, size + count - n);
                starts = Arrays.copyOf(starts, grown);
                inputs = Arrays.copyOf(inputs, grown);
                lines = Arrays.copyOf(lines, grown);
                keys = Arrays.copyOf(keys, grown);
            }
            if (used + len > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
            }
            System.arraycopy(other.chars, start, chars, used, len);
            starts[size] = used;
            inputs[size] = other.inputs[n];
            lines[size] = other.lines[n];
            keys[size] = other.keys[n] & 0xFFFFFFFF00000000L | size;
            used += len;
            size++;
        }
    }

    /** {@return the number of ids added} */
    public int size() {
        return size;
    }

    /**
     * Returns every id added again, each with the first place it was added, in the order the
     * repeats were added.
     *
     * @return the repeats, empty if every id is unique
     */
    public List<Repeat> repeats() {
        long[] sorted = Arrays.copyOf(keys, size);
        Arrays.sort(sorted); // by hash, then by number: the ids of a hash in the order added
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i < size;) {
            int hash = (int) (sorted[i] >>> 32);
            int j = i + 1;
            while (j < size && (int) (sorted[j] >>> 32) == hash) {
                j++;
            }
            if (j - i > 1) {
                sameHash(sorted, i, j, found);
            }
            i = j;
        }
        found.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Repeat> repeats = new ArrayList<>(found.size());
        for (int[] f : found) {
            int n = f[0];
            int first = f[1];
            repeats.add(new Repeat(new String(chars, starts[n], end(n) - starts[n]), inputs[n], lines[n],
                    inputs[first], lines[first]));
        }
        return repeats;
    }

    /**
     * Among the ids of one hash, {@code sorted[from, to)}, adds {repeat, first} for each id whose
     * characters an earlier one has. Sorted by characters, then number: few ids share a hash, but a
     * file made to collide must not take quadratic time.
     */
    private void sameHash(long[] sorted, int from, int to, List<int[]> found) {
        Integer[] numbers = new Integer[to - from];
        for (int i = from; i < to; i++) {
            numbers[i - from] = (int) sorted[i];
        }
        Arrays.sort(numbers, (a, b) -> {
            int c = compareChars(a, b);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int first = numbers[0];
        for (int i = 1; i < numbers.length; i++) {
            int n = numbers[i];
            if (compareChars(first, n) == 0) {
                found.add(new int[] {n, first});
            } else {
                first = n;
            }
        }
    }

    private int end(int n) {
        return n + 1 < size ? starts[n + 1] : used;
    }

    private int compareChars(int a, int b) {
        return Arrays.compare(chars, starts[a], end(a), chars, starts[b], end(b));
    }
}
