package org.industrymetrics.quantity;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import org.industrymetrics.FigureParseException;
import tech.units.indriya.quantity.Quantities;

/**
 * A mass: {@code 5 t}, {@code 1.2 Mt}, {@code 30 thousand t}.
 * <p>
 * A {@link Quantity} whose dimension, {@link Dimension#MASS}, is part of its type: adding
 * an {@code Energy} to it does not compile. Values and units are kept as written, arithmetic is
 * exact decimal arithmetic, and equality is numeric across units, as for {@link Quantity}.
 * <p>
 * A mass produced in a period is a mass; a production capacity per year is a {@link MassPerYear}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Mass extends AbstractQuantity<Mass> {

    private Mass(BigDecimal value, Unit unit) {
        super(value, unit);
    }

    @Override
    Mass create(BigDecimal value, Unit unit) {
        return new Mass(value, unit);
    }

    /**
     * Obtains a {@code Mass} of a whole number of kilograms.
     *
     * @param amount the number of kilograms
     * @return the amount in {@link Unit#KILOGRAM}
     */
    public static Mass ofKilograms(long amount) {
        return new Mass(BigDecimal.valueOf(amount), Unit.KILOGRAM);
    }

    /**
     * Obtains a {@code Mass} of kilograms.
     *
     * @param amount the number of kilograms, kept as written, not null
     * @return the amount in {@link Unit#KILOGRAM}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static Mass ofKilograms(BigDecimal amount) {
        return new Mass(checkArgument(amount, "amount"), Unit.KILOGRAM);
    }

    /**
     * Obtains a {@code Mass} of a whole number of tonnes.
     *
     * @param amount the number of tonnes
     * @return the amount in {@link Unit#TONNE}
     */
    public static Mass ofTonnes(long amount) {
        return new Mass(BigDecimal.valueOf(amount), Unit.TONNE);
    }

    /**
     * Obtains a {@code Mass} of tonnes.
     *
     * @param amount the number of tonnes, kept as written, not null
     * @return the amount in {@link Unit#TONNE}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static Mass ofTonnes(BigDecimal amount) {
        return new Mass(checkArgument(amount, "amount"), Unit.TONNE);
    }

    /**
     * Obtains a {@code Mass} of a whole number of kilotonnes.
     *
     * @param amount the number of kilotonnes
     * @return the amount in {@link Unit#KILOTONNE}
     */
    public static Mass ofKilotonnes(long amount) {
        return new Mass(BigDecimal.valueOf(amount), Unit.KILOTONNE);
    }

    /**
     * Obtains a {@code Mass} of kilotonnes.
     *
     * @param amount the number of kilotonnes, kept as written, not null
     * @return the amount in {@link Unit#KILOTONNE}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static Mass ofKilotonnes(BigDecimal amount) {
        return new Mass(checkArgument(amount, "amount"), Unit.KILOTONNE);
    }

    /**
     * Obtains a {@code Mass} of a whole number of megatonnes.
     *
     * @param amount the number of megatonnes
     * @return the amount in {@link Unit#MEGATONNE}
     */
    public static Mass ofMegatonnes(long amount) {
        return new Mass(BigDecimal.valueOf(amount), Unit.MEGATONNE);
    }

    /**
     * Obtains a {@code Mass} of megatonnes.
     *
     * @param amount the number of megatonnes, kept as written, not null
     * @return the amount in {@link Unit#MEGATONNE}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static Mass ofMegatonnes(BigDecimal amount) {
        return new Mass(checkArgument(amount, "amount"), Unit.MEGATONNE);
    }

    /**
     * Obtains a {@code Mass} in any unit of mass: {@code of(new BigDecimal("5"), TONNE)}.
     *
     * @param value the amount, kept as written, not null
     * @param unit a unit of mass, not null
     * @return the amount
     * @throws IllegalArgumentException if the unit is not one of mass, or {@code value} written out has
     *     more than 1000 digits
     */
    public static Mass of(BigDecimal value, Unit unit) {
        return new Mass(checkArgument(value, "value"), requireDimension(unit, Dimension.MASS));
    }

    /**
     * Obtains a {@code Mass} from a decimal text and a unit of mass: {@code of("5", TONNE)}.
     * The text uses {@code .} as the decimal point and no group separators; no locale is used.
     *
     * @param value the decimal text, not null
     * @param unit a unit of mass, not null
     * @return the amount
     * @throws IllegalArgumentException if the unit is not one of mass
     * @throws FigureParseException if {@code value} is not a decimal number
     */
    public static Mass of(String value, Unit unit) {
        requireDimension(unit, Dimension.MASS);
        Quantity q = Quantity.of(value, unit);
        return new Mass(q.value, q.unit);
    }

    /**
     * Obtains a {@code Mass} of a whole number of a unit of mass.
     *
     * @param value the amount
     * @param unit a unit of mass, not null
     * @return the amount
     * @throws IllegalArgumentException if the unit is not one of mass
     */
    public static Mass of(long value, Unit unit) {
        return new Mass(BigDecimal.valueOf(value), requireDimension(unit, Dimension.MASS));
    }

    /**
     * Obtains zero in a unit of mass, the start of a sum.
     *
     * @param unit a unit of mass, not null
     * @return zero in {@code unit}
     * @throws IllegalArgumentException if the unit is not one of mass
     */
    public static Mass zero(Unit unit) {
        return of(0, unit);
    }

    /**
     * Obtains a {@code Mass} from text such as {@code "5 t"}: a decimal number, a space and a unit
     * of mass, as {@link Quantity#parse(String)} reads them. Reads what {@link #toString()} writes.
     *
     * @param text the text, not null
     * @return the amount
     * @throws FigureParseException if the text is not a quantity, or its unit is not one of mass
     */
    @JsonCreator
    public static Mass parse(String text) {
        Quantity q = Quantity.parse(text, Dimension.MASS);
        return new Mass(q.value, q.unit);
    }

    /**
     * Obtains a {@code Mass} from a {@link Quantity} of mass, with its value and unit.
     *
     * @param quantity a quantity of mass, not null
     * @return the amount
     * @throws IllegalArgumentException if the quantity is not one of mass
     */
    public static Mass from(Quantity quantity) {
        requireDimension(quantity, Dimension.MASS);
        return new Mass(quantity.value, quantity.unit);
    }

    /**
     * Obtains a {@code Mass} from a JSR 385 (Indriya) quantity, exactly. The result is in the unit of
     * this library equal to the quantity's unit where there is one, else in the base unit
     * {@code kg}, else in the first unit of mass that expresses it exactly.
     *
     * @param quantity the JSR 385 quantity, not null
     * @return the amount
     * @throws IllegalArgumentException if the quantity is not one of mass, or its number is not finite
     * @throws ArithmeticException if no unit of mass expresses the amount as a terminating decimal
     */
    public static Mass from(javax.measure.Quantity<javax.measure.quantity.Mass> quantity) {
        Quantity q = Quantity.fromMeasure(quantity, Dimension.MASS);
        return new Mass(q.value, q.unit);
    }

    /**
     * Returns this amount as a {@link Quantity}, with the same value and unit.
     *
     * @return the quantity, not null
     */
    public Quantity toQuantity() {
        return Quantity.of(value, unit);
    }

    /**
     * Returns the equivalent Indriya (JSR 385) quantity, typed as {@code Mass}, for code
     * that speaks {@code javax.measure}. The number is this value (Indriya may narrow a whole number to an
     * {@code Integer} or {@code Long}).
     *
     * @return the Indriya quantity, not null
     */
    @Override
    public javax.measure.Quantity<javax.measure.quantity.Mass> toMeasure() {
        return Quantities.getQuantity(value, unit.toMeasureUnit().asType(javax.measure.quantity.Mass.class));
    }
}
