package org.industrymetrics.money;

import com.google.common.collect.ImmutableList;
import java.util.Currency;
import java.util.Objects;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.Suggestion;

/**
 * Reading currencies as datasets write them, and constants for the currencies the reports use most.
 * <p>
 * A currency is a {@link java.util.Currency}, obtained with the locale-free
 * {@link Currency#getInstance(String)}: an ISO 4217 code such as {@code CNY} or {@code USD}.
 * {@code RMB}, {@code yuan} (in any case) and {@code 元} read as {@code CNY}. Nothing here uses the
 * default locale; a currency prints as its code, never as a symbol.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Currencies {

    /** Chinese yuan renminbi. */
    public static final Currency CNY = Currency.getInstance("CNY");
    /** US dollar. */
    public static final Currency USD = Currency.getInstance("USD");
    /** Euro. */
    public static final Currency EUR = Currency.getInstance("EUR");
    /** Japanese yen. */
    public static final Currency JPY = Currency.getInstance("JPY");
    /** Pound sterling. */
    public static final Currency GBP = Currency.getInstance("GBP");
    /** Hong Kong dollar. */
    public static final Currency HKD = Currency.getInstance("HKD");

    /** Codes to suggest for near misses, the common ones first so that they win ties. */
    private static final ImmutableList<String> CANDIDATES;

    static {
        ImmutableList.Builder<String> b = ImmutableList.builder();
        b.add("CNY", "USD", "EUR", "JPY", "GBP", "HKD", "RMB", "yuan");
        Currency.getAvailableCurrencies().stream()
                .map(Currency::getCurrencyCode)
                .sorted()
                .forEach(b::add);
        CANDIDATES = b.build();
    }

    private Currencies() {
    }

    /**
     * Obtains a currency from its code or a Chinese alias: {@code "USD"}, {@code "CNY"},
     * {@code "RMB"}, {@code "yuan"}, {@code "元"}. Codes are upper case, as ISO 4217 writes them;
     * the aliases are read in any case.
     *
     * @param text the code, not null
     * @return the currency
     * @throws FigureParseException if the text is not a currency, with a suggestion for a near miss
     */
    public static Currency parse(String text) {
        Objects.requireNonNull(text, "text");
        return read(text, 0, text.length(), text);
    }

    /** Reads {@code text[begin, end)} as a currency; errors report indexes into {@code wholeInput}. */
    static Currency read(String text, int begin, int end, String wholeInput) {
        Currency c = lookup(text, begin, end);
        if (c != null) {
            return c;
        }
        String found = text.substring(begin, end);
        if (found.isEmpty()) {
            throw new FigureParseException(wholeInput, begin, "found " + (end < text.length() ? "'" + text.charAt(end) + "'" : "the end")
                    + ", expected a currency code such as CNY or USD");
        }
        throw new FigureParseException(wholeInput, begin, "unknown currency \"" + found + "\""
                + ", expected an ISO 4217 code such as CNY or USD, or RMB or yuan",
                Suggestion.nearest(found, CANDIDATES).orElse(null));
    }

    /** Returns the currency {@code text[begin, end)} names, or null; never throws. */
    static Currency lookup(String text, int begin, int end) {
        int length = end - begin;
        if (length == 1 && text.charAt(begin) == '元') {
            return CNY;
        }
        if (length == 3 && isUpper(text.charAt(begin)) && isUpper(text.charAt(begin + 1)) && isUpper(text.charAt(begin + 2))) {
            String code = text.substring(begin, end);
            if (code.equals("RMB")) {
                return CNY;
            }
            try {
                return Currency.getInstance(code);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if (length == 3 && text.regionMatches(true, begin, "RMB", 0, 3)) {
            return CNY;
        }
        if (length == 4 && text.regionMatches(true, begin, "yuan", 0, 4)) {
            return CNY;
        }
        return null;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
