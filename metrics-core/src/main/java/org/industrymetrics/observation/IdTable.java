package org.industrymetrics.observation;

import java.util.List;
import org.industrymetrics.internal.Hashes;

/**
 * The position of each observation of a list by its id: an open-addressing table, sized once for
 * the list (no rehashing), with no entry object per row. A slot holds the id's spread hash beside
 * the position, so a probe reads one cache line and looks at another observation's id only when
 * the hashes are equal; the ids' hashes come from the builder, taken as each observation was added,
 * so entering a million ids costs about one cache miss each (the slot), not one per observation,
 * String and byte array passed on the way. Immutable once built; safe to read from
 * several threads once published.
 */
final class IdTable {

    private final List<Observation> observations;
    /** The ids' hashes by position, as {@link String#hashCode} gives them (read while building only). */
    private final int[] hashes;
    /**
     * Two ints per slot: the spread hash of the id, and the position + 1 of its observation (0: an
     * empty slot).
     */
    private final int[] slots;

    IdTable(List<Observation> observations, int[] idHashes) {
        this.observations = observations;
        this.hashes = idHashes;
        // a power of two, at most three quarters full: the stored hashes keep probes short
        int capacity = Integer.highestOneBit(Math.max(observations.size(), 3) * 4 / 3) << 1;
        this.slots = new int[2 * capacity];
    }

    /**
     * Enters the observation at {@code position}, unless an earlier one has its id.
     *
     * @return the position of the earlier observation with this id, or -1 if it was entered
     */
    int putIfAbsent(int position) {
        int h = Hashes.mix(hashes[position]);
        int mask = slots.length / 2 - 1;
        int s = h & mask;
        int p;
        while ((p = slots[2 * s + 1]) != 0) {
            if (slots[2 * s] == h && observations.get(p - 1).id().equals(observations.get(position).id())) {
                return p - 1;
            }
            s = (s + 1) & mask;
        }
        slots[2 * s] = h;
        slots[2 * s + 1] = position + 1;
        return -1;
    }

    /** The position of the observation with this id, or -1. */
    int indexOf(String id) {
        int h = Hashes.mix(id.hashCode());
        int mask = slots.length / 2 - 1;
        int s = h & mask;
        int p;
        while ((p = slots[2 * s + 1]) != 0) {
            if (slots[2 * s] == h && observations.get(p - 1).id().equals(id)) {
                return p - 1;
            }
            s = (s + 1) & mask;
        }
        return -1;
    }
}
