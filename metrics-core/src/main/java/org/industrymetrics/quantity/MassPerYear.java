package org.industrymetrics.quantity;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import org.industrymetrics.FigureParseException;

/**
 * A mass per year, such as the production capacity of a cathode plant: {@code 20000 t/a}, {@code 1.5 Mt/a}.
 * <p>
 * A {@link Quantity} whose dimension, {@link Dimension#MASS_PER_YEAR}, is part of its type: adding
 * a {@code Mass} to it does not compile. Values and units are kept as written, arithmetic is
 * exact decimal arithmetic, and equality is numeric across units, as for {@link Quantity}.
 * <p>
 * A capacity is its own dimension: it does not add to a {@link Mass} produced in a year.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class MassPerYear extends AbstractQuantity<MassPerYear> {

    private MassPerYear(BigDecimal value, Unit unit) {
        super(value, unit);
    }

    @Override
    MassPerYear create(BigDecimal value, Unit unit) {
        return new MassPerYear(value, unit);
    }

    /**
     * Obtains a {@code MassPerYear} of a whole number of kilograms per year.
     *
     * @param amount the number of kilograms per year
     * @return the amount in {@link Unit#KILOGRAM_PER_YEAR}
     */
    public static MassPerYear ofKilogramsPerYear(long amount) {
        return new MassPerYear(BigDecimal.valueOf(amount), Unit.KILOGRAM_PER_YEAR);
    }

    /**
     * Obtains a {@code MassPerYear} of kilograms per year.
     *
     * @param amount the number of kilograms per year, kept as written, not null
     * @return the amount in {@link Unit#KILOGRAM_PER_YEAR}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static MassPerYear ofKilogramsPerYear(BigDecimal amount) {
        return new MassPerYear(checkArgument(amount, "amount"), Unit.KILOGRAM_PER_YEAR);
    }

    /**
     * Obtains a {@code MassPerYear} of a whole number of tonnes per year.
     *
     * @param amount the number of tonnes per year
     * @return the amount in {@link Unit#TONNE_PER_YEAR}
     */
    public static MassPerYear ofTonnesPerYear(long amount) {
        return new MassPerYear(BigDecimal.valueOf(amount), Unit.TONNE_PER_YEAR);
    }

    /**
     * Obtains a {@code MassPerYear} of tonnes per year.
     *
     * @param amount the number of tonnes per year, kept as written, not null
     * @return the amount in {@link Unit#TONNE_PER_YEAR}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static MassPerYear ofTonnesPerYear(BigDecimal amount) {
        return new MassPerYear(checkArgument(amount, "amount"), Unit.TONNE_PER_YEAR);
    }

    /**
     * Obtains a {@code MassPerYear} of a whole number of kilotonnes per year.
     *
     * @param amount the number of kilotonnes per year
     * @return the amount in {@link Unit#KILOTONNE_PER_YEAR}
     */
    public static MassPerYear ofKilotonnesPerYear(long amount) {
        return new MassPerYear(BigDecimal.valueOf(amount), Unit.KILOTONNE_PER_YEAR);
    }

    /**
     * Obtains a {@code MassPerYear} of kilotonnes per year.
     *
     * @param amount the number of kilotonnes per year, kept as written, not null
     * @return the amount in {@link Unit#KILOTONNE_PER_YEAR}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static MassPerYear ofKilotonnesPerYear(BigDecimal amount) {
        return new MassPerYear(checkArgument(amount, "amount"), Unit.KILOTONNE_PER_YEAR);
    }

    /**
     * Obtains a {@code MassPerYear} of a whole number of megatonnes per year.
     *
     * @param amount the number of megatonnes per year
     * @return the amount in {@link Unit#MEGATONNE_PER_YEAR}
     */
    public static MassPerYear ofMegatonnesPerYear(long amount) {
        return new MassPerYear(BigDecimal.valueOf(amount), Unit.MEGATONNE_PER_YEAR);
    }

    /**
     * Obtains a {@code MassPerYear} of megatonnes per year.
     *
     * @param amount the number of megatonnes per year, kept as written, not null
     * @return the amount in {@link Unit#MEGATONNE_PER_YEAR}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static MassPerYear ofMegatonnesPerYear(BigDecimal amount) {
        return new MassPerYear(checkArgument(amount, "amount"), Unit.MEGATONNE_PER_YEAR);
    }

    /**
     * Obtains a {@code MassPerYear} in any unit of mass per year: {@code of(new BigDecimal("20000"), TONNE_PER_YEAR)}.
     *
     * @param value the amount, kept as written, not null
     * @param unit a unit of mass per year, not null
     * @return the amount
     * @throws IllegalArgumentException if the unit is not one of mass per year, or {@code value} written out has
     *     more than 1000 digits
     */
    public static MassPerYear of(BigDecimal value, Unit unit) {
        return new MassPerYear(checkArgument(value, "value"), requireDimension(unit, Dimension.MASS_PER_YEAR));
    }

    /**
     * Obtains a {@code MassPerYear} from a decimal text and a unit of mass per year: {@code of("20000", TONNE_PER_YEAR)}.
     * The text uses {@code .} as the decimal point and no group separators; no locale is used.
     *
     * @param value the decimal text, not null
     * @param unit a unit of mass per year, not null
     * @return the amount
     * @throws IllegalArgumentException if the unit is not one of mass per year
     * @throws FigureParseException if {@code value} is not a decimal number
     */
    public static MassPerYear of(String value, Unit unit) {
        requireDimension(unit, Dimension.MASS_PER_YEAR);
        Quantity q = Quantity.of(value, unit);
        return new MassPerYear(q.value, q.unit);
    }

    /**
     * Obtains a {@code MassPerYear} of a whole number of a unit of mass per year.
     *
     * @param value the amount
     * @param unit a unit of mass per year, not null
     * @return the amount
     * @throws IllegalArgumentException if the unit is not one of mass per year
     */
    public static MassPerYear of(long value, Unit unit) {
        return new MassPerYear(BigDecimal.valueOf(value), requireDimension(unit, Dimension.MASS_PER_YEAR));
    }

    /**
     * Obtains zero in a unit of mass per year, the start of a sum.
     *
     * @param unit a unit of mass per year, not null
     * @return zero in {@code unit}
     * @throws IllegalArgumentException if the unit is not one of mass per year
     */
    public static MassPerYear zero(Unit unit) {
        return of(0, unit);
    }

    /**
     * Obtains a {@code MassPerYear} from text such as {@code "20000 t/a"}: a decimal number, a space and a unit
     * of mass per year, as {@link Quantity#parse(String)} reads them. Reads what {@link #toString()} writes.
     *
     * @param text the text, not null
     * @return the amount
     * @throws FigureParseException if the text is not a quantity, or its unit is not one of mass per year
     */
    @JsonCreator
    public static MassPerYear parse(String text) {
        Quantity q = Quantity.parse(text, Dimension.MASS_PER_YEAR);
        return new MassPerYear(q.value, q.unit);
    }

    /**
     * Obtains a {@code MassPerYear} from a {@link Quantity} of mass per year, with its value and unit.
     *
     * @param quantity a quantity of mass per year, not null
     * @return the amount
     * @throws IllegalArgumentException if the quantity is not one of mass per year
     */
    public static MassPerYear from(Quantity quantity) {
        requireDimension(quantity, Dimension.MASS_PER_YEAR);
        return new MassPerYear(quantity.value, quantity.unit);
    }

    /**
     * Obtains a {@code MassPerYear} from a JSR 385 (Indriya) quantity, exactly. The result is in the unit of
     * this library equal to the quantity's unit where there is one, else in the base unit
     * {@code kg/a}, else in the first unit of mass per year that expresses it exactly.
     *
     * @param quantity the JSR 385 quantity, not null
     * @return the amount
     * @throws IllegalArgumentException if the quantity is not one of mass per year, or its number is not finite
     * @throws ArithmeticException if no unit of mass per year expresses the amount as a terminating decimal
     */
    public static MassPerYear from(javax.measure.Quantity<?> quantity) {
        Quantity q = Quantity.fromMeasure(quantity, Dimension.MASS_PER_YEAR);
        return new MassPerYear(q.value, q.unit);
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
