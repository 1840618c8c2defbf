package org.industrymetrics.extract;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.InvalidValueException;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.quantity.Unit;

/**
 * One figure as an English-language report prints it, read into types: {@code over 20 billion yuan},
 * {@code about USD 2.75 billion}, {@code 12.5亿元}, {@code up 27.4% year-on-year},
 * {@code an increase of 4.5 times}, {@code one-fifth of}, {@code two seats}.
 * <p>
 * A phrase has a {@link ReportedFigure} (the value as printed, its precision and qualifier; a
 * fall is a negative value), a {@linkplain #unit() unit} with its scale word, and a
 * {@link Measure}: {@code 21% of} is a share, {@code up 27.4%} a growth, {@code up 1.5 percentage
 * points} a change in percentage points, {@code 4.5 times as much} a multiple,
 * {@code contributing 102.2 percent to the growth} a contribution, and anything with a unit of
 * measure, a currency or a count a level. Where a phrase has two readings, as
 * {@code an increase of 4.5 times} and {@code up 2.1-fold} do (4.5 times as much, or 5.5 times),
 * the first reading keeps the number as printed and {@link #otherReading()} gives the other.
 * <p>
 * {@link #toString()} writes the phrase in one canonical form ({@code over 20 billion CNY},
 * {@code up 27.4%}, {@code 21% of}) that {@link #parse} reads back to an equal phrase.
 * Instances are immutable and thread-safe.
 */
public final class FigurePhrase {

    private final ReportedFigure figure;
    private final ObservationUnit unit;
    private final String unitText;
    private final Measure measure;
    private final String noun;
    private final boolean change;
    private final FigurePhrase otherReading;

    FigurePhrase(ReportedFigure figure, ObservationUnit unit, String unitText, Measure measure, String noun,
            boolean change, FigurePhrase otherReading) {
        this.figure = figure;
        this.unit = unit;
        this.unitText = unitText;
        this.measure = measure;
        this.noun = noun;
        this.change = change;
        this.otherReading = otherReading;
    }

    /**
     * Obtains a phrase from a figure, its unit and measure, with no counted noun and one reading.
     *
     * @param figure the figure, a fall as a negative value; not null
     * @param unit the unit: for a level a quantity, money or count unit; for a share, growth or
     *     contribution {@code %}; for a change in points {@code pp}; for a multiple {@code x}; not null
     * @param measure the measure, not null
     * @return the phrase
     * @throws InvalidValueException if the unit does not go with the measure
     */
    public static FigurePhrase of(ReportedFigure figure, ObservationUnit unit, Measure measure) {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(measure, "measure");
        String implied = measure.impliedUnit();
        boolean fits = implied.isEmpty()
                ? unit.kind() == ObservationUnit.Kind.QUANTITY || unit.kind() == ObservationUnit.Kind.MONEY
                : implied.equals(unit.toString());
        if (!fits) {
            throw new InvalidValueException(unit.toString(), "unit", "a " + measure.id() + " figure is in "
                    + (implied.isEmpty() ? "a unit of measure, a currency or a count" : implied) + ", found " + unit);
        }
        return new FigurePhrase(figure, unit, unit.toString(), measure, "", false, null);
    }

    /**
     * Reads one figure phrase as reports print it. The phrase is the figure and the words that
     * say what it is, and nothing else: a qualifier ({@code over}, {@code more than},
     * {@code surpassing}, {@code nearly}, {@code no less than}, {@code 突破}), a direction
     * ({@code up}, {@code down}, {@code increased by}, {@code an increase of}), a currency before
     * the number ({@code USD}, {@code RMB}, {@code $}, {@code ¥}), the number (digits with
     * {@code ,} groups, a range {@code 12 - 15}, a number word {@code nine}, a fraction
     * {@code one-fifth}), a scale word ({@code billion}, {@code hundred million}, {@code 亿},
     * {@code 万}) and a unit ({@code yuan}, {@code U.S. dollars}, {@code GWh}, {@code ton/year},
     * {@code square meters}, {@code mu}, {@code %}, {@code percentage points}, {@code times},
     * {@code -fold}, a counted noun) and words after it ({@code year-on-year}, {@code of},
     * {@code to the growth}). Case is ignored in words; no locale is used.
     *
     * @param phrase the phrase, not null
     * @return the figure it prints
     * @throws FigureParseException if the phrase is not one figure: it names the position and what
     *     was found there
     */
    public static FigurePhrase parse(String phrase) {
        Objects.requireNonNull(phrase, "phrase");
        return FigureGrammar.readPhrase(phrase);
    }

    /** {@return the figure: the value as printed (negative for a fall), precision and qualifier} */
    public ReportedFigure figure() {
        return figure;
    }

    /**
     * {@return the unit of the dataset format, with its scale word ({@code billion CNY},
     * {@code GWh}, {@code enterprises}, {@code 1}, {@code %}, {@code pp}, {@code x}); empty when
     * the phrase has a unit the format has no unit for ({@code 2 km}): see {@link #unitText()}}
     */
    public Optional<ObservationUnit> unit() {
        return Optional.ofNullable(unit);
    }

    /**
     * {@return the unit as the format writes it, or as printed when the format has no such unit
     * ({@code km})}
     */
    public String unitText() {
        return unitText;
    }

    /** {@return the measure: level, share, growth, multiple, growth_pp, share_pp or contribution} */
    public Measure measure() {
        return measure;
    }

    /**
     * {@return the counted noun of a count as printed ({@code employees} in {@code 3,000 employees}),
     * or the empty string: a hint at the metric}
     */
    public String noun() {
        return noun;
    }

    /**
     * {@return whether this level figure is a change of a level, not a level ({@code up 5 billion
     * yuan}); the dataset format has no measure for it, so an analyst decides}
     */
    public boolean isChange() {
        return change;
    }

    /**
     * {@return the other reading of a phrase that has two: for {@code an increase of 4.5 times}
     * (read first as 4.5 times as much) the multiple 5.5}
     */
    public Optional<FigurePhrase> otherReading() {
        return Optional.ofNullable(otherReading);
    }

    /** {@return whether the phrase has two readings} */
    public boolean isAmbiguous() {
        return otherReading != null;
    }

    /**
     * {@return the value with its scale word applied: 2e10 for {@code 20 billion yuan}, 1250000000
     * for {@code 12.5亿元}; the low end of a range}
     */
    public BigDecimal scaledValue() {
        return scale(figure.value());
    }

    /** {@return the high end of a range with its scale word applied; else {@link #scaledValue()}} */
    public BigDecimal scaledHigh() {
        return scale(figure.high());
    }

    private BigDecimal scale(BigDecimal v) {
        if (unit == null) {
            return v;
        }
        switch (unit.kind()) {
            case QUANTITY:
                return v.scaleByPowerOfTen(unit.unit().scale().exponent());
            case MONEY:
                return v.scaleByPowerOfTen(unit.moneyUnit().scale().exponent());
            default:
                return v;
        }
    }

    /**
     * Returns the phrase in the canonical form {@link #parse} reads back: {@code over 20 billion CNY},
     * {@code 12 to 15 billion CNY}, {@code 3000 employees}, {@code 21% of}, {@code down 4.2%},
     * {@code up 1.5 percentage points}, {@code 4.5 times as much},
     * {@code an increase of 4.5 times}, {@code contributing 102.2% to the growth}.
     */
    @Override
    public String toString() {
        boolean negative = figure.value().signum() < 0;
        String number = magnitude(figure);
        switch (measure) {
            case SHARE:
                return number + "% of";
            case GROWTH:
                return (negative ? "down " : "up ") + number + "%";
            case GROWTH_PP:
                return (negative ? "down " : "up ") + number + " percentage points";
            case SHARE_PP:
                return (negative ? "down " : "up ") + number + " percentage points in share";
            case CONTRIBUTION:
                return "contributing " + (negative ? "-" : "") + number + "% to the growth";
            case MULTIPLE:
                return otherReading != null ? "an increase of " + number + " times" : number + " times as much";
            default:
                break;
        }
        String unitWords = unit == null ? unitText
                : unit.isQuantity() && unit.unit().withoutScale().equals(Unit.ONE)
                        ? (unit.unit().scale().word() + (noun.isEmpty() ? "" : " " + noun)).strip()
                        : unit.toString();
        String head = change ? (negative ? "down " : "up ") + number : (negative ? signed(figure) : number);
        return unitWords.isEmpty() ? head : head + " " + unitWords;
    }

    /** The qualifier and the number without sign, a range as {@code LOW to HIGH}. */
    private static String magnitude(ReportedFigure f) {
        String text = f.text();
        if (f.value().signum() < 0) {
            if (f.isRange()) {
                int dots = text.indexOf("..");
                text = text.substring(dots + 3) + ".." + text.substring(1, dots);
            } else {
                text = text.substring(1);
            }
        }
        String number = text.replace("..", " to ");
        String word = f.qualifier().word();
        return word.isEmpty() ? number : word + " " + number;
    }

    private static String signed(ReportedFigure f) {
        String number = f.text().replace("..", " to ");
        String word = f.qualifier().word();
        return word.isEmpty() ? number : word + " " + number;
    }

    /** Equal when figure, unit, measure, counted noun, change and other reading are. */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof FigurePhrase)) {
            return false;
        }
        FigurePhrase o = (FigurePhrase) obj;
        return figure.equals(o.figure) && Objects.equals(unit, o.unit) && (unit != null || unitText.equals(o.unitText))
                && measure == o.measure && noun.equals(o.noun) && change == o.change
                && Objects.equals(otherReading, o.otherReading);
    }

    @Override
    public int hashCode() {
        return Objects.hash(figure, unit, measure, noun, change, otherReading);
    }

    static boolean isQualified(ReportedFigure f) {
        return f.qualifier() != Qualifier.EXACT && f.qualifier() != Qualifier.RANGE;
    }
}
