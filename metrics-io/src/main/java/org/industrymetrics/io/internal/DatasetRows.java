package org.industrymetrics.io.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.industrymetrics.DecimalText;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InvalidValueException;
import org.industrymetrics.Suggestion;
import org.industrymetrics.check.RuleExpression;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.io.DatasetTable;
import org.industrymetrics.io.TableSchema;
import org.industrymetrics.money.Currencies;
import org.industrymetrics.money.CurrencyPair;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.Metric;
import org.industrymetrics.observation.MetricKind;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.RateEntry;
import org.industrymetrics.observation.Rule;
import org.industrymetrics.observation.Source;
import org.industrymetrics.observation.Status;
import org.industrymetrics.observation.Subject;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.period.Granularity;
import org.industrymetrics.period.ReportingPeriod;

/**
 * Binds the rows of the dataset tables to the model and back: the cell rules of FORMAT.md, with a
 * problem on the column for every cell that cannot be read, and the canonical cells of each value
 * for writing. One instance serves one read: it remembers the cells it has parsed (a bounded
 * number, so a stream of any length reads in constant memory). A rule of the model a row breaks
 * ({@link InvalidValueException}) is a problem of the cell it concerns; no other exception is
 * caught, so a bug is never reported as a problem of the input. Not thread-safe. Not part of the public API.
 */
public final class DatasetRows {

    private static final TableSchema OBS = DatasetTable.OBSERVATIONS.schema();
    private static final int O_ID = OBS.indexOf("id");
    private static final int O_SUBJECT = OBS.indexOf("subject");
    private static final int O_METRIC = OBS.indexOf("metric");
    private static final int O_PERIOD = OBS.indexOf("period");
    private static final int O_MEASURE = OBS.indexOf("measure");
    private static final int O_VALUE = OBS.indexOf("value");
    private static final int O_UNIT = OBS.indexOf("unit");
    private static final int O_BASE = OBS.indexOf("base");
    private static final int O_QUALIFIER = OBS.indexOf("qualifier");
    private static final int O_PRECISION = OBS.indexOf("precision");
    private static final int O_STATUS = OBS.indexOf("status");
    private static final int O_SOURCE = OBS.indexOf("source");
    private static final int O_QUOTE = OBS.indexOf("quote");

    // the looked-up cells of an observation (see lookUp), in the order their problems are reported
    private static final int L_SUBJECT = 0;
    private static final int L_METRIC = 1;
    private static final int L_PERIOD = 2;
    private static final int L_MEASURE = 3;
    private static final int L_UNIT = 4;
    private static final int L_STATUS = 5;
    private static final int L_BASE = 6;
    private static final int L_SOURCE = 7;
    private static final int L_COUNT = 8;

    /**
     * The most entries each cache of parsed cells holds: enough for the vocabulary of a dataset (the
     * months of 5,000 years, the subjects of a country's every county), bounded for a stream.
     */
    private static final int CACHE_LIMIT = 1 << 16;

    private static final List<String> MEASURE_IDS = ids(Measure.values());
    private static final List<String> STATUS_IDS = ids(Status.values());
    private static final List<String> KIND_IDS = ids(MetricKind.values());
    private static final List<String> QUALIFIER_WORDS = qualifierWords();

    private static final Pattern CALENDAR_LIKE = Pattern.compile("\\d{4}-M?\\d{2}(-\\d{2})?");

    private final boolean trackIds;
    // by the cell's characters: a repeated cell is found without making a String (Row#text)
    private final TextCache<SubjectRef> subjects = new TextCache<>(CACHE_LIMIT);
    private final TextCache<ReportingPeriod> periods = new TextCache<>(CACHE_LIMIT);
    private final TextCache<ObservationUnit> units = new TextCache<>(CACHE_LIMIT);
    private final TextCache<String> strings = new TextCache<>(CACHE_LIMIT);
    private final TextCache<Measure> measures = new TextCache<>(CACHE_LIMIT);
    private final TextCache<Status> statuses = new TextCache<>(CACHE_LIMIT);
    private final TextCache<Qualifier> qualifiers = new TextCache<>(CACHE_LIMIT);
    private final Map<String, RateSeen> rates = new HashMap<>();
    /** One builder for the observations of a read: each row sets every field. */
    private final Observation.Builder observationBuilder = Observation.builder();
    private final Lookup[] lookups = lookups();
    /** The looked-up cells of the row being bound, by L_ index. */
    private final Object[] found = new Object[L_COUNT];

    private record RateSeen(InputLocation place, BigDecimal rate) {
    }

    /**
     * Creates a binder for one read.
     *
     * @param trackIds whether to share the repeated texts of the small tables (subjects, metrics,
     *     rates, rules) between rows, for a whole dataset; the texts of observations (metric, base,
     *     source) are always shared, since finding one by its characters is cheaper than making it
     */
    public DatasetRows(boolean trackIds) {
        this.trackIds = trackIds;
    }

    private static List<String> ids(Enum<?>[] values) {
        List<String> list = new ArrayList<>();
        for (Enum<?> v : values) {
            list.add(v.toString());
        }
        return List.copyOf(list);
    }

    private static List<String> qualifierWords() {
        List<String> list = new ArrayList<>(ids(Qualifier.values()));
        for (Qualifier q : Qualifier.values()) {
            list.addAll(q.words());
        }
        return List.copyOf(list);
    }

    // -----------------------------------------------------------------------------------------
    // reading

    /**
     * Binds a row of the observations table.
     *
     * @return the observation, or null after reporting a problem
     */
    public Observation observation(Row r) {
        String id = r.get(O_ID);
        if (id == null) {
            id = r.generatedId();
        }
        Object[] found = this.found;
        lookUp(r, found);
        ReportedFigure figure = figure(r);
        if (r.hasProblems()) {
            return null;
        }
        // every field set, the empty ones to null: nothing of the row before is left in the builder
        Observation.Builder b = observationBuilder.id(id).subject((SubjectRef) found[L_SUBJECT])
                .metric((String) found[L_METRIC]).period((ReportingPeriod) found[L_PERIOD])
                .measure((Measure) found[L_MEASURE]).figure(figure).status((Status) found[L_STATUS])
                .unit((ObservationUnit) found[L_UNIT]).base((String) found[L_BASE]).source((String) found[L_SOURCE])
                .quote(r.get(O_QUOTE)).extras(r.extras());
        try {
            return b.build();
        } catch (InvalidValueException e) {
            invalid(r, e);
            return null;
        }
    }

    /**
     * Looks up the cells of {@link #lookups} by their characters, in order, into {@code found}: the
     * value, the column's value for an empty cell, or null after a problem. One loop for them all, so
     * the lookup is compiled once, not once per column.
     */
    private void lookUp(Row r, Object[] found) {
        Lookup[] all = lookups;
        for (int k = 0; k < all.length; k++) {
            Lookup l = all[k];
            CharSequence chars = r.text(l.column);
            Object v;
            if (chars == null) {
                v = l.empty;
                if (l.required) {
                    r.problem(l.name, "empty, but a value is required");
                }
            } else if (l.lastText != null && chars instanceof CharSlice && ((CharSlice) chars).contentEquals(l.lastText)) {
                v = l.lastValue; // the cell of the row before: rows come grouped by subject, metric, unit
            } else {
                v = l.cache.get(chars);
                if (v == null) {
                    v = firstSeen(r, l);
                }
                if (v != null && chars instanceof CharSlice) {
                    l.lastText = l.cache.lastKey();
                    l.lastValue = v;
                }
            }
            found[k] = v;
        }
    }

    /** Reads a cell whose text was not seen before (or no longer fits the cache); null after a problem. */
    private static Object firstSeen(Row r, Lookup l) {
        String text = r.get(l.column);
        Object v = l.reading.read(r, text);
        return v == null ? null : l.cache.put(text, v);
    }

    /** Reads the text of a cell the first time it is seen: the value, or null after reporting a problem. */
    private interface Reading {
        Object read(Row r, String text);
    }

    /**
     * A column of the observations found by its text in a cache: its schema index and name, its value
     * when empty (a default, or null), whether an empty cell is a problem, and how a new text is read.
     */
    private static final class Lookup {
        final int column;
        final String name;
        final Object empty;
        final boolean required;
        final TextCache<Object> cache;
        final Reading reading;
        /** The text and value of the column's last cell found (null before): a cell repeats the row before's more often than not. */
        String lastText;
        Object lastValue;

        @SuppressWarnings("unchecked")
        Lookup(int column, String name, Object empty, boolean required, TextCache<?> cache, Reading reading) {
            this.column = column;
            this.name = name;
            this.empty = empty;
            this.required = required;
            this.cache = (TextCache<Object>) cache;
            this.reading = reading;
        }
    }

    /** The looked-up columns, in the order their problems are reported. */
    private Lookup[] lookups() {
        Lookup[] all = new Lookup[L_COUNT];
        all[L_SUBJECT] = new Lookup(O_SUBJECT, "subject", null, false, subjects, parsed("subject", "a subject", SubjectRef::parse));
        all[L_METRIC] = new Lookup(O_METRIC, "metric", null, true, strings, (r, text) -> text);
        all[L_PERIOD] = new Lookup(O_PERIOD, "period", null, false, periods, parsed("period", "a period", ReportingPeriod::parse));
        all[L_MEASURE] = new Lookup(O_MEASURE, "measure", Measure.LEVEL, false, measures, enumParsed("measure", MEASURE_IDS, Measure::parse));
        all[L_UNIT] = new Lookup(O_UNIT, "unit", null, false, units, parsed("unit", "a unit", ObservationUnit::parse));
        all[L_STATUS] = new Lookup(O_STATUS, "status", Status.ACTUAL, false, statuses, enumParsed("status", STATUS_IDS, Status::parse));
        // the texts of observations that repeat (metric, base, source): one String for each distinct text
        all[L_BASE] = new Lookup(O_BASE, "base", null, false, strings, (r, text) -> text);
        all[L_SOURCE] = new Lookup(O_SOURCE, "source", null, false, strings, (r, text) -> text);
        return all;
    }

    /** A cell read by a parser: {@code "2024-13" is not a period: ...} if it rejects the text. */
    private static Reading parsed(String name, String noun, Function<String, ?> parse) {
        return (r, text) -> {
            try {
                return parse.apply(text);
            } catch (FigureParseException e) {
                problem(r, name, text, noun, e);
                return null;
            }
        };
    }

    /** Reads a cell of one of a few words ({@code ids}); an unknown word is a problem with the nearest word as a suggestion. */
    private static Reading enumParsed(String name, List<String> ids, Function<String, ?> parse) {
        return (r, text) -> {
            try {
                return parse.apply(text);
            } catch (FigureParseException e) {
                enumProblem(r, name, name, text, ids, e);
                return null;
            }
        };
    }

    /** {@code unknown status "targt" (did you mean "target"?)}, or the parser's own message. */
    private static void enumProblem(Row r, String column, String what, String text, List<String> ids, FigureParseException e) {
        Suggestion near = Text.nearest(text.strip(), ids).orElse(null);
        if (near != null) {
            r.problem(column, "unknown " + what + " " + Text.quote(text), near);
        } else {
            problem(r, column, text, "a " + what, e);
        }
    }

    private ReportedFigure figure(Row r) {
        // read from the cell's characters: a String of the value is made only for a message
        CharSequence value = r.text(O_VALUE);
        if (value == null) {
            r.problem("value", "empty, but a value is required");
        }
        Qualifier qualifier = Qualifier.EXACT;
        CharSequence qualifierChars = r.text(O_QUALIFIER);
        if (qualifierChars != null) {
            qualifier = qualifiers.get(qualifierChars);
            if (qualifier == null) {
                String qualifierText = r.get(O_QUALIFIER);
                try {
                    qualifier = qualifiers.put(qualifierText, Qualifier.parse(qualifierText));
                } catch (FigureParseException e) {
                    enumProblem(r, "qualifier", "qualifier", qualifierText, QUALIFIER_WORDS, e);
                }
            }
        }
        Integer precision = precision(r);
        if (value == null || qualifier == null) {
            return null;
        }
        boolean range = isRange(value);
        if (range && qualifier != Qualifier.EXACT && qualifier != Qualifier.RANGE) {
            r.problem("qualifier", Text.quote(r.get(O_QUALIFIER)) + " does not go with the range " + Text.quote(r.get(O_VALUE))
                    + ": a range LOW..HIGH takes no qualifier");
            return null;
        }
        if (!range && qualifier == Qualifier.RANGE) {
            r.problem("qualifier", Text.quote(r.get(O_QUALIFIER)) + " needs a value LOW..HIGH, found " + Text.quote(r.get(O_VALUE)));
            return null;
        }
        ReportedFigure figure;
        try {
            figure = ReportedFigure.of(value, 0, value.length(), qualifier);
        } catch (FigureParseException e) {
            String text = r.get(O_VALUE);
            if (text.indexOf(',') >= 0) {
                r.problem("value", Text.quote(text) + " is not a number (use '.' for decimals and no group separators)");
            } else {
                problem(r, "value", text, range ? "a range" : "a number", e);
            }
            return null;
        }
        if (precision == null) {
            return figure;
        }
        try {
            return figure.withPrecision(precision);
        } catch (InvalidValueException e) {
            r.problem("precision", e.problem());
            return null;
        }
    }

    /** Whether a value is a range: it has {@code ..} in it. */
    private static boolean isRange(CharSequence value) {
        for (int i = 1; i < value.length(); i++) {
            if (value.charAt(i) == '.' && value.charAt(i - 1) == '.') {
                return true;
            }
        }
        return false;
    }

    private static Integer precision(Row r) {
        CharSequence text = r.text(O_PRECISION);
        if (text == null) {
            return null;
        }
        int n = text.length();
        char sign = text.charAt(0);
        int i = sign == '-' || sign == '+' ? 1 : 0;
        boolean ok = n > i && n - i <= 9;
        int value = 0;
        for (int j = i; ok && j < n; j++) {
            char c = text.charAt(j);
            ok = c >= '0' && c <= '9';
            value = value * 10 + (c - '0'); // at most 9 digits: no overflow
        }
        if (!ok) {
            r.problem("precision", Text.quote(r.get(O_PRECISION)) + " is not a precision: expected a whole number of"
                    + " decimal places, such as 1, or -3 for thousands");
            return null;
        }
        return sign == '-' ? -value : value;
    }

    /**
     * Binds a row of the subjects table.
     *
     * @return the subject, or null after reporting a problem
     */
    public Subject subject(Row r) {
        String id = required(r, 0, "id");
        if (id == null) {
            return null;
        }
        Subject.Builder b = Subject.builder().id(intern(id));
        optional(r, 1, b::name);
        optional(r, 2, v -> b.parent(intern(v)));
        optional(r, 3, v -> b.kind(intern(v)));
        b.putAllExtras(r.extras());
        return build(r, b::build);
    }

    /**
     * Binds a row of the metrics table.
     *
     * @return the metric, or null after reporting a problem
     */
    public Metric metric(Row r) {
        String id = required(r, 0, "id");
        MetricKind kind = null;
        String kindText = r.get(2);
        if (kindText != null) {
            try {
                kind = MetricKind.parse(kindText);
            } catch (FigureParseException e) {
                enumProblem(r, "kind", "metric kind", kindText, KIND_IDS, e);
            }
        }
        ObservationUnit unit = cell(r, 3, "unit", "a unit", units, ObservationUnit::parse);
        if (r.hasProblems()) {
            return null;
        }
        Metric.Builder b = Metric.builder().id(intern(id));
        optional(r, 1, b::name);
        if (kind != null) {
            b.kind(kind);
        }
        if (unit != null) {
            b.unit(unit);
        }
        b.putAllExtras(r.extras());
        return build(r, b::build);
    }

    /**
     * Binds a row of the rates table. Two rows for the same pair and day (or span) must give the
     * same rate; the second of two equal rows is kept (the table is read as written).
     *
     * @return the rate, or null after reporting a problem
     */
    public RateEntry rate(Row r) {
        ReportingPeriod date = rateDate(r);
        Currency base = currency(r, 1, "base");
        Currency quote = currency(r, 2, "quote");
        BigDecimal rate = rateValue(r, 3, "rate");
        if (base != null && quote != null && base.equals(quote)) {
            r.problem("quote", "found " + Text.quote(r.get(2)) + ", expected a currency other than the base "
                    + base.getCurrencyCode());
        }
        if (r.hasProblems()) {
            return null;
        }
        CurrencyPair pair = CurrencyPair.of(base, quote);
        boolean day = date.granularity() == Granularity.DAY && date.isSingle();
        String key = pair + " " + date.firstDay() + " " + date.lastDay() + (day ? "" : " average");
        RateSeen old = rates.get(key);
        if (old != null) {
            if (old.rate.compareTo(rate) != 0) {
                r.problem("rate", "found " + rate.toPlainString() + ", expected " + old.rate.toPlainString() + " as "
                        + old.place.describeFrom(r.origin().input()) + ": one rate per pair and date");
                return null;
            }
        } else {
            rates.put(key, new RateSeen(r.origin(), rate));
        }
        RateEntry.Builder b = RateEntry.builder().date(date).pair(pair).rate(rate);
        optional(r, 4, v -> b.source(intern(v)));
        b.putAllExtras(r.extras());
        return build(r, b::build);
    }

    private ReportingPeriod rateDate(Row r) {
        String cell = r.get(0);
        String expected = "expected a day (2024-06-26), a month (2024-05) or a year (2024)";
        if (cell == null) {
            r.problem("date", "found nothing, " + expected);
            return null;
        }
        ReportingPeriod p = periods.get(cell);
        if (p != null) {
            return p;
        }
        try {
            p = ReportingPeriod.parse(cell);
        } catch (FigureParseException e) {
            r.problem("date", "found " + Text.quote(cell) + (CALENDAR_LIKE.matcher(cell).matches()
                    ? ", which is not a date of the calendar, " : ", ") + expected);
            return null;
        }
        return periods.put(cell, p);
    }

    private static Currency currency(Row r, int column, String name) {
        String cell = r.get(column);
        if (cell == null) {
            r.problem(name, "found nothing, expected a currency code such as USD or CNY");
            return null;
        }
        try {
            return Currencies.parse(cell);
        } catch (FigureParseException e) {
            r.problem(name, "found " + Text.quote(cell) + ", expected an ISO 4217 currency code such as USD or CNY",
                    e.suggestion().orElse(null));
            return null;
        }
    }

    /**
     * Reads a rate cell: a decimal number above zero, with messages such as {@code found "7,2666",
     * expected a number with '.' as the decimal point and no group separators, such as 7.2666}.
     *
     * @param r the row, not null
     * @param column the schema index of the cell
     * @param name the name of the column in problems
     * @return the rate, or null after reporting a problem (an empty cell is a problem too)
     */
    public static BigDecimal rateValue(Row r, int column, String name) {
        String cell = r.get(column);
        if (cell == null) {
            r.problem(name, "found nothing, expected a rate such as 7.2666");
            return null;
        }
        BigDecimal rate;
        try {
            rate = DecimalText.parse(cell);
        } catch (FigureParseException e) {
            r.problem(name, "found " + Text.quote(cell) + ", expected a number with '.' as the decimal point"
                    + " and no group separators, such as 7.2666");
            return null;
        }
        if (rate.signum() <= 0) {
            r.problem(name, "found " + Text.quote(cell) + ", expected a rate above zero");
            return null;
        }
        return rate;
    }

    /**
     * Binds a row of the rules table; a rule without an id gets one from its place.
     *
     * @return the rule, or null after reporting a problem
     */
    public Rule rule(Row r) {
        String text = required(r, 1, "rule");
        if (text == null) {
            return null;
        }
        try {
            // a rule is input: read it with the table, so a mistake is a problem at its cell, not a failure of the check
            RuleExpression.parse(text);
        } catch (FigureParseException e) {
            r.problem("rule", "at character " + (e.index() + 1) + " of " + Text.quote(text) + ": " + e.problem(), e.suggestion().orElse(null));
            return null;
        }
        String id = r.get(0);
        Rule.Builder b = Rule.builder().id(id == null ? r.generatedId() : id).rule(text);
        optional(r, 2, b::description);
        optional(r, 3, v -> b.severity(intern(v)));
        b.putAllExtras(r.extras());
        return build(r, b::build);
    }

    /**
     * Binds a row of the sources table.
     *
     * @return the source, or null after reporting a problem
     */
    public Source source(Row r) {
        String id = required(r, 0, "id");
        if (id == null) {
            return null;
        }
        Source.Builder b = Source.builder().id(id);
        optional(r, 1, b::title);
        optional(r, 2, b::publisher);
        optional(r, 3, b::date);
        optional(r, 4, b::url);
        b.putAllExtras(r.extras());
        return build(r, b::build);
    }

    // -----------------------------------------------------------------------------------------
    // cells

    private static String required(Row r, int column, String name) {
        String v = r.get(column);
        if (v == null) {
            r.problem(name, "empty, but a value is required");
        }
        return v;
    }

    private static void optional(Row r, int column, java.util.function.Consumer<String> setter) {
        String v = r.get(column);
        if (v != null) {
            setter.accept(v);
        }
    }

    /** Builds a value; a rule of the model it breaks is a problem of its cell (or of the row). */
    private static <T> T build(Row r, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            invalid(r, e);
            return null;
        }
    }

    /** Reports a rule of the model a row breaks as a problem of its cell, or of the row. */
    private static void invalid(Row r, InvalidValueException e) {
        if (e.field().isPresent()) {
            r.problem(e.field().get(), e.problem());
        } else {
            r.problem(e.problem());
        }
    }

    /** A cell parsed once per distinct text: found by its characters, parsed (from a String) the first time. */
    private <V> V cell(Row r, int column, String name, String noun, TextCache<V> cache, Function<String, V> parse) {
        CharSequence chars = r.text(column);
        if (chars == null) {
            return null;
        }
        V v = cache.get(chars);
        if (v != null) {
            return v;
        }
        String text = r.get(column);
        try {
            v = parse.apply(text);
        } catch (FigureParseException e) {
            problem(r, name, text, noun, e);
            return null;
        }
        return cache.put(text, v);
    }

    /** One instance of each repeated text of the small tables, for a whole dataset. */
    private String intern(String s) {
        if (s == null || !trackIds) {
            return s; // a stream holds no rows: nothing to share
        }
        String old = strings.get(s);
        return old != null ? old : strings.put(s, s);
    }

    /**
     * Reports the problem of a cell the parser rejected: the parser's own words if they quote the
     * cell ({@code unknown unit "GWhh"}), else {@code "2024-13" is not a period: found month 13,
     * expected 01 to 12}; with the parser's suggestion.
     */
    static void problem(Row r, String column, String text, String noun, FigureParseException e) {
        String problem = e.problem();
        if (!problem.contains(Text.quote(text)) && !problem.contains('"' + text.strip() + '"')) {
            problem = Text.quote(text) + " is not " + noun + ": " + problem;
        }
        r.problem(column, problem, e.suggestion().orElse(null));
    }

    // -----------------------------------------------------------------------------------------
    // writing

    /** Returns the cells of an observation in canonical column order; null for a cell not given. */
    public static String[] cells(Observation o) {
        String[] c = new String[OBS.size()];
        c[O_ID] = o.id();
        c[O_SUBJECT] = o.subject().toString();
        c[O_METRIC] = o.metric();
        c[O_PERIOD] = o.period().toString();
        c[O_MEASURE] = o.measure().id();
        ReportedFigure f = o.figure();
        c[O_VALUE] = f.text();
        c[O_UNIT] = o.unit().map(ObservationUnit::toString).orElse(null);
        c[O_BASE] = o.base().orElse(null);
        // a range's qualifier is implied by its value
        c[O_QUALIFIER] = f.qualifier() == Qualifier.EXACT || f.qualifier() == Qualifier.RANGE ? null : f.qualifier().id();
        c[O_PRECISION] = f.explicitPrecision().isPresent() ? Integer.toString(f.explicitPrecision().getAsInt()) : null;
        c[O_STATUS] = o.status().id();
        c[O_SOURCE] = o.source().orElse(null);
        c[O_QUOTE] = o.quote().orElse(null);
        return c;
    }

    /** Returns the cells of a subject in canonical column order. */
    public static String[] cells(Subject s) {
        return new String[] {s.id(), s.name().orElse(null), s.parent().orElse(null), s.kind().orElse(null)};
    }

    /** Returns the cells of a metric in canonical column order. */
    public static String[] cells(Metric m) {
        return new String[] {m.id(), m.name().orElse(null), m.kind().map(MetricKind::id).orElse(null),
            m.unit().map(ObservationUnit::toString).orElse(null)};
    }

    /** Returns the cells of a rate in canonical column order. */
    public static String[] cells(RateEntry r) {
        return new String[] {r.date().toString(), r.pair().base().getCurrencyCode(), r.pair().quote().getCurrencyCode(),
            r.rate().toPlainString(), r.source().orElse(null)};
    }

    /** Returns the cells of a rule in canonical column order. */
    public static String[] cells(Rule r) {
        return new String[] {r.id(), r.rule(), r.description().orElse(null), r.severity().orElse(null)};
    }

    /** Returns the cells of a source in canonical column order. */
    public static String[] cells(Source s) {
        return new String[] {s.id(), s.title().orElse(null), s.publisher().orElse(null), s.date().orElse(null),
            s.url().orElse(null)};
    }

    /** Returns the names of the {@code x_} columns of the observations, in order of first appearance. */
    public static List<String> extraColumns(Iterable<Observation> observations) {
        return extraColumns(observations, Observation::extras);
    }

    /** Returns the names of the {@code x_} columns of the rows of any table, in order of first appearance. */
    public static <T> List<String> extraColumns(Iterable<T> rows, Function<T, Map<String, String>> extras) {
        Set<String> names = new LinkedHashSet<>();
        for (T row : rows) {
            names.addAll(extras.apply(row).keySet());
        }
        return List.copyOf(names);
    }

    /** Returns the {@code x_} cells of a row of any table ({@code Map.of()} for a type without). */
    public static Map<String, String> extras(Object row) {
        if (row instanceof Observation) {
            return ((Observation) row).extras();
        } else if (row instanceof Subject) {
            return ((Subject) row).extras();
        } else if (row instanceof Metric) {
            return ((Metric) row).extras();
        } else if (row instanceof RateEntry) {
            return ((RateEntry) row).extras();
        } else if (row instanceof Rule) {
            return ((Rule) row).extras();
        } else if (row instanceof Source) {
            return ((Source) row).extras();
        }
        return Map.of();
    }

    /** Returns the first and last day as one period where they make one: {@code 2024}, {@code 2024-05}, else a span of days. */
    public static ReportingPeriod span(LocalDate first, LocalDate last) {
        for (Granularity g : Granularity.values()) {
            ReportingPeriod a = ReportingPeriod.containing(g, first);
            ReportingPeriod b = ReportingPeriod.containing(g, last);
            if (a.firstDay().equals(first) && b.lastDay().equals(last)) {
                return a.equals(b) ? a : ReportingPeriod.range(a, b);
            }
        }
        throw new AssertionError("days always tile " + first + ".." + last);
    }
}
