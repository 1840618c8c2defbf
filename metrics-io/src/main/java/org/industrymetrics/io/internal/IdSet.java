package org.industrymetrics.io.internal;

import java.util.Arrays;

/**
 * The ids of a table read as a stream, with where each was first read, in about 35 bytes per id
 * plus its characters: the characters of all ids in one array, and an open-addressing table of
 * positions in it, instead of a {@code String} and a map entry per row (about 100 bytes more).
 * It finds a repeated id exactly (no fingerprint that could collide). Not thread-safe. Not part of
 * the public API.
 */
public final class IdSet {

    /** Creates an empty set. */
    public IdSet() {
        // grows as ids are added
    }

    /** The characters of every id, one after another. */
    private char[] chars = new char[1 << 12];
    private int used;
    /** Per id (by number): where its characters start, its input (an index) and line. */
    private int[] starts = new int[1 << 10];
    private int[] inputs = new int[1 << 10];
    private long[] lines = new long[1 << 10];
    private int size;
    /**
     * Open addressing, a power of two long: the id's hash in the high half and its number + 1 in the
     * low half, 0 for a free slot; the hash spares comparing the characters of most other ids.
     */
    private long[] table = new long[1 << 11];

    /**
     * The first place of an id that was added before.
     *
     * @param input the index of the input it was read from
     * @param line the line it was read on
     */
    public record First(int input, long line) {
    }

    /**
     * Adds an id read at {@code line} of input {@code input}.
     *
     * @param id the id, not null
     * @param input the index of the input
     * @param line the line
     * @return null if the id is new, else where it was first added
     */
    public First add(String id, int input, long line) {
        int h = hash(id);
        int mask = table.length - 1;
        int slot = h & mask;
        while (true) {
            long e = table[slot];
            if (e == 0) {
                break;
            }
            int n = (int) e - 1;
            if ((int) (e >>> 32) == h && equal(n, id)) {
                return new First(inputs[n], lines[n]);
            }
            slot = (slot + 1) & mask;
        }
        if (size == starts.length) {
            int n = size * 2;
            starts = Arrays.copyOf(starts, n);
            inputs = Arrays.copyOf(inputs, n);
            lines = Arrays.copyOf(lines, n);
        }
        int len = id.length();
        if (used + len > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
        }
        id.getChars(0, len, chars, used);
        starts[size] = used;
        inputs[size] = input;
        lines[size] = line;
        used += len;
        size++;
        table[slot] = (long) h << 32 | size;
        if (size * 2 > table.length) {
            rehash();
        }
        return null;
    }

    /**
     * Whether an id of this set is in {@code other} too: the ids of the parts of a file read at the
     * same time, each part in a set of its own, repeat across parts.
     *
     * @param other another set, not null
     * @return whether the sets have an id in common
     */
    public boolean sharesAnId(IdSet other) {
        IdSet small = size <= other.size ? this : other;
        IdSet large = small == this ? other : this;
        for (long e : small.table) {
            if (e != 0 && large.find((int) (e >>> 32), small, (int) e - 1) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** {@return the number of id {@code n} of {@code set} (hash {@code h}) in this set, or -1} */
    private int find(int h, IdSet set, int n) {
        int mask = table.length - 1;
        int slot = h & mask;
        int start = set.starts[n];
        int len = (n + 1 < set.size ? set.starts[n + 1] : set.used) - start;
        while (true) {
            long e = table[slot];
            if (e == 0) {
                return -1;
            }
            int m = (int) e - 1;
            if ((int) (e >>> 32) == h) {
                int from = starts[m];
                int to = m + 1 < size ? starts[m + 1] : used;
                if (to - from == len && java.util.Arrays.equals(chars, from, to, set.chars, start, start + len)) {
                    return m;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    /** {@return the number of ids} */
    public int size() {
        return size;
    }

    private boolean equal(int n, String id) {
        int start = starts[n];
        int end = n + 1 < size ? starts[n + 1] : used;
        int len = id.length();
        if (end - start != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (chars[start + i] != id.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void rehash() {
        long[] t = new long[table.length * 2];
        int mask = t.length - 1;
        for (long e : table) {
            if (e != 0) {
                int slot = (int) (e >>> 32) & mask;
                while (t[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                t[slot] = e;
            }
        }
        table = t;
    }

    private static int hash(String s) {
        int h = s.hashCode(); // cached in the String
        return mix(h);
    }

    /** Spreads the bits of a String hash, whose low bits cluster for ids that differ only at the end. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }
}
