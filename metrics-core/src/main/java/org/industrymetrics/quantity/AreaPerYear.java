package org.industrymetrics.quantity;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import org.industrymetrics.FigureParseException;

/**
 * An area per year, such as the production capacity of a glass or separator plant: {@code 5 million m2/a}, {@code 300 mu/a}.
 * <p>
 * A {@link Quantity} whose dimension, {@link Dimension#AREA_PER_YEAR}, is part of its type: adding
 * a {@code Mass} to it does not compile. Values and units are kept as written, arithmetic is
 * exact decimal arithmetic, and equality is numeric across units, as for {@link Quantity}.
 * <p>
 * A capacity is its own dimension: it does not add to an {@link Area}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class AreaPerYear extends AbstractQuantity<AreaPerYear> {

    private AreaPerYear(BigDecimal value, Unit unit) {
        super(value, unit);
    }

    @Override
    AreaPerYear create(BigDecimal value, Unit unit) {
        return new AreaPerYear(value, unit);
    }

    /**
     * Obtains an {@code AreaPerYear} of a whole number of square metres per year.
     *
     * @param amount the number of square metres per year
     * @return the amount in {@link Unit#SQUARE_METRE_PER_YEAR}
     */
    public static AreaPerYear ofSquareMetresPerYear(long amount) {
        return new AreaPerYear(BigDecimal.valueOf(amount), Unit.SQUARE_METRE_PER_YEAR);
    }

    /**
     * Obtains an {@code AreaPerYear} of square metres per year.
     *
     * @param amount the number of square metres per year, kept as written, not null
     * @return the amount in {@link Unit#SQUARE_METRE_PER_YEAR}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static AreaPerYear ofSquareMetresPerYear(BigDecimal amount) {
        return new AreaPerYear(checkArgument(amount, "amount"), Unit.SQUARE_METRE_PER_YEAR);
    }

    /**
     * Obtains an {@code AreaPerYear} of a whole number of square kilometres per year.
     *
     * @param amount the number of square kilometres per year
     * @return the amount in {@link Unit#SQUARE_KILOMETRE_PER_YEAR}
     */
    public static AreaPerYear ofSquareKilometresPerYear(long amount) {
        return new AreaPerYear(BigDecimal.valueOf(amount), Unit.SQUARE_KILOMETRE_PER_YEAR);
    }

    /**
     * Obtains an {@code AreaPerYear} of square kilometres per year.
     *
     * @param amount the number of square kilometres per year, kept as written, not null
     * @return the amount in {@link Unit#SQUARE_KILOMETRE_PER_YEAR}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static AreaPerYear ofSquareKilometresPerYear(BigDecimal amount) {
        return new AreaPerYear(checkArgument(amount, "amount"), Unit.SQUARE_KILOMETRE_PER_YEAR);
    }

    /**
     * Obtains an {@code AreaPerYear} of a whole number of hectares per year.
     *
     * @param amount the number of hectares per year
     * @return the amount in {@link Unit#HECTARE_PER_YEAR}
     */
    public static AreaPerYear ofHectaresPerYear(long amount) {
        return new AreaPerYear(BigDecimal.valueOf(amount), Unit.HECTARE_PER_YEAR);
    }

    /**
     * Obtains an {@code AreaPerYear} of hectares per year.
     *
     * @param amount the number of hectares per year, kept as written, not null
     * @return the amount in {@link Unit#HECTARE_PER_YEAR}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static AreaPerYear ofHectaresPerYear(BigDecimal amount) {
        return new AreaPerYear(checkArgument(amount, "amount"), Unit.HECTARE_PER_YEAR);
    }

    /**
     * Obtains an {@code AreaPerYear} of a whole number of mu per year.
     *
     * @param amount the number of mu per year
     * @return the amount in {@link Unit#MU_PER_YEAR}
     */
    public static AreaPerYear ofMuPerYear(long amount) {
        return new AreaPerYear(BigDecimal.valueOf(amount), Unit.MU_PER_YEAR);
    }

    /**
     * Obtains an {@code AreaPerYear} of mu per year.
     *
     * @param amount the number of mu per year, kept as written, not null
     * @return the amount in {@link Unit#MU_PER_YEAR}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static AreaPerYear ofMuPerYear(BigDecimal amount) {
        return new AreaPerYear(checkArgument(amount, "amount"), Unit.MU_PER_YEAR);
    }

    /**
     * Obtains an {@code AreaPerYear} in any unit of area per year: {@code of(new BigDecimal("5"), SQUARE_METRE_PER_YEAR)}.
     *
     * @param value the amount, kept as written, not null
     * @param unit a unit of area per year, not null
     * @return the amount
     * @throws IllegalArgumentException if the unit is not one of area per year, or {@code value} written out has
     *     more than 1000 digits
     */
    public static AreaPerYear of(BigDecimal value, Unit unit) {
        return new AreaPerYear(checkArgument(value, "value"), requireDimension(unit, Dimension.AREA_PER_YEAR));
    }

    /**
     * Obtains an {@code AreaPerYear} from a decimal text and a unit of area per year: {@code of("5", SQUARE_METRE_PER_YEAR)}.
     * The text uses {@code .} as the decimal point and no group separators; no locale is used.
     *
     * @param value the decimal text, not null
     * @param unit a unit of area per year, not null
     * @return the amount
     * @throws IllegalArgumentException if the unit is not one of area per year
     * @throws FigureParseException if {@code value} is not a decimal number
     */
    public static AreaPerYear of(String value, Unit unit) {
        requireDimension(unit, Dimension.AREA_PER_YEAR);
        Quantity q = Quantity.of(value, unit);
        return new AreaPerYear(q.value, q.unit);
    }

    /**
     * Obtains an {@code AreaPerYear} of a whole number of a unit of area per year.
     *
     * @param value the amount
     * @param unit a unit of area per year, not null
     * @return the amount
     * @throws IllegalArgumentException if the unit is not one of area per year
     */
    public static AreaPerYear of(long value, Unit unit) {
        return new AreaPerYear(BigDecimal.valueOf(value), requireDimension(unit, Dimension.AREA_PER_YEAR));
    }

    /**
     * Obtains zero in a unit of area per year, the start of a sum.
     *
     * @param unit a unit of area per year, not null
     * @return zero in {@code unit}
     * @throws IllegalArgumentException if the unit is not one of area per year
     */
    public static AreaPerYear zero(Unit unit) {
        return of(0, unit);
    }

    /**
     * Obtains an {@code AreaPerYear} from text such as {@code "5 million m2/a"}: a decimal number, a space and a unit
     * of area per year, as {@link Quantity#parse(String)} reads them. Reads what {@link #toString()} writes.
     *
     * @param text the text, not null
     * @return the amount
     * @throws FigureParseException if the text is not a quantity, or its unit is not one of area per year
     */
    @JsonCreator
    public static AreaPerYear parse(String text) {
        Quantity q = Quantity.parse(text, Dimension.AREA_PER_YEAR);
        return new AreaPerYear(q.value, q.unit);
    }

    /**
     * Obtains an {@code AreaPerYear} from a {@link Quantity} of area per year, with its value and unit.
     *
     * @param quantity a quantity of area per year, not null
     * @return the amount
     * @throws IllegalArgumentException if the quantity is not one of area per year
     */
    public static AreaPerYear from(Quantity quantity) {
        requireDimension(quantity, Dimension.AREA_PER_YEAR);
        return new AreaPerYear(quantity.value, quantity.unit);
    }

    /**
     * Obtains an {@code AreaPerYear} from a JSR 385 (Indriya) quantity, exactly. The result is in the unit of
     * this library equal to the quantity's unit where there is one, else in the base unit
     * {@code m2/a}, else in the first unit of area per year that expresses it exactly.
     *
     * @param quantity the JSR 385 quantity, not null
     * @return the amount
     * @throws IllegalArgumentException if the quantity is not one of area per year, or its number is not finite
     * @throws ArithmeticException if no unit of area per year expresses the amount as a terminating decimal
     */
    public static AreaPerYear from(javax.measure.Quantity<?> quantity) {
        Quantity q = Quantity.fromMeasure(quantity, Dimension.AREA_PER_YEAR);
        return new AreaPerYear(q.value, q.unit);
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
