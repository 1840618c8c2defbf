package org.industrymetrics.quantity;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.internal.Decimals;
import tech.units.indriya.quantity.Quantities;

/**
 * An amount in a unit of measure: {@code 20 GWh}, {@code 5.94 billion m2}, {@code 594 mu},
 * {@code 20000 t/a}, {@code 135 enterprises}.
 * <p>
 * The value is a {@link BigDecimal} kept as written, and the unit is kept as written, so a
 * quantity prints as it was reported. Arithmetic is decimal and exact: {@code 0.1 GWh + 0.2 GWh}
 * is {@code 0.3 GWh}; units of one dimension convert exactly ({@code 594 mu} is {@code 396000 m2}).
 * Quantities of different dimensions never add or compare: that is an
 * {@link IllegalArgumentException} naming both.
 * <p>
 * Equality is numeric within a dimension, so it agrees with {@link #compareTo}:
 * {@code 20 GWh} equals {@code 20000 MWh} and {@code 20.0 GWh}.
 * <p>
 * Adding quantities of the same unit is a single {@code BigDecimal} addition; Indriya is used only
 * at the boundary ({@link #toMeasure()}, {@link #fromMeasure}).
 * This class is immutable and thread-safe.
 */
public final class Quantity implements Comparable<Quantity> {

    private final BigDecimal value;
    private final Unit unit;

    private Quantity(BigDecimal value, Unit unit) {
        this.value = value;
        this.unit = unit;
    }

    /**
     * Obtains a quantity.
     *
     * @param value the amount, not null
     * @param unit the unit, not null
     * @return the quantity
     */
    public static Quantity of(BigDecimal value, Unit unit) {
        return new Quantity(Objects.requireNonNull(value, "value"), Objects.requireNonNull(unit, "unit"));
    }

    /**
     * Obtains a quantity from a decimal text and a unit: {@code of("88.9", GIGAWATT_HOUR)}.
     *
     * @param value the decimal text, {@code .} as decimal point, not null
     * @param unit the unit, not null
     * @return the quantity
     * @throws FigureParseException if {@code value} is not a decimal number
     */
    public static Quantity of(String value, Unit unit) {
        Objects.requireNonNull(value, "value");
        return of(Decimals.parse(value, true), unit);
    }

    /** Obtains a quantity of a whole number of units. */
    public static Quantity of(long value, Unit unit) {
        return of(BigDecimal.valueOf(value), unit);
    }

    /**
     * Obtains a quantity from text: a decimal number, white space, and a unit, for example
     * {@code "20 GWh"}, {@code "5.94 billion m2"}, {@code "20000 t/a"}, or a number alone for a
     * plain count. Uses no locale: {@code "20,5 GWh"} is an error, not 205 GWh.
     *
     * @param text the text, not null
     * @return the quantity
     * @throws FigureParseException naming the input and index if the text is not a quantity
     */
    public static Quantity parse(String text) {
        Objects.requireNonNull(text, "text");
        int end = 0;
        while (end < text.length() && text.charAt(end) != ' ') {
            end++;
        }
        if (end == 0) {
            throw new FigureParseException(text, 0, text.isEmpty()
                    ? "found nothing, expected a number and a unit, such as \"20 GWh\""
                    : "found ' ', expected a number");
        }
        BigDecimal value = Decimals.parse(text, 0, end, true, text);
        if (end == text.length()) {
            return new Quantity(value, Unit.ONE);
        }
        return new Quantity(value, Unit.parse(text, end, text));
    }

    /** Returns the amount, as written. */
    public BigDecimal value() {
        return value;
    }

    /** Returns the unit. */
    public Unit unit() {
        return unit;
    }

    /** Returns the dimension of the unit. */
    public Dimension dimension() {
        return unit.dimension();
    }

    /**
     * Returns this quantity in another unit of the same dimension, exactly.
     *
     * @param target the unit, not null
     * @return the quantity in {@code target}
     * @throws IllegalArgumentException if the dimensions differ
     * @throws ArithmeticException if the exact result does not terminate in decimal (use {@link #to(Unit, MathContext)})
     */
    public Quantity to(Unit target) {
        requireSameDimension(target, "convert");
        if (target.equals(unit)) {
            return this;
        }
        try {
            return new Quantity(convert(value, unit, target), target);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("converting " + this + " to " + target
                    + " has no exact decimal result: pass a MathContext to round");
        }
    }

    /**
     * Returns this quantity in another unit of the same dimension, rounded by {@code mc} where the
     * exact result does not terminate.
     */
    public Quantity to(Unit target, MathContext mc) {
        requireSameDimension(target, "convert");
        BigInteger num = unit.factorNumerator().multiply(target.factorDenominator());
        BigInteger den = unit.factorDenominator().multiply(target.factorNumerator());
        return new Quantity(value.multiply(new BigDecimal(num)).divide(new BigDecimal(den), mc), target);
    }

    /** Converts exactly; throws ArithmeticException where the decimal does not terminate. */
    private static BigDecimal convert(BigDecimal value, Unit from, Unit to) {
        BigInteger num = from.factorNumerator().multiply(to.factorDenominator());
        BigInteger den = from.factorDenominator().multiply(to.factorNumerator());
        BigInteger gcd = num.gcd(den);
        return Decimals.multiplyExact(value, num.divide(gcd), den.divide(gcd));
    }

    /**
     * Returns the sum. Same units add directly; otherwise the result is in whichever of the two
     * units both convert to exactly (the finer one, usually).
     *
     * @throws IllegalArgumentException if the dimensions differ ("cannot add 20 GWh and 5 t: energy and mass")
     */
    public Quantity plus(Quantity other) {
        if (other.unit == unit) {
            return new Quantity(value.add(other.value), unit);
        }
        Unit common = commonUnit(other, "add");
        return new Quantity(convert(value, unit, common).add(convert(other.value, other.unit, common)), common);
    }

    /**
     * Returns the difference.
     *
     * @throws IllegalArgumentException if the dimensions differ
     */
    public Quantity minus(Quantity other) {
        if (other.unit == unit) {
            return new Quantity(value.subtract(other.value), unit);
        }
        Unit common = commonUnit(other, "subtract");
        return new Quantity(convert(value, unit, common).subtract(convert(other.value, other.unit, common)), common);
    }

    /** Returns this quantity multiplied by a plain number, exactly. */
    public Quantity multipliedBy(BigDecimal factor) {
        return new Quantity(value.multiply(Objects.requireNonNull(factor, "factor")), unit);
    }

    /**
     * Returns this quantity divided by a plain number, exactly.
     *
     * @throws ArithmeticException if the quotient does not terminate (use {@link #dividedBy(BigDecimal, MathContext)}) or the divisor is zero
     */
    public Quantity dividedBy(BigDecimal divisor) {
        try {
            return new Quantity(value.divide(Objects.requireNonNull(divisor, "divisor")), unit);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("dividing " + this + " by " + divisor.toPlainString()
                    + ": " + e.getMessage() + "; pass a MathContext to round");
        }
    }

    /** Returns this quantity divided by a plain number, rounded by {@code mc}. */
    public Quantity dividedBy(BigDecimal divisor, MathContext mc) {
        return new Quantity(value.divide(Objects.requireNonNull(divisor, "divisor"), mc), unit);
    }

    /**
     * Returns this quantity as a multiple of {@code other}, a plain number: {@code 50 GWh} over
     * {@code 20 GWh} is {@code 2.5}.
     *
     * @throws IllegalArgumentException if the dimensions differ
     * @throws ArithmeticException if {@code other} is zero
     */
    public BigDecimal ratio(Quantity other, MathContext mc) {
        requireSameDimension(other.unit, "divide");
        BigInteger num = unit.factorNumerator().multiply(other.unit.factorDenominator());
        BigInteger den = unit.factorDenominator().multiply(other.unit.factorNumerator());
        return value.multiply(new BigDecimal(num)).divide(other.value.multiply(new BigDecimal(den)), mc);
    }

    /** Returns the negated quantity. */
    public Quantity negated() {
        return new Quantity(value.negate(), unit);
    }

    /** Returns whether the amount is zero. */
    public boolean isZero() {
        return value.signum() == 0;
    }

    /** Returns -1, 0 or 1 as the amount is below, at or above zero. */
    public int signum() {
        return value.signum();
    }

    /**
     * Compares amounts of the same dimension numerically, across units.
     *
     * @throws IllegalArgumentException if the dimensions differ
     */
    @Override
    public int compareTo(Quantity other) {
        if (other.unit == unit) {
            return value.compareTo(other.value);
        }
        requireSameDimension(other.unit, "compare");
        BigDecimal left = value.multiply(new BigDecimal(unit.factorNumerator().multiply(other.unit.factorDenominator())));
        BigDecimal right = other.value.multiply(new BigDecimal(other.unit.factorNumerator().multiply(unit.factorDenominator())));
        return left.compareTo(right);
    }

    /**
     * Returns the equivalent Indriya quantity, for code that speaks {@code javax.measure}.
     * The value stays a {@code BigDecimal}.
     */
    public javax.measure.Quantity<?> toMeasure() {
        return Quantities.getQuantity(value, unit.toMeasureUnit());
    }

    /**
     * Obtains a quantity from an Indriya (or any JSR 385) quantity, in {@code unit}.
     *
     * @param quantity the JSR 385 quantity, not null
     * @param unit the unit of the result, which the quantity must convert to, not null
     * @return the quantity in {@code unit}
     * @throws IllegalArgumentException if the quantity cannot be expressed in {@code unit}
     */
    public static Quantity fromMeasure(javax.measure.Quantity<?> quantity, Unit unit) {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        javax.measure.Unit<?> target = unit.toMeasureUnit();
        if (!quantity.getUnit().isCompatible(target)) {
            throw new IllegalArgumentException("cannot express " + quantity + " in " + unit
                    + ": " + quantity.getUnit().getDimension() + " is not " + unit.dimension());
        }
        try {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Number converted = ((javax.measure.Unit) quantity.getUnit()).getConverterToAny(target)
                    .convert(quantity.getValue());
            BigDecimal value = converted instanceof BigDecimal ? (BigDecimal) converted
                    : new BigDecimal(converted.toString());
            return new Quantity(value, unit);
        } catch (javax.measure.IncommensurableException | NumberFormatException e) {
            throw new IllegalArgumentException("cannot express " + quantity + " in " + unit + ": " + e.getMessage(), e);
        }
    }

    private Unit commonUnit(Quantity other, String verb) {
        requireSameDimension(other.unit, verb, other);
        if (unit.equals(other.unit)) {
            return unit;
        }
        // the unit with the smaller factor usually takes the other exactly; mu takes m2 exactly, not the reverse
        Unit finer = compareFactors(unit, other.unit) <= 0 ? unit : other.unit;
        Unit coarser = finer == unit ? other.unit : unit;
        if (isExactInto(coarser, finer)) {
            return finer;
        }
        if (isExactInto(finer, coarser)) {
            return coarser;
        }
        return finer.withoutScale().equals(finer) ? Unit.parse(finer.dimension().baseSymbol()) : finer.withoutScale();
    }

    /** Whether one unit of {@code from} is a terminating decimal number of {@code to}. */
    private static boolean isExactInto(Unit from, Unit to) {
        BigInteger den = from.factorDenominator().multiply(to.factorNumerator());
        BigInteger num = from.factorNumerator().multiply(to.factorDenominator());
        den = den.divide(num.gcd(den));
        // a fraction terminates when its reduced denominator has no prime factors but 2 and 5
        while (den.mod(BigInteger.TWO).signum() == 0) {
            den = den.shiftRight(1);
        }
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

    private void requireSameDimension(Unit other, String verb) {
        if (other.dimension() != unit.dimension()) {
            throw new IllegalArgumentException("cannot " + verb + " " + this + " and " + other + ": "
                    + unit.dimension() + " and " + other.dimension());
        }
    }

    private void requireSameDimension(Unit other, String verb, Quantity otherQuantity) {
        if (other.dimension() != unit.dimension()) {
            throw new IllegalArgumentException("cannot " + verb + " " + this + " and " + otherQuantity + ": "
                    + unit.dimension() + " and " + other.dimension());
        }
    }

    /** Equal when of the same dimension and numerically equal, whatever the units: agrees with {@link #compareTo}. */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Quantity)) {
            return false;
        }
        Quantity other = (Quantity) obj;
        return other.unit.dimension() == unit.dimension() && compareTo(other) == 0;
    }

    /** Hashes the exact amount in the base unit, reduced, so that equal quantities hash alike. */
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
        if (gcd.signum() != 0) {
            num = num.divide(gcd);
            den = den.divide(gcd);
        }
        return Objects.hash(unit.dimension(), num, den);
    }

    /**
     * Returns the quantity as written: the plain decimal, a space, and the unit ({@code 5.94 billion m2});
     * a plain count prints as the number alone. {@link #parse(String)} reads it back.
     */
    @Override
    public String toString() {
        String number = value.toPlainString();
        return unit == Unit.ONE ? number : number + " " + unit;
    }
}
