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
import org.industrymetrics.period.ReportingPeriod;

/**
 * The distinct keys (subject, metric, period, source and unit) of one group of a running sum, with no
 * object per key: most keys of a sum hold one level, and for those the table keeps the key as the
 * number of its series (its subject, metric, source and unit, numbered once per running sum in a
 * {@link SeriesTable}) and its period, and the rest of the level, with where it was read, packed in
 * a {@link LevelArena}; a {@link Leaf} is made only for a key that gets a second level. 16 bytes per
 * key in arrays of up to {@value #PAGE} keys, so that no array is copied as keys come (a page is
 * added), where an observation, its figure, a {@code BigDecimal} and an id per key took about 190
 * bytes more, in objects every young collection copied while the sum ran.
 * <p>
 * Keys are kept in the order first added and found through an open-addressing table of their
 * positions and hashes. That table is made only when a key may be there already: while each new
 * key's period begins after every period of its metric and subject so far (a file in order of
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

    /** A subject, metric, source (or null) and unit: a key but for its period. */
    record Series(SubjectRef subject, String metric, String source, ObservationUnit unit) {
        /** {@return whether this is the series of these very objects (a reader shares them between rows)} */
        boolean isOf(SubjectRef subject, String metric, String source, ObservationUnit unit) {
            return this.subject == subject && this.metric == metric && this.source == source && this.unit == unit;
        }
    }

    /**
     * The series of the keys of one running sum's groups, numbered, so that a key is a number and a
     * period, and equal numbers are equal series. A file has few (a subject's metrics, in a unit or
     * two), and a reader shares the objects of a subject, metric or unit between rows: a series is
     * first looked for in a small cache by the identity of its parts, where no hash of their contents
     * is taken and no object is made.
     */
    static final class SeriesTable {
        private static final int CACHED = 256;
        private final List<Series> all = new ArrayList<>();
        private final Map<Series, Integer> numbers = new HashMap<>();
        /** Series as last given (not as first numbered), by a hash of their parts' identities, and their numbers. */
        private final Series[] cached = new Series[CACHED];
        private final int[] cachedNumbers = new int[CACHED];

        /** {@return the number of a series, numbered if new} */
        int numberOf(SubjectRef subject, String metric, String source, ObservationUnit unit) {
            int h = System.identityHashCode(subject);
            h = h * 31 + System.identityHashCode(metric);
            h = h * 31 + System.identityHashCode(source);
            h = h * 31 + System.identityHashCode(unit);
            int slot = Hashes.mix(h) & (CACHED - 1);
            Series s = cached[slot];
            if (s != null && s.isOf(subject, metric, source, unit)) {
                return cachedNumbers[slot];
            }
            return lookUp(slot, new Series(subject, metric, source, unit));
        }

        private int lookUp(int slot, Series s) {
            Integer n = numbers.get(s);
            if (n == null) {
                n = all.size();
                all.add(s);
                numbers.put(s, n);
            }
            cached[slot] = s;
            cachedNumbers[slot] = n;
            return n;
        }

        Series get(int number) {
            return all.get(number);
        }
    }

    /** Keys per page of the columns (the first page grows to it, the others are made full). */
    static final int PAGE = 1 << 12;
    private static final int PAGE_BITS = 12;

    private final InputNames inputs;
    private final SeriesTable series;
    /**
     * The two series of the last rows of this group, as given, with their numbers: a group's rows
     * are mostly of one or two series (a subject's metric in a unit or two), found here by identity
     * without a look at the shared table (whose lookup then stays out of the compiled row path).
     */
    private Series lastSeries;
    private int lastNumber;
    private Series otherSeries;
    private int otherNumber;
    private final LevelArena arena;
    /** Per key, by position in pages ({@code [i >>> PAGE_BITS][i & (PAGE - 1)]}): its series' number. */
    private int[][] seriesOf = {new int[4]};
    /** Per key: its period. */
    private ReportingPeriod[][] periodsOf = {new ReportingPeriod[4]};
    /**
     * Per key holding one level: where it is packed in the arena (its origin code with it); per key
     * holding more, {@code -1 - } the index of its leaf in {@link #leafs}.
     */
    private long[][] addresses = {new long[4]};
    /** The keys that hold more than one level. */
    private final List<Leaf> leafs = new ArrayList<>(0);
    private int size;
    /** The keys the pages have room for. */
    private int capacity = 4;
    /** How many entries (the first ones) are in {@link #slots}: see {@link #add}. */
    private int indexed;
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

    /** A table with a series table and an arena of its own (the tests'). */
    KeyTable(InputNames inputs) {
        this(inputs, new SeriesTable(), new LevelArena());
    }

    /** A table that numbers its series in {@code series} and packs its levels in {@code arena}, shared by the groups of one running sum. */
    KeyTable(InputNames inputs, SeriesTable series, LevelArena arena) {
        this.inputs = inputs;
        this.series = series;
        this.arena = arena;
    }

    private ReportingPeriod period(int i) {
        return periodsOf[i >>> PAGE_BITS][i & (PAGE - 1)];
    }

    private Series seriesAt(int i) {
        return series.get(seriesOf[i >>> PAGE_BITS][i & (PAGE - 1)]);
    }

    private long address(int i) {
        return addresses[i >>> PAGE_BITS][i & (PAGE - 1)];
    }

    private void setAddress(int i, long address) {
        addresses[i >>> PAGE_BITS][i & (PAGE - 1)] = address;
    }

    /** {@return the leaf of key {@code i}, or null if it holds one level} */
    private Leaf leaf(int i) {
        long a = address(i);
        return a < 0 ? leafs.get((int) (-1 - a)) : null;
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
            Series s = seriesAt(i);
            if (last == null || !last.subject.equals(s.subject()) || !last.metric.equals(s.metric())) {
                last = kept.computeIfAbsent(new Bucket(s.metric(), s.subject()), b -> new OverlapFinder.Periods(b.metric(), b.subject(), true));
            }
            last.add(period(i));
        }
        return kept.values();
    }

    /** {@return whether some key holds more than one level} */
    boolean hasLeaves() {
        return !leafs.isEmpty();
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
        int s;
        if (lastSeries != null && lastSeries.isOf(subject, metric, source, u)) {
            s = lastNumber;
        } else if (otherSeries != null && otherSeries.isOf(subject, metric, source, u)) {
            s = otherNumber;
        } else {
            s = seriesNumber(subject, metric, source, u);
        }
        long first = period.firstDay().toEpochDay();
        OverlapFinder.Periods bucket = bucket(metric, subject);
        if (!bucket.allEndBefore(first)) {
            addIndexed(o, at, convert, unit, s);
            return;
        }
        // no key of this metric and subject has this period: the key is new, and the index of the
        // keys is not needed (nor made) while keys come so, as in a file sorted by period
        pack(append(s, period, first, bucket), o, at);
    }

    /** The number of a series other than the last two rows': from the shared table, then kept as the last. */
    private int seriesNumber(SubjectRef subject, String metric, String source, ObservationUnit unit) {
        int n = series.numberOf(subject, metric, source, unit);
        otherSeries = lastSeries;
        otherNumber = lastNumber;
        lastSeries = new Series(subject, metric, source, unit);
        lastNumber = n;
        return n;
    }

    /**
     * Adds a level whose key may be there already: found through the index, a leaf if it is (a method
     * of its own, so that the compiled {@link #add} of a file in order of period does not hold it).
     */
    private void addIndexed(Observation o, InputLocation at, Leaf.Converter convert, ObservationUnit unit, int s) {
        ReportingPeriod period = o.period();
        int h = hash(s, period);
        int found = find(h, s, period);
        if (found >= 0) {
            leafAt(found).add(o, at, convert, unit);
        } else {
            pack(insert(-1 - found, h, s, period), o, at);
        }
    }

    /** Packs the only level of key {@code i}, read at {@code at} (or null), in the arena. */
    private void pack(int i, Observation o, InputLocation at) {
        long code = encode(at);
        setAddress(i, arena.put(o, code));
        if (code == UNUSUAL) {
            unusual(i, at);
        }
    }

    /** Merges the keys of another table (of another running sum of the same aggregation) into this one. */
    void merge(KeyTable other, Leaf.Converter convert, ObservationUnit unit) {
        // the other sum numbers its series in its own order: translated once per series
        int[] numbers = new int[other.series.all.size()];
        Arrays.fill(numbers, -1);
        for (int i = 0; i < other.size; i++) {
            Leaf l = other.leaf(i);
            if (l != null) {
                merge(l, convert, unit);
                continue;
            }
            int theirs = other.seriesOf[i >>> PAGE_BITS][i & (PAGE - 1)];
            if (numbers[theirs] < 0) {
                Series x = other.series.get(theirs);
                numbers[theirs] = series.numberOf(x.subject(), x.metric(), x.source(), x.unit());
            }
            int s = numbers[theirs];
            ReportingPeriod period = other.period(i);
            int h = hash(s, period);
            int found = find(h, s, period);
            if (found >= 0) {
                leafAt(found).add(other.first(i), other.origin(i), convert, unit);
                continue;
            }
            long address = other.address(i);
            long code = other.arena.origin(address);
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
            int mine = insert(-1 - found, h, s, period);
            // the level's bytes, not the level: no observation is made to merge a key
            setAddress(mine, arena.copy(other.arena, address, code));
            if (code == UNUSUAL) {
                unusual(mine, at);
            }
        }
    }

    /** Merges a leaf (of this table's group) into this table; the leaf becomes this table's if its key is new. */
    void merge(Leaf l, Leaf.Converter convert, ObservationUnit unit) {
        Leaf.Key k = l.key;
        int s = series.numberOf(k.subject(), k.metric(), k.source(), k.unit());
        int h = hash(s, k.period());
        int found = find(h, s, k.period());
        if (found < 0) {
            int i = insert(-1 - found, h, s, k.period());
            setAddress(i, -1 - leafs.size());
            leafs.add(l);
        } else {
            leafAt(found).merge(l, convert, unit);
        }
    }

    /** {@return the level with the smallest id of entry {@code i}: made again from its bytes if it is the only one} */
    Observation first(int i) {
        Leaf l = leaf(i);
        if (l != null) {
            return l.first;
        }
        Series s = seriesAt(i);
        return arena.get(address(i), s.subject(), s.metric(), period(i), s.source(), s.unit());
    }

    /** {@return entry {@code i} as a leaf if it holds more than one level, else null} */
    Leaf leafOrNull(int i) {
        return leaf(i);
    }

    /** {@return where the only level of entry {@code i} was read, or null if not known (or the entry is a leaf)} */
    InputLocation origin(int i) {
        long address = address(i);
        if (address < 0) {
            return null;
        }
        long code = arena.origin(address);
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
            Leaf l = leaf(i);
            all.add(l != null ? l : new Leaf(key(i), first(i), origin(i)));
        }
        return all;
    }

    /**
     * {@return where a level this table keeps was read, found by its key and identity (a key's only
     * level, made again, by its id); empty if it is not kept here or its origin is not known}
     */
    Optional<InputLocation> originOf(Observation o) {
        int s = series.numberOf(o.subject(), o.metric(), o.source().orElse(null), o.effectiveUnit());
        int found = find(hash(s, o.period()), s, o.period());
        if (found < 0) {
            return Optional.empty();
        }
        Leaf l = leaf(found);
        if (l == null) {
            // the key's only level: the one of this key and id
            return arena.hasId(address(found), o.id()) ? Optional.ofNullable(origin(found)) : Optional.empty();
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
        Series s = seriesAt(i);
        return new Leaf.Key(s.subject(), s.metric(), period(i), s.source(), s.unit());
    }

    /** The entry at {@code i} as a leaf, made from its only level if it has one. */
    private Leaf leafAt(int i) {
        Leaf l = leaf(i);
        if (l != null) {
            return l;
        }
        l = new Leaf(key(i), first(i), origin(i));
        // the level's bytes stay in the arena, unused: a key given twice is the exception
        setAddress(i, -1 - leafs.size());
        leafs.add(l);
        if (unusual != null) {
            unusual.remove(i);
        }
        return l;
    }

    /** {@return the position of the entry with this key, or {@code -1 - slot} of the free slot to put it in} */
    private int find(int h, int s, ReportingPeriod period) {
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
            if ((int) (e >>> 32) == h && seriesOf[i >>> PAGE_BITS][i & (PAGE - 1)] == s && period(i).equals(period)) {
                return i;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Adds an entry of this key at {@code slot} (found by {@link #find}) and sweeps its period; {@return its position} */
    private int insert(int slot, int h, int s, ReportingPeriod period) {
        Series x = series.get(s);
        int i = append(s, period, period.firstDay().toEpochDay(), bucket(x.metric(), x.subject()));
        slots[slot] = (long) h << 32 | (i + 1);
        indexed++;
        if (size * 4 > slots.length * 3) {
            rehash(slots.length * 2);
        }
        return i;
    }

    /** Adds an entry of this key, not yet in {@link #slots}, and sweeps its period in its metric and subject's {@code bucket}; {@return its position} */
    private int append(int s, ReportingPeriod period, long first, OverlapFinder.Periods bucket) {
        if (size == capacity) {
            addRoom();
        }
        int i = size++;
        seriesOf[i >>> PAGE_BITS][i & (PAGE - 1)] = s;
        periodsOf[i >>> PAGE_BITS][i & (PAGE - 1)] = period;
        bucket.add(first, period.lastDay().toEpochDay());
        return i;
    }

    /**
     * Makes room for more keys: the first page twice as long (a small group keeps small arrays), up
     * to {@link #PAGE} keys, then a new page: a large group's keys are never copied.
     */
    private void addRoom() {
        if (capacity < PAGE) {
            int n = Math.min(PAGE, capacity * 2);
            seriesOf[0] = Arrays.copyOf(seriesOf[0], n);
            periodsOf[0] = Arrays.copyOf(periodsOf[0], n);
            addresses[0] = Arrays.copyOf(addresses[0], n);
            capacity = n;
            return;
        }
        int page = capacity >>> PAGE_BITS;
        if (page == periodsOf.length) {
            seriesOf = Arrays.copyOf(seriesOf, page * 2);
            periodsOf = Arrays.copyOf(periodsOf, page * 2);
            addresses = Arrays.copyOf(addresses, page * 2);
        }
        seriesOf[page] = new int[PAGE];
        periodsOf[page] = new ReportingPeriod[PAGE];
        addresses[page] = new long[PAGE];
        capacity += PAGE;
    }

    /** The periods swept of a metric and subject, made if new: rows of one bucket often come together. */
    private OverlapFinder.Periods bucket(String metric, SubjectRef subject) {
        OverlapFinder.Periods p = lastPeriods;
        if (p == null || !p.subject.equals(subject) || !p.metric.equals(metric)) {
            p = otherBucket(metric, subject);
        }
        return p;
    }

    /** The periods swept of a metric and subject other than the last row's. */
    private OverlapFinder.Periods otherBucket(String metric, SubjectRef subject) {
        OverlapFinder.Periods p = periods.computeIfAbsent(new Bucket(metric, subject),
                b -> new OverlapFinder.Periods(b.metric(), b.subject(), false));
        lastPeriods = p;
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
            int h = hash(seriesOf[i >>> PAGE_BITS][i & (PAGE - 1)], period(i));
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
    private static int hash(int series, ReportingPeriod period) {
        return Hashes.mix(series * 31 + period.hashCode());
    }
}
