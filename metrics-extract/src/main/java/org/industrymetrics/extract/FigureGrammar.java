package org.industrymetrics.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.extract.Lexicon.Lead;
import org.industrymetrics.extract.Lexicon.LeadWord;
import org.industrymetrics.extract.Lexicon.ScaleWord;
import org.industrymetrics.extract.Lexicon.Trail;
import org.industrymetrics.extract.Lexicon.TrailWord;
import org.industrymetrics.extract.Lexicon.UnitKind;
import org.industrymetrics.extract.Lexicon.UnitWord;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.money.MoneyUnit;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.quantity.Scale;
import org.industrymetrics.quantity.Unit;

/**
 * The hand-written grammar of a figure phrase, run at one position of a text: the words before
 * the number (qualifier, direction, cue, currency), the number (digits, range, number word,
 * fraction, multiplying verb), the scale word and unit after it, and the cue words that follow.
 * It also knows what is not a figure (dates, years, times of day, phone and model numbers, ranks,
 * list markers, identifiers glued to letters) and skips it.
 * <p>
 * One instance reads one text; it is not thread-safe and not shared.
 */
final class FigureGrammar {

    /** A figure read at one place; mutable while it is read, then turned into a {@link FigurePhrase}. */
    static final class Reading {
        int start;
        int end;
        int numberStart;
        String low;
        String high;
        Qualifier qualifier = Qualifier.EXACT;
        int sign;
        Lead direction;
        boolean shareCue;
        boolean contributionCue;
        boolean growthCue;
        boolean ofCue;
        boolean asMuch;
        boolean increaseAfterTimes;
        boolean inShare;
        boolean fraction;
        boolean wordNumber;
        boolean grouped;
        Scale scale = Scale.ONE;
        String currency;
        UnitWord unit;
        boolean perYear;
        String rawUnit;
        String noun = "";
        Measure measure;
        boolean measureGuessed;
        boolean coordinated;
        boolean fromCue;
        Reading conversion;
        FigurePhrase phrase;

        boolean isMoney() {
            return currency != null;
        }
    }

    private static final java.util.regex.Pattern DAY_LIST = java.util.regex.Pattern.compile(
            "([a-z]+)\\.? \\d{1,2}(?:st|nd|rd|th)? ?(?:and|to|-|through) ?$");

    /** Words before a number word that make it refer back to things already counted. */
    private static final java.util.Set<String> ANAPHORIC = java.util.Set.of("these", "those", "the", "above",
            "following", "both", "all", "said", "aforementioned");

    /** Verbs with "up" or "down" that say nothing about a direction. */
    private static final java.util.Set<String> PHRASAL = java.util.Set.of("set", "sets", "setting", "build", "built",
            "make", "makes", "made", "take", "takes", "took", "pick", "picked", "open", "opened", "end", "ended",
            "sign", "signed", "step", "stepped", "ramp", "ramped", "shut", "break", "broke", "back", "line", "lined",
            "pay", "paid", "turn", "turned", "bring", "brought", "come", "came", "hold", "held", "stand", "stood",
            "put", "laid", "lay", "gear", "geared", "speed", "sped", "scale", "scaled", "call", "called", "round",
            "rounded", "sum", "summed", "add", "added", "show", "showed", "wind", "wound", "narrow", "narrowed");

    private final String text;
    private final String lower;
    private final boolean phraseMode;
    /** Where scanning continues after the last call to {@link #readAt}. */
    int next;
    /** Numbers that are no number as printed ("30,00"): index and message. */
    final List<Object[]> unreadable = new ArrayList<>();

    FigureGrammar(String text, boolean phraseMode) {
        this.text = text;
        this.phraseMode = phraseMode;
        char[] l = text.toCharArray();
        for (int i = 0; i < l.length; i++) {
            char c = l[i];
            if (c >= 'A' && c <= 'Z') {
                l[i] = (char) (c + 32);
            } else if (c == '\u2019') {
                l[i] = '\'';
            } else if (c == '\u2013' || c == '\u2014' || c == '\u2212') {
                l[i] = '-';
            } else if (c > 0x7f && Character.isUpperCase(c)) {
                char lc = Character.toLowerCase(c);
                l[i] = lc;
            }
        }
        this.lower = new String(l);
    }

    String lower() {
        return lower;
    }

    // -----------------------------------------------------------------------------------------
    // phrase

    static FigurePhrase readPhrase(String phrase) {
        String p = phrase;
        int begin = 0;
        int end = p.length();
        while (begin < end && Character.isWhitespace(p.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(p.charAt(end - 1))) {
            end--;
        }
        // "($2.1 billion)": in news prose a parenthesised amount is a conversion, not a negative
        if (end - begin >= 2 && p.charAt(begin) == '(' && p.charAt(end - 1) == ')') {
            begin++;
            end--;
        }
        // "a 144% increase": the article belongs to the phrase, not to the figure
        for (String article : new String[] {"a ", "an ", "A ", "An "}) {
            if (p.startsWith(article, begin) && begin + article.length() < end && isDigit(p.charAt(begin + article.length()))) {
                begin += article.length();
            }
        }
        FigureGrammar g = new FigureGrammar(p.substring(0, end), true);
        int i = begin;
        int firstNumber = -1;
        while (i < end) {
            if (g.isCandidate(i)) {
                boolean number = isDigit(g.lower.charAt(i)) || g.isNumberWord(i);
                if (number && firstNumber < 0) {
                    firstNumber = i;
                }
                Reading r = g.readAt(i);
                if (r != null) {
                    if (r.start > begin) {
                        throw new FigureParseException(phrase, begin, "found \"" + p.substring(begin, r.start).strip()
                                + "\", expected a figure phrase such as \"over 20 billion yuan\" or \"up 4.2%\"");
                    }
                    if (r.end < end) {
                        throw new FigureParseException(phrase, g.skipSpaces(r.end), "found \"" + p.substring(r.end, end).strip()
                                + "\" after the figure \"" + p.substring(r.start, r.end) + "\", expected the end of the phrase");
                    }
                    return r.phrase;
                }
                if (number) {
                    break;
                }
            }
            i++;
        }
        if (firstNumber < 0) {
            throw new FigureParseException(phrase, end, "found " + (begin == end ? "nothing" : "no number in \"" + p.substring(begin, end) + "\"")
                    + ", expected a figure such as \"over 20 billion yuan\", \"21% of\" or \"nine\"");
        }
        if (!g.unreadable.isEmpty()) {
            Object[] u = g.unreadable.get(0);
            throw new FigureParseException(phrase, (Integer) u[0], (String) u[1]);
        }
        throw new FigureParseException(phrase, firstNumber, "found \"" + p.substring(firstNumber, end)
                + "\", which reads as no figure of a report (a date, year, time, rank, model or phone number, or a number without what it counts)");
    }

    // -----------------------------------------------------------------------------------------
    // scanning

    /** Whether the word at {@code i} is a number word, fraction or multiplying verb. */
    boolean isNumberWord(int i) {
        String w = lower.substring(i, wordEnd(i));
        int dash = w.indexOf('-');
        return Lexicon.NUMBER_WORDS.containsKey(w) || Lexicon.MULTIPLY_VERBS.containsKey(w) || w.equals("half")
                || dash > 0 && Lexicon.FRACTIONS.containsKey(w.substring(dash + 1));
    }

    /** Whether a figure may start at {@code i}: a digit, or a word that is a number. */
    boolean isCandidate(int i) {
        char c = lower.charAt(i);
        char prev = i > 0 ? lower.charAt(i - 1) : ' ';
        if (c >= '0' && c <= '9') {
            return !(prev >= '0' && prev <= '9') && !((prev == ',' || prev == '.') && i > 1 && isDigit(lower.charAt(i - 2)));
        }
        if (c >= 'a' && c <= 'z' && !isLetter(prev)) {
            // a cheap hash of the word first: most words are no number, and a substring each costs
            int h = 0;
            int e = i;
            int n = lower.length();
            while (e < n) {
                char ch = lower.charAt(e);
                if (ch >= 'a' && ch <= 'z' || ch == '-' && e + 1 < n && lower.charAt(e + 1) >= 'a' && lower.charAt(e + 1) <= 'z') {
                    h = 31 * h + ch;
                    e++;
                } else {
                    break;
                }
            }
            return Lexicon.START_WORD_HASHES.contains(h);
        }
        return false;
    }

    /**
     * Reads the figure whose number starts at {@code i}, or returns null if there is none (and sets
     * {@link #next}, where scanning continues).
     */
    Reading readAt(int i) {
        next = i + 1;
        Reading r = new Reading();
        int numberEnd;
        if (isDigit(lower.charAt(i))) {
            numberEnd = readDigits(i, r);
            if (numberEnd < 0) {
                return null;
            }
        } else {
            numberEnd = readWords(i, r);
            if (numberEnd < 0) {
                return null;
            }
        }
        r.numberStart = i;
        r.start = i;
        if (!readLeft(r)) {
            return null;
        }
        int end = readRight(r, numberEnd);
        if (end < 0) {
            return null;
        }
        r.end = end;
        if (!decide(r)) {
            return null;
        }
        next = Math.max(next, r.end);
        return r;
    }

    // -----------------------------------------------------------------------------------------
    // the number

    /** Reads digits at i into r.low; returns the end, or -1 (skip; next set) for what is not a figure. */
    private int readDigits(int i, Reading r) {
        int j = digitsEnd(i);
        boolean grouped = false;
        while (j + 1 < lower.length() && lower.charAt(j) == ',' && isDigit(lower.charAt(j + 1))) {
            int k = digitsEnd(j + 1);
            if (k - (j + 1) != 3) {
                if (k - (j + 1) == 4 && precededByMonth(i)) {
                    next = k; // "Jun 26,2024"
                    return -1;
                }
                unreadable.add(new Object[] {i, "found \"" + text.substring(i, k) + "\", which is no number as printed"
                        + " (a group separator is followed by three digits); expected a number such as 30,000 or 30.00"});
                next = k;
                return -1;
            }
            grouped = true;
            j = k;
        }
        int intEnd = j;
        if (j - i > 1 && lower.charAt(i) == '0' && !grouped) {
            next = chainEnd(j); // 010, 007: a code, not an amount
            return -1;
        }
        if (j + 1 < lower.length() && lower.charAt(j) == '.' && isDigit(lower.charAt(j + 1))) {
            j = digitsEnd(j + 1);
            if (j + 1 < lower.length() && lower.charAt(j) == '.' && isDigit(lower.charAt(j + 1))) {
                next = digitsEnd(j + 1); // 1.2.3: a version or an address
                return -1;
            }
        }
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = j < lower.length() ? lower.charAt(j) : ' ';
        // times of day, dates and phone numbers: digit groups joined by ':', '-', '/' or '.'
        if (after == ':' && j + 1 < lower.length() && isDigit(lower.charAt(j + 1)) && !grouped) {
            next = chainEnd(j);
            return -1;
        }
        if ((after == '-' || after == '/' || after == '.') && j + 1 < lower.length() && isDigit(lower.charAt(j + 1))) {
            int groups = 1;
            int k = j;
            while (k + 1 < lower.length() && lower.charAt(k) == after && isDigit(lower.charAt(k + 1))) {
                k = digitsEnd(k + 1);
                if (after != '.' && k + 1 < lower.length() && lower.charAt(k) == '.' && isDigit(lower.charAt(k + 1))) {
                    k = digitsEnd(k + 1); // 0.1-1.1: a range of decimals
                }
                groups++;
            }
            String first = lower.substring(i, intEnd);
            String second = lower.substring(j + 1, digitsEnd(j + 1));
            // in a phrase the reader asked for a figure: 1666-1900 vehicles is a range
            boolean years = (isYear(first, grouped) || isYear(second, false)) && !unitOrScaleAt(k) && !phraseMode;
            if (second.length() >= 5 && !unitOrScaleAt(k) && !phraseMode) {
                years = true; // 010-68996033: a phone number, not a range
            }
            if (groups >= 3 || after == '/' || after == '.' || before == '+' || years) {
                next = k;
                return -1;
            }
        }
        if (before == '+' && i > 1 && !isDigit(text.charAt(i - 2))) {
            // +86-23-…: a phone number; "+5%" is a rise
            if (j < lower.length() && (after == '-' || after == ' ') && phoneLike(i)) {
                next = chainEnd(j);
                return -1;
            }
        }
        if (isLetter(before) || before == '_' || (before == '-' && i > 1 && isLetterOrCjk(text.charAt(i - 2)))
                || (before == '.' && i > 1 && isDigit(text.charAt(i - 2)))) {
            // glued to a word on the left (AI2, ICP备2000, 号-2), unless a currency written before it
            if (!currencyGluedBefore(i) && !(isCjk(before) && gluedUnitAfter(j))) {
                next = skipToken(j);
                return -1;
            }
        }
        // ordinals: 33rd, 1st, 2nd, 4th
        if (j + 2 <= lower.length() && !grouped && j == intEnd) {
            String suffix = lower.substring(j, Math.min(j + 2, lower.length()));
            if ((suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))
                    && (j + 2 == lower.length() || !isLetter(lower.charAt(j + 2)))) {
                next = j + 2;
                return -1;
            }
        }
        // a list marker at the start of a line: "1." "2)" "(3)"
        if (!grouped && j == intEnd && j - i <= 2 && lineStart(i) && j < lower.length()
                && (lower.charAt(j) == '.' || lower.charAt(j) == ')') && (j + 1 == lower.length() || lower.charAt(j + 1) == ' ')) {
            next = j + 1;
            return -1;
        }
        r.low = text.substring(i, j).replace(",", "");
        r.grouped = grouped;
        return j;
    }

    /** Reads a number word, fraction or multiplying verb at i; returns the end or -1. */
    private int readWords(int i, Reading r) {
        int w1 = wordEnd(i);
        String word = lower.substring(i, w1);
        String verb = Lexicon.MULTIPLY_VERBS.get(word);
        if (verb != null) {
            r.low = verb;
            r.wordNumber = true;
            r.unit = new UnitWord(word, UnitKind.TIMES, "x", false);
            r.asMuch = true;
            return w1;
        }
        // fractions: one-fifth, a fifth, two-thirds, half
        int dash = word.indexOf('-');
        String num = dash > 0 ? word.substring(0, dash) : word;
        String rest = dash > 0 ? word.substring(dash + 1) : null;
        int end = w1;
        if (rest == null && (word.equals("a") || Lexicon.NUMBER_WORDS.containsKey(word)) && w1 < lower.length()
                && lower.charAt(w1) == ' ') {
            int w2 = wordEnd(w1 + 1);
            String nextWord = lower.substring(w1 + 1, w2);
            if (Lexicon.FRACTIONS.containsKey(nextWord)) {
                rest = nextWord;
                end = w2;
            } else if (word.equals("a") || word.equals("one")) {
                if ((word + " " + nextWord).equals("a dozen") || (word + " " + nextWord).equals("one hundred")
                        || (word + " " + nextWord).equals("a hundred")) {
                    r.low = Integer.toString(Lexicon.NUMBER_WORDS.get(word + " " + nextWord));
                    r.wordNumber = true;
                    return w2;
                }
            }
        }
        if (word.equals("half") || rest != null || Lexicon.FRACTIONS.containsKey(word)) {
            String w = wordBefore(i);
            if (w.equals("first") || w.equals("second") || w.equals("last") || w.equals("past") || w.equals("next")
                    || w.equals("latter") || w.equals("former") || w.equals("other") || w.equals("previous")) {
                return -1; // "the first half of this year", "the first three quarters": a period
            }
        }
        if (rest == null && word.equals("half")) {
            num = "one";
            rest = "half";
        }
        if (rest != null && Lexicon.FRACTIONS.containsKey(rest)) {
            Integer n = num.equals("a") ? Integer.valueOf(1) : Lexicon.NUMBER_WORDS.get(num);
            if (n == null || n > 20) {
                return -1;
            }
            int d = Lexicon.FRACTIONS.get(rest);
            BigDecimal pct = BigDecimal.valueOf(100L * n).divide(BigDecimal.valueOf(d), 1, RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            r.low = pct.scale() < 0 ? pct.setScale(0).toPlainString() : pct.toPlainString();
            r.fraction = true;
            r.wordNumber = true;
            r.unit = new UnitWord("%", UnitKind.PERCENT, "%", false);
            return end;
        }
        Integer n = Lexicon.NUMBER_WORDS.get(word);
        if (n == null) {
            return -1;
        }
        if (!phraseMode && ANAPHORIC.contains(wordBefore(i))) {
            return -1; // "these two enterprises", "the above three categories": things counted before
        }
        r.low = Integer.toString(n);
        r.wordNumber = true;
        return w1;
    }

    // -----------------------------------------------------------------------------------------
    // before the number

    /** Reads sign, currency and lead words before the number; false if the number is no figure. */
    private boolean readLeft(Reading r) {
        int p = r.numberStart;
        if (p > 0 && (lower.charAt(p - 1) == '-' || lower.charAt(p - 1) == '+') && isDigit(lower.charAt(p))) {
            char b = p > 1 ? lower.charAt(p - 2) : ' ';
            if (b == ' ' || b == '(' || b == '\n' || b == ':' || p == 1) {
                r.sign = lower.charAt(p - 1) == '-' ? -1 : 1;
                p--;
            }
        }
        for (String[] c : Lexicon.CURRENCY_PREFIXES) {
            String sym = c[0];
            int q = p;
            boolean letters = isLetter(sym.charAt(0));
            if (letters && q > 0 && lower.charAt(q - 1) == ' ') {
                q--;
            }
            int s = q - sym.length();
            if (s >= 0 && lower.startsWith(sym, s) && (!letters || s == 0 || !isLetter(lower.charAt(s - 1)))
                    && (letters || s == 0 || !isLetter(lower.charAt(s - 1)) || sym.length() > 1)) {
                r.currency = c[1];
                p = s;
                break;
            }
        }
        boolean first = true;
        for (int step = 0; step < 4; step++) {
            int q = p;
            while (q > 0 && lower.charAt(q - 1) == ' ') {
                q--;
            }
            LeadWord match = null;
            List<LeadWord> leads = q > 0 ? Lexicon.LEADS_BY_LAST.get(lower.charAt(q - 1)) : null;
            for (LeadWord w : leads == null ? List.<LeadWord>of() : leads) {
                String t = w.text();
                int s = q - t.length();
                if (s < 0 || !lower.startsWith(t, s)) {
                    continue;
                }
                boolean cjk = isCjk(t.charAt(0));
                if (!cjk && ((s > 0 && isLetter(lower.charAt(s - 1))) || q == p && isLetter(t.charAt(t.length() - 1)))) {
                    continue;
                }
                match = w;
                break;
            }
            if (match == null) {
                break;
            }
            Lead k = match.kind();
            int matchStart = q - match.text().length();
            String prevWord = wordBefore(matchStart);
            if (k == Lead.QUALIFIER && (prevWord.equals("the") || prevWord.equals("and")) && match.text().length() <= 5) {
                break; // "the above three categories": a determiner, not a qualifier
            }
            if ((k == Lead.UP || k == Lead.DOWN) && match.text().indexOf(' ') < 0 && PHRASAL.contains(prevWord)) {
                break; // "has set up over 60 stores": a verb, not a direction
            }
            if (k == Lead.SKIP) {
                if (first && !phraseMode) {
                    return false;
                }
                break;
            }
            if (k == Lead.QUALIFIER) {
                if (r.qualifier != Qualifier.EXACT) {
                    break;
                }
                r.qualifier = match.qualifier();
            } else if (k == Lead.UP || k == Lead.DOWN || k == Lead.GROWTH) {
                if (r.direction != null) {
                    break;
                }
                r.direction = k;
            } else if (k == Lead.SHARE) {
                r.shareCue = true;
            } else if (k == Lead.CONTRIBUTION) {
                r.contributionCue = true;
            } else if (k == Lead.BETWEEN) {
                if (!first) {
                    break;
                }
                r.growthCue |= false;
                r.ofCue |= false;
                r.start = q - match.text().length();
                r.high = "between";
                return true;
            } else {
                // "from 12 to 15": two figures, not a range; the word is not part of the figure
                r.high = "from";
                r.fromCue = true;
                break;
            }
            first = false;
            p = q - match.text().length();
        }
        r.start = p;
        return true;
    }

    // -----------------------------------------------------------------------------------------
    // after the number

    /** Reads range, scale, unit and trailing cues; returns the end of the figure or -1 (skip). */
    private int readRight(Reading r, int e) {
        String leftMark = r.high;
        r.high = null;
        int p = e;
        // a range: 12 - 15, 12-15, 12 to 15, between 12 and 15
        if (!r.wordNumber || r.fraction) {
            int q = skipSpaces(p);
            int sepEnd = -1;
            if (q < lower.length() && (lower.charAt(q) == '-' || lower.charAt(q) == '~')) {
                sepEnd = q + 1;
            } else if (lower.startsWith("to ", q) && !"from".equals(leftMark)) {
                sepEnd = q + 2;
            } else if (lower.startsWith("and ", q) && "between".equals(leftMark)) {
                sepEnd = q + 3;
            }
            if (sepEnd > 0 && !r.fraction) {
                int h = skipSpaces(sepEnd);
                if (h < lower.length() && isDigit(lower.charAt(h))) {
                    int he = simpleNumberEnd(h);
                    if (he > 0) {
                        String hi = text.substring(h, he).replace(",", "");
                        if (new BigDecimal(hi).compareTo(new BigDecimal(r.low)) > 0) {
                            r.high = hi;
                            p = he;
                        }
                    }
                }
            }
        }
        // "+" / "-plus" right after the number
        // scale word
        int q = p;
        boolean glued = true;
        if (q < lower.length() && (lower.charAt(q) == ' ' || lower.charAt(q) == '-')) {
            q++;
            glued = false;
        }
        for (ScaleWord s : Lexicon.SCALES) {
            if (s.glued() && !glued) {
                continue;
            }
            if ((s.text().equals("m") || s.text().equals("b")) && r.currency == null) {
                continue;
            }
            if (matchesWord(q, s.text(), s.caseSensitive())) {
                r.scale = s.scale();
                p = q + s.text().length();
                glued = true;
                break;
            }
        }
        if (r.scale != Scale.ONE && (lower.startsWith("-level", p) || lower.startsWith("-scale", p) || lower.startsWith(" level", p)
                || lower.startsWith("-class", p))) {
            next = p + 6; // "a 100-billion-level cluster": a size class, not a figure
            return -1;
        }
        // unit
        if (r.unit == null) {
            int u = p;
            if (u < lower.length() && lower.charAt(u) == ' ') {
                u++;
            }
            if (u < lower.length() && lower.charAt(u) == '-') {
                u++;
                if (u < lower.length() && lower.charAt(u) == ' ') {
                    u++;
                }
            }
            List<UnitWord> units = u < lower.length() ? Lexicon.UNITS_BY_FIRST.get(lower.charAt(u)) : null;
            for (UnitWord w : units == null ? List.<UnitWord>of() : units) {
                if (matchesWord(u, w.text(), w.caseSensitive())) {
                    if (w.kind() == UnitKind.DURATION) {
                        if (!phraseMode || true) {
                            next = u + w.text().length();
                            return -1;
                        }
                    }
                    if (w.kind() == UnitKind.MONEY && r.currency != null && !r.currency.equals(w.symbol())) {
                        break;
                    }
                    if (w.kind() == UnitKind.POINTS && w.text().equals("pp") && !isDigit(lower.charAt(p - 1))
                            && lower.charAt(p - 1) != ' ') {
                        break;
                    }
                    r.unit = w;
                    p = u + w.text().length();
                    break;
                }
            }
            if (r.unit == null && (glued && p < lower.length() && lower.charAt(p) == 'x' && (p + 1 == lower.length()
                    || !isLetterOrDigit(lower.charAt(p + 1))) && r.scale == Scale.ONE)) {
                r.unit = new UnitWord("x", UnitKind.TIMES, "x", false);
                r.asMuch = true;
                p++;
            }
            if (r.unit != null && r.unit.kind() == UnitKind.QUANTITY) {
                int y = perYearEnd(p);
                if (y > 0 && isPerYearUnit(r.unit.symbol())) {
                    r.perYear = true;
                    p = y;
                }
            }
            if (r.unit != null && (r.unit.kind() == UnitKind.QUANTITY || r.unit.kind() == UnitKind.MONEY)) {
                // a rate: yuan/kWh, yuan per ton, Wh/kg: not an amount of either
                int rate = rateEnd(p);
                if (rate > 0) {
                    r.rawUnit = text.substring(r.unit.text().length() > 0 ? p - r.unit.text().length() : p, rate);
                    r.unit = new UnitWord(r.rawUnit, UnitKind.RAW, r.rawUnit, true);
                    r.currency = null;
                    p = rate;
                }
            }
        }
        if (r.unit != null && r.unit.kind() == UnitKind.MONEY) {
            r.currency = r.unit.symbol();
        }
        // letters glued to the number that are no unit: 5G, 4S, 3D
        if (p == e && p < lower.length() && isLetter(lower.charAt(p)) && !isCjk(lower.charAt(p))) {
            next = skipToken(p);
            return -1;
        }
        // a counted noun
        if (r.unit == null && r.currency == null) {
            int n = countedNoun(r, p);
            if (n == -2) {
                return -1;
            }
            if (n > 0) {
                p = n;
            }
        }
        // trailing cues
        for (int step = 0; step < 2; step++) {
            int t = p;
            boolean spaced = false;
            if (t < lower.length() && lower.charAt(t) == ' ') {
                t++;
                spaced = true;
            }
            TrailWord found = null;
            List<TrailWord> candidates = new ArrayList<>(2);
            for (int at : new int[] {t, p}) {
                List<TrailWord> l = at < lower.length() ? Lexicon.TRAILS_BY_FIRST.get(lower.charAt(at)) : null;
                if (l != null) {
                    candidates.addAll(l);
                }
            }
            for (TrailWord w : candidates) {
                String s = w.text();
                int at = (s.charAt(0) == '-' || s.charAt(0) == '+' || isCjk(s.charAt(0))) && !spaced ? p : t;
                if (lower.startsWith(s, at) && (at + s.length() == lower.length() || isCjk(s.charAt(0))
                        || !isLetter(lower.charAt(at + s.length())))) {
                    if (!trailApplies(r, w.kind())) {
                        continue;
                    }
                    int after = skipSpaces(at + s.length());
                    if ((w.kind() == Trail.AT_LEAST || w.kind() == Trail.OVER) && (lower.startsWith("than", after)
                            || s.equals("+") && after < lower.length() && (isDigit(lower.charAt(after))
                                    || Character.isUpperCase(text.charAt(after))))) {
                        if (s.equals("+")) {
                            next = after;
                            return -1; // "1+ N", "5+2": a formula
                        }
                        continue;
                    }
                    found = w;
                    t = at;
                    break;
                }
            }
            if (found == null) {
                break;
            }
            applyTrail(r, found.kind());
            p = t + found.text().length();
        }
        return p;
    }

    private boolean trailApplies(Reading r, Trail k) {
        UnitKind u = r.unit == null ? null : r.unit.kind();
        switch (k) {
            case YEAR_ON_YEAR:
                return u == UnitKind.PERCENT || u == UnitKind.POINTS;
            case UP:
            case DOWN:
                return (u == UnitKind.PERCENT && !r.fraction) || (u == UnitKind.TIMES && !r.asMuch && k == Trail.UP);
            case OF:
                return u == UnitKind.PERCENT && r.direction == null && !r.contributionCue;
            case TO_GROWTH:
                return u == UnitKind.PERCENT && r.contributionCue;
            case AS_MUCH:
                return u == UnitKind.TIMES;
            case IN_SHARE:
                return u == UnitKind.POINTS;
            case AT_LEAST:
            case OVER:
                return r.qualifier == Qualifier.EXACT && r.high == null && u != UnitKind.TIMES;
            default:
                return false;
        }
    }

    private static void applyTrail(Reading r, Trail k) {
        switch (k) {
            case YEAR_ON_YEAR:
                r.growthCue = true;
                break;
            case UP:
                if (r.unit.kind() == UnitKind.TIMES) {
                    r.increaseAfterTimes = true;
                } else if (r.direction == null) {
                    r.direction = Lead.UP;
                }
                break;
            case DOWN:
                if (r.direction == null) {
                    r.direction = Lead.DOWN;
                }
                break;
            case OF:
                r.ofCue = true;
                break;
            case AS_MUCH:
                r.asMuch = true;
                break;
            case AT_LEAST:
                r.qualifier = Qualifier.AT_LEAST;
                break;
            case OVER:
                r.qualifier = Qualifier.OVER;
                break;
            case IN_SHARE:
                r.inShare = true;
                break;
            default:
                break;
        }
    }

    /**
     * Looks for the noun a bare number counts: up to four words, the last a plural. Returns the
     * end of the noun, 0 if there is none, -2 if the number is a duration or a model number.
     */
    private int countedNoun(Reading r, int p) {
        int q = p;
        for (int k = 0; k < 5; k++) {
            int s = q;
            while (s < lower.length() && (lower.charAt(s) == ' ' || lower.charAt(s) == '"' || lower.charAt(s) == '\u201c'
                    || (lower.charAt(s) == '-' && k > 0))) {
                s++;
            }
            if (s == q && k > 0 && !(s < lower.length() && lower.charAt(s) == '-')) {
                break;
            }
            if (s >= lower.length() || !isLetter(lower.charAt(s)) || isCjk(lower.charAt(s))) {
                break;
            }
            if (k == 0 && s == p && p > r.numberStart) {
                break;
            }
            int we = wordEnd(s);
            String w = lower.substring(s, we);
            if (w.endsWith("'s")) {
                break;
            }
            if (Lexicon.DURATIONS.contains(w) || w.startsWith("year-") || w.startsWith("day-")) {
                next = we;
                return -2;
            }
            if (Lexicon.MODEL_NOUNS.contains(w) && isModelNumber(r) && !phraseMode) {
                next = we;
                return -2;
            }
            if (Lexicon.STOP.contains(w)) {
                break;
            }
            if (plural(w) || (Lexicon.IRREGULAR_PLURALS.contains(w))) {
                // "200 sales stores": the last of a run of plurals is the head noun
                int headStart = s;
                int headEnd = we;
                while (headEnd + 1 < lower.length() && lower.charAt(headEnd) == ' ' && isLetter(lower.charAt(headEnd + 1))) {
                    int ne = wordEnd(headEnd + 1);
                    String nw = lower.substring(headEnd + 1, ne);
                    if (!plural(nw) || Lexicon.STOP.contains(nw) || Lexicon.DURATIONS.contains(nw)) {
                        break;
                    }
                    headStart = headEnd + 1;
                    headEnd = ne;
                }
                r.noun = text.substring(headStart, headEnd);
                return headEnd;
            }
            q = we;
        }
        if (isModelNumber(r) && !phraseMode) {
            next = Math.max(next, p);
            return -2;
        }
        return 0;
    }

    private static boolean isModelNumber(Reading r) {
        return r.low.length() >= 4 && r.low.indexOf('.') < 0 && r.high == null && !r.wordNumber && !r.grouped;
    }

    private static boolean plural(String w) {
        if (w.length() < 3 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")
                || w.endsWith("'s")) {
            return false;
        }
        return w.chars().allMatch(c -> c >= 'a' && c <= 'z' || c == '-') || w.chars().filter(Character::isUpperCase).count() > 0;
    }

    // -----------------------------------------------------------------------------------------
    // what the figure is

    /** Decides unit and measure and builds the phrase; false if this is no figure after all. */
    private boolean decide(Reading r) {
        UnitKind kind = r.unit == null ? null : r.unit.kind();
        boolean noUnit = kind == null && r.currency == null && r.scale == Scale.ONE;
        if (noUnit && !phraseMode) {
            if (r.noun.isEmpty()) {
                // a bare number: a year, an identifier, or a number word without what it counts
                if (isYear(r.low, r.grouped) && r.high == null && r.direction == null) {
                    return false;
                }
                if (r.low.length() >= 7 && r.low.indexOf('.') < 0) {
                    return false;
                }
                if (r.wordNumber && (r.low.equals("1") || !countingWordAfter(r.end))) {
                    return false;
                }
                if (near(r.numberStart, "tel") || near(r.numberStart, "phone") || near(r.numberStart, "hotline")) {
                    return false;
                }
                if (monthAround(r)) {
                    return false;
                }
                if (r.low.equals("0") || lower.startsWith("+ ", r.end) || (r.end < lower.length() && lower.charAt(r.end) == '+')) {
                    return false;
                }
            } else if (isYear(r.low, false) && r.high == null) {
                return false;
            }
        }
        if (noUnit && r.wordNumber && r.low.equals("1") && !phraseMode) {
            return false;
        }
        if (noUnit && monthAround(r) && !phraseMode) {
            return false;
        }
        if (r.fraction && !r.ofCue && !r.shareCue && !phraseMode) {
            return false;
        }
        // the figure
        String value = r.high == null ? r.low : r.low + ".." + r.high;
        Qualifier q = r.high != null ? Qualifier.RANGE : r.qualifier;
        int sign = r.sign;
        if (r.direction == Lead.DOWN) {
            sign = -1;
        }
        ObservationUnit unit = null;
        String unitText;
        Measure measure;
        boolean change = false;
        if (kind == UnitKind.PERCENT) {
            unit = ObservationUnit.PERCENT;
            if (r.contributionCue) {
                measure = Measure.CONTRIBUTION;
            } else if (r.shareCue || r.ofCue || r.fraction) {
                measure = Measure.SHARE;
            } else if (r.direction != null || r.growthCue || r.sign != 0) {
                measure = Measure.GROWTH;
            } else {
                measure = guessPercent(r);
                if (measure == Measure.GROWTH && sign == 0 && downNear(r)) {
                    sign = -1;
                }
            }
        } else if (kind == UnitKind.POINTS) {
            unit = ObservationUnit.PERCENTAGE_POINTS;
            measure = r.inShare || shareNear(r) ? Measure.SHARE_PP : Measure.GROWTH_PP;
            if (r.direction == null && sign == 0 && downNear(r)) {
                sign = -1;
            }
        } else if (kind == UnitKind.TIMES) {
            unit = ObservationUnit.MULTIPLE;
            measure = Measure.MULTIPLE;
        } else {
            measure = Measure.LEVEL;
            change = r.direction == Lead.UP || r.direction == Lead.DOWN;
            if (r.currency != null) {
                unit = ObservationUnit.of(MoneyUnit.of(r.scale, Currency.getInstance(r.currency)));
            } else if (kind == UnitKind.QUANTITY) {
                Unit base = Unit.parse(r.unit.symbol() + (r.perYear ? "/a" : ""));
                unit = ObservationUnit.of(r.scale == Scale.ONE ? base : Unit.of(r.scale, base));
            } else if (kind == UnitKind.RAW) {
                unitText = r.unit.symbol();
                return build(r, value, q, sign, null, (r.scale == Scale.ONE ? "" : r.scale.word() + " ") + unitText,
                        measure, change);
            } else {
                String noun = kind == UnitKind.COUNT ? r.unit.symbol() : "1";
                Unit base = noun.equals("1") ? Unit.ONE : Unit.parse(noun);
                if (kind == null && !r.noun.isEmpty()) {
                    String lowerNoun = r.noun.toLowerCase(java.util.Locale.ROOT);
                    if (Unit.knownUnits().stream().anyMatch(u -> u.symbol().equals(lowerNoun))) {
                        base = Unit.parse(lowerNoun);
                    }
                }
                unit = ObservationUnit.of(r.scale == Scale.ONE ? base : Unit.of(r.scale, base));
            }
        }
        unitText = unit.toString();
        return build(r, value, q, sign, unit, unitText, measure, change);
    }

    private boolean build(Reading r, String value, Qualifier q, int sign, ObservationUnit unit, String unitText,
            Measure measure, boolean change) {
        ReportedFigure figure;
        try {
            String v = value;
            if (sign < 0) {
                v = r.high == null ? "-" + r.low : "-" + r.high + "..-" + r.low;
            }
            figure = ReportedFigure.of(v, q);
        } catch (FigureParseException e) {
            return false;
        }
        FigurePhrase other = null;
        if (measure == Measure.MULTIPLE && !r.asMuch && (r.direction == Lead.UP || r.increaseAfterTimes)) {
            BigDecimal plusOne = figure.value().add(BigDecimal.ONE);
            String t = plusOne.toPlainString();
            if (r.high != null) {
                t = t + ".." + figure.high().add(BigDecimal.ONE).toPlainString();
            }
            other = new FigurePhrase(ReportedFigure.of(t, q), unit, unitText, measure, "", false, null);
        }
        String noun = unit != null && unit.isQuantity() && unit.unit().withoutScale().equals(Unit.ONE) ? r.noun : "";
        r.measure = measure;
        r.phrase = new FigurePhrase(figure, unit, unitText, measure, noun, change, other);
        return true;
    }

    /** A percent with no cue beside it: what the clause before it says, else a share. */
    private Measure guessPercent(Reading r) {
        String before = clauseBefore(r.start, 90);
        String after = clauseAfter(r.end, 50);
        r.measureGuessed = true;
        if (before.contains("contribut")) {
            return Measure.CONTRIBUTION;
        }
        if (r.fromCue) {
            return Measure.SHARE; // "rose to 20.5 percent from 18.3 percent": the level a rate was at
        }
        if (endsWithWord(before, "to") || endsWithWord(before, "at") && !before.contains("growth")) {
            return Measure.SHARE;
        }
        for (String w : new String[] {"growth", "grow", "grew", "increase", "rise", "rose", "decline", "decrease",
            "fell", "drop", "year-on-year", "year on year", "surge", "jump", "expand"}) {
            if (before.contains(w)) {
                return Measure.GROWTH;
            }
        }
        for (String w : new String[] {"compared with", "compared to", "year-on-year", "year on year", "from last year",
            "over last year", "than last year", "same period", "a year earlier", "from a year"}) {
            if (after.contains(w)) {
                return Measure.GROWTH;
            }
        }
        return Measure.SHARE;
    }

    /** Points of a share, rate, ratio or margin are share points; points of a growth rate are growth points. */
    private boolean shareNear(Reading r) {
        String before = clauseBefore(r.start, 90);
        if (before.contains("growth") || before.contains("grew") || before.contains("growing")) {
            return false;
        }
        return before.contains("share") || before.contains("proportion") || before.contains("accounted")
                || before.contains("ratio") || before.contains("rate") || before.contains("margin");
    }

    private boolean downNear(Reading r) {
        String before = clauseBefore(r.start, 60);
        for (String w : new String[] {"declin", "decreas", "fell", "drop", "down", "slow", "lower", "shrank", "fall"}) {
            if (before.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithWord(String s, String w) {
        String t = s.stripTrailing();
        return t.endsWith(" " + w) || t.equals(w);
    }

    /** The clause before {@code i}, lower case, at most {@code max} characters. */
    String clauseBefore(int i, int max) {
        int s = i;
        int limit = Math.max(0, i - max);
        while (s > limit) {
            char c = lower.charAt(s - 1);
            if (c == ';' || c == '\n' || c == '!' || c == '?' || c == ',' || c == '(' || c == ')'
                    || (c == '.' && (s == i || !isDigit(lower.charAt(s))))) {
                break;
            }
            s--;
        }
        return lower.substring(s, i);
    }

    String clauseAfter(int i, int max) {
        int e = i;
        int limit = Math.min(lower.length(), i + max);
        while (e < limit) {
            char c = lower.charAt(e);
            if (c == ';' || c == '\n' || c == '!' || c == '?' || c == ',' || c == '('
                    || (c == '.' && (e + 1 >= lower.length() || !isDigit(lower.charAt(e + 1))))) {
                break;
            }
            e++;
        }
        return lower.substring(i, e);
    }

    /** Gives a coordinated figure the direction of the one before it, and decides again. */
    void inherit(Reading r, Reading previous) {
        r.direction = previous.direction;
        r.growthCue |= previous.growthCue;
        r.coordinated = true;
        decide(r);
    }

    // -----------------------------------------------------------------------------------------
    // conversions

    /**
     * Reads a conversion right after {@code r}: {@code (about USD 2.75 billion)}, {@code or USD …}.
     * Returns it (and moves {@link #next} past it) or null.
     */
    Reading conversionAfter(Reading r) {
        if (r.currency == null) {
            return null;
        }
        int p = skipSpaces(r.end);
        boolean paren = p < lower.length() && lower.charAt(p) == '(';
        int from;
        if (paren) {
            from = p + 1;
        } else if (lower.startsWith(", or ", r.end) || lower.startsWith(" or ", r.end)) {
            from = lower.indexOf("or ", r.end) + 3;
        } else {
            return null;
        }
        int limit = Math.min(lower.length(), from + 60);
        for (int i = from; i < limit; i++) {
            if (lower.charAt(i) == ')' || lower.charAt(i) == '\n') {
                return null;
            }
            if (isDigit(lower.charAt(i)) && isCandidate(i)) {
                int saved = next;
                Reading c = readAt(i);
                if (c == null || c.currency == null || c.currency.equals(r.currency) || !lower.substring(from, c.start).isBlank()) {
                    next = saved;
                    return null;
                }
                if (paren) {
                    int close = skipSpaces(c.end);
                    if (close >= lower.length() || lower.charAt(close) != ')') {
                        next = saved;
                        return null;
                    }
                    next = close + 1;
                }
                return c;
            }
        }
        return null;
    }

    // -----------------------------------------------------------------------------------------
    // character helpers

    private int digitsEnd(int i) {
        int j = i;
        while (j < lower.length() && isDigit(lower.charAt(j))) {
            j++;
        }
        return j;
    }

    /** The end of a plain number (digits, groups, decimals) at h, or -1 if it is part of a chain. */
    private int simpleNumberEnd(int h) {
        int j = digitsEnd(h);
        while (j + 3 < lower.length() + 1 && j < lower.length() && lower.charAt(j) == ',' && j + 1 < lower.length()
                && isDigit(lower.charAt(j + 1)) && digitsEnd(j + 1) - (j + 1) == 3) {
            j = digitsEnd(j + 1);
        }
        if (j + 1 < lower.length() && lower.charAt(j) == '.' && isDigit(lower.charAt(j + 1))) {
            j = digitsEnd(j + 1);
        }
        if (j < lower.length() && (lower.charAt(j) == '-' || lower.charAt(j) == '/' || lower.charAt(j) == ':')
                && j + 1 < lower.length() && isDigit(lower.charAt(j + 1))) {
            return -1;
        }
        return j;
    }

    private int chainEnd(int j) {
        int k = j;
        while (k < lower.length() && (isDigit(lower.charAt(k)) || lower.charAt(k) == '-' || lower.charAt(k) == ':'
                || lower.charAt(k) == '/' || lower.charAt(k) == '.') && !(lower.charAt(k) == '.'
                        && (k + 1 >= lower.length() || !isDigit(lower.charAt(k + 1))))) {
            k++;
        }
        return k;
    }

    private boolean phoneLike(int i) {
        int k = chainEnd(i);
        return k - i >= 8;
    }

    private int skipToken(int j) {
        int k = j;
        while (k < lower.length() && (isLetterOrDigit(lower.charAt(k)) || lower.charAt(k) == '-')) {
            k++;
        }
        return Math.max(k, j + 1);
    }

    /** Whether a scale word or a unit (not a duration) follows at {@code p}, after a space or hyphen. */
    private boolean unitOrScaleAt(int p) {
        int q = p;
        if (q < lower.length() && (lower.charAt(q) == ' ' || lower.charAt(q) == '-')) {
            q++;
        }
        for (ScaleWord s : Lexicon.SCALES) {
            if (!s.glued() && matchesWord(q, s.text(), s.caseSensitive())) {
                return true;
            }
        }
        List<UnitWord> units = q < lower.length() ? Lexicon.UNITS_BY_FIRST.get(lower.charAt(q)) : null;
        for (UnitWord w : units == null ? List.<UnitWord>of() : units) {
            if (w.kind() != UnitKind.DURATION && matchesWord(q, w.text(), w.caseSensitive())) {
                return true;
            }
        }
        // a counted plural: "1990-2000 vehicles"
        return q < lower.length() && isLetter(lower.charAt(q)) && plural(lower.substring(q, wordEnd(q)))
                && !Lexicon.DURATIONS.contains(lower.substring(q, wordEnd(q)));
    }

    /** The word that ends right before {@code i} (spaces skipped), lower case, or "". */
    private String wordBefore(int i) {
        int e = i;
        while (e > 0 && lower.charAt(e - 1) == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && isLetter(lower.charAt(s - 1)) && !isCjk(lower.charAt(s - 1))) {
            s--;
        }
        return lower.substring(s, e);
    }

    private int skipSpaces(int p) {
        int q = p;
        while (q < lower.length() && lower.charAt(q) == ' ') {
            q++;
        }
        return q;
    }

    private int wordEnd(int s) {
        int e = s;
        while (e < lower.length() && (isLetter(lower.charAt(e)) && !isCjk(lower.charAt(e))
                || (lower.charAt(e) == '-' && e + 1 < lower.length() && isLetter(lower.charAt(e + 1)) && !isCjk(lower.charAt(e + 1)))
                || (lower.charAt(e) == '\'' && e + 1 < lower.length() && lower.charAt(e + 1) == 's'))) {
            e++;
        }
        return e;
    }

    private boolean matchesWord(int at, String word, boolean caseSensitive) {
        if (at + word.length() > text.length()) {
            return false;
        }
        boolean ok = caseSensitive ? text.startsWith(word, at) : lower.startsWith(word, at);
        if (!ok) {
            return false;
        }
        char last = word.charAt(word.length() - 1);
        if (isCjk(last) || last == '%' || last == '％') {
            return true;
        }
        int e = at + word.length();
        return e == text.length() || !(isLetterOrDigit(lower.charAt(e)) && !isCjk(lower.charAt(e)))
                || (isDigit(last) && !isLetterOrDigit(lower.charAt(e)));
    }

    private int perYearEnd(int p) {
        for (String s : new String[] {"/year", "/yr", "/a", "/annum", " per year", " per annum", " a year", "/y",
            " annually", " each year", " every year"}) {
            if (lower.startsWith(s, p) && (p + s.length() == lower.length() || !isLetter(lower.charAt(p + s.length())))) {
                return p + s.length();
            }
        }
        return -1;
    }

    private int rateEnd(int p) {
        int q;
        if (lower.startsWith("/", p)) {
            q = p + 1;
        } else if (lower.startsWith(" per ", p)) {
            q = p + 5;
        } else {
            return -1;
        }
        int e = q;
        while (e < lower.length() && (isLetter(lower.charAt(e)) || isDigit(lower.charAt(e))) && !isCjk(lower.charAt(e))) {
            e++;
        }
        String w = lower.substring(q, e);
        if (e == q || w.equals("year") || w.equals("yr") || w.equals("a") || w.equals("annum") || w.equals("y")
                || w.equals("cent")) {
            return -1;
        }
        return e;
    }

    private static boolean isPerYearUnit(String symbol) {
        try {
            Unit.parse(symbol + "/a");
            return true;
        } catch (FigureParseException e) {
            return false;
        }
    }

    private boolean currencyGluedBefore(int i) {
        for (String[] c : Lexicon.CURRENCY_PREFIXES) {
            if (i >= c[0].length() && lower.startsWith(c[0], i - c[0].length())) {
                return true;
            }
        }
        return false;
    }

    private boolean gluedUnitAfter(int j) {
        if (j >= lower.length()) {
            return false;
        }
        char c = lower.charAt(j);
        return c == '%' || c == '亿' || c == '万' || c == '吨' || c == '辆' || c == '元' || c == '倍' || c == '家'
                || c == '个' || c == '千' || c == '亩' || c == '.' || c == ' ' && j + 1 < lower.length() && isCjk(lower.charAt(j + 1));
    }

    private boolean precededByMonth(int i) {
        int e = i;
        while (e > 0 && (lower.charAt(e - 1) == ' ' || lower.charAt(e - 1) == '.')) {
            e--;
        }
        int s = e;
        while (s > 0 && isLetter(lower.charAt(s - 1))) {
            s--;
        }
        return s < e && Lexicon.MONTHS.contains(lower.substring(s, e));
    }

    private boolean monthAround(Reading r) {
        if (precededByMonth(r.numberStart)) {
            return true;
        }
        String before = lower.substring(Math.max(0, r.numberStart - 20), r.numberStart);
        java.util.regex.Matcher m = DAY_LIST.matcher(before);
        if (m.find() && Lexicon.MONTHS.contains(m.group(1))) {
            return true; // "between January 5 and 8"
        }
        int s = skipSpaces(r.end);
        int e = s;
        while (e < lower.length() && isLetter(lower.charAt(e))) {
            e++;
        }
        return e > s && Lexicon.MONTHS.contains(lower.substring(s, e)) && !lower.substring(s, e).equals("may");
    }

    /** "three in Europe", "four are from Changzhou", "two of them": a number word that counts. */
    private boolean countingWordAfter(int end) {
        for (String w : new String[] {" in ", " of ", " are ", " were ", " have ", " had ", " from ", " among "}) {
            if (lower.startsWith(w, end)) {
                return true;
            }
        }
        return false;
    }

    private boolean near(int i, String word) {
        int at = lower.indexOf(word, Math.max(0, i - 30));
        return at >= 0 && at + word.length() <= i;
    }

    private boolean lineStart(int i) {
        int k = i - 1;
        while (k >= 0 && (lower.charAt(k) == ' ' || lower.charAt(k) == '\t' || lower.charAt(k) == '(')) {
            k--;
        }
        return k < 0 || lower.charAt(k) == '\n';
    }

    static boolean isYear(String s, boolean grouped) {
        if (grouped || s.length() != 4) {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            if (!isDigit(s.charAt(k))) {
                return false;
            }
        }
        int y = Integer.parseInt(s);
        return y >= 1900 && y <= 2100;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        return Character.isLetter(c);
    }

    private static boolean isLetterOrDigit(char c) {
        return Character.isLetterOrDigit(c);
    }

    static boolean isCjk(char c) {
        return c >= 0x3000 && c <= 0x9fff || c >= 0xff00 && c <= 0xffef;
    }

    private static boolean isLetterOrCjk(char c) {
        return Character.isLetter(c);
    }
}
