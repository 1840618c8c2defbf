package org.industrymetrics.quantity;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import org.industrymetrics.FigureParseException;
import tech.units.indriya.quantity.Quantities;

/**
 * An amount of energy: {@code 20 GWh}, {@code 1.5 TWh}, {@code 88.9 billion kWh}.
 * <p>
 * A {@link Quantity} whose dimension, {@link Dimension#ENERGY}, is part of its type: adding
 * a {@code Mass} to it does not compile. Values and units are kept as written, arithmetic is
 * exact decimal arithmetic, and equality is numeric across units, as for {@link Quantity}.
 * <p>
 * An energy produced or consumed in a period is an amount of energy; a production capacity per year is an {@link EnergyPerYear}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Energy extends AbstractQuantity<Energy> {

    private Energy(BigDecimal value, Unit unit) {
        super(value, unit);
    }

    @Override
    Energy create(BigDecimal value, Unit unit) {
        return new Energy(value, unit);
    }

    /**
     * Obtains an {@code Energy} of a whole number of watt hours.
     *
     * @param amount the number of watt hours
     * @return the amount in {@link Unit#WATT_HOUR}
     */
    public static Energy ofWattHours(long amount) {
        return new Energy(BigDecimal.valueOf(amount), Unit.WATT_HOUR);
    }

    /**
     * Obtains an {@code Energy} of watt hours.
     *
     * @param amount the number of watt hours, kept as written, not null
     * @return the amount in {@link Unit#WATT_HOUR}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static Energy ofWattHours(BigDecimal amount) {
        return new Energy(checkArgument(amount, "amount"), Unit.WATT_HOUR);
    }

    /**
     * Obtains an {@code Energy} of a whole number of kilowatt hours.
     *
     * @param amount the number of kilowatt hours
     * @return the amount in {@link Unit#KILOWATT_HOUR}
     */
    public static Energy ofKilowattHours(long amount) {
        return new Energy(BigDecimal.valueOf(amount), Unit.KILOWATT_HOUR);
    }

    /**
     * Obtains an {@code Energy} of kilowatt hours.
     *
     * @param amount the number of kilowatt hours, kept as written, not null
     * @return the amount in {@link Unit#KILOWATT_HOUR}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static Energy ofKilowattHours(BigDecimal amount) {
        return new Energy(checkArgument(amount, "amount"), Unit.KILOWATT_HOUR);
    }

    /**
     * Obtains an {@code Energy} of a whole number of megawatt hours.
     *
     * @param amount the number of megawatt hours
     * @return the amount in {@link Unit#MEGAWATT_HOUR}
     */
    public static Energy ofMegawattHours(long amount) {
        return new Energy(BigDecimal.valueOf(amount), Unit.MEGAWATT_HOUR);
    }

    /**
     * Obtains an {@code Energy} of megawatt hours.
     *
     * @param amount the number of megawatt hours, kept as written, not null
     * @return the amount in {@link Unit#MEGAWATT_HOUR}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static Energy ofMegawattHours(BigDecimal amount) {
        return new Energy(checkArgument(amount, "amount"), Unit.MEGAWATT_HOUR);
    }

    /**
     * Obtains an {@code Energy} of a whole number of gigawatt hours.
     *
     * @param amount the number of gigawatt hours
     * @return the amount in {@link Unit#GIGAWATT_HOUR}
     */
    public static Energy ofGigawattHours(long amount) {
        return new Energy(BigDecimal.valueOf(amount), Unit.GIGAWATT_HOUR);
    }

    /**
     * Obtains an {@code Energy} of gigawatt hours.
     *
     * @param amount the number of gigawatt hours, kept as written, not null
     * @return the amount in {@link Unit#GIGAWATT_HOUR}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static Energy ofGigawattHours(BigDecimal amount) {
        return new Energy(checkArgument(amount, "amount"), Unit.GIGAWATT_HOUR);
    }

    /**
     * Obtains an {@code Energy} of a whole number of terawatt hours.
     *
     * @param amount the number of terawatt hours
     * @return the amount in {@link Unit#TERAWATT_HOUR}
     */
    public static Energy ofTerawattHours(long amount) {
        return new Energy(BigDecimal.valueOf(amount), Unit.TERAWATT_HOUR);
    }

    /**
     * Obtains an {@code Energy} of terawatt hours.
     *
     * @param amount the number of terawatt hours, kept as written, not null
     * @return the amount in {@link Unit#TERAWATT_HOUR}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static Energy ofTerawattHours(BigDecimal amount) {
        return new Energy(checkArgument(amount, "amount"), Unit.TERAWATT_HOUR);
    }

    /**
     * Obtains an {@code Energy} in any unit of energy: {@code of(new BigDecimal("20"), GIGAWATT_HOUR)}.
     *
     * @param value the amount, kept as written, not null
     * @param unit a unit of energy, not null
     * @return the amount
     * @throws IllegalArgumentException if the unit is not one of energy, or {@code value} written out has
     *     more than 1000 digits
     */
    public static Energy of(BigDecimal value, Unit unit) {
        return new Energy(checkArgument(value, "value"), requireDimension(unit, Dimension.ENERGY));
    }

    /**
     * Obtains an {@code Energy} from a decimal text and a unit of energy: {@code of("20", GIGAWATT_HOUR)}.
     * The text uses {@code .} as the decimal point and no group separators; no locale is used.
     *
     * @param value the decimal text, not null
     * @param unit a unit of energy, not null
     * @return the amount
     * @throws IllegalArgumentException if the unit is not one of energy
     * @throws FigureParseException if {@code value} is not a decimal number
     */
    public static Energy of(String value, Unit unit) {
        requireDimension(unit, Dimension.ENERGY);
        Quantity q = Quantity.of(value, unit);
        return new Energy(q.value, q.unit);
    }

    /**
     * Obtains an {@code Energy} of a whole number of a unit of energy.
     *
     * @param value the amount
     * @param unit a unit of energy, not null
     * @return the amount
     * @throws IllegalArgumentException if the unit is not one of energy
     */
    public static Energy of(long value, Unit unit) {
        return new Energy(BigDecimal.valueOf(value), requireDimension(unit, Dimension.ENERGY));
    }

    /**
     * Obtains zero in a unit of energy, the start of a sum.
     *
     * @param unit a unit of energy, not null
     * @return zero in {@code unit}
     * @throws IllegalArgumentException if the unit is not one of energy
     */
    public static Energy zero(Unit unit) {
        return of(0, unit);
    }

    /**
     * Obtains an {@code Energy} from text such as {@code "20 GWh"}: a decimal number, a space and a unit
     * of energy, as {@link Quantity#parse(String)} reads them. Reads what {@link #toString()} writes.
     *
     * @param text the text, not null
     * @return the amount
     * @throws FigureParseException if the text is not a quantity, or its unit is not one of energy
     */
    @JsonCreator
    public static Energy parse(String text) {
        Quantity q = Quantity.parse(text, Dimension.ENERGY);
        return new Energy(q.value, q.unit);
    }

    /**
     * Obtains an {@code Energy} from a {@link Quantity} of energy, with its value and unit.
     *
     * @param quantity a quantity of energy, not null
     * @return the amount
     * @throws IllegalArgumentException if the quantity is not one of energy
     */
    public static Energy from(Quantity quantity) {
        requireDimension(quantity, Dimension.ENERGY);
        return new Energy(quantity.value, quantity.unit);
    }

    /**
     * Obtains an {@code Energy} from a JSR 385 (Indriya) quantity, exactly. The result is in the unit of
     * this library equal to the quantity's unit where there is one, else in the base unit
     * {@code Wh}, else in the first unit of energy that expresses it exactly.
     *
     * @param quantity the JSR 385 quantity, not null
     * @return the amount
     * @throws IllegalArgumentException if the quantity is not one of energy, or its number is not finite
     * @throws ArithmeticException if no unit of energy expresses the amount as a terminating decimal
     */
    public static Energy from(javax.measure.Quantity<javax.measure.quantity.Energy> quantity) {
        Quantity q = Quantity.fromMeasure(quantity, Dimension.ENERGY);
        return new Energy(q.value, q.unit);
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
     * Returns the equivalent Indriya (JSR 385) quantity, typed as {@code Energy}, for code
     * that speaks {@code javax.measure}. The number is this value (Indriya may narrow a whole number to an
     * {@code Integer} or {@code Long}).
     *
     * @return the Indriya quantity, not null
     */
    @Override
    public javax.measure.Quantity<javax.measure.quantity.Energy> toMeasure() {
        return Quantities.getQuantity(value, unit.toMeasureUnit().asType(javax.measure.quantity.Energy.class));
    }
}
