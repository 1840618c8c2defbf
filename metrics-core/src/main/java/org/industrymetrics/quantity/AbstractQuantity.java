package org.industrymetrics.quantity;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;
import org.industrymetrics.internal.Decimals;
import tech.units.indriya.quantity.Quantities;

/**
 * The value, unit and arithmetic shared by {@link Quantity} and the typed quantities
 * ({@link Energy}, {@link Mass}, ...). Public so that its methods work from any package as method
 * references ({@code stream.reduce(Quantity::plus)}) and show in JShell's completion; it cannot be
 * extended outside this package (its constructor is package-private), so the subclasses listed
 * here are all there are. The self type {@code Q} makes {@code energy.plus(mass)} a compile error.
 * <p>
 * The value of every instance, written out as a plain decimal, has at most
 * {@value org.industrymetrics.internal.Decimals#MAX_DIGITS} digits: exactly the numbers
 * {@code parse} reads back, so {@code toString} and {@code parse} are inverses for every instance,
 * and no {@code toString} or {@code hashCode} can take unbounded time. A result outside that range
 * is an {@link ArithmeticException}, never a wrong number.
 *
 * @param <Q> the concrete type
 */
public abstract class AbstractQuantity<Q extends AbstractQuantity<Q>> implements Comparable<Q> {

    final BigDecimal value;
    final Unit unit;

    /** Takes a value already known to be in range and a unit not null. */
    AbstractQuantity(BigDecimal value, Unit unit) {
        this.value = value;
        this.unit = unit;
    }

    /** Returns an instance of the concrete type; {@code value} is in range, {@code unit} of the right dimension. */
    abstract Q create(BigDecimal value, Unit unit);

    // ---------------------------------------------------------------- range of values

    /** Whether {@code value} is within the range every value type keeps ({@link Decimals#plainDigits}). */
    static boolean inRange(BigDecimal value) {
        return Decimals.plainDigits(value) <= Decimals.MAX_DIGITS;
    }

    /** See {@link Decimals#checkArgument}: the range is the same for every value type. */
    static BigDecimal checkArgument(BigDecimal value, String name) {
        return Decimals.checkArgument(value, name);
    }

    /** See {@link Decimals#checkResult}. */
    static BigDecimal checkResult(BigDecimal value, String operation) {
        return Decimals.checkResult(value, operation);
    }

    /**
     * Returns a converted amount as a person would write it: without trailing zeros after the decimal
     * point, and with no exponent ({@code 1.2 GW} is {@code 1200 MW}, not {@code 1200.0 MW}).
     */
    static BigDecimal natural(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Returns {@code unit} if it is of {@code dimension}, for the typed quantities' factories. */
    static Unit requireDimension(Unit unit, Dimension dimension) {
        Objects.requireNonNull(unit, "unit");
        if (unit.dimension() != dimension) {
            throw new IllegalArgumentException("unit " + unit + " is a unit of " + unit.dimension()
                    + ", expected a unit of " + dimension + " such as " + Unit.examples(dimension));
        }
        return unit;
    }

    /** Returns {@code quantity} if it is of {@code dimension}, for the typed quantities' {@code from}. */
    static Quantity requireDimension(Quantity quantity, Dimension dimension) {
        Objects.requireNonNull(quantity, "quantity");
        if (quantity.dimension() != dimension) {
            throw new IllegalArgumentException("cannot read " + quantity + " as " + dimension + ": it is "
                    + quantity.dimension());
        }
        return quantity;
    }

    // ---------------------------------------------------------------- accessors

    /**
     * Returns the amount, as written: {@code 88.9} for {@code 88.9 billion m2}.
     *
     * @return the amount, not null
     */
    public BigDecimal value() {
        return value;
    }

    /**
     * Returns the unit, as written: {@code billion m2} for {@code 88.9 billion m2}.
     *
     * @return the unit, not null
     */
    public Unit unit() {
        return unit;
    }

    /**
     * Returns the dimension of the unit.
     *
     * @return the dimension, not null
     */
    public Dimension dimension() {
        return unit.dimension();
    }

    // ---------------------------------------------------------------- conversion

    /**
     * Returns this amount in another unit of the same dimension, exactly:
     * {@code 594 mu} is {@code 396000 m2}, {@code 20 GWh} is {@code 20000 MWh}. The converted value
     * has no trailing zeros after the decimal point ({@code 1.20 GW} is {@code 1200 MW}); converting
     * to the unit the amount already has returns it unchanged.
     * <p>
     * This instance is immutable and unaffected by this method call.
     *
     * @param target the unit, not null
     * @return the amount in {@code target}
     * @throws IllegalArgumentException if the dimensions differ
     * @throws ArithmeticException if the exact result does not terminate in decimal ({@code 1 mu} in
     *     {@code m2} is 666.66...; use {@link #to(Unit, MathContext)}) or is out of range
     */
    public Q to(Unit target) {
        Objects.requireNonNull(target, "target");
        requireConvertible(target);
        if (target == unit) {
            return self();
        }
        BigDecimal converted;
        try {
            converted = convert(value, unit, target);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("converting " + this + " to " + target
                    + " has no exact decimal result: pass a MathContext to round");
        }
        return create(checkResult(converted, "converting " + this + " to " + target), target);
    }

    /**
     * Returns this amount in another unit of the same dimension, rounded by {@code mc}:
     * {@code 1 mu} in {@code m2} to 6 digits is {@code 666.667 m2}.
     * <p>
     * This instance is immutable and unaffected by this method call.
     *
     * @param target the unit, not null
     * @param mc how to round, not null
     * @return the amount in {@code target}
     * @throws IllegalArgumentException if the dimensions differ
     * @throws ArithmeticException if {@code mc} has rounding mode {@code UNNECESSARY} and the result needs
     *     rounding, or the result is out of range
     */
    public Q to(Unit target, MathContext mc) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(mc, "mc");
        requireConvertible(target);
        BigInteger num = unit.factorNumerator().multiply(target.factorDenominator());
        BigInteger den = unit.factorDenominator().multiply(target.factorNumerator());
        BigDecimal converted = natural(value.multiply(new BigDecimal(num)).divide(new BigDecimal(den), mc));
        return create(checkResult(converted, "converting " + this + " to " + target), target);
    }

    /** The value in {@code target}, exactly: as written if that is the unit, else {@link #convert converted}. */
    final BigDecimal valueIn(Unit target) {
        return target == unit ? value : convert(value, unit, target);
    }

    /**
     * Converts exactly, to the {@link #natural} form; throws ArithmeticException where the decimal
     * does not terminate.
     */
    static BigDecimal convert(BigDecimal value, Unit from, Unit to) {
        BigInteger num = from.factorNumerator().multiply(to.factorDenominator());
        BigInteger den = from.factorDenominator().multiply(to.factorNumerator());
        BigInteger gcd = num.gcd(den);
        return natural(Decimals.multiplyExact(value, num.divide(gcd), den.divide(gcd)));
    }

    // ---------------------------------------------------------------- arithmetic

    /**
     * Returns the sum, exactly. Amounts in the same unit add directly; otherwise the result is in
     * whichever of the two units the other converts to exactly, the finer one where both do
     * ({@code 20 GWh} plus {@code 500 MWh} is {@code 20500 MWh}; {@code 1 ha} plus {@code 3 mu} is
     * {@code 18 mu}).
     * <p>
     * This instance is immutable and unaffected by this method call.
     *
     * @param other the amount to add, not null
     * @return the sum
     * @throws IllegalArgumentException if the dimensions differ ("cannot add 20 GWh and 5 t: energy and mass")
     * @throws ArithmeticException if the sum is out of range
     */
    public Q plus(Q other) {
        // the hot path: one BigDecimal addition and one allocation
        if (other.unit == unit) {
            return create(checkResult(value.add(other.value), "the sum"), unit);
        }
        Unit common = commonUnit(other, "add");
        BigDecimal sum = valueIn(common).add(other.valueIn(common));
        return create(checkResult(sum, "the sum"), common);
    }

    /**
     * Returns the difference, exactly, in the unit {@link #plus} would choose.
     * <p>
     * This instance is immutable and unaffected by this method call.
     *
     * @param other the amount to subtract, not null
     * @return the difference
     * @throws IllegalArgumentException if the dimensions differ
     * @throws ArithmeticException if the difference is out of range
     */
    public Q minus(Q other) {
        if (other.unit == unit) {
            return create(checkResult(value.subtract(other.value), "the difference"), unit);
        }
        Unit common = commonUnit(other, "subtract");
        BigDecimal difference = valueIn(common).subtract(other.valueIn(common));
        return create(checkResult(difference, "the difference"), common);
    }

    /**
     * Returns this amount multiplied by a plain number, exactly, in the same unit.
     * <p>
     * This instance is immutable and unaffected by this method call.
     *
     * @param factor the factor, not null
     * @return the product
     * @throws ArithmeticException if the product is out of range
     */
    public Q multipliedBy(BigDecimal factor) {
        Objects.requireNonNull(factor, "factor");
        return create(checkResult(value.multiply(factor), "the product"), unit);
    }

    /**
     * Returns this amount divided by a plain number, exactly, in the same unit.
     * <p>
     * This instance is immutable and unaffected by this method call.
     *
     * @param divisor the divisor, not null
     * @return the quotient
     * @throws ArithmeticException if the divisor is zero, the quotient does not terminate in decimal
     *     (use {@link #dividedBy(BigDecimal, MathContext)}) or is out of range
     */
    public Q dividedBy(BigDecimal divisor) {
        Objects.requireNonNull(divisor, "divisor");
        if (divisor.signum() == 0) {
            throw new ArithmeticException("dividing " + this + " by zero");
        }
        BigDecimal quotient;
        try {
            quotient = value.divide(divisor);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("dividing " + this + " by " + divisor.toPlainString()
                    + " has no exact decimal result: pass a MathContext to round");
        }
        return create(checkResult(quotient, "the quotient"), unit);
    }

    /**
     * Returns this amount divided by a plain number, rounded by {@code mc}, in the same unit.
     * <p>
     * This instance is immutable and unaffected by this method call.
     *
     * @param divisor the divisor, not null
     * @param mc how to round, not null
     * @return the quotient
     * @throws ArithmeticException if the divisor is zero or the quotient is out of range
     */
    public Q dividedBy(BigDecimal divisor, MathContext mc) {
        Objects.requireNonNull(divisor, "divisor");
        Objects.requireNonNull(mc, "mc");
        if (divisor.signum() == 0) {
            throw new ArithmeticException("dividing " + this + " by zero");
        }
        return create(checkResult(value.divide(divisor, mc), "the quotient"), unit);
    }

    /**
     * Returns this amount as a multiple of {@code other}, a plain number:
     * {@code 50 GWh} over {@code 20000 MWh} is {@code 2.5}.
     *
     * @param other the amount to divide by, not null
     * @param mc how to round, not null
     * @return the ratio
     * @throws IllegalArgumentException if the dimensions differ
     * @throws ArithmeticException if {@code other} is zero
     */
    public BigDecimal ratio(Q other, MathContext mc) {
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(mc, "mc");
        requireSameDimension(other, "divide", "by");
        if (other.value.signum() == 0) {
            throw new ArithmeticException("dividing " + this + " by zero (" + other + ")");
        }
        BigInteger num = unit.factorNumerator().multiply(other.unit.factorDenominator());
        BigInteger den = unit.factorDenominator().multiply(other.unit.factorNumerator());
        return value.multiply(new BigDecimal(num)).divide(other.value.multiply(new BigDecimal(den)), mc);
    }

    /**
     * Returns the amount with the opposite sign, in the same unit.
     *
     * @return the negated amount
     */
    public Q negated() {
        return create(value.negate(), unit);
    }

    /**
     * Returns the amount without its sign, in the same unit.
     *
     * @return this amount if it is zero or more, else the negated amount
     */
    public Q abs() {
        return value.signum() >= 0 ? self() : negated();
    }

    /**
     * Returns whether the amount is zero.
     *
     * @return whether the amount is zero
     */
    public boolean isZero() {
        return value.signum() == 0;
    }

    /**
     * Returns the sign of the amount.
     *
     * @return -1, 0 or 1 as the amount is below, at or above zero
     */
    public int signum() {
        return value.signum();
    }

    /**
     * Compares amounts numerically, across units of the same dimension:
     * {@code 20 GWh} compares equal to {@code 20000 MWh}.
     *
     * @param other the amount to compare with, not null
     * @return negative, zero or positive as this amount is less than, equal to or greater than {@code other}
     * @throws IllegalArgumentException if the dimensions differ
     */
    @Override
    public int compareTo(Q other) {
        if (other.unit == unit) {
            return value.compareTo(other.value);
        }
        requireSameDimension(other, "compare", "and");
        // cross-multiplied: exact, and no division
        BigDecimal left = value.multiply(new BigDecimal(unit.factorNumerator().multiply(other.unit.factorDenominator())));
        BigDecimal right = other.value.multiply(
                new BigDecimal(other.unit.factorNumerator().multiply(unit.factorDenominator())));
        return left.compareTo(right);
    }

    // ---------------------------------------------------------------- javax.measure

    /**
     * Returns the equivalent quantity of Indriya (JSR 385), for code that speaks {@code javax.measure}.
     * The number is this value (Indriya may narrow a whole number to an {@code Integer} or {@code Long});
     * the unit is {@link Unit#toMeasureUnit()}.
     *
     * @return the Indriya quantity, not null
     */
    public javax.measure.Quantity<?> toMeasure() {
        return Quantities.getQuantity(value, unit.toMeasureUnit());
    }

    // ---------------------------------------------------------------- helpers

    @SuppressWarnings("unchecked")
    private Q self() {
        return (Q) this;
    }

    /**
     * Returns the unit both amounts convert to exactly: the finer of the two where it takes the
     * coarser exactly ({@code MWh} for {@code GWh} and {@code MWh}), else the coarser
     * ({@code mu} for {@code m2} and {@code mu}: 1 m2 is 0.0015 mu, while 1 mu is 666.66... m2).
     */
    private Unit commonUnit(AbstractQuantity<?> other, String verb) {
        requireSameDimension(other, verb, "and");
        if (unit == other.unit) {
            return unit;
        }
        int byFactor = compareFactors(unit, other.unit);
        if (byFactor == 0) {
            return sameFactor(unit, other.unit);
        }
        Unit finer = byFactor < 0 ? unit : other.unit;
        Unit coarser = finer == unit ? other.unit : unit;
        if (isExactInto(coarser, finer)) {
            return finer;
        }
        if (isExactInto(finer, coarser)) {
            return coarser;
        }
        // Unreachable with this library's units: every factor is 2^i 5^j 3^k with k in {-1, 0}, so one
        // of any two units is a terminating decimal multiple of the other. Fail rather than round.
        throw new ArithmeticException("cannot " + verb + " " + this + " and " + other
                + " exactly: neither unit is a terminating decimal multiple of the other");
    }

    /**
     * Chooses between two units of the same factor, whatever the order, so that sums commute:
     * the one with the smaller scale word ({@code t} for {@code thousand kg} and {@code t}), and for
     * two counted nouns the plain count ({@code 5 vehicles} plus {@code 3 enterprises} is {@code 8}).
     */
    private static Unit sameFactor(Unit a, Unit b) {
        int byScale = Integer.compare(a.scale().exponent(), b.scale().exponent());
        if (byScale != 0) {
            return byScale < 0 ? a : b;
        }
        if (a.dimension() == Dimension.COUNT) {
            return Unit.of(a.scale(), Unit.ONE);
        }
        // no two symbols of another dimension share a factor; keep the choice independent of order anyway
        return a.toString().compareTo(b.toString()) <= 0 ? a : b;
    }

    /** Whether one unit of {@code from} is a terminating decimal number of {@code to}. */
    static boolean isExactInto(Unit from, Unit to) {
        BigInteger den = from.factorDenominator().multiply(to.factorNumerator());
        BigInteger num = from.factorNumerator().multiply(to.factorDenominator());
        den = den.divide(num.gcd(den));
        // a fraction in lowest terms terminates when its denominator has no prime factors but 2 and 5
        den = den.shiftRight(den.getLowestSetBit());
        BigInteger five = BigInteger.valueOf(5);
        while (den.mod(five).signum() == 0) {
            den = den.divide(five);
        }
        return den.equals(BigInteger.ONE);
    }

    private static int compareFactors(Unit a, Unit b) {
        return a.factorNumerator().multiply(b.factorDenominator())
                .compareTo(b.factorNumerator().multiply(a.factorDenominator()));
    }

    private void requireConvertible(Unit target) {
        if (target.dimension() != unit.dimension()) {
            throw new IllegalArgumentException("cannot convert " + this + " to " + target + ": "
                    + unit.dimension() + " and " + target.dimension());
        }
    }

    private void requireSameDimension(AbstractQuantity<?> other, String verb, String conjunction) {
        if (other.unit.dimension() != unit.dimension()) {
            throw new IllegalArgumentException("cannot " + verb + " " + this + " " + conjunction + " " + other + ": "
                    + unit.dimension() + " and " + other.unit.dimension());
        }
    }

    // ---------------------------------------------------------------- Object

    /**
     * Checks whether this amount equals another: an instance of the same class and dimension, and
     * numerically equal, whatever the units and scales ({@code 20 GWh}, {@code 20.0 GWh} and
     * {@code 20000 MWh} are equal). Agrees with {@link #compareTo}.
     *
     * @param obj the object to compare with, null returns false
     * @return whether the amounts are equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || obj.getClass() != getClass()) {
            return false;
        }
        AbstractQuantity<?> other = (AbstractQuantity<?>) obj;
        if (other.unit == unit) {
            return value.compareTo(other.value) == 0;
        }
        if (other.unit.dimension() != unit.dimension()) {
            return false;
        }
        BigDecimal left = value.multiply(new BigDecimal(unit.factorNumerator().multiply(other.unit.factorDenominator())));
        BigDecimal right = other.value.multiply(
                new BigDecimal(other.unit.factorNumerator().multiply(unit.factorDenominator())));
        return left.compareTo(right) == 0;
    }

    /**
     * Returns a hash code of the exact amount in the dimension's base unit, so that equal amounts
     * hash alike.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        BigDecimal normal = Decimals.normalize(value);
        BigInteger num = normal.unscaledValue().multiply(unit.factorNumerator());
        BigInteger den = unit.factorDenominator();
        int scale = normal.scale();
        if (scale > 0) {
            den = den.multiply(BigInteger.TEN.pow(scale));
        } else if (scale < 0) {
            num = num.multiply(BigInteger.TEN.pow(-scale));
        }
        BigInteger gcd = num.gcd(den);
        num = num.divide(gcd);
        den = den.divide(gcd);
        return (unit.dimension().ordinal() * 31 + num.hashCode()) * 31 + den.hashCode();
    }

    /**
     * Returns the amount as written: the plain decimal, a space and the unit ({@code 5.94 billion m2});
     * a plain count is the number alone ({@code 135}). {@code parse} reads it back.
     *
     * @return the text, not null
     */
    @JsonValue
    @Override
    public String toString() {
        String number = value.toPlainString();
        return unit == Unit.ONE ? number : number + " " + unit;
    }
}
