package org.industrymetrics.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.industrymetrics.extract.FigureGrammar.Reading;
import org.industrymetrics.extract.Lexicon.UnitKind;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.Status;
import org.industrymetrics.period.ReportingPeriod;

/**
 * What the sentence around a figure says about the rest of its row: period, the whole of a share,
 * a metric and a status. Each proposal is what the words say, or nothing with a note saying why.
 */
final class Proposals {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String YEAR = "((?:19|20)\\d\\d)(?!\\d|,\\d)";
    private static final String WHICH_YEAR = "(?:,? ?(?:of )?(" + "(?:19|20)\\d\\d" + "|this year|last year|the year|next year))?";
    private static final Pattern MONTH_RANGE = Pattern.compile("(?<![a-z0-9])(?:from |between )?" + MONTH
            + " ?(?:to|and|-|through|till|until) ?" + MONTH + WHICH_YEAR);
    private static final Pattern HALF = Pattern.compile("(?<![a-z0-9])(first|second) half" + WHICH_YEAR + "|(?<![a-z0-9])" + YEAR + " ?(h[12])(?![a-z0-9])|(?<![a-z0-9])h([12]) " + YEAR);
    private static final Pattern QUARTER = Pattern.compile("(?<![a-z0-9])(first|second|third|fourth) quarter" + WHICH_YEAR
            + "|(?<![a-z0-9])q([1-4]) ?" + YEAR);
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<![a-z0-9])(?:in |by |since |as of |end of |until |the end of )?" + MONTH
            + " (?:\\d{1,2},? )?" + YEAR + "|(?<![a-z0-9])(?:in|by|until|since) " + MONTH + "(?! \\d)(?: last year| this year)?(?![a-z0-9])");
    private static final Pattern YEAR_ONLY = Pattern.compile("(?<![\\d.,-])" + YEAR + "(?!-\\d)");
    private static final Pattern RELATIVE = Pattern.compile("(?<![a-z0-9])(this year|last year|next year|the previous year|a year earlier)(?![a-z0-9])");
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)" + YEAR + "-(\\d\\d)-(\\d\\d)(?!\\d)");
    private static final Pattern TEXT_DATE = Pattern.compile("(?i)(?<![a-z0-9])" + MONTH + " (\\d{1,2}) ?, ?" + YEAR
            + "|(?<![a-z0-9])(\\d{1,2}) " + MONTH + ",? " + YEAR);
    /** Words before a period that make it the base of a comparison, not the figure's period. */
    private static final String[] BASE_WORDS = {"compared with ", "compared to ", "than ", "from ", "over ", "against ",
        "same period ", "since ", "versus ", "vs. ", "relative to ", "in contrast to "};

    private static final String[][] METRICS = {
        {"output value", "output_value"}, {"production value", "output_value"}, {"operating income", "revenue"},
        {"business income", "revenue"}, {"revenue", "revenue"}, {"income", "revenue"}, {"sales", "sales"},
        {"exports", "exports"}, {"imports", "imports"}, {"investment", "investment"}, {"invest", "investment"},
        {"production capacity", "capacity"}, {"capacity", "capacity"}, {"installations", "installed"},
        {"installed", "installed"}, {"output", "output"}, {"production", "output"}, {"produce", "output"},
        {"construction area", "floor_area"}, {"floor area", "floor_area"}, {"covers an area", "land_area"},
        {"area", "area"}, {"profit", "profit"}, {"gdp", "gdp"}, {"employees", "employees"}, {"jobs", "jobs"},
        {"patents", "patents"}, {"exports", "exports"}, {"deliveries", "deliveries"}, {"registrations", "registrations"}};
    private static final String[] TARGET_WORDS = {"target", "aims to", "aim to", "aiming to", "plans to", "plan to",
        "planned", "will ", "expected to", "strive", "striving", "goal", "scheduled", "is to ", "are to "};
    private static final String[] FORECAST_WORDS = {"predicted", "forecast", "projected", "estimated to", "expects",
        "would reach"};

    private final String text;
    private final String lower;
    private final LocalDate date;
    /** Every period expression of the text, in order: found once, not once per figure. */
    private List<Candidate> all;

    Proposals(String text, String lower, LocalDate date) {
        this.text = text;
        this.lower = lower;
        this.date = date;
    }

    /** The period expressions that lie within {@code [from, to)}. */
    private List<Candidate> within(int from, int to) {
        if (all == null) {
            all = candidates(0, lower.length());
        }
        List<Candidate> out = new ArrayList<>();
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).start < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < all.size() && all.get(i).start < to; i++) {
            if (all.get(i).end <= to) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    FoundFigure figure(Reading r, FoundFigure conversion) {
        List<String> notes = new ArrayList<>();
        FigurePhrase p = r.phrase;
        p.otherReading().ifPresent(o -> notes.add("two readings: " + p.figure().text() + " times as much, or an increase of "
                + p.figure().text() + " times = " + o.figure().text() + " times as much"));
        if (r.high != null && r.qualifier != org.industrymetrics.figure.Qualifier.EXACT) {
            // "about 3,000 - 4,000": the format has no qualifier for a range, so the word is said here
            notes.add("the range is qualified \"" + r.qualifier.word() + "\" in the text; the format has no qualifier for a range");
        }
        if (r.measureGuessed) {
            notes.add("measure " + p.measure().id() + " guessed from the clause");
        }
        if (p.isChange()) {
            notes.add("a change of a level, not a level: the format has no measure for it");
        }
        if (p.unit().isEmpty()) {
            notes.add("unit " + p.unitText() + " is no unit of the format");
        }
        if (r.coordinated) {
            notes.add("direction taken from the figure before it");
        }
        int sStart = sentenceStart(r.start);
        int sEnd = sentenceEnd(r.end);
        ReportingPeriod period = period(r, sStart, sEnd, notes);
        String base = p.measure() == Measure.SHARE || p.measure() == Measure.CONTRIBUTION ? base(r, sEnd, notes) : null;
        String metric = metric(r, sStart);
        Status status = status(sStart, sEnd, r);
        String quote = quote(r, sStart, sEnd);
        return new FoundFigure(r.start, r.end, text.substring(r.start, r.end), quote, p, conversion, period, base,
                metric, status, notes);
    }

    // -----------------------------------------------------------------------------------------
    // period

    private record Candidate(int start, int end, ReportingPeriod period, String relative) {
    }

    private ReportingPeriod period(Reading r, int sStart, int sEnd, List<String> notes) {
        List<Candidate> found = within(sStart, sEnd);
        Candidate best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Candidate c : found) {
            if (c.end > r.start && c.start < r.end) {
                continue;
            }
            int d = c.end <= r.start ? r.start - c.end : c.start - r.end + 1;
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        if (best == null) {
            // the sentences before it in the same paragraph
            int paragraph = Math.max(0, lower.lastIndexOf("\n\n", sStart));
            List<Candidate> earlier = within(Math.max(paragraph, sStart - 400), sStart);
            if (!earlier.isEmpty()) {
                best = earlier.get(earlier.size() - 1);
                notes.add("period from an earlier sentence");
            }
        }
        if (best == null) {
            notes.add("no period near the figure");
            return null;
        }
        if (best.period == null) {
            notes.add("period \"" + best.relative + "\" needs the document date (--date)");
        }
        return best.period;
    }

    private List<Candidate> candidates(int from, int to) {
        String s = lower.substring(from, to);
        List<Candidate> out = new ArrayList<>();
        Matcher m = MONTH_RANGE.matcher(s);
        while (m.find()) {
            Integer y = year(m.group(3));
            add(out, from, m, y == null ? null : range(ReportingPeriod.ofMonth(y, month(m.group(1))),
                    ReportingPeriod.ofMonth(y, month(m.group(2)))));
        }
        m = HALF.matcher(s);
        while (m.find()) {
            if (m.group(1) != null) {
                Integer y = year(m.group(2));
                add(out, from, m, y == null ? null : ReportingPeriod.ofHalf(y, m.group(1).equals("first") ? 1 : 2));
            } else if (m.group(3) != null) {
                add(out, from, m, ReportingPeriod.ofHalf(Integer.parseInt(m.group(3)), m.group(4).charAt(1) - '0'));
            } else {
                add(out, from, m, ReportingPeriod.ofHalf(Integer.parseInt(m.group(6)), m.group(5).charAt(0) - '0'));
            }
        }
        m = QUARTER.matcher(s);
        while (m.find()) {
            if (m.group(1) != null) {
                Integer y = year(m.group(2));
                int q = List.of("first", "second", "third", "fourth").indexOf(m.group(1)) + 1;
                add(out, from, m, y == null ? null : ReportingPeriod.ofQuarter(y, q));
            } else {
                add(out, from, m, ReportingPeriod.ofQuarter(Integer.parseInt(m.group(4)), m.group(3).charAt(0) - '0'));
            }
        }
        m = MONTH_YEAR.matcher(s);
        while (m.find()) {
            if (m.group(1) != null) {
                add(out, from, m, ReportingPeriod.ofMonth(Integer.parseInt(m.group(2)), month(m.group(1))));
            } else {
                boolean last = m.group().endsWith("last year");
                Integer y = date == null ? null : date.getYear() - (last ? 1 : 0);
                add(out, from, m, y == null ? null : ReportingPeriod.ofMonth(y, month(m.group(3))));
            }
        }
        m = YEAR_ONLY.matcher(s);
        while (m.find()) {
            add(out, from, m, ReportingPeriod.ofYear(Integer.parseInt(m.group(1))));
        }
        m = RELATIVE.matcher(s);
        while (m.find()) {
            add(out, from, m, yearOf(m.group(1)));
        }
        out.sort((a, b) -> Integer.compare(a.start, b.start));
        return out;
    }

    private void add(List<Candidate> out, int offset, Matcher m, ReportingPeriod p) {
        int s = offset + m.start();
        int e = offset + m.end();
        for (Candidate c : out) {
            if (c.start <= s && e <= c.end) {
                return; // a part of a longer period expression already found
            }
        }
        String before = lower.substring(Math.max(0, s - 16), s);
        for (String w : BASE_WORDS) {
            if (before.endsWith(w) || lower.startsWith(w, s) && !lower.startsWith("from ", s)) {
                return;
            }
        }
        if (lower.startsWith("same period", Math.max(0, s - 16)) || before.endsWith("same period ")) {
            return;
        }
        out.add(new Candidate(s, e, p, lower.substring(s, e)));
    }

    private Integer year(String which) {
        if (which == null || which.equals("this year") || which.equals("the year")) {
            return date == null ? null : date.getYear();
        }
        if (which.equals("last year")) {
            return date == null ? null : date.getYear() - 1;
        }
        if (which.equals("next year")) {
            return date == null ? null : date.getYear() + 1;
        }
        return Integer.parseInt(which);
    }

    private ReportingPeriod yearOf(String relative) {
        if (date == null) {
            return null;
        }
        switch (relative) {
            case "this year":
                return ReportingPeriod.ofYear(date.getYear());
            case "next year":
                return ReportingPeriod.ofYear(date.getYear() + 1);
            default:
                return ReportingPeriod.ofYear(date.getYear() - 1);
        }
    }

    private static ReportingPeriod range(ReportingPeriod a, ReportingPeriod b) {
        if (a.equals(b)) {
            return a;
        }
        return a.compareTo(b) < 0 ? ReportingPeriod.range(a, b) : null;
    }

    private static int month(String m) {
        String k = m.replace(".", "").substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(k) + 1;
    }

    static Optional<LocalDate> firstDate(String head) {
        String l = head.toLowerCase(Locale.ROOT);
        Matcher iso = ISO_DATE.matcher(l);
        Matcher txt = TEXT_DATE.matcher(l);
        int isoAt = iso.find() ? iso.start() : Integer.MAX_VALUE;
        int txtAt = txt.find() ? txt.start() : Integer.MAX_VALUE;
        try {
            if (isoAt < txtAt) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            if (txtAt < Integer.MAX_VALUE) {
                if (txt.group(1) != null) {
                    return Optional.of(LocalDate.of(Integer.parseInt(txt.group(3)), month(txt.group(1)),
                            Integer.parseInt(txt.group(2))));
                }
                return Optional.of(LocalDate.of(Integer.parseInt(txt.group(6)), month(txt.group(5)),
                        Integer.parseInt(txt.group(4))));
            }
        } catch (DateTimeException e) {
            return Optional.empty(); // "Feb 30, 2024" is no date to resolve anything against
        }
        return Optional.empty();
    }

    // -----------------------------------------------------------------------------------------
    // base, metric, status, quote

    private String base(Reading r, int sEnd, List<String> notes) {
        String after = lower.substring(r.end, Math.min(sEnd, r.end + 70));
        int cut = after.indexOf(',');
        if (cut >= 0) {
            after = after.substring(0, cut);
        }
        String before = lower.substring(Math.max(0, r.start - 70), r.start);
        String words = (r.ofCue ? after : after.startsWith(" of ") || after.startsWith(" to the growth of ") ? after : "");
        if (words.isEmpty() && (before.contains("national") || before.contains("china's") || before.contains("the country's"))) {
            words = before;
        }
        for (String w : new String[] {"china", "the country", "national", "nationwide", "the nation", "全国"}) {
            if (words.contains(w)) {
                return "CN";
            }
        }
        if (!words.isBlank()) {
            notes.add("base: \"" + text.substring(r.end, r.end + words.length()).strip() + "\"");
        } else {
            notes.add("no whole named for the " + r.phrase.measure().id());
        }
        return null;
    }

    private String metric(Reading r, int sStart) {
        if (!r.phrase.noun().isEmpty()) {
            return id(r.phrase.noun());
        }
        if (r.unit != null && r.unit.kind() == UnitKind.COUNT && !r.unit.symbol().equals("1")) {
            return r.unit.symbol();
        }
        String before = lower.substring(Math.max(sStart, r.start - 100), r.start);
        String best = null;
        int bestAt = -1;
        for (String[] m : METRICS) {
            int at = before.lastIndexOf(m[0]);
            if (at >= 0 && (at + m[0].length() > bestAt || best == null)) {
                if (at + m[0].length() > bestAt) {
                    best = m[1];
                    bestAt = at + m[0].length();
                }
            }
        }
        return best;
    }

    private static String id(String noun) {
        String s = noun.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return s.isEmpty() || !Character.isLetter(s.charAt(0)) ? null : s;
    }

    private Status status(int sStart, int sEnd, Reading r) {
        String s = lower.substring(sStart, sEnd);
        for (String w : TARGET_WORDS) {
            if (s.contains(w)) {
                return Status.TARGET;
            }
        }
        for (String w : FORECAST_WORDS) {
            if (s.contains(w)) {
                return Status.FORECAST;
            }
        }
        return null;
    }

    private String quote(Reading r, int sStart, int sEnd) {
        String s = text.substring(sStart, sEnd).strip();
        if (s.length() <= 240) {
            return collapse(s);
        }
        int a = r.start;
        while (a > sStart && r.start - a < 120 && ",;".indexOf(text.charAt(a - 1)) < 0) {
            a--;
        }
        int b = r.end;
        while (b < sEnd && b - r.end < 100 && ",;".indexOf(text.charAt(b)) < 0) {
            b++;
        }
        return collapse(text.substring(a, b).strip());
    }

    /** Runs of white space as one space: a quote is one line. */
    private static String collapse(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = Character.isWhitespace(c);
            if (space && (c != ' ' || i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1)))) {
                if (sb == null) {
                    sb = new StringBuilder(s.length()).append(s, 0, i);
                }
                sb.append(' ');
                while (i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1))) {
                    i++;
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private int sentenceStart(int i) {
        int s = i;
        while (s > 0) {
            char c = lower.charAt(s - 1);
            if (c == '\n' || c == '!' || c == '?' || (c == '.' && s < lower.length() && lower.charAt(s) == ' '
                    && !abbreviation(s - 1))) {
                break;
            }
            s--;
        }
        return s;
    }

    private int sentenceEnd(int i) {
        int e = i;
        while (e < lower.length()) {
            char c = lower.charAt(e);
            if (c == '\n' || c == '!' || c == '?' || (c == '.' && (e + 1 == lower.length() || lower.charAt(e + 1) == ' '
                    || lower.charAt(e + 1) == '\n') && !abbreviation(e))) {
                return c == '\n' ? e : e + 1;
            }
            e++;
        }
        return e;
    }

    /** Whether the full stop at {@code dot} ends an abbreviation (Co., Ltd., No., U.S.). */
    private boolean abbreviation(int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(lower.charAt(s - 1))) {
            s--;
        }
        String w = lower.substring(s, dot);
        return w.equals("co") || w.equals("no") || w.equals("u.s") || w.equals("s") || w.equals("mr") || w.equals("dr")
                || w.equals("vs") || w.equals("approx") || w.equals("st") || (w.length() == 1 && dot > 1 && lower.charAt(dot - 2) == '.');
    }
}
