package org.industrymetrics.io.internal;

import java.util.Objects;

/**
 * The values parsed from cells, by the cell's characters, so that a repeated cell (a subject, a
 * metric, a period, a unit) is parsed once and found again without making a {@code String}: looked
 * up by a {@link CharSlice} of the reader's buffer, or by a String. Open addressing over the keys'
 * String hashes; bounded, so a stream of any length reads in constant memory (when full, it keeps
 * what it has and finds nothing new). Not thread-safe. Not part of the public API.
 *
 * @param <V> the type of the values
 */
public final class TextCache<V> {

    private final int limit;
    private String[] keys = new String[64];
    private Object[] values = new Object[64];
    private int[] hashes = new int[64];
    private int size;
    private String lastKey;

    /**
     * Creates an empty cache.
     *
     * @param limit the most entries it holds
     */
    public TextCache(int limit) {
        this.limit = limit;
    }

    /**
     * Returns the value of a text put before.
     *
     * @param text the characters: a {@link CharSlice}, a String, or another sequence (copied); not null
     * @return the value, or null if the text was not put
     */
    @SuppressWarnings("unchecked")
    public V get(CharSequence text) {
        if (!(text instanceof CharSlice) && !(text instanceof String)) {
            text = text.toString();
        }
        int h = text instanceof CharSlice ? ((CharSlice) text).stringHash() : text.hashCode();
        int mask = keys.length - 1;
        for (int slot = mix(h) & mask;; slot = (slot + 1) & mask) {
            String k = keys[slot];
            if (k == null) {
                return null;
            }
            if (hashes[slot] == h && (text instanceof CharSlice ? ((CharSlice) text).contentEquals(k) : k.equals(text))) {
                lastKey = k;
                return (V) values[slot];
            }
        }
    }

    /**
     * Remembers the value of a text, unless the cache is full or has the text.
     *
     * @param text the text, not null
     * @param value the value, not null
     * @return the value
     */
    public V put(String text, V value) {
        Objects.requireNonNull(value, "value");
        lastKey = text;
        if (size >= limit) {
            return value;
        }
        int h = text.hashCode();
        int mask = keys.length - 1;
        int slot = mix(h) & mask;
        while (keys[slot] != null) {
            if (hashes[slot] == h && keys[slot].equals(text)) {
                return value;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = text;
        values[slot] = value;
        hashes[slot] = h;
        if (++size * 2 > keys.length) {
            grow();
        }
        return value;
    }

    /**
     * {@return the text of the last {@link #get} that found a value, or of the last {@link #put}: a
     * String with the characters looked up, which a caller may keep (a slice it looked up by may not be kept)}
     */
    public String lastKey() {
        return lastKey;
    }

    /** {@return the number of entries} */
    public int size() {
        return size;
    }

    private void grow() {
        String[] oldKeys = keys;
        Object[] oldValues = values;
        int[] oldHashes = hashes;
        int n = oldKeys.length * 2;
        keys = new String[n];
        values = new Object[n];
        hashes = new int[n];
        int mask = n - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = mix(oldHashes[i]) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }

    /** Spreads the bits of a String hash, whose low bits cluster for texts that differ only at the end. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }
}
