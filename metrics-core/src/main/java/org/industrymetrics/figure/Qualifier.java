package org.industrymetrics.figure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.Suggestion;

/**
 * The word a report puts before a number, which says what the number stands for: "over 210",
 * "about 2.75", "nearly 250". See {@link ReportedFigure#interval(QualifierWidths)} for the
 * interval each qualifier gives.
 * <p>
 * Each qualifier has an {@link #id()} used in datasets ({@code at_least}) and the words it
 * stands for ({@code at least}, {@code no less than}); {@link #parse} reads either.
 */
public enum Qualifier {
    /** No qualifier: the number is the figure, rounded. */
    EXACT("exact"),
    /** About, around, approximately, some. */
    ABOUT("about", "about", "around", "approximately", "some"),
    /** Over, more than, exceeds, surpassing, 突破: strictly above. */
    OVER("over", "over", "more than", "exceeds", "surpassing", "突破"),
    /** At least, no less than: the number or above. */
    AT_LEAST("at_least", "at least", "no less than"),
    /** Nearly, almost, close to: strictly below, but not by much. */
    NEARLY("nearly", "nearly", "almost", "close to"),
    /** Under, less than: strictly below. */
    UNDER("under", "under", "less than"),
    /** At most, up to, no more than: the number or below. */
    AT_MOST("at_most", "at most", "up to", "no more than"),
    /** A range {@code LOW..HIGH}; implied by the value, it has no word. */
    RANGE("range");

    private static final Map<String, Qualifier> BY_TEXT;

    static {
        Map<String, Qualifier> map = new LinkedHashMap<>();
        for (Qualifier q : values()) {
            map.put(q.id, q);
            map.put(normalize(q.id), q);
            for (String word : q.words) {
                map.put(word, q);
            }
        }
        BY_TEXT = Collections.unmodifiableMap(map);
    }

    private final String id;
    private final List<String> words;

    Qualifier(String id, String... words) {
        this.id = id;
        this.words = List.of(words);
    }

    /**
     * Returns the id used in datasets: {@code exact}, {@code about}, {@code over},
     * {@code at_least}, {@code nearly}, {@code under}, {@code at_most}, {@code range}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the words this qualifier stands for, the canonical one first; empty for
     * {@link #EXACT} and {@link #RANGE}, which are not written as words.
     *
     * @return the words, unmodifiable
     */
    public List<String> words() {
        return words;
    }

    /**
     * Returns the word written before a number for this qualifier ({@code at least}), or the
     * empty string for {@link #EXACT} and {@link #RANGE}.
     *
     * @return the canonical word
     */
    public String word() {
        return words.isEmpty() ? "" : words.get(0);
    }

    /**
     * Obtains a qualifier from its id ({@code at_least}) or one of its words ({@code no less than},
     * {@code more than}, {@code 突破}), ignoring case and runs of spaces.
     *
     * @param text the id or the words, not null
     * @return the qualifier
     * @throws FigureParseException if the text is neither, with a suggestion where one is close
     */
    @JsonCreator
    public static Qualifier parse(String text) {
        Objects.requireNonNull(text, "text");
        return parse(text, 0, text.length(), text);
    }

    /** Reads {@code text[begin, end)} as a qualifier; errors name {@code wholeInput}. */
    static Qualifier parse(String text, int begin, int end, String wholeInput) {
        String key = normalize(text.substring(begin, end));
        Qualifier q = BY_TEXT.get(key);
        if (q != null) {
            return q;
        }
        String suggestion = nearest(key);
        throw new FigureParseException(wholeInput, begin, "found " + (key.isEmpty() ? "nothing" : "\"" + text.substring(begin, end) + "\"")
                + ", expected a qualifier such as about, over, at least, nearly, under, at most",
                suggestion == null ? null : Suggestion.replaceWith(suggestion));
    }

    /**
     * Returns the longest qualifier word or id that {@code text} starts with at {@code begin},
     * followed by a space, the end, or (after a word in Chinese) anything; null if none.
     */
    static String matchPrefix(String text, int begin) {
        String best = null;
        for (String candidate : BY_TEXT.keySet()) {
            int end = begin + candidate.length();
            if (end > text.length() || (best != null && candidate.length() <= best.length())) {
                continue;
            }
            if (!text.regionMatches(true, begin, candidate, 0, candidate.length())) {
                continue;
            }
            boolean latin = candidate.charAt(candidate.length() - 1) < 0x80;
            if (end == text.length() || text.charAt(end) == ' ' || !latin) {
                best = candidate;
            }
        }
        return best;
    }

    private static String normalize(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ");
    }

    /** The known word closest to {@code key} within a small edit distance, or null. */
    private static String nearest(String key) {
        if (key.isEmpty()) {
            return null;
        }
        return Suggestion.nearest(key, BY_TEXT.keySet()).flatMap(Suggestion::replacement).orElse(null);
    }

    /** Returns the id. */
    @JsonValue
    @Override
    public String toString() {
        return id;
    }
}
