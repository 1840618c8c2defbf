package org.industrymetrics.aggregate;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.Status;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.period.ReportingPeriod;

/**
 * The levels a running sum keeps, packed as bytes in a few large arrays: everything of an observation
 * but its key (subject, metric, period, source and effective unit, which the caller keeps as shared
 * objects), and a code of where it was read. A kept level is then about 20 bytes of an array instead
 * of an observation, its figure, a {@code BigDecimal} and an id {@code String} (about 190 bytes in
 * four objects, that every young collection copied again while the sum ran); {@link #get} makes an
 * equal observation again, for the few a sum looks at twice (overlaps, a key given twice, the
 * state).
 * <p>
 * A record: its length and the origin code (varints), the measure, a byte of flags (status, whether a
 * unit, base, quote or {@code x_} columns are given), the id, the figure's qualifier (and whether it
 * has an explicit precision), the figure, then the optional fields. Strings are their length and
 * each {@code char} as a varint, so any text, unpaired surrogates included, comes back the same. A
 * figure whose text is the plain rendering of its numbers ({@link ReportedFigure#isPlainText()}) of
 * up to 18 digits is kept as those numbers (unscaled value and scale); any other as its text
 * ({@code +5}, {@code 007}, more digits), {@link ReportedFigure#of(String, Qualifier)} of which
 * is the same figure. Not thread-safe.
 */
final class LevelArena {

    /** The size of a full page: records are added to the last page; the first pages are smaller. */
    private static final int PAGE = 1 << 20;
    private static final Measure[] MEASURES = Measure.values();
    private static final Status[] STATUSES = Status.values();
    private static final Qualifier[] QUALIFIERS = Qualifier.values();
    private static final int STATUS_MASK = 7;
    private static final int UNIT = 8;
    private static final int BASE = 16;
    private static final int QUOTE = 32;
    private static final int EXTRAS = 64;
    private static final int PRECISION = 128;
    private static final int NUMBERS = 64;

    static {
        // the flags byte holds a status in its low three bits, the qualifier byte a qualifier in its low six
        if (STATUSES.length > STATUS_MASK + 1 || QUALIFIERS.length > NUMBERS - 1) {
            throw new ExceptionInInitializerError("too many statuses or qualifiers to pack");
        }
    }

    private byte[][] pages = new byte[][] {new byte[256]};
    /** The index of the page records are added to, and where the next record goes in it. */
    private int last;
    private int pos;
    /** A record being written, copied to a page when complete (so that a record never spans pages). */
    private byte[] buf = new byte[64];
    private int n;
    /** The record being read: its page and the position in it. */
    private byte[] in;
    private int at;

    /**
     * Packs a level.
     *
     * @return where it is: the page in the high half, the position in the low half
     */
    long put(Observation o, long origin) {
        n = 0;
        writeLong(origin + 2);
        int flags = o.status().ordinal();
        // a level (all a sum keeps) has a unit and no base: no Optional to look at
        boolean level = o.measure() == Measure.LEVEL;
        String base = level ? null : o.base().orElse(null);
        String quote = o.quote().orElse(null);
        Map<String, String> extras = o.extras();
        flags |= level || o.unit().isPresent() ? UNIT : 0;
        flags |= base != null ? BASE : 0;
        flags |= quote != null ? QUOTE : 0;
        flags |= extras.isEmpty() ? 0 : EXTRAS;
        writeByte(o.measure().ordinal());
        writeByte(flags);
        writeString(o.id());
        ReportedFigure f = o.figure();
        boolean explicit = f.explicitPrecision().isPresent();
        // a plain text (nearly every figure) is its numbers: kept as such, it costs no string
        boolean numbers = f.isPlainText() && (f.hasLongValue() || isShort(f.value()) && isShort(f.high()));
        writeByte(f.qualifier().ordinal() | (explicit ? PRECISION : 0) | (numbers ? NUMBERS : 0));
        if (numbers && f.hasLongValue()) {
            writeNumber(f.unscaledLong(), f.scale()); // nearly every figure: no BigDecimal made
        } else if (numbers) {
            writeNumber(f.value());
            if (f.isRange()) {
                writeNumber(f.high());
            }
        } else {
            writeString(f.text());
        }
        if (explicit) {
            int p = f.explicitPrecision().getAsInt();
            writeLong((p << 1) ^ (p >> 31));
        }
        if (base != null) {
            writeString(base);
        }
        if (quote != null) {
            writeString(quote);
        }
        if (!extras.isEmpty()) {
            writeLong(extras.size());
            for (Map.Entry<String, String> e : extras.entrySet()) {
                writeString(e.getKey());
                writeString(e.getValue());
            }
        }
        return store();
    }

    /**
     * Packs a level of another arena (or of this one) again, with another origin code: a table
     * merging another's keys copies their bytes, it does not make the observations.
     *
     * @return where the copy is
     */
    long copy(LevelArena from, long address, long origin) {
        from.seek(address);
        int length = (int) from.readLong();
        int bodyStart = from.at;
        from.readLong();
        int skipped = from.at - bodyStart;
        n = 0;
        writeLong(origin + 2);
        ensure(length - skipped);
        System.arraycopy(from.in, from.at, buf, n, length - skipped);
        n += length - skipped;
        return store();
    }

    /** {@return the origin code of the level at {@code address}} */
    long origin(long address) {
        seek(address);
        readLong();
        return readLong() - 2;
    }

    /**
     * {@return the level at {@code address}, equal to the one packed, made again with the key parts
     * given (those of the level packed)}
     */
    Observation get(long address, SubjectRef subject, String metric, ReportingPeriod period, String source,
            ObservationUnit effectiveUnit) {
        seek(address);
        readLong();
        readLong();
        Measure measure = MEASURES[readByte()];
        int flags = readByte();
        Observation.Builder b = Observation.builder().id(readString()).subject(subject).metric(metric).period(period)
                .measure(measure).status(STATUSES[flags & STATUS_MASK]).source(source);
        int q = readByte();
        Qualifier qualifier = QUALIFIERS[q & ~(PRECISION | NUMBERS)];
        String text;
        if ((q & NUMBERS) != 0) {
            text = readNumber().toPlainString();
            if (qualifier == Qualifier.RANGE) {
                text = text + ".." + readNumber().toPlainString();
            }
        } else {
            text = readString();
        }
        ReportedFigure figure = ReportedFigure.of(text, qualifier);
        if ((q & PRECISION) != 0) {
            long z = readLong();
            figure = figure.withPrecision((int) (z >>> 1) ^ -(int) (z & 1));
        }
        b.figure(figure);
        if ((flags & UNIT) != 0) {
            b.unit(effectiveUnit);
        }
        if ((flags & BASE) != 0) {
            b.base(readString());
        }
        if ((flags & QUOTE) != 0) {
            b.quote(readString());
        }
        if ((flags & EXTRAS) != 0) {
            long count = readLong();
            for (long i = 0; i < count; i++) {
                b.putExtras(readString(), readString());
            }
        }
        return b.build();
    }

    /** {@return whether the id of the level at {@code address} is {@code id}} */
    boolean hasId(long address, String id) {
        seek(address);
        readLong();
        readLong();
        readByte();
        readByte();
        int length = (int) readLong();
        if (length != id.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if ((char) readLong() != id.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Copies the record in {@link #buf}, prefixed with its length, to the last page (or a new one). */
    private long store() {
        int length = n;
        int size = varintSize(length) + length;
        byte[] page = pages[last];
        if (pos + size > page.length) {
            page = nextPage(size);
        }
        long address = (long) last << 32 | pos;
        int p = pos;
        for (long v = length; ; v >>>= 7) {
            if (v < 0x80) {
                page[p++] = (byte) v;
                break;
            }
            page[p++] = (byte) (v | 0x80);
        }
        System.arraycopy(buf, 0, page, p, length);
        pos = p + length;
        return address;
    }

    /**
     * Starts a page for a record of {@code size} bytes: each twice as long as the one before up to
     * {@link #PAGE}, so a small sum keeps small arrays and no page is copied. A method of its own, so
     * that the compiled {@link #put} does not hold this rare path.
     */
    private byte[] nextPage(int size) {
        if (++last == pages.length) {
            pages = Arrays.copyOf(pages, pages.length * 2);
        }
        byte[] page = new byte[Math.max(Math.min(PAGE, pages[last - 1].length * 2), size)];
        pages[last] = page;
        pos = 0;
        return page;
    }

    private static int varintSize(long v) {
        int size = 1;
        while ((v >>>= 7) != 0) {
            size++;
        }
        return size;
    }

    private void ensure(int more) {
        if (n + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
        }
    }

    private void writeByte(int b) {
        ensure(1);
        buf[n++] = (byte) b;
    }

    /** Writes a non-negative number (or any, as unsigned), seven bits a byte, low bits first. */
    private void writeLong(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buf[n++] = (byte) (v | 0x80);
            v >>>= 7;
        }
        buf[n++] = (byte) v;
    }

    /** Whether a number's digits fit a long (18 of them always do) with a scale of 0 or more, as plain figures have. */
    private static boolean isShort(BigDecimal v) {
        return v.precision() <= 18 && v.scale() >= 0;
    }

    /**
     * Writes a number {@link #isShort} accepts as its unscaled value (zigzag) and scale; the
     * value scaled to 0 keeps its digits in a long, which {@code longValue} then gives as they are.
     */
    private void writeNumber(BigDecimal v) {
        int scale = v.scale();
        writeNumber(v.scaleByPowerOfTen(scale).longValue(), scale);
    }

    private void writeNumber(long unscaled, int scale) {
        writeLong((unscaled << 1) ^ (unscaled >> 63));
        writeLong(scale);
    }

    private BigDecimal readNumber() {
        long z = readLong();
        return BigDecimal.valueOf((z >>> 1) ^ -(z & 1), (int) readLong());
    }

    private void writeString(String s) {
        int length = s.length();
        writeLong(length);
        // most text is ASCII, a byte a char; any other char takes two or three
        ensure(3 * length);
        byte[] b = buf;
        int p = n;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b[p++] = (byte) c;
            } else if (c < 0x4000) {
                b[p++] = (byte) (c | 0x80);
                b[p++] = (byte) (c >>> 7);
            } else {
                b[p++] = (byte) (c | 0x80);
                b[p++] = (byte) ((c >>> 7) | 0x80);
                b[p++] = (byte) (c >>> 14);
            }
        }
        n = p;
    }

    private void seek(long address) {
        in = pages[(int) (address >>> 32)];
        at = (int) address;
    }

    private int readByte() {
        return in[at++] & 0xFF;
    }

    private long readLong() {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = in[at++];
            v |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return v;
            }
        }
    }

    private String readString() {
        int length = (int) readLong();
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) readLong();
        }
        return new String(chars);
    }
}
