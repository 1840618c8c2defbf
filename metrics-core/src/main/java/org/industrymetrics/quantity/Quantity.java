package org.industrymetrics.quantity;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import java.util.Objects;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.Suggestion;
import org.industrymetrics.internal.Decimals;

/**
 * An amount in a unit of measure of any dimension: {@code 20 GWh}, {@code 5.94 billion m2},
 * {@code 594 mu}, {@code 20000 t/a}, {@code 135 enterprises}.
 * <p>
 * The value is a {@link BigDecimal} kept as written (an exponent is written out: {@code 88.9e9}
 * is kept as {@code 88900000000}), and the unit is kept as written, so a quantity prints as it was
 * reported. Arithmetic is decimal and exact: {@code 0.1 GWh + 0.2 GWh}
 * is {@code 0.3 GWh}; units of one dimension convert exactly ({@code 594 mu} is {@code 396000 m2}).
 * Quantities of different dimensions never add, compare or convert: that is an
 * {@link IllegalArgumentException} naming both ("cannot add 20 GWh and 5 t: energy and mass").
 * Where the dimension is known when the code is written, the typed quantities ({@link Energy},
 * {@link Power}, {@link Mass}, {@link Area}, ...) make such a mix a compile error instead.
 * <p>
 * Equality is numeric within a dimension, so it agrees with {@link #compareTo}:
 * {@code 20 GWh} equals {@code 20000 MWh} and {@code 20.0 GWh}, and they have the same hash code.
 * <p>
 * The value written out as a plain decimal has at most {@value Decimals#MAX_DIGITS} digits, so
 * every quantity prints as text that {@link #parse} reads back; arithmetic whose exact result would
 * be longer throws {@link ArithmeticException}.
 * <p>
 * Adding quantities of the same unit is a single {@code BigDecimal} addition; Indriya is used only
 * at the boundary ({@link #toMeasure()}, {@link #fromMeasure}).
 * This class is immutable and thread-safe.
 */
public final class Quantity extends AbstractQuantity<Quantity> {

    private Quantity(BigDecimal value, Unit unit) {
        super(value, unit);
    }

    @Override
    Quantity create(BigDecimal value, Unit unit) {
        return new Quantity(value, unit);
    }

    /**
     * Obtains a quantity: {@code of(new BigDecimal("88.9"), GIGAWATT_HOUR)} is {@code 88.9 GWh}.
     *
     * @param value the amount, kept as written (with its scale), not null
     * @param unit the unit, not null
     * @return the quantity
     * @throws IllegalArgumentException if {@code value} written out has more than {@value Decimals#MAX_DIGITS} digits
     */
    public static Quantity of(BigDecimal value, Unit unit) {
        Objects.requireNonNull(unit, "unit");
        return new Quantity(checkArgument(value, "value"), unit);
    }

    /**
     * Obtains a quantity from a decimal text and a unit: {@code of("88.9", GIGAWATT_HOUR)}.
     * The text uses {@code .} as the decimal point, no group separators, and may have an exponent
     * ({@code "88.9e9"}); no locale is used.
     *
     * @param value the decimal text, not null
     * @param unit the unit, not null
     * @return the quantity
     * @throws FigureParseException if {@code value} is not a decimal number or has too many digits
     */
    public static Quantity of(String value, Unit unit) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        return new Quantity(parseValue(value, 0, value.length(), value), unit);
    }

    /**
     * Obtains a quantity of a whole number of units: {@code of(20, GIGAWATT_HOUR)} is {@code 20 GWh}.
     *
     * @param value the amount
     * @param unit the unit, not null
     * @return the quantity
     */
    public static Quantity of(long value, Unit unit) {
        Objects.requireNonNull(unit, "unit");
        return new Quantity(BigDecimal.valueOf(value), unit);
    }

    /**
     * Obtains a quantity of zero in a unit.
     *
     * @param unit the unit, not null
     * @return zero in {@code unit}
     */
    public static Quantity zero(Unit unit) {
        return of(0, unit);
    }

    /**
     * Obtains a quantity from text: a decimal number, a space, and a unit, for example
     * {@code "20 GWh"}, {@code "5.94 billion m2"}, {@code "20000 t/a"}, {@code "594 mu"}, or a
     * number alone for a plain count ({@code "135"}). The number uses {@code .} as the decimal point
     * and no group separators, and may have an exponent ({@code "88.9e9 CNY"}); no locale is used,
     * so {@code "20,5 GWh"} is an error, not 205 GWh. Reads what {@link #toString()} writes.
     *
     * @param text the text, not null
     * @return the quantity
     * @throws FigureParseException naming the input, the index and what was expected, if the text is
     *     not a quantity (an unknown unit near a known one gets a suggestion: "did you mean "GWh"?")
     */
    @JsonCreator
    public static Quantity parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new FigureParseException(text, 0, "found nothing, expected a number and a unit, such as \"20 GWh\"");
        }
        int numberEnd = numberEnd(text);
        if (Character.isLetter(text.charAt(0))) {
            // a unit without its number ("GWh"), or a word: say what a quantity looks like
            String word = text.substring(0, numberEnd);
            Suggestion hint = Unit.isKnown(word) ? null : Unit.suggestion(word).orElse(null);
            throw new FigureParseException(text, 0, "found '" + text.charAt(0)
                    + "', expected a number, then a space and a unit, such as \"20 GWh\""
                    + (hint == null ? "" : "; \"" + word + "\" is not a unit either"), hint);
        }
        BigDecimal value;
        try {
            value = parseValue(text, 0, numberEnd, text);
        } catch (FigureParseException e) {
            throw gluedUnit(text, numberEnd, e);
        }
        if (numberEnd == text.length()) {
            return new Quantity(value, Unit.ONE);
        }
        return new Quantity(value, Unit.parse(text, numberEnd, text));
    }

    /**
     * Reads {@code text} as a quantity whose unit must be of {@code dimension}; for the typed
     * quantities' {@code parse}. A unit of another dimension is reported at the unit's index.
     */
    static Quantity parse(String text, Dimension dimension) {
        Quantity q = parse(text);
        if (q.dimension() != dimension) {
            int unitIndex = numberEnd(text);
            while (unitIndex < text.length() && Character.isWhitespace(text.charAt(unitIndex))) {
                unitIndex++;
            }
            throw new FigureParseException(text, Math.min(unitIndex, text.length()),
                    "found " + (q.unit() == Unit.ONE ? "no unit (a plain count)" : "\"" + q.unit() + "\" (" + q.dimension() + ")")
                            + ", expected a unit of " + dimension + " such as " + Unit.examples(dimension));
        }
        return q;
    }

    /**
     * The error for a number that did not read in {@code text[0, wordEnd)}: if a known unit is written
     * against it ({@code 12.5GWh}, {@code 5.94billion m2}), one that suggests the space; else {@code e}.
     */
    private static FigureParseException gluedUnit(String text, int wordEnd, FigureParseException e) {
        int n = Decimals.numberEnd(text, 0, wordEnd, true);
        if (n == 0 || n >= wordEnd || e.suggestion().isPresent()) {
            return e;
        }
        String unit = text.substring(n).strip();
        try {
            Unit.parse(unit);
        } catch (FigureParseException notAUnit) {
            return e;
        }
        return new FigureParseException(text, n, "found '" + text.charAt(n) + "', expected a space between the number and the unit",
                Suggestion.replaceWith(text.substring(0, n) + " " + unit));
    }

    /** Index of the space that ends the number, or the end of the text. */
    private static int numberEnd(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != ' ') {
            end++;
        }
        return end;
    }

    /** Reads {@code text[begin, end)} as the value of a quantity, reporting errors against {@code whole}. */
    private static BigDecimal parseValue(String text, int begin, int end, String whole) {
        if (begin == end) {
            throw new FigureParseException(whole, begin,
                    "found " + (begin < text.length() ? "' '" : "nothing") + ", expected a number");
        }
        BigDecimal value = Decimals.parse(text, begin, end, true, whole);
        if (!inRange(value)) {
            throw new FigureParseException(whole, begin, "found a number of " + Decimals.plainDigits(value)
                    + " digits when written out, expected at most " + Decimals.MAX_DIGITS);
        }
        // 88.9e9 is kept as 88900000000, as toString writes it
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /**
     * Obtains a quantity from an Indriya (or any JSR 385) quantity, in {@code unit}, exactly: the
     * number and Indriya's conversion factor are taken as exact fractions, and the result must be a
     * terminating decimal in {@code unit}.
     *
     * @param quantity the JSR 385 quantity, not null
     * @param unit the unit of the result, which the quantity must convert to, not null
     * @return the quantity in {@code unit}
     * @throws IllegalArgumentException if the quantity cannot be expressed in {@code unit}
     *     (another dimension, a non-linear conversion, a NaN or infinite number, or too many digits)
     * @throws ArithmeticException if the amount in {@code unit} does not terminate in decimal
     */
    public static Quantity fromMeasure(javax.measure.Quantity<?> quantity, Unit unit) {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        return new Quantity(MeasureBridge.valueIn(quantity, unit), unit);
    }

    /**
     * Obtains a quantity from an Indriya (or any JSR 385) quantity, in the unit of this library that
     * is the same as the quantity's unit, or else in the first unit of the dimension that expresses it
     * exactly (the base unit, {@code Wh}, {@code kg}, {@code m2}, where possible).
     *
     * @param quantity the JSR 385 quantity, not null
     * @param dimension the dimension the result must have, not null
     * @return the quantity
     * @throws IllegalArgumentException if the quantity is not of {@code dimension}, or cannot be read exactly
     * @throws ArithmeticException if no unit of the dimension expresses the amount as a terminating decimal
     */
    static Quantity fromMeasure(javax.measure.Quantity<?> quantity, Dimension dimension) {
        Objects.requireNonNull(quantity, "quantity");
        ArithmeticException notExact = null;
        for (Unit unit : MeasureBridge.candidateUnits(quantity, dimension)) {
            try {
                return fromMeasure(quantity, unit);
            } catch (ArithmeticException e) {
                notExact = e;
            }
        }
        throw new ArithmeticException("cannot express " + quantity + " exactly in a unit of " + dimension
                + (notExact == null ? "" : ": " + notExact.getMessage()));
    }
}
