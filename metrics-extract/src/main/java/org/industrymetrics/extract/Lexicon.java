package org.industrymetrics.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.quantity.Scale;

/**
 * The words of the figure grammar: what may stand before a number (qualifiers, directions, cue
 * words, currencies), the scale words and units after it, and the cues that follow. One table
 * per role, longest entry first, so a reader tries them in order and takes the first match.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** What a word before a number says about it. */
    enum Lead {
        QUALIFIER, UP, DOWN, GROWTH, SHARE, CONTRIBUTION, BETWEEN, FROM, SKIP
    }

    /** A word or phrase before a number. */
    record LeadWord(String text, Lead kind, Qualifier qualifier) {
    }

    /** What a unit word measures. */
    enum UnitKind {
        QUANTITY, MONEY, PERCENT, POINTS, TIMES, COUNT, RAW, DURATION
    }

    /**
     * A unit word after a number: {@code symbol} is the unit symbol of the format (QUANTITY), the
     * currency code (MONEY), the counted noun or {@code 1} (COUNT), or the text (RAW).
     */
    record UnitWord(String text, UnitKind kind, String symbol, boolean caseSensitive) {
    }

    /** A scale word; {@code glued} ones only count written against the number ({@code 10k}). */
    record ScaleWord(String text, Scale scale, boolean glued, boolean caseSensitive) {
    }

    /** What a word after a figure says about it. */
    enum Trail {
        YEAR_ON_YEAR, UP, DOWN, OF, TO_GROWTH, AS_MUCH, INCREASE, AT_LEAST, OVER, IN_SHARE
    }

    record TrailWord(String text, Trail kind) {
    }

    static final List<LeadWord> LEADS;
    /** The lead words by their last character, lower case, longest first: a backward match looks at one list. */
    static final Map<Character, List<LeadWord>> LEADS_BY_LAST = new HashMap<>();
    /** The unit words by their first character, lower case, longest first. */
    static final Map<Character, List<UnitWord>> UNITS_BY_FIRST = new HashMap<>();
    /** The trailing words by their first character, longest first. */
    static final Map<Character, List<TrailWord>> TRAILS_BY_FIRST = new HashMap<>();
    static final List<UnitWord> UNITS;
    static final List<ScaleWord> SCALES;
    static final List<TrailWord> TRAILS;
    /** Currency written before the number, lower case, to its ISO code; symbols need no boundary. */
    static final List<String[]> CURRENCY_PREFIXES = sorted(List.of(
            new String[] {"us$", "USD"}, new String[] {"usd", "USD"}, new String[] {"$", "USD"},
            new String[] {"hk$", "HKD"}, new String[] {"hkd", "HKD"}, new String[] {"rmb", "CNY"},
            new String[] {"cny", "CNY"}, new String[] {"¥", "CNY"}, new String[] {"￥", "CNY"},
            new String[] {"€", "EUR"}, new String[] {"eur", "EUR"}, new String[] {"£", "GBP"},
            new String[] {"gbp", "GBP"}, new String[] {"jpy", "JPY"}), a -> a[0]);

    static final Map<String, Integer> NUMBER_WORDS = new HashMap<>();
    /** Fraction words to {numerator-less denominator}: "fifth" → 5. */
    static final Map<String, Integer> FRACTIONS = new HashMap<>();
    static final Map<String, String> MULTIPLY_VERBS = Map.ofEntries(Map.entry("doubled", "2"), Map.entry("double", "2"),
            Map.entry("doubles", "2"), Map.entry("doubling", "2"), Map.entry("tripled", "3"), Map.entry("triple", "3"),
            Map.entry("triples", "3"), Map.entry("tripling", "3"), Map.entry("trebled", "3"), Map.entry("quadrupled", "4"),
            Map.entry("quadruple", "4"), Map.entry("halved", "0.5"));
    /**
     * Hashes ({@link String#hashCode()}) of every word a figure may start with: number words,
     * fractions, multiplying verbs, "a"; a word whose hash is not here is no number.
     */
    static final Set<Integer> START_WORD_HASHES = new java.util.HashSet<>();
    static final Set<String> MONTHS = Set.of("jan", "january", "feb", "february", "mar", "march", "apr", "april",
            "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october",
            "nov", "november", "dec", "december");
    static final Set<String> DURATIONS = Set.of("second", "seconds", "minute", "minutes", "hour", "hours", "day",
            "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "yrs", "centuries",
            "century", "year-old", "years-old");
    /** Words that end the search for a counted noun. */
    static final Set<String> STOP = Set.of("of", "and", "or", "the", "to", "in", "is", "are", "was", "were", "has",
            "have", "had", "with", "for", "from", "by", "on", "at", "as", "that", "which", "who", "will", "would",
            "be", "been", "this", "these", "those", "it", "its", "per", "than", "more", "less", "each", "every",
            "a", "an", "their", "his", "her", "our", "into", "such", "also", "not", "but", "so", "yes", "us",
            "thus", "plus", "across", "times", "percent", "between", "among", "respectively");
    /** Nouns that say a number is a model or type, not an amount. */
    static final Set<String> MODEL_NOUNS = Set.of("type", "types", "model", "models", "series", "format", "cell",
            "cells", "battery", "batteries", "version", "chip", "chips", "standard");
    static final Set<String> IRREGULAR_PLURALS = Set.of("people", "staff", "personnel", "children", "men", "women",
            "sheep", "livestock", "equipment", "aircraft");

    static {
        String[] ones = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 1; i < ones.length; i++) {
            NUMBER_WORDS.put(ones[i], i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            NUMBER_WORDS.put(tens[i], 20 + 10 * i);
            for (int j = 1; j < 10; j++) {
                NUMBER_WORDS.put(tens[i] + "-" + ones[j], 20 + 10 * i + j);
            }
        }
        NUMBER_WORDS.put("a dozen", 12);
        NUMBER_WORDS.put("one hundred", 100);
        NUMBER_WORDS.put("a hundred", 100);
        String[][] fr = {{"half", "2"}, {"halves", "2"}, {"third", "3"}, {"thirds", "3"}, {"quarter", "4"},
            {"quarters", "4"}, {"fourth", "4"}, {"fourths", "4"}, {"fifth", "5"}, {"fifths", "5"}, {"sixth", "6"},
            {"sixths", "6"}, {"eighth", "8"}, {"eighths", "8"}, {"tenth", "10"}, {"tenths", "10"}};
        for (String[] f : fr) {
            FRACTIONS.put(f[0], Integer.parseInt(f[1]));
        }

        for (String w : NUMBER_WORDS.keySet()) {
            START_WORD_HASHES.add(w.hashCode());
            for (String f : FRACTIONS.keySet()) {
                START_WORD_HASHES.add((w + "-" + f).hashCode());
            }
        }
        for (String f : FRACTIONS.keySet()) {
            START_WORD_HASHES.add(f.hashCode());
        }
        for (String v : MULTIPLY_VERBS.keySet()) {
            START_WORD_HASHES.add(v.hashCode());
        }
        START_WORD_HASHES.add("a".hashCode());
        List<LeadWord> leads = new ArrayList<>();
        for (Qualifier q : Qualifier.values()) {
            for (String w : q.words()) {
                leads.add(new LeadWord(w, Lead.QUALIFIER, q));
            }
        }
        qualifier(leads, Qualifier.OVER, "exceeding", "exceeded", "exceed", "surpassed", "surpass", "surpasses",
                "topped", "topping", "tops", "above", "in excess of", "upwards of", "well over", "more than", "over",
                "超过", "超", "逾", "达到超");
        qualifier(leads, Qualifier.ABOUT, "roughly", "an estimated", "estimated", "approx.", "nearly about",
                "some", "约", "大约", "左右");
        qualifier(leads, Qualifier.NEARLY, "approaching", "just under", "just below", "近", "将近", "接近");
        qualifier(leads, Qualifier.AT_LEAST, "not less than", "no fewer than", "not fewer than", "a minimum of",
                "不少于", "不低于", "至少");
        qualifier(leads, Qualifier.UNDER, "below", "fewer than", "不到");
        qualifier(leads, Qualifier.AT_MOST, "not more than", "a maximum of", "maximum of", "不超过", "最多");
        words(leads, Lead.UP, "up", "up by", "rose", "rose by", "rise of", "a rise of", "risen by", "rising",
                "rising by", "increase of", "an increase of", "increased by", "increased", "increases by",
                "increase by", "increasing by", "grew", "grew by", "grown by", "grow by", "growing by",
                "growth of", "a growth of", "jumped", "jumped by", "jump of", "a jump of", "surged", "surged by",
                "surge of", "a surge of", "soared", "soared by", "climbed", "climbed by", "expanded by",
                "gained", "gain of", "a gain of", "upsurge of", "an upsurge of", "year-on-year increase of",
                "a year-on-year increase of", "year-on-year growth of", "a year-on-year growth of",
                "went up by", "was up", "increased year-on-year by", "increased year on year by", "grew at",
                "growing at", "climbing", "an annual increase of", "widened by", "widened", "widening by",
                "expanded", "expanding", "edged up", "inched up", "ticked up", "rebounded", "rebounded by", "picked up",
                "registered a growth of", "posted a growth of", "saw a growth of", "saw an increase of", "logged a growth of",
                "an expansion of", "expansion of", "accelerated to", "grow", "grows", "increase", "rise", "rises", "increases", "an increase by",
                "同比增长", "增长", "增加", "提高", "上升");
        words(leads, Lead.DOWN, "down", "down by", "fell", "fell by", "fall of", "a fall of", "fallen by",
                "falling", "dropped", "dropped by", "drop of", "a drop of", "declined", "declined by", "decline of",
                "a decline of", "declining", "decreased", "decreased by", "decrease of", "a decrease of",
                "slowed down by", "slowed by", "shrank", "shrank by", "shrunk by", "contracted by", "reduced by",
                "a reduction of", "cut by", "slid", "slipped", "plunged", "plunged by", "tumbled", "was down",
                "went down by", "edged down", "dipped", "dipped by", "slumped", "slumped by",
                "plummeted", "plummeted by", "shrinking by", "contracted", "saw a decline of", "saw a decrease of",
                "narrowed by", "narrowed", "narrowing by", "同比下降", "下降", "减少");
        words(leads, Lead.GROWTH, "growth rate of", "a growth rate of", "an annual growth rate of",
                "annual growth of", "average annual growth of", "an average annual growth of", "growth rate was",
                "grew year-on-year by", "增速");
        words(leads, Lead.SHARE, "account for", "accounts for", "accounted for", "accounting for", "make up",
                "makes up", "made up", "making up", "representing", "represents", "represented", "share of",
                "a share of", "proportion of", "a proportion of", "占", "占比");
        words(leads, Lead.CONTRIBUTION, "contributing", "contributed", "contributes", "contribution of",
                "a contribution of", "contribution rate of", "a contribution rate of", "contributing rate of");
        words(leads, Lead.BETWEEN, "between");
        words(leads, Lead.FROM, "from");
        words(leads, Lead.SKIP, "top", "no.", "no", "nos.", "number", "phase", "model", "type", "version",
                "line", "route", "article", "chapter", "section", "page", "room", "gate", "level", "grade",
                "class", "euro", "tel", "tel.", "telephone", "phone", "fax", "hotline", "ranked", "ranks", "rank",
                "ranking", "covid-", "pm", "lane", "step", "stage", "building", "figure", "table", "no.:");
        LEADS = sorted(leads, LeadWord::text);

        List<UnitWord> units = new ArrayList<>();
        quantity(units, "GWh", "gwh", "gigawatt-hours", "gigawatt hours", "gigawatt-hour", "GWH");
        quantity(units, "MWh", "mwh", "megawatt-hours", "megawatt hours", "megawatt-hour", "MWH");
        quantity(units, "kWh", "kwh", "kilowatt-hours", "kilowatt hours", "kilowatt-hour", "KWh", "KWH",
                "千瓦时", "度");
        quantity(units, "TWh", "twh", "terawatt-hours", "terawatt hours", "TWH");
        quantity(units, "Wh", "watt-hours", "watt hours");
        quantity(units, "GW", "gw", "gigawatts", "gigawatt");
        quantity(units, "MW", "mw", "megawatts", "megawatt");
        quantity(units, "kW", "kw", "kilowatts", "kilowatt", "KW", "千瓦");
        quantity(units, "Ah", "ampere-hours", "amp-hours", "ah");
        quantity(units, "mAh", "mah", "milliampere-hours");
        quantity(units, "t", "tons", "tonnes", "ton", "tonne", "metric tons", "metric tonnes", "吨");
        quantity(units, "kg", "kilograms", "kilogram", "kilogrammes", "公斤");
        quantity(units, "kt", "kilotons", "kilotonnes");
        quantity(units, "Mt", "megatons", "megatonnes");
        quantity(units, "m2", "square meters", "square metres", "square meter", "square metre", "sq m", "sq. m",
                "sqm", "m²", "平方米");
        quantity(units, "km2", "square kilometers", "square kilometres", "square kilometer", "square kilometre",
                "sq km", "km²", "平方公里");
        quantity(units, "ha", "hectares", "hectare");
        quantity(units, "mu", "亩");
        money(units, "CNY", "yuan", "rmb", "RMB", "renminbi", "CNY", "cny", "元", "人民币", "yuan rmb");
        money(units, "USD", "u.s. dollars", "us dollars", "U.S. dollars", "US dollars", "dollars", "USD", "usd",
                "美元", "american dollars");
        money(units, "EUR", "euros", "euro", "EUR", "eur", "欧元");
        money(units, "HKD", "hong kong dollars", "HKD", "港元");
        money(units, "JPY", "yen", "JPY", "日元");
        money(units, "GBP", "pounds sterling", "GBP");
        units.add(new UnitWord("%", UnitKind.PERCENT, "%", true));
        units.add(new UnitWord("％", UnitKind.PERCENT, "%", true));
        for (String w : List.of("percent", "per cent", "pct", "percentage")) {
            units.add(new UnitWord(w, UnitKind.PERCENT, "%", false));
        }
        for (String w : List.of("percentage points", "percentage point", "percent points", "percent point", "pp",
                "pct pts", "pct points", "个百分点", "百分点")) {
            units.add(new UnitWord(w, UnitKind.POINTS, "pp", false));
        }
        for (String w : List.of("times", "-fold", "fold", "倍")) {
            units.add(new UnitWord(w, UnitKind.TIMES, "x", false));
        }
        count(units, "vehicles", "辆");
        count(units, "enterprises", "家");
        count(units, "units", "台", "套");
        count(units, "projects", "项", "个项目");
        count(units, "1", "个", "座");
        for (String w : List.of("km", "kilometers", "kilometres", "kilometer", "kilometre", "meters", "metres",
                "miles", "km/h", "cm", "mm", "liters", "litres", "cubic meters", "cubic metres", "kV", "Wh/kg",
                "wh/kg", "mAh/g", "kWh/kg", "bbl", "barrels", "公里", "米")) {
            units.add(new UnitWord(w, UnitKind.RAW, w, w.matches(".*[A-Z].*")));
        }
        for (String w : DURATIONS) {
            units.add(new UnitWord(w, UnitKind.DURATION, w, false));
        }
        for (String w : List.of("年", "天", "个月", "小时")) {
            units.add(new UnitWord(w, UnitKind.DURATION, w, false));
        }
        UNITS = sorted(units, UnitWord::text);

        List<ScaleWord> scales = new ArrayList<>();
        scales.add(new ScaleWord("hundred million", Scale.YI, false, false));
        scales.add(new ScaleWord("trillion", Scale.TRILLION, false, false));
        scales.add(new ScaleWord("billion", Scale.BILLION, false, false));
        scales.add(new ScaleWord("million", Scale.MILLION, false, false));
        scales.add(new ScaleWord("thousand", Scale.THOUSAND, false, false));
        scales.add(new ScaleWord("bn", Scale.BILLION, false, false));
        scales.add(new ScaleWord("bln", Scale.BILLION, false, false));
        scales.add(new ScaleWord("mn", Scale.MILLION, false, false));
        scales.add(new ScaleWord("mln", Scale.MILLION, false, false));
        scales.add(new ScaleWord("tn", Scale.TRILLION, true, false));
        scales.add(new ScaleWord("wan", Scale.WAN, false, true));
        scales.add(new ScaleWord("yi", Scale.YI, false, true));
        scales.add(new ScaleWord("万亿", Scale.TRILLION, false, true));
        scales.add(new ScaleWord("亿", Scale.YI, false, true));
        scales.add(new ScaleWord("万", Scale.WAN, false, true));
        scales.add(new ScaleWord("千", Scale.THOUSAND, false, true));
        scales.add(new ScaleWord("k", Scale.THOUSAND, true, false));
        scales.add(new ScaleWord("m", Scale.MILLION, true, true));
        scales.add(new ScaleWord("b", Scale.BILLION, true, true));
        SCALES = sorted(scales, ScaleWord::text);

        List<TrailWord> trails = new ArrayList<>();
        trail(trails, Trail.YEAR_ON_YEAR, "year-on-year", "year on year", "y-o-y", "yoy", "on year",
                "on a year-on-year basis", "from a year earlier", "from a year ago", "over the previous year");
        trail(trails, Trail.UP, "increase", "growth", "rise", "jump", "gain", "surge", "hike", "year-on-year increase",
                "year-on-year growth", "increase year-on-year", "growth year-on-year");
        trail(trails, Trail.DOWN, "decline", "decrease", "drop", "fall", "reduction", "slump", "contraction",
                "year-on-year decline", "year-on-year decrease", "year-on-year drop");
        trail(trails, Trail.OF, "of");
        trail(trails, Trail.TO_GROWTH, "to the growth", "to growth", "to the increase");
        trail(trails, Trail.AS_MUCH, "as much", "as many", "as large", "as high", "that of", "the level of",
                "as big", "the size of");
        trail(trails, Trail.AT_LEAST, "or more", "and above", "or above", "and more", "以上");
        trail(trails, Trail.OVER, "plus", "-plus", "+", "多");
        trail(trails, Trail.IN_SHARE, "in share");
        TRAILS = sorted(trails, TrailWord::text);
        for (LeadWord w : LEADS) {
            LEADS_BY_LAST.computeIfAbsent(w.text().charAt(w.text().length() - 1), k -> new ArrayList<>()).add(w);
        }
        for (UnitWord w : UNITS) {
            UNITS_BY_FIRST.computeIfAbsent(Character.toLowerCase(w.text().charAt(0)), k -> new ArrayList<>()).add(w);
        }
        for (TrailWord w : TRAILS) {
            TRAILS_BY_FIRST.computeIfAbsent(w.text().charAt(0), k -> new ArrayList<>()).add(w);
        }
    }

    private static void qualifier(List<LeadWord> leads, Qualifier q, String... words) {
        for (String w : words) {
            leads.add(new LeadWord(w, Lead.QUALIFIER, q));
        }
    }

    private static void words(List<LeadWord> leads, Lead kind, String... words) {
        for (String w : words) {
            leads.add(new LeadWord(w, kind, null));
        }
    }

    private static void quantity(List<UnitWord> units, String symbol, String... words) {
        units.add(new UnitWord(symbol, UnitKind.QUANTITY, symbol, true));
        for (String w : words) {
            units.add(new UnitWord(w, UnitKind.QUANTITY, symbol, !w.equals(w.toLowerCase(java.util.Locale.ROOT))));
        }
    }

    private static void money(List<UnitWord> units, String code, String... words) {
        for (String w : words) {
            units.add(new UnitWord(w, UnitKind.MONEY, code, false));
        }
    }

    private static void count(List<UnitWord> units, String noun, String... words) {
        for (String w : words) {
            units.add(new UnitWord(w, UnitKind.COUNT, noun, false));
        }
    }

    private static void trail(List<TrailWord> trails, Trail kind, String... words) {
        for (String w : words) {
            trails.add(new TrailWord(w, kind));
        }
    }

    /** Longest first, so the first match is the longest; duplicates keep their first entry. */
    private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> text) {
        List<T> copy = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (T t : items) {
            if (seen.add(text.apply(t) + "|" + (t instanceof UnitWord ? ((UnitWord) t).caseSensitive() : ""))) {
                copy.add(t);
            }
        }
        copy.sort(Comparator.comparingInt((T t) -> -text.apply(t).length()));
        return List.copyOf(copy);
    }
}
