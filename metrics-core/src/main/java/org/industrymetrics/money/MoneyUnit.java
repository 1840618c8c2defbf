package org.industrymetrics.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableMap;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.Suggestion;
import org.industrymetrics.quantity.Scale;

/**
 * The unit of an amount of money as a dataset's unit column writes it: an optional scale word and a
 * currency, for example {@code billion CNY}, {@code yi CNY}, {@code million USD}, {@code CNY}.
 * <p>
 * {@link #parse(String)} also reads the ways reports write it: {@code yuan}, {@code RMB},
 * {@code hundred million yuan} (read as {@code yi CNY}), {@code 亿元}. {@link #toString()} gives the
 * canonical form, which {@code parse} reads back.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class MoneyUnit {

    private static final List<String> SCALE_WORDS =
            List.of("thousand", "wan", "million", "yi", "hundred million", "billion", "trillion");

    /**
     * Shared instances for the common currencies, one per scale word: amounts in yuan or dollars
     * then share their unit, which saves an object per amount and lets {@code plus} compare units
     * by identity. Built once, never changed.
     */
    private static final ImmutableMap<Currency, MoneyUnit[]> SHARED;

    static {
        ImmutableMap.Builder<Currency, MoneyUnit[]> b = ImmutableMap.builder();
        for (Currency c : List.of(Currencies.CNY, Currencies.USD, Currencies.EUR, Currencies.JPY, Currencies.GBP, Currencies.HKD)) {
            MoneyUnit[] units = new MoneyUnit[Scale.values().length];
            for (Scale s : Scale.values()) {
                units[s.ordinal()] = new MoneyUnit(s, c);
            }
            b.put(c, units);
        }
        SHARED = b.build();
    }

    private final Scale scale;
    private final Currency currency;

    private MoneyUnit(Scale scale, Currency currency) {
        this.scale = scale;
        this.currency = currency;
    }

    /**
     * Obtains a unit from a scale word and a currency.
     *
     * @param scale the scale word, {@link Scale#ONE} for none, not null
     * @param currency the currency, not null
     * @return the unit
     */
    public static MoneyUnit of(Scale scale, Currency currency) {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(currency, "currency");
        MoneyUnit[] shared = SHARED.get(currency);
        return shared != null ? shared[scale.ordinal()] : new MoneyUnit(scale, currency);
    }

    /**
     * Obtains the unit of whole currency units, with no scale word.
     *
     * @param currency the currency, not null
     * @return the unit
     */
    public static MoneyUnit of(Currency currency) {
        return of(Scale.ONE, currency);
    }

    /**
     * Obtains a unit from text: an optional scale word and a currency, separated by a space:
     * {@code "billion CNY"}, {@code "hundred million yuan"}, {@code "CNY"}, {@code "亿元"}.
     * No locale is used.
     *
     * @param text the text, not null
     * @return the unit
     * @throws FigureParseException if the text is not a money unit, with a suggestion for a near miss
     */
    @JsonCreator
    public static MoneyUnit parse(String text) {
        Objects.requireNonNull(text, "text");
        return read(text, 0, text);
    }

    /** Reads {@code text[from..]} as a money unit; errors report indexes into {@code wholeInput}. */
    static MoneyUnit read(String text, int from, String wholeInput) {
        int end = text.length();
        if (from >= end) {
            throw new FigureParseException(wholeInput, from, "found the end, expected a currency such as CNY, or a scale word and a currency such as \"billion CNY\"");
        }
        // 亿元, 万元: the Chinese scale characters stand directly before the currency
        char first = text.charAt(from);
        if ((first == '亿' || first == '万') && from + 1 < end) {
            int next = from + 1;
            if (text.charAt(next) == ' ') {
                next++;
            }
            return of(first == '亿' ? Scale.YI : Scale.WAN, Currencies.read(text, next, end, wholeInput));
        }
        int lastSpace = text.lastIndexOf(' ', end - 1);
        if (lastSpace < from) {
            if (Currencies.lookup(text, from, end) == null && isScaleWord(text.substring(from, end))) {
                throw new FigureParseException(wholeInput, end,
                        "found the end, expected a currency such as CNY after the scale word \"" + text.substring(from, end) + "\"");
            }
            return of(Scale.ONE, Currencies.read(text, from, end, wholeInput));
        }
        if (lastSpace == end - 1) {
            throw new FigureParseException(wholeInput, end, "found the end, expected a currency such as CNY after the scale word");
        }
        Scale scale = readScale(text, from, lastSpace, wholeInput);
        return of(scale, Currencies.read(text, lastSpace + 1, end, wholeInput));
    }

    /** Reads the scale words in {@code text[begin, end)}. */
    static Scale readScale(String text, int begin, int end, String wholeInput) {
        String words = text.substring(begin, end);
        if (!isScaleWord(words)) {
            throw new FigureParseException(wholeInput, begin, "unknown scale word \"" + words + "\""
                    + ", expected one of thousand, wan, million, yi, hundred million, billion, trillion before the currency",
                    Suggestion.nearest(words, SCALE_WORDS).orElse(null));
        }
        return Scale.parse(words);
    }

    private static boolean isScaleWord(String words) {
        try {
            Scale.parse(words);
            return true;
        } catch (FigureParseException e) {
            return false;
        }
    }

    /** {@return the scale word, {@link Scale#ONE} if none} */
    public Scale scale() {
        return scale;
    }

    /** {@return the currency} */
    public Currency currency() {
        return currency;
    }

    /**
     * Returns a unit of the same currency with another scale word.
     *
     * @param scale the scale word, not null
     * @return the unit; this instance is immutable and unaffected by this method call
     */
    public MoneyUnit withScale(Scale scale) {
        return scale == this.scale ? this : of(scale, currency);
    }

    /** Equal when the scale word and the currency are the same. */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof MoneyUnit)) {
            return false;
        }
        MoneyUnit other = (MoneyUnit) obj;
        return scale == other.scale && currency.equals(other.currency);
    }

    @Override
    public int hashCode() {
        return scale.hashCode() * 31 + currency.hashCode();
    }

    /**
     * Returns the canonical text: the scale word, a space and the currency code ({@code billion CNY}),
     * or the code alone. {@link #parse(String)} reads it back.
     */
    @JsonValue
    @Override
    public String toString() {
        String code = currency.getCurrencyCode();
        return scale == Scale.ONE ? code : scale.word() + " " + code;
    }
}
