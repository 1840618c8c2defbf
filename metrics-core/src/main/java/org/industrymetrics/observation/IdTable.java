package org.industrymetrics.observation;

import java.util.List;
import org.industrymetrics.internal.Hashes;

/**
 * The position of each observation of a list by its id: an open-addressing table of positions, a
 * few bytes per observation, sized once for the list (no rehashing), with no entry object per row.
 * Immutable once built; safe to read from several threads once published.
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
     * @return the position of the earlier observation with this id, or -1 if it was entered
     */
    int putIfAbsent(int position) {
        String id = observations.get(position).id();
        int mask = slots.length - 1;
        int s = Hashes.mix(id.hashCode()) & mask;
        while (slots[s] != 0) {
            int p = slots[s] - 1;
            if (observations.get(p).id().equals(id)) {
                return p;
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
        while (slots[s] != 0) {
            int p = slots[s] - 1;
            if (observations.get(p).id().equals(id)) {
                return p;
            }
            s = (s + 1) & mask;
        }
        return -1;
    }
}
