package org.industrymetrics.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.ObservationUnit;

/**
 * Any figure the library prints, rendered the ways reports write it, reads back to the same figure:
 * qualifier words, group separators, currency before or after, scale words in words, abbreviations
 * or Chinese characters, ranges with a hyphen, "to" or "between … and", and the cue words of each
 * measure.
 */
class FigurePhraseProperties {

    /** A figure and one way a report prints it. */
    record Printed(FigurePhrase expected, String text) {
        @Override
        public String toString() {
            return "\"" + text + "\" → " + expected;
        }
    }

    @Property(tries = 2000)
    void aPrintedFigureReadsBack(@ForAll("printed") Printed p) {
        FigurePhrase read = FigurePhrase.parse(p.text());
        assertEquals(p.expected().figure(), read.figure(), p.text());
        assertEquals(p.expected().unit(), read.unit(), p.text());
        assertEquals(p.expected().measure(), read.measure(), p.text());
    }

    @Property(tries = 1000)
    void theCanonicalFormReadsBack(@ForAll("printed") Printed p) {
        FigurePhrase read = FigurePhrase.parse(p.text());
        assertEquals(read, FigurePhrase.parse(read.toString()), read.toString());
    }

    private static final List<Qualifier> WORDED = List.of(Qualifier.EXACT, Qualifier.ABOUT, Qualifier.OVER,
            Qualifier.AT_LEAST, Qualifier.NEARLY, Qualifier.UNDER, Qualifier.AT_MOST);

    @Provide
    Arbitrary<Printed> printed() {
        Arbitrary<BigDecimal> values = Combinators.combine(Arbitraries.longs().between(1, 9_999_999),
                Arbitraries.integers().between(0, 3)).as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale))
                .filter(v -> v.compareTo(BigDecimal.valueOf(100_000)) < 0 || v.scale() == 0);
        return Combinators.combine(values, Arbitraries.integers().between(1, 500), Arbitraries.of(WORDED),
                Arbitraries.integers().between(0, 1_000_000), Arbitraries.integers().between(0, 9))
                .as(FigurePhraseProperties::render);
    }

    private static Printed render(BigDecimal value, int span, Qualifier q, int style, int range) {
        boolean isRange = range == 0;
        String lo = value.toPlainString();
        String hi = value.add(BigDecimal.valueOf(span)).toPlainString();
        Qualifier qualifier = isRange ? Qualifier.RANGE : q;
        String valueText = isRange ? lo + ".." + hi : lo;
        String number = isRange ? rangeText(lo, hi, style) : grouped(lo, style);
        String word = isRange ? "" : qualifierWord(q, style);
        int kind = style % 9;
        switch (kind) {
            case 0: { // money
                String[][] forms = {{"billion", "BILLION"}, {"million", "MILLION"}, {"trillion", "TRILLION"}, {"bn", "BILLION"},
                    {"", "ONE"}, {"hundred million", "YI"}};
                String[] f = forms[(style / 9) % forms.length];
                String scaleWord = f[0].isEmpty() ? "" : " " + f[0];
                String unit = (f[0].isEmpty() ? "" : f[1].equals("YI") ? "yi " : f[0].equals("bn") ? "billion " : f[0] + " ");
                int currencyStyle = (style / 60) % 6;
                String[] currencies = {"CNY", "CNY", "CNY", "USD", "USD", "EUR"};
                String code = currencies[currencyStyle];
                String text;
                switch (currencyStyle) {
                    case 0: text = number + scaleWord + " yuan"; break;
                    case 1: text = "RMB " + number + scaleWord; break;
                    case 2: text = number + scaleWord + " CNY"; break;
                    case 3: text = "$" + number + scaleWord; break;
                    case 4: text = number + scaleWord + " U.S. dollars"; break;
                    default: text = "€" + number + scaleWord; break;
                }
                return printed(word, text, valueText, qualifier, unit + code, Measure.LEVEL);
            }
            case 1: { // Chinese money and counts
                boolean yi = style % 2 == 0;
                String text = number + (yi ? "亿元" : "万辆");
                return printed(word, text, valueText, qualifier, yi ? "yi CNY" : "wan vehicles", Measure.LEVEL);
            }
            case 2: { // quantities
                String[][] units = {{"GWh", "GWh"}, {"MWh", "MWh"}, {"tons", "t"}, {"tonnes per year", "t/a"},
                    {"square meters", "m2"}, {"square kilometers", "km2"}, {"mu", "mu"}, {"GW", "GW"}, {"Ah", "Ah"},
                    {"million kWh", "million kWh"}, {"ton/year", "t/a"}};
                String[] u = units[(style / 9) % units.length];
                boolean glued = (style / 99) % 2 == 0 && !isRange && Character.isUpperCase(u[0].charAt(0));
                return printed(word, number + (glued ? "" : " ") + u[0], valueText, qualifier, u[1], Measure.LEVEL);
            }
            case 3: { // counts
                String[] nouns = {"enterprises", "vehicles", "projects", "jobs"};
                String n = nouns[(style / 9) % nouns.length];
                return printed(word, number + " " + n, valueText, qualifier, n, Measure.LEVEL);
            }
            case 4: { // shares
                String pct = (style / 9) % 2 == 0 ? "%" : " percent";
                String lead = (style / 18) % 2 == 0 ? "" : "accounting for ";
                return printed(lead + word, number + pct + " of", valueText, qualifier, "%", Measure.SHARE);
            }
            case 5: { // growth, up or down
                boolean down = (style / 9) % 2 == 0;
                String pct = (style / 18) % 2 == 0 ? "%" : " percent";
                String[] ups = {"up", "increased by", "rose", "grew by"};
                String[] downs = {"down", "decreased by", "fell", "declined by"};
                String verb = (down ? downs : ups)[(style / 36) % 4];
                String v = down ? negate(valueText) : valueText;
                return printed(verb + (word.isEmpty() ? "" : " " + word), number + pct, v, qualifier, "%", Measure.GROWTH);
            }
            case 6: { // percentage points
                boolean down = (style / 9) % 2 == 0;
                String v = down ? negate(valueText) : valueText;
                return printed((down ? "down" : "up") + (word.isEmpty() ? "" : " " + word), number + " percentage points",
                        v, qualifier, "pp", Measure.GROWTH_PP);
            }
            case 7: // multiples
                return printed(word, number + " times as much", valueText, qualifier, "x", Measure.MULTIPLE);
            default: // contributions
                return printed("contributing" + (word.isEmpty() ? "" : " " + word), number + " percent to the growth",
                        valueText, qualifier, "%", Measure.CONTRIBUTION);
        }
    }

    private static Printed printed(String lead, String text, String value, Qualifier q, String unit, Measure measure) {
        String phrase = lead.isEmpty() ? text : lead.endsWith(" ") ? lead + text : lead + " " + text;
        FigurePhrase expected = FigurePhrase.of(ReportedFigure.of(value, q), ObservationUnit.parse(unit), measure);
        return new Printed(expected, phrase);
    }

    private static String negate(String valueText) {
        int dots = valueText.indexOf("..");
        if (dots < 0) {
            return "-" + valueText;
        }
        return "-" + valueText.substring(dots + 2) + "..-" + valueText.substring(0, dots);
    }

    private static String rangeText(String lo, String hi, int style) {
        switch ((style / 7) % 4) {
            case 0: return grouped(lo, style) + "-" + grouped(hi, style);
            case 1: return grouped(lo, style) + " - " + grouped(hi, style);
            case 2: return grouped(lo, style) + " to " + grouped(hi, style);
            default: return grouped(lo, style) + "–" + grouped(hi, style);
        }
    }

    /** The number with group separators, as English-language reports print it, in some styles. */
    private static String grouped(String plain, int style) {
        if ((style / 3) % 2 == 0) {
            return plain;
        }
        BigDecimal v = new BigDecimal(plain);
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMinimumFractionDigits(Math.max(v.scale(), 0));
        f.setMaximumFractionDigits(Math.max(v.scale(), 0));
        return f.format(v);
    }

    private static String qualifierWord(Qualifier q, int style) {
        List<String> words = q.words();
        if (words.isEmpty()) {
            return "";
        }
        return words.get((style / 5) % words.size());
    }
}
