package org.industrymetrics.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * The law of interval arithmetic: whatever true values lie in the operands, the result contains
 * the exact result of the operation on them.
 */
class IntervalProperties {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** An interval and a number in it. */
    static final class Member {
        final Interval interval;
        final BigDecimal point;

        Member(Interval interval, BigDecimal point) {
            this.interval = interval;
            this.point = point;
        }

        @Override
        public String toString() {
            return point.toPlainString() + " in " + interval;
        }
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE.negate())),
                Tuple.of(6, Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000")).ofScale(3)),
                Tuple.of(2, Arbitraries.bigDecimals().between(new BigDecimal("-5"), new BigDecimal("5")).ofScale(1)));
    }

    /** Builds intervals of every shape (closed, open, half-open, unbounded, points) with a member. */
    @Provide
    Arbitrary<Member> members() {
        Arbitrary<Integer> shape = Arbitraries.integers().between(0, 15);
        Arbitrary<Integer> where = Arbitraries.integers().between(0, 4);
        return Combinators.combine(decimals(), decimals(), shape, where, decimals()).as(IntervalProperties::member);
    }

    private static Member member(BigDecimal x, BigDecimal y, int shape, int where, BigDecimal offset) {
        BigDecimal lo = x.min(y);
        BigDecimal hi = x.max(y);
        boolean loOpen = (shape & 1) != 0;
        boolean hiOpen = (shape & 2) != 0;
        boolean loInf = (shape & 12) == 4;
        boolean hiInf = (shape & 12) == 8;
        if (lo.compareTo(hi) == 0) {
            loOpen = false;
            hiOpen = false;
        }
        Interval interval = Interval.of(loInf ? null : lo, loOpen, hiInf ? null : hi, hiOpen);
        BigDecimal point;
        switch (where) {
            case 0:
                point = lo;
                break;
            case 1:
                point = hi;
                break;
            case 2:
                point = lo.add(hi).divide(BigDecimal.valueOf(2));
                break;
            case 3:
                point = lo.add(hi.subtract(lo).multiply(new BigDecimal("0.001")));
                break;
            default:
                // beyond a bound, where the interval is unbounded
                point = loInf ? lo.subtract(offset.abs()) : hiInf ? hi.add(offset.abs()) : lo;
                break;
        }
        if (!interval.contains(point)) {
            point = lo.add(hi).divide(BigDecimal.valueOf(2));
        }
        return new Member(interval, point);
    }

    @Property
    void parse_toString_roundTrip(@ForAll("members") Member m) {
        assertEquals(m.interval, Interval.parse(m.interval.toString()));
        assertEquals(m.interval.toString(), Interval.parse(m.interval.toString()).toString());
    }

    @Property
    void toRange_from_roundTrip(@ForAll("members") Member m) {
        assertEquals(m.interval, Interval.from(m.interval.toRange()));
        assertEquals(m.interval.contains(m.point), m.interval.toRange().contains(m.point));
    }

    @Property
    void members_areMembers(@ForAll("members") Member m) {
        assertTrue(m.interval.contains(m.point), m.toString());
    }

    @Property
    void plus_contains(@ForAll("members") Member a, @ForAll("members") Member b) {
        assertTrue(a.interval.plus(b.interval).contains(a.point.add(b.point)), a + " + " + b);
    }

    @Property
    void minus_contains(@ForAll("members") Member a, @ForAll("members") Member b) {
        assertTrue(a.interval.minus(b.interval).contains(a.point.subtract(b.point)), a + " - " + b);
    }

    @Property
    void times_contains(@ForAll("members") Member a, @ForAll("members") Member b) {
        Interval product = a.interval.times(b.interval);
        assertTrue(product.contains(a.point.multiply(b.point)), a + " * " + b + " = " + product);
        assertEquals(product, b.interval.times(a.interval));
    }

    @Property
    void times_number_contains(@ForAll("members") Member a, @ForAll("decimals") BigDecimal k) {
        assertTrue(a.interval.times(k).contains(a.point.multiply(k)));
        assertEquals(a.interval.times(Interval.point(k)), a.interval.times(k));
    }

    @Property
    void dividedBy_contains(@ForAll("members") Member a, @ForAll("members") Member b,
            @ForAll @IntRange(min = 1, max = 20) int digits) {
        Assume.that(!(b.interval.isPoint() && b.point.signum() == 0));
        Assume.that(b.point.signum() != 0);
        Interval quotient = a.interval.dividedBy(b.interval, new MathContext(digits));
        assertTrue(containsRatio(quotient, a.point, b.point), a + " / " + b + " = " + quotient);
    }

    @Property
    void hull_encloses(@ForAll("members") Member a, @ForAll("members") Member b) {
        Interval hull = a.interval.hull(b.interval);
        assertTrue(hull.encloses(a.interval));
        assertTrue(hull.encloses(b.interval));
    }

    @Property
    void overlaps_agreesWithDistanceAndIntersection(@ForAll("members") Member a, @ForAll("members") Member b) {
        boolean overlaps = a.interval.overlaps(b.interval);
        assertEquals(overlaps, b.interval.overlaps(a.interval));
        assertEquals(overlaps, a.interval.intersection(b.interval).isPresent());
        if (overlaps) {
            assertEquals(0, a.interval.distanceTo(b.interval).signum());
        }
        assertEquals(a.interval.distanceTo(b.interval), b.interval.distanceTo(a.interval));
        if (a.interval.contains(b.point)) {
            assertTrue(overlaps);
        }
    }

    @Property
    void roundOutward_encloses(@ForAll("members") Member a, @ForAll @IntRange(min = -3, max = 4) int scale) {
        Interval rounded = a.interval.roundOutward(scale);
        assertTrue(rounded.encloses(a.interval), a.interval + " rounded to " + rounded);
    }

    // ------------------------------------------------------------------------------------------
    // rounded figures: what the checks rely on

    @Provide
    Arbitrary<BigDecimal> exacts() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-100000"), new BigDecimal("100000")).ofScale(6);
    }

    @Provide
    Arbitrary<BigDecimal> positives() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("100000")).ofScale(6);
    }

    private static Interval roundedInterval(BigDecimal exact, int precision) {
        return ReportedFigure.rounded(exact, precision).interval(QualifierWidths.DEFAULTS);
    }

    @Property
    void roundedFigure_containsExactValue(@ForAll("exacts") BigDecimal x, @ForAll @IntRange(min = -3, max = 5) int p) {
        assertTrue(roundedInterval(x, p).contains(x), () -> x + " rounded to " + p);
    }

    @Property
    void roundedFigures_sumDifferenceProduct(@ForAll("exacts") BigDecimal x, @ForAll("exacts") BigDecimal y,
            @ForAll @IntRange(min = -2, max = 5) int p, @ForAll @IntRange(min = -2, max = 5) int q) {
        Interval a = roundedInterval(x, p);
        Interval b = roundedInterval(y, q);
        assertTrue(a.plus(b).contains(x.add(y)));
        assertTrue(a.minus(b).contains(x.subtract(y)));
        assertTrue(a.times(b).contains(x.multiply(y)));
    }

    @Property
    void roundedFigures_quotient(@ForAll("exacts") BigDecimal x, @ForAll("exacts") BigDecimal y,
            @ForAll @IntRange(min = -2, max = 5) int p, @ForAll @IntRange(min = -2, max = 5) int q,
            @ForAll @IntRange(min = 1, max = 20) int digits) {
        Assume.that(y.signum() != 0);
        Interval quotient = roundedInterval(x, p).dividedBy(roundedInterval(y, q), new MathContext(digits));
        assertTrue(containsRatio(quotient, x, y), () -> x + " / " + y + " not in " + quotient);
    }

    @Property
    void roundedFigures_growth(@ForAll("positives") BigDecimal base, @ForAll("positives") BigDecimal current,
            @ForAll @IntRange(min = -1, max = 5) int p, @ForAll @IntRange(min = -1, max = 5) int q,
            @ForAll @IntRange(min = 3, max = 20) int digits) {
        Interval growth = Relations.growthPercent(roundedInterval(current, p), roundedInterval(base, q), new MathContext(digits));
        // (current / base − 1) × 100 = (100·current − 100·base) / base
        assertTrue(containsRatio(growth, current.subtract(base).multiply(HUNDRED), base),
                () -> "growth from " + base + " to " + current + " not in " + growth);
    }

    @Property
    void growthPercent_isTheQuotientMinusOneTimesHundred(@ForAll("members") Member current, @ForAll("members") Member base,
            @ForAll @IntRange(min = 3, max = 34) int digits) {
        Assume.that(!base.interval.isPoint() || base.interval.low().signum() != 0);
        MathContext mc = new MathContext(digits);
        Interval stepwise = current.interval.dividedBy(base.interval, mc).minus(Interval.point(BigDecimal.ONE)).times(HUNDRED);
        assertEquals(stepwise, Relations.growthPercent(current.interval, base.interval, mc));
        assertEquals(stepwise.toString(), Relations.growthPercent(current.interval, base.interval, mc).toString());
    }

    @Property
    void roundedFigures_multiple(@ForAll("positives") BigDecimal base, @ForAll("positives") BigDecimal current,
            @ForAll @IntRange(min = -1, max = 5) int p, @ForAll @IntRange(min = 3, max = 20) int digits) {
        Interval multiple = Relations.multiple(roundedInterval(current, p), roundedInterval(base, p), new MathContext(digits));
        assertTrue(containsRatio(multiple, current, base));
    }

    @Property
    void roundedFigures_share(@ForAll("positives") BigDecimal part, @ForAll("positives") BigDecimal rest,
            @ForAll @IntRange(min = -1, max = 5) int p, @ForAll @IntRange(min = -1, max = 5) int q,
            @ForAll @IntRange(min = 3, max = 20) int digits) {
        BigDecimal whole = part.add(rest);
        Interval share = Relations.sharePercent(roundedInterval(part, p), roundedInterval(whole, q), new MathContext(digits));
        assertTrue(containsRatio(share, part.multiply(HUNDRED), whole));
    }

    @Property
    void roundedFigures_contributionAndPoints(@ForAll("exacts") BigDecimal partNow, @ForAll("exacts") BigDecimal partBefore,
            @ForAll("exacts") BigDecimal wholeNow, @ForAll("exacts") BigDecimal wholeBefore,
            @ForAll @IntRange(min = -1, max = 5) int p) {
        Assume.that(wholeNow.compareTo(wholeBefore) != 0);
        Interval contribution = Relations.contributionPercent(roundedInterval(partNow, p), roundedInterval(partBefore, p),
                roundedInterval(wholeNow, p), roundedInterval(wholeBefore, p), MathContext.DECIMAL64);
        assertTrue(containsRatio(contribution, partNow.subtract(partBefore).multiply(HUNDRED),
                wholeNow.subtract(wholeBefore)));
        Interval points = Relations.ppDifference(roundedInterval(partNow, p), roundedInterval(partBefore, p));
        assertTrue(points.contains(partNow.subtract(partBefore)));
    }

    /** Whether {@code num / den} (den not zero) lies in the interval, decided exactly. */
    static boolean containsRatio(Interval interval, BigDecimal num, BigDecimal den) {
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        if (interval.low() != null) {
            int cmp = interval.low().multiply(den).compareTo(num);
            if (cmp > 0 || (cmp == 0 && interval.isLowOpen())) {
                return false;
            }
        }
        if (interval.high() != null) {
            int cmp = interval.high().multiply(den).compareTo(num);
            return cmp > 0 || (cmp == 0 && !interval.isHighOpen());
        }
        return true;
    }

    /** Numbers of every size and scale: short and past a long's 18 digits, negative scales, trailing zeros. */
    @Provide
    Arbitrary<BigDecimal> anyScale() {
        Arbitrary<BigDecimal> unscaled = Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new BigDecimal("-99999"), new BigDecimal("99999")).ofScale(0),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e25"), new BigDecimal("1e25")).ofScale(0),
                Arbitraries.of(BigDecimal.ZERO, BigDecimal.TEN, new BigDecimal("100000000000000000000")));
        return Combinators.combine(unscaled, Arbitraries.integers().between(-5, 30))
                .as((u, scale) -> new BigDecimal(u.unscaledValue(), scale));
    }

    /** A bound is kept without trailing zeros after the point and without exponent, whatever its size. */
    @Property
    void interval_boundsAreCanonical(@ForAll("anyScale") BigDecimal value) {
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        BigDecimal expected = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        BigDecimal bound = Interval.point(value).low();
        assertEquals(expected, bound);
        assertEquals(expected.scale(), bound.scale());
    }
}
