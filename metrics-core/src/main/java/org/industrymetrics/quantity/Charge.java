package org.industrymetrics.quantity;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import org.industrymetrics.FigureParseException;
import tech.units.indriya.quantity.Quantities;

/**
 * An electric charge, such as the capacity of a battery cell: {@code 280 Ah}, {@code 5000 mAh}.
 * <p>
 * A {@link Quantity} whose dimension, {@link Dimension#CHARGE}, is part of its type: adding
 * a {@code Mass} to it does not compile. Values and units are kept as written, arithmetic is
 * exact decimal arithmetic, and equality is numeric across units, as for {@link Quantity}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Charge extends AbstractQuantity<Charge> {

    private Charge(BigDecimal value, Unit unit) {
        super(value, unit);
    }

    @Override
    Charge create(BigDecimal value, Unit unit) {
        return new Charge(value, unit);
    }

    /**
     * Obtains a {@code Charge} of a whole number of ampere hours.
     *
     * @param amount the number of ampere hours
     * @return the amount in {@link Unit#AMPERE_HOUR}
     */
    public static Charge ofAmpereHours(long amount) {
        return new Charge(BigDecimal.valueOf(amount), Unit.AMPERE_HOUR);
    }

    /**
     * Obtains a {@code Charge} of ampere hours.
     *
     * @param amount the number of ampere hours, kept as written, not null
     * @return the amount in {@link Unit#AMPERE_HOUR}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static Charge ofAmpereHours(BigDecimal amount) {
        return new Charge(checkArgument(amount, "amount"), Unit.AMPERE_HOUR);
    }

    /**
     * Obtains a {@code Charge} of a whole number of milliampere hours.
     *
     * @param amount the number of milliampere hours
     * @return the amount in {@link Unit#MILLIAMPERE_HOUR}
     */
    public static Charge ofMilliampereHours(long amount) {
        return new Charge(BigDecimal.valueOf(amount), Unit.MILLIAMPERE_HOUR);
    }

    /**
     * Obtains a {@code Charge} of milliampere hours.
     *
     * @param amount the number of milliampere hours, kept as written, not null
     * @return the amount in {@link Unit#MILLIAMPERE_HOUR}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static Charge ofMilliampereHours(BigDecimal amount) {
        return new Charge(checkArgument(amount, "amount"), Unit.MILLIAMPERE_HOUR);
    }

    /**
     * Obtains a {@code Charge} in any unit of electric charge: {@code of(new BigDecimal("280"), AMPERE_HOUR)}.
     *
     * @param value the amount, kept as written, not null
     * @param unit a unit of electric charge, not null
     * @return the amount
     * @throws IllegalArgumentException if the unit is not one of electric charge, or {@code value} written out has
     *     more than 1000 digits
     */
    public static Charge of(BigDecimal value, Unit unit) {
        return new Charge(checkArgument(value, "value"), requireDimension(unit, Dimension.CHARGE));
    }

    /**
     * Obtains a {@code Charge} from a decimal text and a unit of electric charge: {@code of("280", AMPERE_HOUR)}.
     * The text uses {@code .} as the decimal point and no group separators; no locale is used.
     *
     * @param value the decimal text, not null
     * @param unit a unit of electric charge, not null
     * @return the amount
     * @throws IllegalArgumentException if the unit is not one of electric charge
     * @throws FigureParseException if {@code value} is not a decimal number
     */
    public static Charge of(String value, Unit unit) {
        requireDimension(unit, Dimension.CHARGE);
        Quantity q = Quantity.of(value, unit);
        return new Charge(q.value, q.unit);
    }

    /**
     * Obtains a {@code Charge} of a whole number of a unit of electric charge.
     *
     * @param value the amount
     * @param unit a unit of electric charge, not null
     * @return the amount
     * @throws IllegalArgumentException if the unit is not one of electric charge
     */
    public static Charge of(long value, Unit unit) {
        return new Charge(BigDecimal.valueOf(value), requireDimension(unit, Dimension.CHARGE));
    }

    /**
     * Obtains zero in a unit of electric charge, the start of a sum.
     *
     * @param unit a unit of electric charge, not null
     * @return zero in {@code unit}
     * @throws IllegalArgumentException if the unit is not one of electric charge
     */
    public static Charge zero(Unit unit) {
        return of(0, unit);
    }

    /**
     * Obtains a {@code Charge} from text such as {@code "280 Ah"}: a decimal number, a space and a unit
     * of electric charge, as {@link Quantity#parse(String)} reads them. Reads what {@link #toString()} writes.
     *
     * @param text the text, not null
     * @return the amount
     * @throws FigureParseException if the text is not a quantity, or its unit is not one of electric charge
     */
    @JsonCreator
    public static Charge parse(String text) {
        Quantity q = Quantity.parse(text, Dimension.CHARGE);
        return new Charge(q.value, q.unit);
    }

    /**
     * Obtains a {@code Charge} from a {@link Quantity} of electric charge, with its value and unit.
     *
     * @param quantity a quantity of electric charge, not null
     * @return the amount
     * @throws IllegalArgumentException if the quantity is not one of electric charge
     */
    public static Charge from(Quantity quantity) {
        requireDimension(quantity, Dimension.CHARGE);
        return new Charge(quantity.value, quantity.unit);
    }

    /**
     * Obtains a {@code Charge} from a JSR 385 (Indriya) quantity, exactly. The result is in the unit of
     * this library equal to the quantity's unit where there is one, else in the base unit
     * {@code Ah}, else in the first unit of electric charge that expresses it exactly.
     *
     * @param quantity the JSR 385 quantity, not null
     * @return the amount
     * @throws IllegalArgumentException if the quantity is not one of electric charge, or its number is not finite
     * @throws ArithmeticException if no unit of electric charge expresses the amount as a terminating decimal
     */
    public static Charge from(javax.measure.Quantity<javax.measure.quantity.ElectricCharge> quantity) {
        Quantity q = Quantity.fromMeasure(quantity, Dimension.CHARGE);
        return new Charge(q.value, q.unit);
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
     * Returns the equivalent Indriya (JSR 385) quantity, typed as {@code ElectricCharge}, for code
     * that speaks {@code javax.measure}. The number is this value (Indriya may narrow a whole number to an
     * {@code Integer} or {@code Long}).
     *
     * @return the Indriya quantity, not null
     */
    @Override
    public javax.measure.Quantity<javax.measure.quantity.ElectricCharge> toMeasure() {
        return Quantities.getQuantity(value, unit.toMeasureUnit().asType(javax.measure.quantity.ElectricCharge.class));
    }
}
