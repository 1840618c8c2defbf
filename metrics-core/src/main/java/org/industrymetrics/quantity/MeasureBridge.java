package org.industrymetrics.quantity;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import javax.measure.IncommensurableException;
import javax.measure.UnconvertibleException;
import javax.measure.UnitConverter;
import org.industrymetrics.internal.Decimals;
import tech.units.indriya.function.RationalNumber;

/**
 * Reading JSR 385 quantities exactly. Indriya converts a {@code BigDecimal} by a non-terminating
 * factor with rounding ({@code 1e-30 mu} to {@code m2} comes back as {@code 6.666...E-28}), so this
 * class takes the number and the converter's factor as exact fractions and does the arithmetic itself.
 * Not part of the public API.
 */
final class MeasureBridge {

    private MeasureBridge() {
    }

    /** An exact fraction, denominator above zero. */
    private record Fraction(BigInteger num, BigInteger den) {

        Fraction times(Fraction other) {
            return new Fraction(num.multiply(other.num), den.multiply(other.den));
        }

        /** The exact decimal, or ArithmeticException if it does not terminate. */
        BigDecimal toBigDecimalExact() {
            BigInteger gcd = num.gcd(den);
            BigInteger n = gcd.signum() == 0 ? num : num.divide(gcd);
            BigInteger d = gcd.signum() == 0 ? den : den.divide(gcd);
            BigDecimal numerator = new BigDecimal(n);
            return d.equals(BigInteger.ONE) ? numerator : numerator.divide(new BigDecimal(d));
        }
    }

    /**
     * Returns the amount of {@code quantity} in {@code unit}, exactly.
     *
     * @throws IllegalArgumentException if the quantity is of another dimension, its conversion is not
     *     a factor, its number is NaN or infinite, or the result has too many digits
     * @throws ArithmeticException if the amount in {@code unit} does not terminate in decimal
     */
    static BigDecimal valueIn(javax.measure.Quantity<?> quantity, Unit unit) {
        javax.measure.Unit<?> target = unit.toMeasureUnit();
        javax.measure.Unit<?> source = quantity.getUnit();
        if (source == null || !source.isCompatible(target)) {
            throw new IllegalArgumentException("cannot express " + quantity + " in " + unit + ": "
                    + (source == null ? "it has no unit" : source.getDimension() + " is not " + unit.dimension()));
        }
        UnitConverter converter;
        try {
            converter = source.getConverterToAny(target);
        } catch (IncommensurableException | UnconvertibleException e) {
            throw new IllegalArgumentException("cannot express " + quantity + " in " + unit + ": " + e.getMessage(), e);
        }
        if (!converter.isLinear()) {
            throw new IllegalArgumentException("cannot express " + quantity + " in " + unit
                    + ": the conversion " + converter + " is not a factor");
        }
        Fraction factor = fraction(converter.convert(RationalNumber.ONE), quantity);
        Fraction amount = fraction(quantity.getValue(), quantity);
        BigDecimal value;
        try {
            value = amount.times(factor).toBigDecimalExact();
        } catch (ArithmeticException e) {
            throw new ArithmeticException("cannot express " + quantity + " in " + unit
                    + " exactly: the amount does not terminate in decimal");
        }
        value = AbstractQuantity.natural(value);
        if (!AbstractQuantity.inRange(value)) {
            throw new IllegalArgumentException("cannot express " + quantity + " in " + unit + ": the amount has "
                    + Decimals.plainDigits(value) + " digits, more than the "
                    + org.industrymetrics.internal.Decimals.MAX_DIGITS + " a quantity keeps");
        }
        return value;
    }

    /**
     * Returns the units of {@code dimension} to try for {@code quantity}, best first: the unit of this
     * library that is equal to the quantity's unit, then the base unit, then the others.
     *
     * @throws IllegalArgumentException if the quantity is not of {@code dimension}
     */
    static List<Unit> candidateUnits(javax.measure.Quantity<?> quantity, Dimension dimension) {
        Unit base = Unit.base(dimension);
        javax.measure.Unit<?> source = quantity.getUnit();
        if (source == null || !source.isCompatible(base.toMeasureUnit())) {
            throw new IllegalArgumentException("cannot read " + quantity + " as " + dimension + ": "
                    + (source == null ? "it has no unit" : "its unit " + source + " is not a unit of " + dimension));
        }
        List<Unit> candidates = new ArrayList<>();
        for (Unit u : Unit.knownUnits()) {
            if (u.dimension() == dimension && u.toMeasureUnit().equals(source)) {
                candidates.add(u);
                break;
            }
        }
        if (!candidates.contains(base)) {
            candidates.add(base);
        }
        for (Unit u : Unit.knownUnits()) {
            if (u.dimension() == dimension && !candidates.contains(u)) {
                candidates.add(u);
            }
        }
        return candidates;
    }

    /** The exact value of a number as Indriya hands it out: a fraction, or IllegalArgumentException. */
    private static Fraction fraction(Number number, javax.measure.Quantity<?> context) {
        if (number == null) {
            throw new IllegalArgumentException("cannot read " + context + ": its number is null");
        }
        if (number instanceof RationalNumber) {
            RationalNumber r = (RationalNumber) number;
            return new Fraction(r.getDividend(), r.getDivisor());
        }
        if (number instanceof BigInteger) {
            return new Fraction((BigInteger) number, BigInteger.ONE);
        }
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return new Fraction(BigInteger.valueOf(number.longValue()), BigInteger.ONE);
        }
        BigDecimal decimal;
        if (number instanceof BigDecimal) {
            decimal = (BigDecimal) number;
        } else if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("cannot read " + context + ": its number is " + d);
            }
            // the shortest decimal that reads back as this double: what the author of 1.5 meant
            decimal = new BigDecimal(number.toString());
        } else {
            try {
                decimal = new BigDecimal(number.toString());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("cannot read " + context + ": its number " + number
                        + " is not a decimal", e);
            }
        }
        if (Decimals.plainDigits(decimal) > 10L * org.industrymetrics.internal.Decimals.MAX_DIGITS) {
            // a bound before BigInteger.TEN.pow, so a hostile scale costs nothing
            throw new IllegalArgumentException("cannot read " + context + ": its number has too many digits");
        }
        return decimal.scale() >= 0
                ? new Fraction(decimal.unscaledValue(), BigInteger.TEN.pow(decimal.scale()))
                : new Fraction(decimal.unscaledValue().multiply(BigInteger.TEN.pow(-decimal.scale())), BigInteger.ONE);
    }
}
