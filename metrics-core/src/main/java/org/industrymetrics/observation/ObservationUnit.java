package org.industrymetrics.observation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigInteger;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.Suggestion;
import org.industrymetrics.money.MoneyUnit;
import org.industrymetrics.quantity.Dimension;
import org.industrymetrics.quantity.Unit;

/**
 * The unit column of an observation: a unit of measure ({@code GWh}, {@code billion m2}), an
 * amount of a currency ({@code billion CNY}), or a ratio ({@code %}, {@code pp}, {@code x}).
 * <p>
 * Units of one kind and dimension convert exactly through {@link #factorTo(ObservationUnit)};
 * different currencies only through exchange rates. This class is immutable and thread-safe.
 */
public final class ObservationUnit {

    /** What an observation unit measures. */
    public enum Kind {
        /** A unit of measure of a {@link Dimension}. */
        QUANTITY,
        /** An amount of money in one currency. */
        MONEY,
        /** Percent, {@code %}. */
        PERCENT,
        /** Percentage points, {@code pp}. */
        PERCENTAGE_POINTS,
        /** A multiple, {@code x}. */
        MULTIPLE
    }

    /** Percent. */
    public static final ObservationUnit PERCENT = new ObservationUnit(Kind.PERCENT, null, null, "%");
    /** Percentage points. */
    public static final ObservationUnit PERCENTAGE_POINTS = new ObservationUnit(Kind.PERCENTAGE_POINTS, null, null, "pp");
    /** A multiple ("4.5 times"). */
    public static final ObservationUnit MULTIPLE = new ObservationUnit(Kind.MULTIPLE, null, null, "x");

    private final Kind kind;
    private final Unit unit;
    private final MoneyUnit money;
    private final String text;

    private ObservationUnit(Kind kind, Unit unit, MoneyUnit money, String text) {
        this.kind = kind;
        this.unit = unit;
        this.money = money;
        this.text = text;
    }

    /**
     * Obtains the observation unit of a unit of measure.
     *
     * @param unit the unit
     * @return the observation unit
     */
    public static ObservationUnit of(Unit unit) {
        return new ObservationUnit(Kind.QUANTITY, Objects.requireNonNull(unit, "unit"), null, unit.toString());
    }

    /**
     * Obtains the observation unit of an amount of money.
     *
     * @param money the money unit
     * @return the observation unit
     */
    public static ObservationUnit of(MoneyUnit money) {
        return new ObservationUnit(Kind.MONEY, null, Objects.requireNonNull(money, "money"), money.toString());
    }

    /** The symbols of the ratio units, as read. */
    private static final List<String> RATIO_SYMBOLS = List.of("%", "pp", "x");

    /**
     * Reads a unit as written in a dataset: {@code %}, {@code pp}, {@code x}, a money unit
     * ({@code billion CNY}, {@code yuan}, {@code million USD}) or a unit of measure
     * ({@code GWh/a}, {@code 万 t}).
     *
     * @param text the text to read
     * @return the observation unit
     * @throws FigureParseException if it is none of these, with a suggestion for a near miss
     */
    @JsonCreator
    public static ObservationUnit parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        switch (t) {
            case "%":
                return PERCENT;
            case "pp":
                return PERCENTAGE_POINTS;
            case "x":
            case "×":
                return MULTIPLE;
            default:
                break;
        }
        // a ratio unit in another case ("PP", "X") is that unit mistyped, not a distant currency (PHP)
        for (String ratio : RATIO_SYMBOLS) {
            if (ratio.equalsIgnoreCase(t)) {
                throw new FigureParseException(text, text.indexOf(t), "unknown unit \"" + t + "\"", Suggestion.replaceWith(ratio));
            }
        }
        boolean money = looksLikeMoney(t);
        try {
            return money ? of(MoneyUnit.parse(t)) : of(Unit.parse(t));
        } catch (FigureParseException first) {
            // a near miss may have been read as the wrong kind ("KWH", "billion CNYY"): try the
            // other reading, and report whichever error has a suggestion
            FigureParseException second;
            try {
                return money ? of(Unit.parse(t)) : of(MoneyUnit.parse(t));
            } catch (FigureParseException e) {
                second = e;
            }
            boolean firstHints = first.suggestion().isPresent();
            boolean secondHints = second.suggestion().isPresent();
            throw !firstHints && secondHints ? second : first;
        }
    }

    /**
     * A unit is read as money first when its last word is an upper-case code of three or more
     * letters that is no unit symbol in another case, yuan, RMB, or ends in 元 (亿元).
     */
    private static boolean looksLikeMoney(String t) {
        int space = t.lastIndexOf(' ');
        String last = space < 0 ? t : t.substring(space + 1);
        if (last.equalsIgnoreCase("yuan") || last.equalsIgnoreCase("rmb") || last.endsWith("元")) {
            return true;
        }
        if (last.length() < 3) {
            return false;
        }
        for (Unit u : Unit.knownUnits()) {
            if (u.symbol().equalsIgnoreCase(last)) {
                return false; // "KWH" is a miscased kWh, not a currency
            }
        }
        for (int i = 0; i < last.length(); i++) {
            if (last.charAt(i) < 'A' || last.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** {@return the kind} */
    public Kind kind() {
        return kind;
    }

    /** {@return whether this is a unit of measure} */
    public boolean isQuantity() {
        return kind == Kind.QUANTITY;
    }

    /** {@return whether this is an amount of money} */
    public boolean isMoney() {
        return kind == Kind.MONEY;
    }

    /** {@return the unit of measure} @throws IllegalStateException if this is not a quantity unit */
    public Unit unit() {
        if (unit == null) {
            throw new IllegalStateException(text + " is not a unit of measure");
        }
        return unit;
    }

    /** {@return the money unit} @throws IllegalStateException if this is not money */
    public MoneyUnit moneyUnit() {
        if (money == null) {
            throw new IllegalStateException(text + " is not a money unit");
        }
        return money;
    }

    /** {@return the currency} @throws IllegalStateException if this is not money */
    public Currency currency() {
        return moneyUnit().currency();
    }

    /**
     * {@return what this unit measures, as a person says it: {@code energy}, {@code money (CNY)},
     * {@code percent}} Two units convert exactly when, and only when, this is the same.
     */
    public String dimension() {
        switch (kind) {
            case QUANTITY:
                return unit.dimension().toString();
            case MONEY:
                return "money (" + money.currency().getCurrencyCode() + ")";
            case PERCENT:
                return "percent";
            case PERCENTAGE_POINTS:
                return "percentage points";
            default:
                return "multiple";
        }
    }

    /**
     * {@return whether amounts in this unit and {@code other} add without an exchange rate}
     *
     * @param other the other
     */
    public boolean isConvertibleTo(ObservationUnit other) {
        if (kind != other.kind) {
            return false;
        }
        switch (kind) {
            case QUANTITY:
                return unit.dimension() == other.unit.dimension();
            case MONEY:
                return money.currency().equals(other.money.currency());
            default:
                return true;
        }
    }

    /**
     * {@return the exact factor from this unit to {@code other} as {numerator, denominator}:
     * an amount {@code v} in this unit is {@code v × n / d} in {@code other}}
     *
     * @param other the other
     * @throws IllegalArgumentException if the units do not convert without a rate
     */
    public BigInteger[] factorTo(ObservationUnit other) {
        if (!isConvertibleTo(other)) {
            throw new IllegalArgumentException("cannot convert " + text + " to " + other.text + ": "
                    + dimension() + " and " + other.dimension());
        }
        BigInteger num;
        BigInteger den;
        switch (kind) {
            case QUANTITY:
                num = unit.factorNumerator().multiply(other.unit.factorDenominator());
                den = unit.factorDenominator().multiply(other.unit.factorNumerator());
                break;
            case MONEY:
                int diff = money.scale().exponent() - other.money.scale().exponent();
                num = diff >= 0 ? BigInteger.TEN.pow(diff) : BigInteger.ONE;
                den = diff >= 0 ? BigInteger.ONE : BigInteger.TEN.pow(-diff);
                break;
            default:
                num = BigInteger.ONE;
                den = BigInteger.ONE;
                break;
        }
        BigInteger gcd = num.gcd(den);
        return new BigInteger[] {num.divide(gcd), den.divide(gcd)};
    }

    /** Units are equal when they are written alike (after canonical spelling). */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof ObservationUnit && ((ObservationUnit) obj).text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** Returns the canonical spelling; {@link #parse(String)} reads it back. */
    @JsonValue
    @Override
    public String toString() {
        return text;
    }
}
