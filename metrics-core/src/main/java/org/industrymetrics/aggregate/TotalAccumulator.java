package org.industrymetrics.aggregate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.observation.Status;
import org.industrymetrics.money.ResolvedRate;
import org.industrymetrics.observation.ObservationUnit;

/**
 * A mergeable partial sum: exact decimal sums of the low and high ends, the nominal sum, the count,
 * the coarsest precision and the rates used.
 * <p>
 * The contract that lets one aggregation run split over threads ({@code parallelStream}) or over
 * the workers of a distributed engine (Spark, Flink, Beam): split the figures into any parts,
 * {@link #add} each part's figures to its own accumulator, and {@link #merge} the accumulators in
 * any order and any grouping: the {@link #toTotal() total} is the same, equal by
 * {@link Total#equals}, as adding every figure to one accumulator. This holds because
 * <ul>
 * <li>every figure is converted (and, where a conversion does not terminate, rounded outward) on
 * its own, by {@link LevelConverter}, before it is added, so rounding never depends on order;
 * <li>the sums are exact {@link BigDecimal} additions, which are commutative and associative;
 * <li>the other parts are a count (a sum), the open ends and the coarsest precision (an or and a
 * minimum) and the rates used (a union, kept in a stable order): all commutative and associative.
 * </ul>
 * An empty accumulator is the identity of {@code merge}. The laws are tested by properties
 * ({@code AggregationProperties}) on random observations split into random parts.
 * <p>
 * Mutable and not thread-safe: each thread or worker keeps its own and they are merged.
 */
public final class TotalAccumulator {

    private final ObservationUnit unit;
    private BigDecimal low = BigDecimal.ZERO;
    private BigDecimal high = BigDecimal.ZERO;
    private boolean lowOpen;
    private boolean highOpen;
    private BigDecimal nominal = BigDecimal.ZERO;
    private int precision = Integer.MAX_VALUE;
    private long count;
    private final Map<String, ResolvedRate> rates = new TreeMap<>();
    private ResolvedRate lastRate;
    /** The qualifiers added, one bit per {@link Qualifier} ordinal: an or, so it merges in any order. */
    private int qualifiers;
    /**
     * Exact figures are kept apart, as the sum of their values and a count per precision: their
     * interval ends are {@code v ± h} with {@code h} fixed by the precision, so the ends of the
     * total are {@code Σv ∓ Σ count(p) × h(p)}, one addition per figure instead of three.
     * <p>
     * {@code Σv} is {@code exactBig + exactUnscaled × 10^-exactScale}: a long at the finest scale
     * added so far takes the figures (a long addition, no {@code BigDecimal} per figure), and what
     * does not fit a long goes to the {@code BigDecimal}. The sum is the same number, and of the same
     * scale (the finest of the figures, at least 0), as adding the figures to {@code BigDecimal.ZERO}.
     */
    private BigDecimal exactBig = BigDecimal.ZERO;
    private long exactUnscaled;
    private int exactScale;
    private final long[] exactCounts = new long[EXACT_PRECISIONS];

    /** The precisions counted in {@link #exactCounts}: {@value #MIN_EXACT_PRECISION} and up. */
    static final int MIN_EXACT_PRECISION = -20;
    static final int EXACT_PRECISIONS = 61;

    /**
     * Creates an empty accumulator for totals in {@code unit}.
     *
     * @param unit the unit of the totals, not null
     */
    public TotalAccumulator(ObservationUnit unit) {
        this.unit = Objects.requireNonNull(unit, "unit");
    }

    /**
     * Adds one figure already converted to the unit of this accumulator (by {@link LevelConverter#convert}).
     *
     * @param f the converted figure, not null
     * @return this accumulator
     */
    public TotalAccumulator add(ConvertedFigure f) {
        low = low.add(f.low());
        high = high.add(f.high());
        lowOpen |= f.lowOpen();
        highOpen |= f.highOpen();
        nominal = nominal.add(f.nominal());
        precision = Math.min(precision, f.precision());
        qualifiers |= 1 << f.qualifier().ordinal();
        count++;
        if (f.rate() != null && f.rate() != lastRate) {
            ResolvedRate r = f.rate();
            lastRate = r; // a converter resolves a rate once, so runs of one rate skip the map
            rates.putIfAbsent(r.rate().pair() + " " + r.first() + " " + r.last(), r);
        }
        return this;
    }

    /**
     * Adds an exact figure {@code v ± h}, {@code h = 0.5 × 10^-precision}, where {@code v} is
     * {@code value × 10^power} in the unit of this accumulator (a unit a power of ten apart, such as
     * MWh for a total in GWh): the same as adding it as a {@link ConvertedFigure}, with less work.
     */
    void addExact(BigDecimal value, int power, int precision) {
        int i = precision - MIN_EXACT_PRECISION;
        long scale = (long) value.scale() - power;
        if (i < 0 || i >= EXACT_PRECISIONS || value.precision() > 18 || scale != (int) scale) {
            addExactRare(value.scaleByPowerOfTen(power), precision);
            return;
        }
        // the unscaled value of at most 18 digits, as the long value of the number moved to scale 0
        addExact(value.scale() == 0 ? value.longValue() : value.movePointRight(value.scale()).longValue(), value.scale(),
                power, precision);
    }

    /**
     * Adds an exact figure as {@link #addExact(BigDecimal, int, int)} does, its value given as
     * {@code unscaled × 10^-valueScale} of at most 18 digits (a figure's long value, without a BigDecimal).
     */
    void addExact(long unscaled, int valueScale, int power, int precision) {
        int i = precision - MIN_EXACT_PRECISION;
        long scale = (long) valueScale - power;
        if (i < 0 || i >= EXACT_PRECISIONS || scale != (int) scale) {
            addExactRare(BigDecimal.valueOf(unscaled, valueScale).scaleByPowerOfTen(power), precision);
            return;
        }
        if (scale == exactScale) {
            long sum = exactUnscaled + unscaled;
            if (((exactUnscaled ^ sum) & (unscaled ^ sum)) >= 0) {
                exactUnscaled = sum;
            } else {
                addUnscaled(unscaled, (int) scale);
            }
        } else {
            addUnscaled(unscaled, (int) scale);
        }
        exactCounts[i]++;
        if (precision < this.precision) {
            this.precision = precision;
        }
        count++;
    }

    /** Adds an exact figure of a precision not counted apart, or a value of more than 18 digits. */
    private void addExactRare(BigDecimal value, int precision) {
        int i = precision - MIN_EXACT_PRECISION;
        if (i < 0 || i >= EXACT_PRECISIONS) {
            BigDecimal h = BigDecimal.valueOf(5, precision + 1);
            add(new ConvertedFigure(value.subtract(h), false, value.add(h), false, value, precision, null, Qualifier.EXACT));
            return;
        }
        exactBig = exactBig.add(value);
        exactCounts[i]++;
        if (precision < this.precision) {
            this.precision = precision;
        }
        count++;
    }

    /**
     * Adds {@code unscaled × 10^-scale} to {@code Σv} where the long part is of another scale or would
     * overflow (a method of its own: the common addition above stays small where it is inlined).
     */
    private void addUnscaled(long unscaled, int scale) {
        if (scale > exactScale) {
            // the long part moves to the finer scale, or to the BigDecimal part if it does not fit there
            long moved = times10(exactUnscaled, scale - exactScale);
            if (moved == Long.MIN_VALUE) {
                spill();
            } else {
                exactUnscaled = moved;
            }
            exactScale = scale;
        } else if (scale < exactScale) {
            long moved = times10(unscaled, exactScale - scale);
            if (moved == Long.MIN_VALUE) {
                exactBig = exactBig.add(BigDecimal.valueOf(unscaled, scale));
                return;
            }
            unscaled = moved;
        }
        long sum = exactUnscaled + unscaled;
        if (((exactUnscaled ^ sum) & (unscaled ^ sum)) < 0) {
            spill();
            sum = unscaled;
        }
        exactUnscaled = sum;
    }

    /** Moves the long part of {@code Σv} into its BigDecimal part. */
    private void spill() {
        exactBig = exactBig.add(BigDecimal.valueOf(exactUnscaled, exactScale));
        exactUnscaled = 0;
    }

    /** {@return {@code x × 10^n} for {@code n ≥ 0}, or {@link Long#MIN_VALUE} if it does not fit a long (nor is it that value)} */
    private static long times10(long x, int n) {
        if (x == 0) {
            return 0;
        }
        long r = x;
        for (int k = 0; k < n; k++) {
            long next = r * 10;
            if (next / 10 != r || next == Long.MIN_VALUE) {
                return Long.MIN_VALUE;
            }
            r = next;
        }
        return r;
    }

    /** {@return {@code Σv}, the sum of the exact figures' values} */
    private BigDecimal exactSum() {
        // added even when 0, so the sum has the scale of the finest figure, as a BigDecimal sum has
        return exactBig.add(BigDecimal.valueOf(exactUnscaled, exactScale));
    }

    /**
     * Adds the partial sum of {@code other} to this one and returns this accumulator.
     *
     * @param other the partial sum to add, in the same unit
     * @return this accumulator
     * @throws IllegalArgumentException if the two sum in different units
     */
    public TotalAccumulator merge(TotalAccumulator other) {
        if (!other.unit.equals(unit)) {
            throw new IllegalArgumentException("cannot merge totals in " + unit + " and " + other.unit);
        }
        low = low.add(other.low);
        high = high.add(other.high);
        lowOpen |= other.lowOpen;
        highOpen |= other.highOpen;
        nominal = nominal.add(other.nominal);
        exactBig = exactBig.add(other.exactBig);
        addUnscaled(other.exactUnscaled, other.exactScale);
        for (int i = 0; i < EXACT_PRECISIONS; i++) {
            exactCounts[i] += other.exactCounts[i];
        }
        precision = Math.min(precision, other.precision);
        qualifiers |= other.qualifiers;
        count += other.count;
        other.rates.forEach(rates::putIfAbsent);
        return this;
    }

    /**
     * Returns this partial sum as a few plain values, for an engine that keeps partial sums in its
     * own format (a Spark aggregation buffer of a few columns) rather than as this object:
     * {@code TotalAccumulator.of(unit, acc.state())} sums on exactly as {@code acc} would, except
     * that the rates used are not part of the state (an engine keeps them itself, as
     * {@link Total#rates()} would print them).
     *
     * @return the state, not null
     */
    public State state() {
        BigDecimal halfWidths = halfWidths();
        BigDecimal exactSum = exactSum();
        return new State(low.add(exactSum).subtract(halfWidths), lowOpen, high.add(exactSum).add(halfWidths),
                highOpen, nominal.add(exactSum), precision, count, qualifiers);
    }

    /**
     * Returns an accumulator that continues the partial sum {@code state} (see {@link #state()}),
     * with no rates recorded.
     *
     * @param unit the unit of the totals, not null
     * @param state the state, not null
     * @return a new accumulator
     */
    public static TotalAccumulator of(ObservationUnit unit, State state) {
        Objects.requireNonNull(state, "state");
        TotalAccumulator acc = new TotalAccumulator(unit);
        acc.low = state.low();
        acc.lowOpen = state.lowOpen();
        acc.high = state.high();
        acc.highOpen = state.highOpen();
        acc.nominal = state.nominal();
        acc.precision = state.precision();
        acc.count = state.count();
        acc.qualifiers = state.qualifiers();
        return acc;
    }

    /**
     * The state of a partial sum as plain values: the exact sums of the low ends, high ends and
     * nominal values, whether any end was open, the coarsest precision ({@link Integer#MAX_VALUE}
     * when empty) and the count. The sums are exact decimals: store them as text, not as a
     * fixed-precision decimal, or a long sum loses digits.
     *
     * @param low the sum of the low ends, not null
     * @param lowOpen whether a low end is open
     * @param high the sum of the high ends, not null
     * @param highOpen whether a high end is open
     * @param nominal the sum of the figures as printed, not null
     * @param precision the coarsest precision, {@link Integer#MAX_VALUE} when empty
     * @param count the number of figures, not negative
     * @param qualifiers the qualifiers of the figures added, one bit per {@link Qualifier} ordinal
     *     (so a total carries the qualifier its inputs imply)
     */
    public record State(BigDecimal low, boolean lowOpen, BigDecimal high, boolean highOpen, BigDecimal nominal,
            int precision, long count, int qualifiers) {

        /**
         * Validates the components.
         *
         * @param low the low end
         * @param lowOpen whether the low end is open
         * @param high the high end
         * @param highOpen whether the high end is open
         * @param nominal the number as printed, converted
         * @param precision the decimal places the figure was rounded to
         * @param count the count
         * @param qualifiers the qualifiers
         */
        public State {
            Objects.requireNonNull(low, "low");
            Objects.requireNonNull(high, "high");
            Objects.requireNonNull(nominal, "nominal");
            if (count < 0) {
                throw new IllegalArgumentException("count must not be negative, found " + count);
            }
        }
    }

    /** {@return the number of figures added so far} */
    public long count() {
        return count;
    }

    /** The sum of the half-widths of the exact figures added. */
    private BigDecimal halfWidths() {
        BigDecimal halfWidths = BigDecimal.ZERO;
        for (int i = 0; i < EXACT_PRECISIONS; i++) {
            if (exactCounts[i] != 0) {
                halfWidths = halfWidths.add(BigDecimal.valueOf(5 * exactCounts[i], MIN_EXACT_PRECISION + i + 1));
            }
        }
        return halfWidths;
    }

    /**
     * {@return the total of what was added: the interval, and the nominal sum rounded half up to the
     * coarsest precision of the figures added, as a report would print it ({@code 0} when empty)}
     */
    public Total toTotal() {
        return toTotal(Status.ACTUAL);
    }

    /**
     * The qualifier the sum of figures with these qualifiers carries: exact when all are; over (at
     * least) when every figure is exact or bounded below; under, at most or nearly when every figure
     * is exact or bounded above; about for exact, about and nearly figures; none where the figures
     * pull different ways (an "over" and an "under", a range): the total is then shown as its interval.
     */
    static Qualifier combined(int bits) {
        int other = bits & ~bit(Qualifier.EXACT);
        if (other == 0) {
            return Qualifier.EXACT;
        }
        if ((other & ~(bit(Qualifier.OVER) | bit(Qualifier.AT_LEAST))) == 0) {
            return (other & bit(Qualifier.OVER)) != 0 ? Qualifier.OVER : Qualifier.AT_LEAST;
        }
        if (other == bit(Qualifier.NEARLY) || other == bit(Qualifier.AT_MOST) || other == bit(Qualifier.ABOUT)) {
            return Qualifier.values()[Integer.numberOfTrailingZeros(other)];
        }
        if ((other & ~(bit(Qualifier.UNDER) | bit(Qualifier.AT_MOST) | bit(Qualifier.NEARLY))) == 0) {
            return Qualifier.UNDER;
        }
        if ((other & ~(bit(Qualifier.ABOUT) | bit(Qualifier.NEARLY))) == 0) {
            return Qualifier.ABOUT;
        }
        return null;
    }

    private static int bit(Qualifier q) {
        return 1 << q.ordinal();
    }

    /** Returns the total, of figures of this status. */
    Total toTotal(Status status) {
        BigDecimal halfWidths = halfWidths();
        BigDecimal exactSum = exactSum();
        Interval interval = Interval.of(low.add(exactSum).subtract(halfWidths), lowOpen,
                high.add(exactSum).add(halfWidths), highOpen);
        BigDecimal sum = nominal.add(exactSum);
        Qualifier q = count == 0 ? Qualifier.EXACT : combined(qualifiers);
        String figure;
        if (count == 0) {
            figure = "0";
        } else {
            int p = precision == Integer.MAX_VALUE ? sum.scale() : precision;
            // a bound rounds away from what it promises: "over 222.5" is "over 222", never "over 223"
            RoundingMode mode = q == Qualifier.OVER || q == Qualifier.AT_LEAST ? RoundingMode.FLOOR
                    : q == Qualifier.UNDER || q == Qualifier.AT_MOST || q == Qualifier.NEARLY ? RoundingMode.CEILING
                    : RoundingMode.HALF_UP;
            figure = sum.setScale(p, mode).toPlainString();
        }
        return new Total(unit, interval, figure, q, status, count, new ArrayList<>(rates.values()));
    }
}
