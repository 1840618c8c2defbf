package org.industrymetrics.quantity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Locale;
import org.industrymetrics.FigureParseException;

/**
 * A scale word written before a unit: {@code thousand}, {@code million}, {@code billion},
 * {@code trillion}, and the Chinese {@code wan} (万, 10^4) and {@code yi} (亿, 10^8, also written
 * {@code hundred million}).
 * <p>
 * "88.9 billion CNY" and "5.94 billion m2" keep their scale, so that a figure prints as it was
 * reported; arithmetic and comparison see through it.
 */
public enum Scale {
    /** No scale word: a factor of one. */
    ONE(0, ""),
    /** {@code thousand}, 10^3. */
    THOUSAND(3, "thousand"),
    /** {@code wan} (万), 10^4. */
    WAN(4, "wan"),
    /** {@code million}, 10^6. */
    MILLION(6, "million"),
    /** {@code yi} (亿), 10^8; {@code hundred million} is read as this. */
    YI(8, "yi"),
    /** {@code billion}, 10^9. */
    BILLION(9, "billion"),
    /** {@code trillion}, 10^12. */
    TRILLION(12, "trillion");

    private final int exponent;
    private final String word;
    private final BigDecimal multiplier;

    Scale(int exponent, String word) {
        this.exponent = exponent;
        this.word = word;
        this.multiplier = BigDecimal.ONE.scaleByPowerOfTen(exponent);
    }

    /**
     * Returns the power of ten this word stands for.
     *
     * @return the exponent, 9 for billion
     */
    public int exponent() {
        return exponent;
    }

    /**
     * Returns the canonical word.
     *
     * @return the word, empty for {@link #ONE}
     */
    public String word() {
        return word;
    }

    /**
     * Returns the factor this word stands for.
     *
     * @return 10^exponent
     */
    public BigDecimal multiplier() {
        return multiplier;
    }

    /** Returns the canonical word. */
    @JsonValue
    @Override
    public String toString() {
        return word;
    }

    /**
     * Obtains the scale named by a word ({@code "billion"}, {@code "hundred million"}, {@code "亿"}),
     * ignoring case.
     *
     * @param text the word, not null
     * @return the scale
     * @throws FigureParseException if the word is not a scale word
     */
    @JsonCreator
    public static Scale parse(String text) {
        java.util.Objects.requireNonNull(text, "text");
        Match m = readPrefix(text, 0);
        if (m == null || m.end() != text.length()) {
            throw new FigureParseException(text, 0,
                    "found \"" + text + "\", expected a scale word (thousand, wan, million, yi, hundred million, billion, trillion)");
        }
        return m.scale();
    }

    /** A scale word found at the start of a unit, and where the rest of the unit starts. */
    record Match(Scale scale, int end) {
    }

    /**
     * Reads a scale word at {@code from}, followed by white space (or directly by the unit for 万 and 亿).
     * Returns null where there is none; never throws.
     */
    static Match readPrefix(String text, int from) {
        if (from < text.length()) {
            char c = text.charAt(from);
            if (c == '万' || c == '亿') {
                return new Match(c == '万' ? WAN : YI, skipSpaces(text, from + 1));
            }
        }
        int wordEnd = wordEnd(text, from);
        String word = text.substring(from, wordEnd).toLowerCase(Locale.ROOT);
        if (word.equals("hundred")) {
            int next = skipSpaces(text, wordEnd);
            int secondEnd = wordEnd(text, next);
            if (next > wordEnd && text.substring(next, secondEnd).equalsIgnoreCase("million")) {
                return new Match(YI, skipSpaces(text, secondEnd));
            }
            return null;
        }
        for (Scale s : values()) {
            if (s != ONE && s.word.equals(word)) {
                int end = skipSpaces(text, wordEnd);
                // a scale word alone ("5 million") is a count of that many
                return new Match(s, end);
            }
        }
        return null;
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
