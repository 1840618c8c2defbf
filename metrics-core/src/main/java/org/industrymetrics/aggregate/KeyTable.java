package org.industrymetrics.aggregate;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.industrymetrics.InputLocation;
import org.industrymetrics.internal.Hashes;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.period.ReportingPeriod;

/**
 * The distinct keys (subject, metric, period, source and unit) of one group of a running sum, with no
 * object per key: most keys of a sum hold one level, and for those the table keeps the key's parts
 * in columns (arrays of references to the objects a reader shares between rows) and the rest of the
 * level, with where it was read, packed in a {@link LevelArena}; a {@link Leaf} is made only for a key
 * that gets a second level. About 60 bytes per key in arrays, where an observation, its figure, a
 * {@code BigDecimal} and an id per key took about 190 bytes more, in objects every young collection
 * copied while the sum ran.
 * <p>
 * Keys are kept in the order first added (dense arrays) and found through an open-addressing table
 * of their positions and hashes. That table is made only when a key may be there already: while each
 * new key's period begins after every period of its metric and subject so far (a file in order of
 * period), the key is new, and it is only added to the arrays. Not thread-safe.
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
    private final LevelArena arena;
    /** The key parts of each entry, by position. */
    private SubjectRef[] subjects = new SubjectRef[4];
    private String[] metrics = new String[4];
    private ReportingPeriod[] periodsOf = new ReportingPeriod[4];
    private String[] sources = new String[4];
    private ObservationUnit[] units = new ObservationUnit[4];
    /** Per entry holding one level: where it is packed in the arena (its origin code with it). */
    private long[] addresses = new long[4];
    /** Per entry holding more than one level: its levels; null for the others. */
    private Leaf[] leafs = new Leaf[4];
    private int size;
    /** How many entries (the first ones) are in {@link #slots}: see {@link #add}. */
    private int indexed;
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

    /** A table with an arena of its own (the tests'). */
    KeyTable(InputNames inputs) {
        this(inputs, new LevelArena());
    }

    /** A table that packs its levels in {@code arena}, shared by the groups of one running sum. */
    KeyTable(InputNames inputs, LevelArena arena) {
        this.inputs = inputs;
        this.arena = arena;
    }

    /** {@return the number of keys} */
    int size() {
        return size;
    }

    /** {@return the periods of the keys, by metric and subject, swept as they came} */
    Collection<OverlapFinder.Periods> periods() {
        return periods.values();
    }

    /**
     * {@return the periods of the keys by metric and subject, kept (not only swept): they tell whether
     * two keys may overlap even when the periods came out of order}
     */
    Collection<OverlapFinder.Periods> keptPeriods() {
        Map<Bucket, OverlapFinder.Periods> kept = new HashMap<>();
        OverlapFinder.Periods last = null;
        for (int i = 0; i < size; i++) {
            if (last == null || !last.subject.equals(subjects[i]) || !last.metric.equals(metrics[i])) {
                last = kept.computeIfAbsent(new Bucket(metrics[i], subjects[i]), b -> new OverlapFinder.Periods(b.metric(), b.subject(), true));
            }
            last.add(periodsOf[i]);
        }
        return kept.values();
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
        SubjectRef subject = o.subject();
        String metric = o.metric();
        ReportingPeriod period = o.period();
        String source = o.source().orElse(null);
        ObservationUnit u = o.effectiveUnit();
        long first = period.firstDay().toEpochDay();
        int i;
        if (bucket(metric, subject).allEndBefore(first)) {
            // no key of this metric and subject has this period: the key is new, and the index of the
            // keys is not needed (nor made) while keys come so, as in a file sorted by period
            i = append(subject, metric, period, source, u, first);
        } else {
            int h = hash(subject, metric, period, source, u);
            int found = find(h, subject, metric, period, source, u);
            if (found >= 0) {
                leafAt(found).add(o, at, convert, unit);
                return;
            }
            i = insert(-1 - found, h, subject, metric, period, source, u);
        }
        long code = encode(at);
        addresses[i] = arena.put(o, code);
        if (code == UNUSUAL) {
            unusual(i, at);
        }
    }

    /** Merges the keys of another table (of another running sum of the same aggregation) into this one. */
    void merge(KeyTable other, Leaf.Converter convert, ObservationUnit unit) {
        for (int i = 0; i < other.size; i++) {
            Leaf l = other.leafs[i];
            if (l != null) {
                merge(l, convert, unit);
                continue;
            }
            SubjectRef subject = other.subjects[i];
            String metric = other.metrics[i];
            ReportingPeriod period = other.periodsOf[i];
            String source = other.sources[i];
            ObservationUnit u = other.units[i];
            int h = hash(subject, metric, period, source, u);
            int found = find(h, subject, metric, period, source, u);
            if (found >= 0) {
                leafAt(found).add(other.first(i), other.origin(i), convert, unit);
                continue;
            }
            long code = other.arena.origin(other.addresses[i]);
            InputLocation at = code == UNUSUAL ? other.unusual.get(i) : null;
            if (code >= 0) {
                // the other sum numbers its inputs in its own order
                int input = inputs.indexOf(other.inputs.get((int) (code >>> LINE_BITS)));
                if (input < 0) {
                    at = other.origin(i);
                    code = UNUSUAL;
                } else {
                    code = (long) input << LINE_BITS | (code & MAX_LINE);
                }
            }
            int mine = insert(-1 - found, h, subject, metric, period, source, u);
            // the level's bytes, not the level: no observation is made to merge a key
            addresses[mine] = arena.copy(other.arena, other.addresses[i], code);
            if (code == UNUSUAL) {
                unusual(mine, at);
            }
        }
    }

    /** Merges a leaf (of this table's group) into this table; the leaf becomes this table's if its key is new. */
    void merge(Leaf l, Leaf.Converter convert, ObservationUnit unit) {
        Leaf.Key k = l.key;
        int h = hash(k.subject(), k.metric(), k.period(), k.source(), k.unit());
        int found = find(h, k.subject(), k.metric(), k.period(), k.source(), k.unit());
        if (found < 0) {
            int i = insert(-1 - found, h, k.subject(), k.metric(), k.period(), k.source(), k.unit());
            leafs[i] = l;
            addresses[i] = -1;
            leaves++;
        } else {
            leafAt(found).merge(l, convert, unit);
        }
    }

    /** {@return the level with the smallest id of entry {@code i}: made again from its bytes if it is the only one} */
    Observation first(int i) {
        Leaf l = leafs[i];
        return l != null ? l.first : arena.get(addresses[i], subjects[i], metrics[i], periodsOf[i], sources[i], units[i]);
    }

    /** {@return entry {@code i} as a leaf if it holds more than one level, else null} */
    Leaf leafOrNull(int i) {
        return leafs[i];
    }

    /** {@return where the only level of entry {@code i} was read, or null if not known (or the entry is a leaf)} */
    InputLocation origin(int i) {
        if (leafs[i] != null) {
            return null;
        }
        long code = arena.origin(addresses[i]);
        if (code == NONE) {
            return null;
        }
        if (code == UNUSUAL) {
            return unusual.get(i);
        }
        return InputLocation.of(inputs.get((int) (code >>> LINE_BITS)), code & MAX_LINE);
    }

    /**
     * {@return the levels of the keys, while no key holds two: a view, the first level of each key,
     * made again as it is read}
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
            Leaf l = leafs[i];
            all.add(l != null ? l : new Leaf(key(i), first(i), origin(i)));
        }
        return all;
    }

    /**
     * {@return where a level this table keeps was read, found by its key and identity (a key's only
     * level, made again, by its id); empty if it is not kept here or its origin is not known}
     */
    Optional<InputLocation> originOf(Observation o) {
        SubjectRef subject = o.subject();
        String metric = o.metric();
        ReportingPeriod period = o.period();
        String source = o.source().orElse(null);
        ObservationUnit u = o.effectiveUnit();
        int found = find(hash(subject, metric, period, source, u), subject, metric, period, source, u);
        if (found < 0) {
            return Optional.empty();
        }
        Leaf l = leafs[found];
        if (l == null) {
            // the key's only level: the one of this key and id
            return arena.hasId(addresses[found], o.id()) ? Optional.ofNullable(origin(found)) : Optional.empty();
        }
        if (l.first == o) {
            return Optional.ofNullable(l.firstAt);
        }
        if (l.second == o) {
            return Optional.ofNullable(l.secondAt);
        }
        return Optional.empty();
    }

    private Leaf.Key key(int i) {
        return new Leaf.Key(subjects[i], metrics[i], periodsOf[i], sources[i], units[i]);
    }

    /** The entry at {@code i} as a leaf, made from its only level if it has one. */
    private Leaf leafAt(int i) {
        Leaf l = leafs[i];
        if (l != null) {
            return l;
        }
        l = new Leaf(key(i), first(i), origin(i));
        leafs[i] = l;
        // the level's bytes stay in the arena, unused: a key given twice is the exception
        addresses[i] = -1;
        if (unusual != null) {
            unusual.remove(i);
        }
        leaves++;
        return l;
    }

    /** {@return the position of the entry with this key, or {@code -1 - slot} of the free slot to put it in} */
    private int find(int h, SubjectRef subject, String metric, ReportingPeriod period, String source, ObservationUnit unit) {
        if (indexed < size) {
            index();
        }
        int mask = slots.length - 1;
        int slot = h & mask;
        while (true) {
            long e = slots[slot];
            if (e == 0) {
                return -1 - slot;
            }
            int i = (int) e - 1;
            if ((int) (e >>> 32) == h && subjects[i].equals(subject) && metrics[i].equals(metric) && periodsOf[i].equals(period)
                    && Objects.equals(sources[i], source) && units[i].equals(unit)) {
                return i;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Adds an entry of this key at {@code slot} (found by {@link #find}) and sweeps its period; {@return its position} */
    private int insert(int slot, int h, SubjectRef subject, String metric, ReportingPeriod period, String source, ObservationUnit unit) {
        int i = append(subject, metric, period, source, unit, period.firstDay().toEpochDay());
        slots[slot] = (long) h << 32 | (i + 1);
        indexed++;
        if (size * 4 > slots.length * 3) {
            rehash(slots.length * 2);
        }
        return i;
    }

    /** Adds an entry of this key, not yet in {@link #slots}, and sweeps its period; {@return its position} */
    private int append(SubjectRef subject, String metric, ReportingPeriod period, String source, ObservationUnit unit, long first) {
        if (size == subjects.length) {
            int n = size + (size >> 1);
            subjects = Arrays.copyOf(subjects, n);
            metrics = Arrays.copyOf(metrics, n);
            periodsOf = Arrays.copyOf(periodsOf, n);
            sources = Arrays.copyOf(sources, n);
            units = Arrays.copyOf(units, n);
            addresses = Arrays.copyOf(addresses, n);
            leafs = Arrays.copyOf(leafs, n);
        }
        int i = size++;
        subjects[i] = subject;
        metrics[i] = metric;
        periodsOf[i] = period;
        sources[i] = source;
        units[i] = unit;
        bucket(metric, subject).add(first, period.lastDay().toEpochDay());
        return i;
    }

    /** The periods swept of a metric and subject, made if new: rows of one bucket often come together. */
    private OverlapFinder.Periods bucket(String metric, SubjectRef subject) {
        OverlapFinder.Periods p = lastPeriods;
        if (p == null || !p.subject.equals(subject) || !p.metric.equals(metric)) {
            p = periods.computeIfAbsent(new Bucket(metric, subject), b -> new OverlapFinder.Periods(b.metric(), b.subject(), false));
            lastPeriods = p;
        }
        return p;
    }

    /** Puts the entries added without a look at the index into it (before a look that needs them all). */
    private void index() {
        int capacity = slots.length;
        while (size * 4 > capacity * 3) {
            capacity *= 2;
        }
        if (capacity != slots.length) {
            rehash(capacity);
        }
        int mask = slots.length - 1;
        for (int i = indexed; i < size; i++) {
            int h = hash(subjects[i], metrics[i], periodsOf[i], sources[i], units[i]);
            int slot = h & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = (long) h << 32 | (i + 1);
        }
        indexed = size;
    }

    private void unusual(int i, InputLocation at) {
        if (unusual == null) {
            unusual = new HashMap<>();
        }
        unusual.put(i, at);
    }

    private void rehash(int capacity) {
        long[] t = new long[capacity];
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

    /** The hash of a key, spread so that the low bits of the table differ for keys that differ a little. */
    private static int hash(SubjectRef subject, String metric, ReportingPeriod period, String source, ObservationUnit unit) {
        int h = subject.hashCode();
        h = h * 31 + metric.hashCode();
        h = h * 31 + period.hashCode();
        h = h * 31 + (source != null ? source.hashCode() : 0);
        h = h * 31 + unit.hashCode();
        return Hashes.mix(h);
    }
}
