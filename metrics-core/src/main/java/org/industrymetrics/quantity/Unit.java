package org.industrymetrics.quantity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.measure.MetricPrefix;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.function.RationalNumber;
import tech.units.indriya.unit.Units;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.Suggestion;

/**
 * A unit of measure as reports write it: an optional {@link Scale} word and a unit symbol,
 * for example {@code GWh}, {@code GWh/a}, {@code billion m2}, {@code mu}, {@code t/a},
 * {@code enterprises}.
 * <p>
 * Each unit knows its {@link Dimension} and its exact factor to the dimension's base unit as a
 * fraction ({@code mu} is exactly 2000/3 m2), so conversions between units of one dimension are
 * exact. The definitions agree with Indriya's (JSR 385), which this class uses as the bridge to
 * code that speaks {@code javax.measure}: see {@link #toMeasureUnit()}. Arithmetic never goes
 * through Indriya.
 * <p>
 * Units are interned: {@link #of(Scale, Unit)} and {@link #parse(String)} return the same instance
 * for the same unit. This class is immutable and thread-safe.
 */
public final class Unit {

    // --- energy
    /** Watt hour. */
    public static final Unit WATT_HOUR = symbol("Wh", Dimension.ENERGY, 1, 1);
    /** Kilowatt hour. */
    public static final Unit KILOWATT_HOUR = symbol("kWh", Dimension.ENERGY, 1_000L, 1);
    /** Megawatt hour. */
    public static final Unit MEGAWATT_HOUR = symbol("MWh", Dimension.ENERGY, 1_000_000L, 1);
    /** Gigawatt hour. */
    public static final Unit GIGAWATT_HOUR = symbol("GWh", Dimension.ENERGY, 1_000_000_000L, 1);
    /** Terawatt hour. */
    public static final Unit TERAWATT_HOUR = symbol("TWh", Dimension.ENERGY, 1_000_000_000_000L, 1);
    // --- energy per year (capacity)
    /** Watt hour per year. */
    public static final Unit WATT_HOUR_PER_YEAR = symbol("Wh/a", Dimension.ENERGY_PER_YEAR, 1, 1);
    /** Kilowatt hour per year. */
    public static final Unit KILOWATT_HOUR_PER_YEAR = symbol("kWh/a", Dimension.ENERGY_PER_YEAR, 1_000L, 1);
    /** Megawatt hour per year. */
    public static final Unit MEGAWATT_HOUR_PER_YEAR = symbol("MWh/a", Dimension.ENERGY_PER_YEAR, 1_000_000L, 1);
    /** Gigawatt hour per year. */
    public static final Unit GIGAWATT_HOUR_PER_YEAR = symbol("GWh/a", Dimension.ENERGY_PER_YEAR, 1_000_000_000L, 1);
    /** Terawatt hour per year. */
    public static final Unit TERAWATT_HOUR_PER_YEAR = symbol("TWh/a", Dimension.ENERGY_PER_YEAR, 1_000_000_000_000L, 1);
    // --- charge
    /** Ampere hour. */
    public static final Unit AMPERE_HOUR = symbol("Ah", Dimension.CHARGE, 1, 1);
    /** Milliampere hour. */
    public static final Unit MILLIAMPERE_HOUR = symbol("mAh", Dimension.CHARGE, 1, 1_000L);
    // --- power
    /** Watt. */
    public static final Unit WATT = symbol("W", Dimension.POWER, 1, 1);
    /** Kilowatt. */
    public static final Unit KILOWATT = symbol("kW", Dimension.POWER, 1_000L, 1);
    /** Megawatt. */
    public static final Unit MEGAWATT = symbol("MW", Dimension.POWER, 1_000_000L, 1);
    /** Gigawatt. */
    public static final Unit GIGAWATT = symbol("GW", Dimension.POWER, 1_000_000_000L, 1);
    // --- mass
    /** Kilogram. */
    public static final Unit KILOGRAM = symbol("kg", Dimension.MASS, 1, 1);
    /** Tonne, 1000 kg. */
    public static final Unit TONNE = symbol("t", Dimension.MASS, 1_000L, 1);
    /** Kilotonne. */
    public static final Unit KILOTONNE = symbol("kt", Dimension.MASS, 1_000_000L, 1);
    /** Megatonne. */
    public static final Unit MEGATONNE = symbol("Mt", Dimension.MASS, 1_000_000_000L, 1);
    // --- mass per year (capacity)
    /** Kilogram per year. */
    public static final Unit KILOGRAM_PER_YEAR = symbol("kg/a", Dimension.MASS_PER_YEAR, 1, 1);
    /** Tonne per year. */
    public static final Unit TONNE_PER_YEAR = symbol("t/a", Dimension.MASS_PER_YEAR, 1_000L, 1);
    /** Kilotonne per year. */
    public static final Unit KILOTONNE_PER_YEAR = symbol("kt/a", Dimension.MASS_PER_YEAR, 1_000_000L, 1);
    /** Megatonne per year. */
    public static final Unit MEGATONNE_PER_YEAR = symbol("Mt/a", Dimension.MASS_PER_YEAR, 1_000_000_000L, 1);
    // --- area
    /** Square metre. */
    public static final Unit SQUARE_METRE = symbol("m2", Dimension.AREA, 1, 1);
    /** Square kilometre. */
    public static final Unit SQUARE_KILOMETRE = symbol("km2", Dimension.AREA, 1_000_000L, 1);
    /** Hectare, 10,000 m2. */
    public static final Unit HECTARE = symbol("ha", Dimension.AREA, 10_000L, 1);
    /** Mu (亩), exactly 10000/15 m2. */
    public static final Unit MU = symbol("mu", Dimension.AREA, 2_000L, 3);
    // --- area per year (capacity)
    /** Square metre per year. */
    public static final Unit SQUARE_METRE_PER_YEAR = symbol("m2/a", Dimension.AREA_PER_YEAR, 1, 1);
    /** Square kilometre per year. */
    public static final Unit SQUARE_KILOMETRE_PER_YEAR = symbol("km2/a", Dimension.AREA_PER_YEAR, 1_000_000L, 1);
    /** Hectare per year. */
    public static final Unit HECTARE_PER_YEAR = symbol("ha/a", Dimension.AREA_PER_YEAR, 10_000L, 1);
    /** Mu (亩) per year. */
    public static final Unit MU_PER_YEAR = symbol("mu/a", Dimension.AREA_PER_YEAR, 2_000L, 3);
    // --- counts
    /** A plain count, written {@code 1}. */
    public static final Unit ONE = symbol("1", Dimension.COUNT, 1, 1);

    /** The counted nouns read as counts, kept as written so a figure prints as reported. */
    private static final List<String> COUNT_NOUNS = List.of(
            "units", "pieces", "vehicles", "enterprises", "jobs", "projects", "patents", "cells");

    private static final ImmutableList<Unit> SYMBOLS;
    /** Every unit, keyed by its canonical text ("GWh", "billion m2"): the interned instances. */
    private static final ImmutableMap<String, Unit> BY_TEXT;

    static {
        List<Unit> symbols = new ArrayList<>(List.of(
                WATT_HOUR, KILOWATT_HOUR, MEGAWATT_HOUR, GIGAWATT_HOUR, TERAWATT_HOUR,
                WATT_HOUR_PER_YEAR, KILOWATT_HOUR_PER_YEAR, MEGAWATT_HOUR_PER_YEAR, GIGAWATT_HOUR_PER_YEAR,
                TERAWATT_HOUR_PER_YEAR,
                AMPERE_HOUR, MILLIAMPERE_HOUR,
                WATT, KILOWATT, MEGAWATT, GIGAWATT,
                KILOGRAM, TONNE, KILOTONNE, MEGATONNE,
                KILOGRAM_PER_YEAR, TONNE_PER_YEAR, KILOTONNE_PER_YEAR, MEGATONNE_PER_YEAR,
                SQUARE_METRE, SQUARE_KILOMETRE, HECTARE, MU,
                SQUARE_METRE_PER_YEAR, SQUARE_KILOMETRE_PER_YEAR, HECTARE_PER_YEAR, MU_PER_YEAR,
                ONE));
        for (String noun : COUNT_NOUNS) {
            symbols.add(symbol(noun, Dimension.COUNT, 1, 1));
        }
        SYMBOLS = ImmutableList.copyOf(symbols);
        Map<String, Unit> byText = new LinkedHashMap<>();
        for (Unit u : SYMBOLS) {
            byText.put(u.toString(), u);
            for (Scale s : Scale.values()) {
                if (s != Scale.ONE) {
                    Unit scaled = new Unit(s, u.symbol, u.dimension,
                            u.numerator.multiply(BigInteger.TEN.pow(s.exponent())), u.denominator);
                    byText.put(scaled.toString(), scaled);
                }
            }
        }
        BY_TEXT = ImmutableMap.copyOf(byText);
    }

    private final Scale scale;
    private final String symbol;
    private final Dimension dimension;
    /** Factor to the dimension's base unit, scale included, as numerator/denominator in lowest terms. */
    private final BigInteger numerator;
    private final BigInteger denominator;

    private Unit(Scale scale, String symbol, Dimension dimension, BigInteger numerator, BigInteger denominator) {
        this.scale = scale;
        this.symbol = symbol;
        this.dimension = dimension;
        BigInteger gcd = numerator.gcd(denominator);
        this.numerator = numerator.divide(gcd);
        this.denominator = denominator.divide(gcd);
    }

    private static Unit symbol(String symbol, Dimension dimension, long numerator, long denominator) {
        return new Unit(Scale.ONE, symbol, dimension, BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /**
     * Obtains a unit with a scale word, for example {@code of(Scale.BILLION, SQUARE_METRE)} is
     * {@code billion m2}.
     *
     * @param scale the scale word, not null
     * @param unit the unit without scale, not null
     * @return the scaled unit
     * @throws IllegalArgumentException if {@code unit} already has a scale
     */
    public static Unit of(Scale scale, Unit unit) {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(unit, "unit");
        if (unit.scale != Scale.ONE) {
            throw new IllegalArgumentException("unit " + unit + " already has a scale word");
        }
        return BY_TEXT.get(scaledText(scale, unit.symbol));
    }

    /**
     * Obtains a unit from its text: an optional scale word and a symbol, such as {@code GWh},
     * {@code billion m2}, {@code hundred million m2}, {@code t/a}. Symbols are case-sensitive
     * ({@code MW} is not {@code mW}); scale words are not. No locale is used.
     *
     * @param text the text, not null
     * @return the unit
     * @throws FigureParseException if the text is not a known unit, with a suggestion for a near miss
     */
    @JsonCreator
    public static Unit parse(String text) {
        Objects.requireNonNull(text, "text");
        return parse(text, 0, text);
    }

    /** Reads the unit at {@code text[from..]}; errors report indexes into {@code wholeInput}. */
    static Unit parse(String text, int from, String wholeInput) {
        String rest = text.substring(from).strip();
        int offset = from + text.substring(from).indexOf(rest.isEmpty() ? "" : rest.substring(0, 1));
        if (rest.isEmpty()) {
            throw new FigureParseException(wholeInput, text.length(), "found the end, expected a unit such as GWh, t/a, m2 or 1");
        }
        Unit direct = BY_TEXT.get(rest);
        if (direct != null) {
            return direct;
        }
        Scale.Match scaleMatch = Scale.readPrefix(rest, 0);
        Scale scale = Scale.ONE;
        String symbolText = rest;
        int symbolIndex = offset;
        if (scaleMatch != null) {
            scale = scaleMatch.scale();
            symbolText = rest.substring(scaleMatch.end());
            symbolIndex = offset + scaleMatch.end();
            if (symbolText.isEmpty()) {
                // "5 million": a count of five million
                return BY_TEXT.get(scaledText(scale, ONE.symbol));
            }
        }
        Unit base = bySymbol(symbolText);
        if (base == null) {
            // a near miss says what was meant; else the units a reader may not know of
            Suggestion near = suggestion(symbolText).orElse(null);
            throw new FigureParseException(wholeInput, symbolIndex, "unknown unit \"" + abbreviate(symbolText) + "\""
                    + (near != null ? "" : ", expected a unit such as GWh, GWh/a, Ah, MW, t, t/a, m2, mu, km2 or 1"), near);
        }
        return scale == Scale.ONE ? base : of(scale, base);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 30) + "…(" + text.length() + " characters)";
    }

    /** Returns the unit without scale that every unit of {@code dimension} converts to by its factor. */
    static Unit base(Dimension dimension) {
        return bySymbol(dimension.baseSymbol());
    }

    /** Returns the symbols of {@code dimension} for a message: "Wh, kWh, MWh, GWh or TWh". */
    static String examples(Dimension dimension) {
        List<String> symbols = new ArrayList<>();
        for (Unit u : SYMBOLS) {
            if (u.dimension == dimension && (dimension != Dimension.COUNT || symbols.isEmpty())) {
                symbols.add(u.symbol);
            }
        }
        int last = symbols.size() - 1;
        return last == 0 ? symbols.get(0) : String.join(", ", symbols.subList(0, last)) + " or " + symbols.get(last);
    }

    private static Unit bySymbol(String symbol) {
        for (Unit u : SYMBOLS) {
            if (u.symbol.equals(symbol)) {
                return u;
            }
        }
        return null;
    }

    /** Returns whether {@code text} is the canonical text of a unit. */
    static boolean isKnown(String text) {
        return BY_TEXT.containsKey(text);
    }

    /** Returns the nearest unit symbol for a near miss ({@code did you mean "GWh"?}). */
    static Optional<Suggestion> suggestion(String found) {
        List<String> symbols = new ArrayList<>();
        for (Unit u : SYMBOLS) {
            symbols.add(u.symbol);
        }
        return Suggestion.nearest(found, symbols);
    }

    private static String scaledText(Scale scale, String symbol) {
        if (scale == Scale.ONE) {
            return symbol;
        }
        return symbol.equals("1") ? scale.word() : scale.word() + " " + symbol;
    }

    /**
     * Returns the scale word of this unit.
     *
     * @return the scale, {@link Scale#ONE} if none
     */
    public Scale scale() {
        return scale;
    }

    /**
     * Returns the symbol without the scale word.
     *
     * @return the symbol, {@code m2} for {@code billion m2}
     */
    public String symbol() {
        return symbol;
    }

    /**
     * Returns the dimension.
     *
     * @return the dimension, not null
     */
    public Dimension dimension() {
        return dimension;
    }

    /**
     * Returns this unit without its scale word.
     *
     * @return the unit without scale, {@code m2} for {@code billion m2}, this unit if it has none
     */
    public Unit withoutScale() {
        return scale == Scale.ONE ? this : bySymbol(symbol);
    }

    /**
     * Returns the exact factor to the base unit of the dimension, as a decimal where it terminates.
     *
     * @return the factor, {@code 1000000000} for {@code GWh} (to {@code Wh})
     * @throws ArithmeticException if the factor does not terminate in decimal (mu)
     */
    public BigDecimal factorToBase() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator));
    }

    /**
     * Returns the numerator of the exact factor to the base unit, in lowest terms.
     *
     * @return the numerator, 2000 for {@code mu} (2000/3 m2)
     */
    public BigInteger factorNumerator() {
        return numerator;
    }

    /**
     * Returns the denominator of the exact factor to the base unit, in lowest terms.
     *
     * @return the denominator, 3 for {@code mu} (2000/3 m2)
     */
    public BigInteger factorDenominator() {
        return denominator;
    }

    /**
     * Returns whether quantities of this unit and {@code other} can be added and compared.
     *
     * @param other the other unit, not null
     * @return whether both units have the same dimension
     */
    public boolean isCompatible(Unit other) {
        return dimension == other.dimension;
    }

    /**
     * Returns the equivalent unit of Indriya (JSR 385), for code that speaks {@code javax.measure}.
     * Counted nouns map to {@code ONE}. A year is Indriya's {@code YEAR}.
     *
     * @return the Indriya unit, not null
     */
    public javax.measure.Unit<?> toMeasureUnit() {
        javax.measure.Unit<?> base = symbolToMeasure(symbol);
        return scale == Scale.ONE ? base : base.multiply(BigInteger.TEN.pow(scale.exponent()));
    }

    private static javax.measure.Unit<?> symbolToMeasure(String symbol) {
        boolean perYear = symbol.endsWith("/a");
        String s = perYear ? symbol.substring(0, symbol.length() - 2) : symbol;
        javax.measure.Unit<?> wh = Units.WATT.multiply(Units.HOUR);
        javax.measure.Unit<?> u;
        switch (s) {
            case "Wh": u = wh; break;
            case "kWh": u = MetricPrefix.KILO(wh); break;
            case "MWh": u = MetricPrefix.MEGA(wh); break;
            case "GWh": u = MetricPrefix.GIGA(wh); break;
            case "TWh": u = MetricPrefix.TERA(wh); break;
            case "Ah": u = Units.AMPERE.multiply(Units.HOUR); break;
            case "mAh": u = MetricPrefix.MILLI(Units.AMPERE.multiply(Units.HOUR)); break;
            case "W": u = Units.WATT; break;
            case "kW": u = MetricPrefix.KILO(Units.WATT); break;
            case "MW": u = MetricPrefix.MEGA(Units.WATT); break;
            case "GW": u = MetricPrefix.GIGA(Units.WATT); break;
            case "kg": u = Units.KILOGRAM; break;
            case "t": u = Units.KILOGRAM.multiply(1000); break;
            case "kt": u = Units.KILOGRAM.multiply(1_000_000); break;
            case "Mt": u = Units.KILOGRAM.multiply(1_000_000_000); break;
            case "m2": u = Units.SQUARE_METRE; break;
            case "km2": u = Units.SQUARE_METRE.multiply(1_000_000); break;
            case "ha": u = Units.SQUARE_METRE.multiply(10_000); break;
            case "mu": u = Units.SQUARE_METRE.multiply(RationalNumber.of(2000, 3)); break;
            default: u = AbstractUnit.ONE; break;
        }
        return perYear ? u.divide(Units.YEAR) : u;
    }

    /**
     * Returns the units this library knows, without scale words, in a stable order.
     *
     * @return the units, an immutable list
     */
    public static List<Unit> knownUnits() {
        return SYMBOLS;
    }

    /**
     * Returns the text of this unit: the scale word and the symbol ({@code billion m2}), the symbol
     * alone, or the scale word alone for a scaled plain count ({@code million}).
     * {@link #parse(String)} reads it back to this unit.
     */
    @JsonValue
    @Override
    public String toString() {
        return scaledText(scale, symbol);
    }

    /** Units are equal when they have the same scale word and symbol. */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof Unit && ((Unit) obj).scale == scale && ((Unit) obj).symbol.equals(symbol);
    }

    @Override
    public int hashCode() {
        return symbol.hashCode() * 31 + scale.hashCode();
    }
}
