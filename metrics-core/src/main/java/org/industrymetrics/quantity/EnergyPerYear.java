package org.industrymetrics.quantity;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import org.industrymetrics.FigureParseException;

/**
 * An amount of energy per year, such as the production capacity of a battery plant: {@code 50 GWh/a}, {@code 1.2 TWh/a}.
 * <p>
 * A {@link Quantity} whose dimension, {@link Dimension#ENERGY_PER_YEAR}, is part of its type: adding
 * a {@code Mass} to it does not compile. Values and units are kept as written, arithmetic is
 * exact decimal arithmetic, and equality is numeric across units, as for {@link Quantity}.
 * <p>
 * A capacity is its own dimension: it does not add to an {@link Energy} produced in a year.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class EnergyPerYear extends AbstractQuantity<EnergyPerYear> {

    private EnergyPerYear(BigDecimal value, Unit unit) {
        super(value, unit);
    }

    @Override
    EnergyPerYear create(BigDecimal value, Unit unit) {
        return new EnergyPerYear(value, unit);
    }

    /**
     * Obtains an {@code EnergyPerYear} of a whole number of watt hours per year.
     *
     * @param amount the number of watt hours per year
     * @return the amount in {@link Unit#WATT_HOUR_PER_YEAR}
     */
    public static EnergyPerYear ofWattHoursPerYear(long amount) {
        return new EnergyPerYear(BigDecimal.valueOf(amount), Unit.WATT_HOUR_PER_YEAR);
    }

    /**
     * Obtains an {@code EnergyPerYear} of watt hours per year.
     *
     * @param amount the number of watt hours per year, kept as written, not null
     * @return the amount in {@link Unit#WATT_HOUR_PER_YEAR}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static EnergyPerYear ofWattHoursPerYear(BigDecimal amount) {
        return new EnergyPerYear(checkArgument(amount, "amount"), Unit.WATT_HOUR_PER_YEAR);
    }

    /**
     * Obtains an {@code EnergyPerYear} of a whole number of kilowatt hours per year.
     *
     * @param amount the number of kilowatt hours per year
     * @return the amount in {@link Unit#KILOWATT_HOUR_PER_YEAR}
     */
    public static EnergyPerYear ofKilowattHoursPerYear(long amount) {
        return new EnergyPerYear(BigDecimal.valueOf(amount), Unit.KILOWATT_HOUR_PER_YEAR);
    }

    /**
     * Obtains an {@code EnergyPerYear} of kilowatt hours per year.
     *
     * @param amount the number of kilowatt hours per year, kept as written, not null
     * @return the amount in {@link Unit#KILOWATT_HOUR_PER_YEAR}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static EnergyPerYear ofKilowattHoursPerYear(BigDecimal amount) {
        return new EnergyPerYear(checkArgument(amount, "amount"), Unit.KILOWATT_HOUR_PER_YEAR);
    }

    /**
     * Obtains an {@code EnergyPerYear} of a whole number of megawatt hours per year.
     *
     * @param amount the number of megawatt hours per year
     * @return the amount in {@link Unit#MEGAWATT_HOUR_PER_YEAR}
     */
    public static EnergyPerYear ofMegawattHoursPerYear(long amount) {
        return new EnergyPerYear(BigDecimal.valueOf(amount), Unit.MEGAWATT_HOUR_PER_YEAR);
    }

    /**
     * Obtains an {@code EnergyPerYear} of megawatt hours per year.
     *
     * @param amount the number of megawatt hours per year, kept as written, not null
     * @return the amount in {@link Unit#MEGAWATT_HOUR_PER_YEAR}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static EnergyPerYear ofMegawattHoursPerYear(BigDecimal amount) {
        return new EnergyPerYear(checkArgument(amount, "amount"), Unit.MEGAWATT_HOUR_PER_YEAR);
    }

    /**
     * Obtains an {@code EnergyPerYear} of a whole number of gigawatt hours per year.
     *
     * @param amount the number of gigawatt hours per year
     * @return the amount in {@link Unit#GIGAWATT_HOUR_PER_YEAR}
     */
    public static EnergyPerYear ofGigawattHoursPerYear(long amount) {
        return new EnergyPerYear(BigDecimal.valueOf(amount), Unit.GIGAWATT_HOUR_PER_YEAR);
    }

    /**
     * Obtains an {@code EnergyPerYear} of gigawatt hours per year.
     *
     * @param amount the number of gigawatt hours per year, kept as written, not null
     * @return the amount in {@link Unit#GIGAWATT_HOUR_PER_YEAR}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static EnergyPerYear ofGigawattHoursPerYear(BigDecimal amount) {
        return new EnergyPerYear(checkArgument(amount, "amount"), Unit.GIGAWATT_HOUR_PER_YEAR);
    }

    /**
     * Obtains an {@code EnergyPerYear} of a whole number of terawatt hours per year.
     *
     * @param amount the number of terawatt hours per year
     * @return the amount in {@link Unit#TERAWATT_HOUR_PER_YEAR}
     */
    public static EnergyPerYear ofTerawattHoursPerYear(long amount) {
        return new EnergyPerYear(BigDecimal.valueOf(amount), Unit.TERAWATT_HOUR_PER_YEAR);
    }

    /**
     * Obtains an {@code EnergyPerYear} of terawatt hours per year.
     *
     * @param amount the number of terawatt hours per year, kept as written, not null
     * @return the amount in {@link Unit#TERAWATT_HOUR_PER_YEAR}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static EnergyPerYear ofTerawattHoursPerYear(BigDecimal amount) {
        return new EnergyPerYear(checkArgument(amount, "amount"), Unit.TERAWATT_HOUR_PER_YEAR);
    }

    /**
     * Obtains an {@code EnergyPerYear} in any unit of energy per year: {@code of(new BigDecimal("50"), GIGAWATT_HOUR_PER_YEAR)}.
     *
     * @param value the amount, kept as written, not null
     * @param unit a unit of energy per year, not null
     * @return the amount
     * @throws IllegalArgumentException if the unit is not one of energy per year, or {@code value} written out has
     *     more than 1000 digits
     */
    public static EnergyPerYear of(BigDecimal value, Unit unit) {
        return new EnergyPerYear(checkArgument(value, "value"), requireDimension(unit, Dimension.ENERGY_PER_YEAR));
    }

    /**
     * Obtains an {@code EnergyPerYear} from a decimal text and a unit of energy per year: {@code of("50", GIGAWATT_HOUR_PER_YEAR)}.
     * The text uses {@code .} as the decimal point and no group separators; no locale is used.
     *
     * @param value the decimal text, not null
     * @param unit a unit of energy per year, not null
     * @return the amount
     * @throws IllegalArgumentException if the unit is not one of energy per year
     * @throws FigureParseException if {@code value} is not a decimal number
     */
    public static EnergyPerYear of(String value, Unit unit) {
        requireDimension(unit, Dimension.ENERGY_PER_YEAR);
        Quantity q = Quantity.of(value, unit);
        return new EnergyPerYear(q.value, q.unit);
    }

    /**
     * Obtains an {@code EnergyPerYear} of a whole number of a unit of energy per year.
     *
     * @param value the amount
     * @param unit a unit of energy per year, not null
     * @return the amount
     * @throws IllegalArgumentException if the unit is not one of energy per year
     */
    public static EnergyPerYear of(long value, Unit unit) {
        return new EnergyPerYear(BigDecimal.valueOf(value), requireDimension(unit, Dimension.ENERGY_PER_YEAR));
    }

    /**
     * Obtains zero in a unit of energy per year, the start of a sum.
     *
     * @param unit a unit of energy per year, not null
     * @return zero in {@code unit}
     * @throws IllegalArgumentException if the unit is not one of energy per year
     */
    public static EnergyPerYear zero(Unit unit) {
        return of(0, unit);
    }

    /**
     * Obtains an {@code EnergyPerYear} from text such as {@code "50 GWh/a"}: a decimal number, a space and a unit
     * of energy per year, as {@link Quantity#parse(String)} reads them. Reads what {@link #toString()} writes.
     *
     * @param text the text, not null
     * @return the amount
     * @throws FigureParseException if the text is not a quantity, or its unit is not one of energy per year
     */
    @JsonCreator
    public static EnergyPerYear parse(String text) {
        Quantity q = Quantity.parse(text, Dimension.ENERGY_PER_YEAR);
        return new EnergyPerYear(q.value, q.unit);
    }

    /**
     * Obtains an {@code EnergyPerYear} from a {@link Quantity} of energy per year, with its value and unit.
     *
     * @param quantity a quantity of energy per year, not null
     * @return the amount
     * @throws IllegalArgumentException if the quantity is not one of energy per year
     */
    public static EnergyPerYear from(Quantity quantity) {
        requireDimension(quantity, Dimension.ENERGY_PER_YEAR);
        return new EnergyPerYear(quantity.value, quantity.unit);
    }

    /**
     * Obtains an {@code EnergyPerYear} from a JSR 385 (Indriya) quantity, exactly. The result is in the unit of
     * this library equal to the quantity's unit where there is one, else in the base unit
     * {@code Wh/a}, else in the first unit of energy per year that expresses it exactly.
     *
     * @param quantity the JSR 385 quantity, not null
     * @return the amount
     * @throws IllegalArgumentException if the quantity is not one of energy per year, or its number is not finite
     * @throws ArithmeticException if no unit of energy per year expresses the amount as a terminating decimal
     */
    public static EnergyPerYear from(javax.measure.Quantity<?> quantity) {
        Quantity q = Quantity.fromMeasure(quantity, Dimension.ENERGY_PER_YEAR);
        return new EnergyPerYear(q.value, q.unit);
    }

    /**
     * Returns this amount as a {@link Quantity}, with the same value and unit.
     *
     * @return the quantity, not null
     */
    public Quantity toQuantity() {
        return Quantity.of(value, unit);
    }
}
