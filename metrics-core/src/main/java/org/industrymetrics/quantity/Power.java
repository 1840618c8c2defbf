package org.industrymetrics.quantity;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import org.industrymetrics.FigureParseException;
import tech.units.indriya.quantity.Quantities;

/**
 * A power, such as the installed capacity of a power plant: {@code 1.2 GW}, {@code 500 MW}.
 * <p>
 * A {@link Quantity} whose dimension, {@link Dimension#POWER}, is part of its type: adding
 * a {@code Mass} to it does not compile. Values and units are kept as written, arithmetic is
 * exact decimal arithmetic, and equality is numeric across units, as for {@link Quantity}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Power extends AbstractQuantity<Power> {

    private Power(BigDecimal value, Unit unit) {
        super(value, unit);
    }

    @Override
    Power create(BigDecimal value, Unit unit) {
        return new Power(value, unit);
    }

    /**
     * Obtains a {@code Power} of a whole number of watts.
     *
     * @param amount the number of watts
     * @return the amount in {@link Unit#WATT}
     */
    public static Power ofWatts(long amount) {
        return new Power(BigDecimal.valueOf(amount), Unit.WATT);
    }

    /**
     * Obtains a {@code Power} of watts.
     *
     * @param amount the number of watts, kept as written, not null
     * @return the amount in {@link Unit#WATT}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static Power ofWatts(BigDecimal amount) {
        return new Power(checkArgument(amount, "amount"), Unit.WATT);
    }

    /**
     * Obtains a {@code Power} of a whole number of kilowatts.
     *
     * @param amount the number of kilowatts
     * @return the amount in {@link Unit#KILOWATT}
     */
    public static Power ofKilowatts(long amount) {
        return new Power(BigDecimal.valueOf(amount), Unit.KILOWATT);
    }

    /**
     * Obtains a {@code Power} of kilowatts.
     *
     * @param amount the number of kilowatts, kept as written, not null
     * @return the amount in {@link Unit#KILOWATT}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static Power ofKilowatts(BigDecimal amount) {
        return new Power(checkArgument(amount, "amount"), Unit.KILOWATT);
    }

    /**
     * Obtains a {@code Power} of a whole number of megawatts.
     *
     * @param amount the number of megawatts
     * @return the amount in {@link Unit#MEGAWATT}
     */
    public static Power ofMegawatts(long amount) {
        return new Power(BigDecimal.valueOf(amount), Unit.MEGAWATT);
    }

    /**
     * Obtains a {@code Power} of megawatts.
     *
     * @param amount the number of megawatts, kept as written, not null
     * @return the amount in {@link Unit#MEGAWATT}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static Power ofMegawatts(BigDecimal amount) {
        return new Power(checkArgument(amount, "amount"), Unit.MEGAWATT);
    }

    /**
     * Obtains a {@code Power} of a whole number of gigawatts.
     *
     * @param amount the number of gigawatts
     * @return the amount in {@link Unit#GIGAWATT}
     */
    public static Power ofGigawatts(long amount) {
        return new Power(BigDecimal.valueOf(amount), Unit.GIGAWATT);
    }

    /**
     * Obtains a {@code Power} of gigawatts.
     *
     * @param amount the number of gigawatts, kept as written, not null
     * @return the amount in {@link Unit#GIGAWATT}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static Power ofGigawatts(BigDecimal amount) {
        return new Power(checkArgument(amount, "amount"), Unit.GIGAWATT);
    }

    /**
     * Obtains a {@code Power} in any unit of power: {@code of(new BigDecimal("1.2"), GIGAWATT)}.
     *
     * @param value the amount, kept as written, not null
     * @param unit a unit of power, not null
     * @return the amount
     * @throws IllegalArgumentException if the unit is not one of power, or {@code value} written out has
     *     more than 1000 digits
     */
    public static Power of(BigDecimal value, Unit unit) {
        return new Power(checkArgument(value, "value"), requireDimension(unit, Dimension.POWER));
    }

    /**
     * Obtains a {@code Power} from a decimal text and a unit of power: {@code of("1.2", GIGAWATT)}.
     * The text uses {@code .} as the decimal point and no group separators; no locale is used.
     *
     * @param value the decimal text, not null
     * @param unit a unit of power, not null
     * @return the amount
     * @throws IllegalArgumentException if the unit is not one of power
     * @throws FigureParseException if {@code value} is not a decimal number
     */
    public static Power of(String value, Unit unit) {
        requireDimension(unit, Dimension.POWER);
        Quantity q = Quantity.of(value, unit);
        return new Power(q.value, q.unit);
    }

    /**
     * Obtains a {@code Power} of a whole number of a unit of power.
     *
     * @param value the amount
     * @param unit a unit of power, not null
     * @return the amount
     * @throws IllegalArgumentException if the unit is not one of power
     */
    public static Power of(long value, Unit unit) {
        return new Power(BigDecimal.valueOf(value), requireDimension(unit, Dimension.POWER));
    }

    /**
     * Obtains zero in a unit of power, the start of a sum.
     *
     * @param unit a unit of power, not null
     * @return zero in {@code unit}
     * @throws IllegalArgumentException if the unit is not one of power
     */
    public static Power zero(Unit unit) {
        return of(0, unit);
    }

    /**
     * Obtains a {@code Power} from text such as {@code "1.2 GW"}: a decimal number, a space and a unit
     * of power, as {@link Quantity#parse(String)} reads them. Reads what {@link #toString()} writes.
     *
     * @param text the text, not null
     * @return the amount
     * @throws FigureParseException if the text is not a quantity, or its unit is not one of power
     */
    @JsonCreator
    public static Power parse(String text) {
        Quantity q = Quantity.parse(text, Dimension.POWER);
        return new Power(q.value, q.unit);
    }

    /**
     * Obtains a {@code Power} from a {@link Quantity} of power, with its value and unit.
     *
     * @param quantity a quantity of power, not null
     * @return the amount
     * @throws IllegalArgumentException if the quantity is not one of power
     */
    public static Power from(Quantity quantity) {
        requireDimension(quantity, Dimension.POWER);
        return new Power(quantity.value, quantity.unit);
    }

    /**
     * Obtains a {@code Power} from a JSR 385 (Indriya) quantity, exactly. The result is in the unit of
     * this library equal to the quantity's unit where there is one, else in the base unit
     * {@code W}, else in the first unit of power that expresses it exactly.
     *
     * @param quantity the JSR 385 quantity, not null
     * @return the amount
     * @throws IllegalArgumentException if the quantity is not one of power, or its number is not finite
     * @throws ArithmeticException if no unit of power expresses the amount as a terminating decimal
     */
    public static Power from(javax.measure.Quantity<javax.measure.quantity.Power> quantity) {
        Quantity q = Quantity.fromMeasure(quantity, Dimension.POWER);
        return new Power(q.value, q.unit);
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
     * Returns the equivalent Indriya (JSR 385) quantity, typed as {@code Power}, for code
     * that speaks {@code javax.measure}. The number is this value (Indriya may narrow a whole number to an
     * {@code Integer} or {@code Long}).
     *
     * @return the Indriya quantity, not null
     */
    @Override
    public javax.measure.Quantity<javax.measure.quantity.Power> toMeasure() {
        return Quantities.getQuantity(value, unit.toMeasureUnit().asType(javax.measure.quantity.Power.class));
    }
}
