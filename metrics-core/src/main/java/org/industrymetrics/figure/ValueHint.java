package org.industrymetrics.figure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.Suggestion;
import org.industrymetrics.internal.Decimals;
import org.industrymetrics.money.MoneyUnit;
import org.industrymetrics.quantity.Unit;

/**
 * What to write instead when a value holds more than a number: a qualifier word before it
 * ({@code over 200}: the qualifier column) or a unit after it, with or without a space
 * ({@code 12.5GWh}, {@code 58.7%}, {@code 163.5 billion CNY}: the unit column). The qualifiers are
 * those the qualifier column reads ({@link Qualifier#parse}), the units those the unit column reads
 * (units of measure, money, {@code %}, {@code pp}, {@code x}). One rule for the value cell of the
 * dataset readers ({@link ReportedFigure#of}) and for {@link ReportedFigure#parse}.
 */
final class ValueHint {

    private ValueHint() {
    }

    /**
     * The suggestion for a value cell {@code value} that did not read as a number or a range: the
     * number alone, with the qualifier and the unit moved to their columns; empty unless the value
     * is exactly a number or range with a known qualifier before it or a known unit after it.
     */
    static Optional<Suggestion> forCell(String value) {
        int begin = 0;
        String qualifier = null;
        String word = Qualifier.matchPrefix(value, 0);
        if (word != null) {
            qualifier = Qualifier.parse(word).id();
            begin = skipSpaces(value, word.length());
        }
        return split(value, begin, qualifier);
    }

    /**
     * The suggestion for the figure text {@code text} whose number, from {@code begin}, did not read:
     * the figure without the unit that follows its number, and the unit for the unit column.
     */
    static Optional<Suggestion> forFigure(String text, int begin) {
        int end = numberOrRangeEnd(text, begin);
        String unit = end > begin ? unitAfter(text, end) : null;
        if (unit == null) {
            return Optional.empty();
        }
        return Optional.of(Suggestion.useColumns(text.substring(0, end), Map.of("unit", unit)));
    }

    /** The number or range from {@code begin}, then a unit or nothing; a suggestion if anything is to move. */
    private static Optional<Suggestion> split(String value, int begin, String qualifier) {
        int end = numberOrRangeEnd(value, begin);
        if (end == begin) {
            return Optional.empty();
        }
        String unit = null;
        if (end < value.length()) {
            unit = unitAfter(value, end);
            if (unit == null) {
                return Optional.empty();
            }
        }
        if (qualifier == null && unit == null) {
            return Optional.empty();
        }
        Map<String, String> columns = new LinkedHashMap<>();
        if (qualifier != null) {
            columns.put("qualifier", qualifier);
        }
        if (unit != null) {
            columns.put("unit", unit);
        }
        return Optional.of(Suggestion.useColumns(value.substring(begin, end), columns));
    }

    /** The end of the number ({@code 12.5}) or range ({@code 12..15}) at {@code begin}; {@code begin} if none. */
    private static int numberOrRangeEnd(String text, int begin) {
        int end = Decimals.numberEnd(text, begin, text.length(), false);
        if (end > begin && text.startsWith("..", end)) {
            int high = Decimals.numberEnd(text, end + 2, text.length(), false);
            return high > end + 2 ? high : begin;
        }
        return end;
    }

    /** The unit that is all of {@code text} after {@code end} (spaces around it left out), or null. */
    private static String unitAfter(String text, int end) {
        String unit = text.substring(end).strip();
        return !unit.isEmpty() && isUnit(unit) ? unit : null;
    }

    /** Whether the unit column would read {@code unit}. */
    private static boolean isUnit(String unit) {
        if (unit.equals("%") || unit.equals("pp") || unit.equals("x") || unit.equals("×")) {
            return true;
        }
        try {
            Unit.parse(unit);
            return true;
        } catch (FigureParseException notAUnit) {
            // perhaps money
        }
        try {
            MoneyUnit.parse(unit);
            return true;
        } catch (FigureParseException notMoney) {
            return false;
        }
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
