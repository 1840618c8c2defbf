package org.industrymetrics.quantity;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import org.industrymetrics.FigureParseException;
import tech.units.indriya.quantity.Quantities;

/**
 * An area, such as the floor space of a park or the land of a project: {@code 594 mu}, {@code 5.94 billion m2}, {@code 100 ha}.
 * <p>
 * A {@link Quantity} whose dimension, {@link Dimension#AREA}, is part of its type: adding
 * a {@code Mass} to it does not compile. Values and units are kept as written, arithmetic is
 * exact decimal arithmetic, and equality is numeric across units, as for {@link Quantity}.
 * <p>
 * Conversions are exact: {@code 1500 mu} is {@code 100 ha}, {@code 594 mu} is {@code 396000 m2}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Area extends AbstractQuantity<Area> {

    private Area(BigDecimal value, Unit unit) {
        super(value, unit);
    }

    @Override
    Area create(BigDecimal value, Unit unit) {
        return new Area(value, unit);
    }

    /**
     * Obtains an {@code Area} of a whole number of square metres.
     *
     * @param amount the number of square metres
     * @return the amount in {@link Unit#SQUARE_METRE}
     */
    public static Area ofSquareMetres(long amount) {
        return new Area(BigDecimal.valueOf(amount), Unit.SQUARE_METRE);
    }

    /**
     * Obtains an {@code Area} of square metres.
     *
     * @param amount the number of square metres, kept as written, not null
     * @return the amount in {@link Unit#SQUARE_METRE}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static Area ofSquareMetres(BigDecimal amount) {
        return new Area(checkArgument(amount, "amount"), Unit.SQUARE_METRE);
    }

    /**
     * Obtains an {@code Area} of a whole number of square kilometres.
     *
     * @param amount the number of square kilometres
     * @return the amount in {@link Unit#SQUARE_KILOMETRE}
     */
    public static Area ofSquareKilometres(long amount) {
        return new Area(BigDecimal.valueOf(amount), Unit.SQUARE_KILOMETRE);
    }

    /**
     * Obtains an {@code Area} of square kilometres.
     *
     * @param amount the number of square kilometres, kept as written, not null
     * @return the amount in {@link Unit#SQUARE_KILOMETRE}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static Area ofSquareKilometres(BigDecimal amount) {
        return new Area(checkArgument(amount, "amount"), Unit.SQUARE_KILOMETRE);
    }

    /**
     * Obtains an {@code Area} of a whole number of hectares.
     *
     * @param amount the number of hectares
     * @return the amount in {@link Unit#HECTARE}
     */
    public static Area ofHectares(long amount) {
        return new Area(BigDecimal.valueOf(amount), Unit.HECTARE);
    }

    /**
     * Obtains an {@code Area} of hectares.
     *
     * @param amount the number of hectares, kept as written, not null
     * @return the amount in {@link Unit#HECTARE}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static Area ofHectares(BigDecimal amount) {
        return new Area(checkArgument(amount, "amount"), Unit.HECTARE);
    }

    /**
     * Obtains an {@code Area} of a whole number of mu (亩, exactly 10000/15 square metres).
     *
     * @param amount the number of mu
     * @return the amount in {@link Unit#MU}
     */
    public static Area ofMu(long amount) {
        return new Area(BigDecimal.valueOf(amount), Unit.MU);
    }

    /**
     * Obtains an {@code Area} of mu (亩, exactly 10000/15 square metres).
     *
     * @param amount the number of mu, kept as written, not null
     * @return the amount in {@link Unit#MU}
     * @throws IllegalArgumentException if {@code amount} written out has more than 1000 digits
     */
    public static Area ofMu(BigDecimal amount) {
        return new Area(checkArgument(amount, "amount"), Unit.MU);
    }

    /**
     * Obtains an {@code Area} in any unit of area: {@code of(new BigDecimal("594"), MU)}.
     *
     * @param value the amount, kept as written, not null
     * @param unit a unit of area, not null
     * @return the amount
     * @throws IllegalArgumentException if the unit is not one of area, or {@code value} written out has
     *     more than 1000 digits
     */
    public static Area of(BigDecimal value, Unit unit) {
        return new Area(checkArgument(value, "value"), requireDimension(unit, Dimension.AREA));
    }

    /**
     * Obtains an {@code Area} from a decimal text and a unit of area: {@code of("594", MU)}.
     * The text uses {@code .} as the decimal point and no group separators; no locale is used.
     *
     * @param value the decimal text, not null
     * @param unit a unit of area, not null
     * @return the amount
     * @throws IllegalArgumentException if the unit is not one of area
     * @throws FigureParseException if {@code value} is not a decimal number
     */
    public static Area of(String value, Unit unit) {
        requireDimension(unit, Dimension.AREA);
        Quantity q = Quantity.of(value, unit);
        return new Area(q.value, q.unit);
    }

    /**
     * Obtains an {@code Area} of a whole number of a unit of area.
     *
     * @param value the amount
     * @param unit a unit of area, not null
     * @return the amount
     * @throws IllegalArgumentException if the unit is not one of area
     */
    public static Area of(long value, Unit unit) {
        return new Area(BigDecimal.valueOf(value), requireDimension(unit, Dimension.AREA));
    }

    /**
     * Obtains zero in a unit of area, the start of a sum.
     *
     * @param unit a unit of area, not null
     * @return zero in {@code unit}
     * @throws IllegalArgumentException if the unit is not one of area
     */
    public static Area zero(Unit unit) {
        return of(0, unit);
    }

    /**
     * Obtains an {@code Area} from text such as {@code "594 mu"}: a decimal number, a space and a unit
     * of area, as {@link Quantity#parse(String)} reads them. Reads what {@link #toString()} writes.
     *
     * @param text the text, not null
     * @return the amount
     * @throws FigureParseException if the text is not a quantity, or its unit is not one of area
     */
    @JsonCreator
    public static Area parse(String text) {
        Quantity q = Quantity.parse(text, Dimension.AREA);
        return new Area(q.value, q.unit);
    }

    /**
     * Obtains an {@code Area} from a {@link Quantity} of area, with its value and unit.
     *
     * @param quantity a quantity of area, not null
     * @return the amount
     * @throws IllegalArgumentException if the quantity is not one of area
     */
    public static Area from(Quantity quantity) {
        requireDimension(quantity, Dimension.AREA);
        return new Area(quantity.value, quantity.unit);
    }

    /**
     * Obtains an {@code Area} from a JSR 385 (Indriya) quantity, exactly. The result is in the unit of
     * this library equal to the quantity's unit where there is one, else in the base unit
     * {@code m2}, else in the first unit of area that expresses it exactly.
     *
     * @param quantity the JSR 385 quantity, not null
     * @return the amount
     * @throws IllegalArgumentException if the quantity is not one of area, or its number is not finite
     * @throws ArithmeticException if no unit of area expresses the amount as a terminating decimal
     */
    public static Area from(javax.measure.Quantity<javax.measure.quantity.Area> quantity) {
        Quantity q = Quantity.fromMeasure(quantity, Dimension.AREA);
        return new Area(q.value, q.unit);
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
     * Returns the equivalent Indriya (JSR 385) quantity, typed as {@code Area}, for code
     * that speaks {@code javax.measure}. The number is this value (Indriya may narrow a whole number to an
     * {@code Integer} or {@code Long}).
     *
     * @return the Indriya quantity, not null
     */
    @Override
    public javax.measure.Quantity<javax.measure.quantity.Area> toMeasure() {
        return Quantities.getQuantity(value, unit.toMeasureUnit().asType(javax.measure.quantity.Area.class));
    }
}
