package org.industrymetrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a user could write instead of something the library could not read: a near miss
 * ({@code did you mean "GWh"?}) or advice ({@code use the qualifier column}). It travels with a
 * problem as a value ({@link InputProblem#suggestion()}, {@link FigureParseException#suggestion()}),
 * so that a program can offer the replacement without reading message text.
 * <pre>{@code
 * Suggestion.nearest("GWhh", List.of("GWh", "MWh"))   // Optional[did you mean "GWh"?]
 * Suggestion.advice("use the qualifier column").text() // "use the qualifier column"
 * Suggestion.useColumns("200", Map.of("qualifier", "over"))
 *     // use the qualifier column: value "200", qualifier "over"
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class Suggestion {

    private final String text;
    private final String replacement;
    private final Map<String, String> columns;

    private Suggestion(String text, String replacement, Map<String, String> columns) {
        this.text = text;
        this.replacement = replacement;
        this.columns = columns;
    }

    /**
     * Obtains the suggestion to write {@code replacement} instead: {@code did you mean "GWh"?}.
     *
     * @param replacement the text to write instead, not null
     * @return the suggestion
     */
    public static Suggestion replaceWith(String replacement) {
        Objects.requireNonNull(replacement, "replacement");
        return new Suggestion("did you mean \"" + replacement + "\"?", replacement, Map.of());
    }

    /**
     * Obtains the advice to split a cell that holds more than its column takes: write
     * {@code replacement} in it, and each entry of {@code columns} in the column it names. A value
     * cell {@code over 200} gives {@code useColumns("200", Map.of("qualifier", "over"))}, shown as
     * {@code use the qualifier column: value "200", qualifier "over"}; {@code 12.5GWh} gives
     * {@code use the unit column: value "12.5", unit "GWh"}.
     *
     * @param replacement what to write in the cell instead, not null
     * @param columns the other columns to write, by column name, in order; not empty, not null
     * @return the suggestion
     * @throws IllegalArgumentException if {@code columns} is empty
     */
    public static Suggestion useColumns(String replacement, Map<String, String> columns) {
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(columns, "columns");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("no column to use");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        columns.forEach((column, cell) -> copy.put(Objects.requireNonNull(column, "column"), Objects.requireNonNull(cell, "cell")));
        StringBuilder text = new StringBuilder("use the ");
        int i = 0;
        for (String column : copy.keySet()) {
            text.append(i == 0 ? "" : i == copy.size() - 1 ? " and " : ", ").append(column);
            i++;
        }
        text.append(copy.size() == 1 ? " column" : " columns").append(": value \"").append(replacement).append('"');
        copy.forEach((column, cell) -> text.append(", ").append(column).append(" \"").append(cell).append('"'));
        return new Suggestion(text.toString(), replacement, Collections.unmodifiableMap(copy));
    }

    /**
     * Obtains a piece of advice that is no single replacement: {@code use the qualifier column}.
     *
     * @param text the advice, not blank, not null
     * @return the suggestion
     * @throws IllegalArgumentException if the text is blank
     */
    public static Suggestion advice(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("advice must not be blank");
        }
        return new Suggestion(text, null, Map.of());
    }

    /**
     * Returns the candidate nearest to {@code found} as a suggestion, if it is a near miss: the same
     * letters in another case, or one or two edits away (a swap of two neighbours is one edit;
     * fewer edits for short words, and never every character replaced). This is the rule of every
     * "did you mean" of the library.
     *
     * @param found the text that could not be read, not null
     * @param candidates the texts that would have been read, not null
     * @return the suggestion, or empty if no candidate is near
     */
    public static Optional<Suggestion> nearest(String found, Iterable<String> candidates) {
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(candidates, "candidates");
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = candidate.equalsIgnoreCase(found) ? 0 : editDistance(found, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        int allowed = Math.max(1, Math.min(2, found.length() / 3));
        // never suggest by replacing every character ("x" is not a near miss of "t")
        return best != null && bestDistance <= allowed && bestDistance < found.length()
                ? Optional.of(replaceWith(best)) : Optional.empty();
    }

    /**
     * Edit distance with adjacent transpositions counted as one edit ({@code vaule} is one edit from
     * {@code value}); inputs longer than 64 characters are never near misses, which bounds the work.
     */
    private static int editDistance(String a, String b) {
        if (a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * Returns what to show: {@code did you mean "GWh"?}, or the advice.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * Returns the text to write instead, for a near miss or a cell to split; empty for advice.
     *
     * @return the replacement, if any
     */
    public Optional<String> replacement() {
        return Optional.ofNullable(replacement);
    }

    /**
     * Returns the other columns to write, by column name, for a cell to split
     * ({@link #useColumns}); empty otherwise.
     *
     * @return the columns and their cells, in order, unmodifiable
     */
    public Map<String, String> columns() {
        return columns;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Suggestion && ((Suggestion) obj).text.equals(text)
                && Objects.equals(((Suggestion) obj).replacement, replacement) && ((Suggestion) obj).columns.equals(columns);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** Returns {@link #text()}. */
    @Override
    public String toString() {
        return text;
    }
}
