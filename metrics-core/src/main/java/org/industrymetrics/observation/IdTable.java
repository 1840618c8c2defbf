package org.industrymetrics.observation;

import java.util.List;
import org.industrymetrics.internal.Hashes;

/**
 * The position of each observation of a list by its id: an open-addressing table of positions, a
 * few bytes per observation, sized once for the list (no rehashing), with no entry object per row.
 * It is built from the ids' hashes as the builder took them (a reader's new id was then in the
 * cache): a probe compares hashes in that array and reads another observation's id only when they
 * are equal, so entering a million ids does not read a million ids from memory again (one cache
 * miss each, for the observation, the String and its bytes). Immutable once built; safe to read
 * from several threads once published.
 */
final class IdTable {

    private final List<Observation> observations;
    /** The position + 1 of an observation, 0 for an empty slot; at most half full. */
    private final int[] slots;

    IdTable(List<Observation> observations) {
        this.observations = observations;
        int capacity = Integer.highestOneBit(Math.max(observations.size(), 4) * 2 - 1) << 1;
        this.slots = new int[capacity];
    }

    /**
     * Enters the observation at {@code position}, unless an earlier one has its id.
     *
     * @param idHashes the ids' hashes by position, as {@link String#hashCode} gives them
     * @return the position of the earlier observation with this id, or -1 if it was entered
     */
    int putIfAbsent(int position, int[] idHashes) {
        int hash = idHashes[position];
        int mask = slots.length - 1;
        int s = Hashes.mix(hash) & mask;
        int p;
        while ((p = slots[s]) != 0) {
            if (idHashes[p - 1] == hash && observations.get(p - 1).id().equals(observations.get(position).id())) {
                return p - 1;
            }
            s = (s + 1) & mask;
        }
        slots[s] = position + 1;
        return -1;
    }

    /** The position of the observation with this id, or -1. */
    int indexOf(String id) {
        int mask = slots.length - 1;
        int s = Hashes.mix(id.hashCode()) & mask;
        int p;
        while ((p = slots[s]) != 0) {
            if (observations.get(p - 1).id().equals(id)) {
                return p - 1;
            }
            s = (s + 1) & mask;
        }
        return -1;
    }
}
