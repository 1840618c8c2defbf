package org.industrymetrics.aggregate;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.industrymetrics.InputLocation;
import org.industrymetrics.internal.Hashes;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.SubjectRef;

/**
 * The distinct keys (subject, metric, period, source and unit) of one group of a running sum, in a
 * few bytes per key besides the level kept: most keys of a sum hold one level, and for those the
 * table keeps only that observation and where it was read, as a line of an input packed in a
 * {@code long}; a {@link Leaf} is made only for a key that gets a second level. A map of
 * {@code Leaf.Key} to {@code Leaf} with an {@link InputLocation} per key took about 170 bytes per key
 * more.
 * <p>
 * Keys are kept in the order first added (dense arrays) and found through an open-addressing table
 * of their positions; the key of an entry is its observation's, so nothing else is stored to tell
 * keys apart but a hash. Not thread-safe.
 */
final class KeyTable {

    /** An origin code: no origin known. */
    private static final long NONE = -1;
    /** An origin code: the origin is not a plain line of an input; it is in {@link #unusual}. */
    private static final long UNUSUAL = -2;
    /** Lines up to 2^47 and 2^16 inputs pack into a non-negative long. */
    private static final int LINE_BITS = 47;
    private static final long MAX_LINE = (1L << LINE_BITS) - 1;
    static final int MAX_INPUTS = 1 << 16;

    /**
     * The names of the inputs the origins of one running sum name, by index: a sum reads one or a few
     * files, so an origin is its input's index and its line.
     */
    static final class InputNames {
        private final List<String> names = new ArrayList<>(2);
        private String last;
        private int lastIndex;

        /** {@return the index of an input, added if new; -1 if there are too many inputs to number} */
        int indexOf(String input) {
            if (input == last) {
                return lastIndex;
            }
            int i = names.indexOf(input);
            if (i < 0) {
                if (names.size() == MAX_INPUTS) {
                    return -1;
                }
                i = names.size();
                names.add(input);
            }
            last = input;
            lastIndex = i;
            return i;
        }

        String get(int index) {
            return names.get(index);
        }
    }

    private final InputNames inputs;
    /** Per entry: its only level (an {@link Observation}) or its levels (a {@link Leaf}). */
    private Object[] values = new Object[4];
    /** Per entry holding one level: where it was read, packed (input index, line), or NONE, UNUSUAL. */
    private long[] origins = new long[4];
    private int size;
    /** How many entries are leaves. */
    private int leaves;
    /**
     * Open addressing, a power of two long, at most three quarters full (a probe past other keys reads
     * the next slots of one cache line): the key's hash in the high half and
     * the entry's position + 1 in the low half, 0 for a free slot. The hash beside the position spares
     * a look at the entry (another cache miss) for every other key met on the way.
     */
    private long[] slots = new long[8];
    /** The origins that are not a plain line of an input (a dataset's entry, a JSON path), by position. */
    private Map<Integer, InputLocation> unusual;
    /**
     * The periods of the keys by metric and subject, swept as the keys come (not kept): at the end
     * they tell, without a look at the keys, whether two may overlap ({@link OverlapFinder#mayOverlap(java.util.Collection)}).
     */
    private final Map<Bucket, OverlapFinder.Periods> periods = new HashMap<>();
    private OverlapFinder.Periods lastPeriods;

    /** A metric and a subject. */
    private record Bucket(String metric, SubjectRef subject) {
    }

    KeyTable(InputNames inputs) {
        this.inputs = inputs;
    }

    /** {@return the number of keys} */
    int size() {
        return size;
    }

    /** {@return the periods of the keys, by metric and subject, swept as they came} */
    Collection<OverlapFinder.Periods> periods() {
        return periods.values();
    }

    /** {@return whether some key holds more than one level} */
    boolean hasLeaves() {
        return leaves > 0;
    }

    /**
     * Adds a level read at {@code at} (or null); {@code convert} adds a level to an accumulator (for
     * the partial sum of a key's other levels).
     */
    void add(Observation o, InputLocation at, Leaf.Converter convert, ObservationUnit unit) {
        int h = hash(o);
        int found = find(o, h);
        if (found < 0) {
            insert(-1 - found, h, o, encode(at), at);
            return;
        }
        leafAt(found).add(o, at, convert, unit);
    }

    /** Merges the keys of another table (of another running sum of the same aggregation) into this one. */
    void merge(KeyTable other, Leaf.Converter convert, ObservationUnit unit) {
        for (int i = 0; i < other.size; i++) {
            Object v = other.values[i];
            if (v instanceof Leaf) {
                merge((Leaf) v, convert, unit);
                continue;
            }
            Observation o = (Observation) v;
            int h = hash(o);
            int found = find(o, h);
            long code = other.origins[i];
            if (found < 0) {
                InputLocation at = code == UNUSUAL ? other.unusual.get(i) : null;
                if (code >= 0) {
                    // the other sum numbers its inputs in its own order
                    int input = inputs.indexOf(other.inputs.get((int) (code >>> LINE_BITS)));
                    code = input < 0 ? UNUSUAL : (long) input << LINE_BITS | (code & MAX_LINE);
                    if (input < 0) {
                        at = other.origin(i);
                    }
                }
                insert(-1 - found, h, o, code, at);
            } else {
                leafAt(found).add(o, other.origin(i), convert, unit);
            }
        }
    }

    /** Merges a leaf (of this table's group) into this table; the leaf becomes this table's if its key is new. */
    void merge(Leaf l, Leaf.Converter convert, ObservationUnit unit) {
        int h = hash(l.first);
        int found = find(l.first, h);
        if (found < 0) {
            insert(-1 - found, h, l, NONE, null);
            leaves++;
        } else {
            leafAt(found).merge(l, convert, unit);
        }
    }

    /** {@return the level with the smallest id of entry {@code i}} */
    Observation first(int i) {
        Object v = values[i];
        return v instanceof Leaf ? ((Leaf) v).first : (Observation) v;
    }

    /** {@return entry {@code i} as a leaf if it holds more than one level, else null} */
    Leaf leafOrNull(int i) {
        Object v = values[i];
        return v instanceof Leaf ? (Leaf) v : null;
    }

    /** {@return where the only level of entry {@code i} was read, or null if not known (or the entry is a leaf)} */
    InputLocation origin(int i) {
        long code = origins[i];
        if (code == NONE) {
            return null;
        }
        if (code == UNUSUAL) {
            return unusual.get(i);
        }
        return InputLocation.of(inputs.get((int) (code >>> LINE_BITS)), code & MAX_LINE);
    }

    /**
     * {@return the levels of the keys, while no key holds two: a view, the first level of each key}
     */
    List<Observation> levels() {
        return new AbstractList<>() {
            @Override
            public Observation get(int index) {
                return first(index);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** {@return every key as a leaf, made for the keys of one level (to find overlaps among them)} */
    List<Leaf> toLeaves() {
        List<Leaf> all = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Object v = values[i];
            if (v instanceof Leaf) {
                all.add((Leaf) v);
            } else {
                Observation o = (Observation) v;
                all.add(new Leaf(Leaf.Key.of(o), o, origin(i)));
            }
        }
        return all;
    }

    /**
     * {@return where a level this table keeps was read, found by its key and identity; empty if it
     * is not kept here or its origin is not known}
     */
    Optional<InputLocation> originOf(Observation o) {
        int found = find(o, hash(o));
        if (found < 0) {
            return Optional.empty();
        }
        Object v = values[found];
        if (v == o) {
            return Optional.ofNullable(origin(found));
        }
        if (v instanceof Leaf) {
            Leaf l = (Leaf) v;
            if (l.first == o) {
                return Optional.ofNullable(l.firstAt);
            }
            if (l.second == o) {
                return Optional.ofNullable(l.secondAt);
            }
        }
        return Optional.empty();
    }

    /** The entry at {@code i} as a leaf, made from its only level if it has one. */
    private Leaf leafAt(int i) {
        Object v = values[i];
        if (v instanceof Leaf) {
            return (Leaf) v;
        }
        Observation o = (Observation) v;
        Leaf l = new Leaf(Leaf.Key.of(o), o, origin(i));
        values[i] = l;
        origins[i] = NONE;
        if (unusual != null) {
            unusual.remove(i);
        }
        leaves++;
        return l;
    }

    /** {@return the position of the entry with the key of {@code o}, or {@code -1 - slot} of the free slot to put it in} */
    private int find(Observation o, int h) {
        int mask = slots.length - 1;
        int slot = h & mask;
        while (true) {
            long e = slots[slot];
            if (e == 0) {
                return -1 - slot;
            }
            int i = (int) e - 1;
            if ((int) (e >>> 32) == h && sameKey(o, first(i))) {
                return i;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void insert(int slot, int h, Object value, long code, InputLocation unusualAt) {
        if (size == values.length) {
            int n = size + (size >> 1);
            values = Arrays.copyOf(values, n);
            origins = Arrays.copyOf(origins, n);
        }
        int i = size++;
        values[i] = value;
        origins[i] = code;
        if (code == UNUSUAL) {
            if (unusual == null) {
                unusual = new HashMap<>();
            }
            unusual.put(i, unusualAt);
        }
        slots[slot] = (long) h << 32 | (i + 1);
        Observation o = first(i);
        OverlapFinder.Periods p = lastPeriods;
        if (p == null || !p.subject.equals(o.subject()) || !p.metric.equals(o.metric())) {
            p = periods.computeIfAbsent(new Bucket(o.metric(), o.subject()), b -> new OverlapFinder.Periods(b.metric(), b.subject(), false));
            lastPeriods = p;
        }
        p.add(o.period());
        if (size * 4 > slots.length * 3) {
            rehash();
        }
    }

    private void rehash() {
        long[] t = new long[slots.length * 2];
        int mask = t.length - 1;
        for (long e : slots) {
            if (e != 0) {
                int slot = (int) (e >>> 32) & mask;
                while (t[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                t[slot] = e;
            }
        }
        slots = t;
    }

    /** The code of an origin: its input's index and its line, or NONE, or UNUSUAL (kept in {@link #unusual}). */
    private long encode(InputLocation at) {
        if (at == null) {
            return NONE;
        }
        long line = at.line();
        if (line > MAX_LINE || at.column().isPresent() || at.path().isPresent() || at.entry().isPresent()) {
            return UNUSUAL;
        }
        int input = inputs.indexOf(at.input());
        return input < 0 ? UNUSUAL : (long) input << LINE_BITS | line;
    }

    /** Whether two levels have the same key: subject, metric, period, source and unit, as {@link Leaf.Key} has them, without making one. */
    static boolean sameKey(Observation a, Observation b) {
        return a == b || a.subject().equals(b.subject()) && a.metric().equals(b.metric()) && a.period().equals(b.period())
                && a.source().equals(b.source()) && a.effectiveUnit().equals(b.effectiveUnit());
    }

    /** The hash of a level's key, spread so that the low bits of the table differ for keys that differ a little. */
    static int hash(Observation o) {
        Optional<String> source = o.source();
        int h = o.subject().hashCode();
        h = h * 31 + o.metric().hashCode();
        h = h * 31 + o.period().hashCode();
        h = h * 31 + (source.isPresent() ? source.get().hashCode() : 0);
        h = h * 31 + o.effectiveUnit().hashCode();
        return Hashes.mix(h);
    }
}
