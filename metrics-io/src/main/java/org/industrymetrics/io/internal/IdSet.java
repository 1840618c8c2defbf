package org.industrymetrics.io.internal;

import java.util.Arrays;

/**
 * The ids of a table read as a stream, with where each was first read, in about 30 bytes per id
 * plus its characters: the characters of all ids in one array, and an open-addressing table of
 * positions in it, instead of a {@code String} and a map entry per row (about 100 bytes more).
 * It finds a repeated id exactly (no fingerprint that could collide). Not thread-safe. Not part of
 * the public API.
 */
public final class IdSet {

    /** The characters of every id, one after another. */
    private char[] chars = new char[1 << 12];
    private int used;
    /** Per id (by number): where its characters start, its input (an index) and line. */
    private int[] starts = new int[1 << 10];
    private int[] inputs = new int[1 << 10];
    private long[] lines = new long[1 << 10];
    private int size;
    /** Open addressing: id number + 1, 0 for a free slot; a power of two long. */
    private int[] table = new int[1 << 11];

    /** The first place of an id that was added before. */
    public record First(int input, long line) {
    }

    /**
     * Adds an id read at {@code line} of input {@code input}.
     *
     * @return null if the id is new, else where it was first added
     */
    public First add(String id, int input, long line) {
        int h = hash(id);
        int mask = table.length - 1;
        int slot = h & mask;
        while (true) {
            int e = table[slot];
            if (e == 0) {
                break;
            }
            if (equal(e - 1, id)) {
                return new First(inputs[e - 1], lines[e - 1]);
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
        table[slot] = size;
        if (size * 2 > table.length) {
            rehash();
        }
        return null;
    }

    /** Returns the number of ids. */
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
        int[] t = new int[table.length * 2];
        int mask = t.length - 1;
        for (int n = 0; n < size; n++) {
            int start = starts[n];
            int end = n + 1 < size ? starts[n + 1] : used;
            int slot = hash(chars, start, end) & mask;
            while (t[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            t[slot] = n + 1;
        }
        table = t;
    }

    private static int hash(String s) {
        int h = s.hashCode(); // cached in the String
        return mix(h);
    }

    private static int hash(char[] c, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + c[i];
        }
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
