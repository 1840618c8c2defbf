package org.industrymetrics.observation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import org.industrymetrics.internal.Hashes;

/**
 * The observations of a list grouped by a key, in list order: a hash table of groups (open
 * addressing, linear probing) and one chain link per observation, all in {@code int} arrays, so an
 * index costs a few bytes per observation, is built in one pass without a key object per row, and
 * a lookup allocates only the list it returns. A slot holds the group's spread hash beside the
 * position of its first observation, so a probe reads one cache line. Hashes are spread by
 * {@link #mix} before use: the hash codes of dates and enums keep their low bits nearly constant.
 * Immutable once built; safe to read from several threads once published.
 */
final class ObservationGroups {

    /** What groups the observations: which ones take part, a key's hash, and when two have one key. */
    interface KeyOf {
        /** Whether the observation is in the index at all; every one unless overridden. */
        default boolean includes(Observation o) {
            return true;
        }

        /** The hash of the observation's key (need not be spread). */
        int hash(Observation o);

        /** Whether two included observations have the same key. */
        boolean sameKey(Observation a, Observation b);
    }

    /** A key looked up: its hash (as {@link KeyOf#hash} gives it) and whether an observation has it. */
    interface Probe {
        int hash();

        boolean matches(Observation o);
    }

    private final List<Observation> observations;
    /**
     * Two ints per slot: the spread hash, and the position + 1 of the group's first observation
     * (0: an empty slot). At most half the slots are used.
     */
    private int[] slots;
    /** Per slot, while building: the position of the group's last observation. */
    private int[] last;
    /** Per observation: the position of the next one of its group, or -1. */
    private final int[] next;
    private int groups;

    /**
     * Groups the observations in one pass.
     *
     * @param expectedGroups about how many groups there will be: the table is made for that many
     *     at once (no doubling and re-entering of every group on the way), and cut to size at the
     *     end if far fewer came
     */
    ObservationGroups(List<Observation> observations, KeyOf key, int expectedGroups) {
        this.observations = observations;
        int n = observations.size();
        this.next = new int[n];
        int capacity = Integer.highestOneBit(Math.max(expectedGroups, 8) * 2 - 1) << 1;
        slots = new int[2 * capacity];
        last = new int[capacity];
        for (int i = 0; i < n; i++) {
            Observation o = observations.get(i);
            next[i] = -1;
            if (!key.includes(o)) {
                continue;
            }
            int h = Hashes.mix(key.hash(o));
            int mask = last.length - 1;
            int s = h & mask;
            while (slots[2 * s + 1] != 0) {
                if (slots[2 * s] == h && key.sameKey(observations.get(slots[2 * s + 1] - 1), o)) {
                    break;
                }
                s = (s + 1) & mask;
            }
            if (slots[2 * s + 1] == 0) {
                slots[2 * s] = h;
                slots[2 * s + 1] = i + 1;
                last[s] = i;
                if (++groups * 2 > last.length) {
                    resize(last.length * 2);
                }
            } else {
                next[last[s]] = i;
                last[s] = i;
            }
        }
        int fits = Integer.highestOneBit(Math.max(groups, 8) * 2 - 1) << 1;
        if (fits * 4 <= last.length) {
            resize(fits); // far fewer groups than expected: the table to their size
        }
        last = null;
    }

    /** Remakes the table with {@code capacity} slots, keeping every group (the hashes are stored, so no key is hashed again). */
    private void resize(int capacity) {
        int[] oldSlots = slots;
        int[] oldLast = last;
        slots = new int[2 * capacity];
        last = new int[capacity];
        int mask = last.length - 1;
        for (int t = 0; t < oldLast.length; t++) {
            if (oldSlots[2 * t + 1] != 0) {
                int s = oldSlots[2 * t] & mask;
                while (slots[2 * s + 1] != 0) {
                    s = (s + 1) & mask;
                }
                slots[2 * s] = oldSlots[2 * t];
                slots[2 * s + 1] = oldSlots[2 * t + 1];
                last[s] = oldLast[t];
            }
        }
    }

    /** The observations with the probe's key, in list order; empty if none. */
    List<Observation> get(Probe probe) {
        int h = Hashes.mix(probe.hash());
        int mask = slots.length / 2 - 1;
        int s = h & mask;
        int head;
        while ((head = slots[2 * s + 1]) != 0) {
            if (slots[2 * s] == h) {
                Observation o = observations.get(head - 1);
                if (probe.matches(o)) {
                    return group(head - 1, o);
                }
            }
            s = (s + 1) & mask;
        }
        return List.of();
    }

    /**
     * The groups of two observations or more whose first observation passes {@code first}, each
     * in list order, the groups in the order of their first observations: one pass over the
     * table, no lookup per observation.
     */
    List<List<Observation>> several(Predicate<Observation> first) {
        int[] heads = new int[16];
        int n = 0;
        for (int s = 1; s < slots.length; s += 2) {
            int head = slots[s] - 1;
            if (head >= 0 && next[head] >= 0 && first.test(observations.get(head))) {
                if (n == heads.length) {
                    heads = Arrays.copyOf(heads, n * 2);
                }
                heads[n++] = head;
            }
        }
        Arrays.sort(heads, 0, n);
        List<List<Observation>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(group(heads[i], observations.get(heads[i])));
        }
        return out;
    }

    private List<Observation> group(int first, Observation head) {
        if (next[first] < 0) {
            return List.of(head);
        }
        int size = 0;
        for (int q = first; q >= 0; q = next[q]) {
            size++;
        }
        Observation[] out = new Observation[size];
        int p = first;
        for (int k = 0; k < size; k++) {
            out[k] = observations.get(p);
            p = next[p];
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }


    /** Combines a hash with the next component's, spreading the component first. */
    static int combine(int h, int component) {
        return h * 0x9E3779B9 + Hashes.mix(component);
    }
}
