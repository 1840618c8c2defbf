package org.industrymetrics.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.money.CurrencyPair;
import org.industrymetrics.observation.Dataset;
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
 * Random valid datasets, the whole format: every measure, qualifier and status, explicit
 * precisions, ranges, extras, units of every kind, periods of every granularity and ranges of
 * them, and text with commas, quotes, line breaks, formula starts and non-ASCII characters in
 * every free-text cell.
 */
final class RandomDatasets {

    /** The most observations a dataset has. */
    public static final int MAX_OBSERVATIONS = 11;

    private static final String[] UNITS = {"GWh", "GWh/a", "MW", "Ah", "t/a", "kt", "m2", "mu", "km2", "1", "enterprises",
        "billion CNY", "million USD", "CNY", "yi CNY", "wan t", "%", "pp", "x", "thousand EUR", "hundred million CNY"};
    private static final String[] SUBJECT_IDS = {"CN", "CN-SC", "CN-CQ", "CN-SC.Yibin", "CALB", "CALB.Chengdu",
        "CALB.Chengdu.Phase1", "BYD", "FinDreams.Bishan", "EVE", "x_1", "A-B_c.d"};
    private static final String[] EXTRAS = {"x_note", "x_page", "x_checked_by"};
    private static final String[] CURRENCY_PAIRS = {"USD/CNY", "EUR/USD", "CNY/JPY", "GBP/USD"};
    /** Characters that test quoting, the formula guard, line ends and encodings. */
    /** Rules as people write them: any spacing, any relation (a rule must be one to be read). */
    private static final String[] RULES = {"a.b = c.d + e", "a.b>=c.d-e_2.f", " -a.b  <=  c.d ", "a.b\t==\tc.d\n+ x1"};
    /** Text: what matters to CSV and spreadsheets, and Unicode beyond the basic plane, combining marks, invisible and line-separating characters. */
    private static final String ALPHABET = "abcXYZ019 ,\"'\n\r\t=+-@.;/#%()年亿元é—😀𝔘\u0301\u200B\u2028\uFEFF\u0000ﬁ\\";

    private RandomDatasets() {
    }

    /**
     * Returns random valid datasets of up to {@code maxObservations} observations; the count shrinks.
     *
     * @param maxObservations the most observations
     * @return the datasets
     */
    public static Arbitrary<Dataset> datasets(int maxObservations) {
        return Arbitraries.integers().between(0, maxObservations)
                .flatMap(n -> Arbitraries.randomValue(r -> dataset(r, n)));
    }

    /**
     * Returns a random valid dataset of {@code nObservations} observations.
     *
     * @param r the source of randomness
     * @param nObservations the number of observations
     * @return the dataset
     */
    public static Dataset dataset(Random r, int nObservations) {
        Dataset.Builder b = Dataset.builder().name("random");
        List<String> subjects = new ArrayList<>();
        int nSubjects = r.nextInt(6);
        for (int i = 0; i < nSubjects; i++) {
            String id = pick(r, SUBJECT_IDS) + (i == 0 ? "" : "." + i);
            Subject.Builder s = Subject.builder().id(id);
            if (!subjects.isEmpty() && r.nextBoolean()) {
                s.parent(subjects.get(r.nextInt(subjects.size())));
            }
            maybe(r, () -> s.name(text(r)));
            maybe(r, () -> s.kind(pick(r, new String[] {"country", "province", "company", "plant", "project group"})));
            maybe(r, () -> s.putExtras(pick(r, EXTRAS), text(r)));
            subjects.add(id);
            b.addSubject(s.build());
        }
        List<String> extrasUsed = List.of(EXTRAS);
        for (int i = 0; i < nObservations; i++) {
            b.addObservation(observation(r, i, subjects, extrasUsed));
        }
        int nMetrics = r.nextInt(4);
        for (int i = 0; i < nMetrics; i++) {
            // ids other than the observations' metrics, so a metric's unit never conflicts with a level's
            Metric.Builder m = Metric.builder().id("table.metric_" + i);
            maybe(r, () -> m.name(text(r)));
            if (r.nextBoolean()) {
                m.kind(r.nextBoolean() ? MetricKind.FLOW : MetricKind.STOCK);
            }
            if (r.nextBoolean()) {
                m.unit(ObservationUnit.parse(pick(r, UNITS)));
            }
            maybe(r, () -> m.putExtras(pick(r, EXTRAS), text(r)));
            b.addMetric(m.build());
        }
        Set<String> rateKeys = new HashSet<>();
        int nRates = r.nextInt(5);
        for (int i = 0; i < nRates; i++) {
            ReportingPeriod date = r.nextBoolean() ? ReportingPeriod.ofDay(LocalDate.of(2020 + r.nextInt(5), 1 + r.nextInt(12), 1 + r.nextInt(28)))
                    : r.nextBoolean() ? ReportingPeriod.ofMonth(2020 + r.nextInt(5), 1 + r.nextInt(12))
                    : ReportingPeriod.ofYear(2020 + r.nextInt(5));
            CurrencyPair pair = CurrencyPair.parse(pick(r, CURRENCY_PAIRS));
            if (!rateKeys.add(pair + " " + date)) {
                continue;
            }
            RateEntry.Builder e = RateEntry.builder().date(date).pair(pair)
                    .rate(BigDecimal.valueOf(1 + r.nextInt(1_000_000), r.nextInt(7)));
            maybe(r, () -> e.source(text(r)));
            maybe(r, () -> e.putExtras(pick(r, EXTRAS), text(r)));
            b.addRate(e.build());
        }
        int nRules = r.nextInt(3);
        for (int i = 0; i < nRules; i++) {
            Rule.Builder rule = Rule.builder().id("rule-" + i).rule(RULES[r.nextInt(RULES.length)]);
            maybe(r, () -> rule.description(text(r)));
            maybe(r, () -> rule.severity(r.nextBoolean() ? "error" : "warning"));
            maybe(r, () -> rule.putExtras(pick(r, EXTRAS), text(r)));
            b.addRule(rule.build());
        }
        int nSources = r.nextInt(3);
        for (int i = 0; i < nSources; i++) {
            Source.Builder s = Source.builder().id(text(r) + "#" + i);
            maybe(r, () -> s.title(text(r)));
            maybe(r, () -> s.publisher(text(r)));
            maybe(r, () -> s.date("2024-06-2" + r.nextInt(10)));
            maybe(r, () -> s.url("https://example.org/" + r.nextInt(100) + "?a=1,b=\"2\""));
            maybe(r, () -> s.putExtras(pick(r, EXTRAS), text(r)));
            b.addSource(s.build());
        }
        return b.build();
    }

    private static Observation observation(Random r, int i, List<String> subjects, List<String> extras) {
        Measure measure = pick(r, Measure.values());
        ReportingPeriod period = period(r);
        Observation.Builder o = Observation.builder()
                .id((r.nextInt(3) == 0 ? text(r) : "obs") + "#" + i)
                .subject(subject(r, subjects))
                .metric(pick(r, new String[] {"power_battery.output", "battery.capacity", "output_value", "nev.output"}))
                .period(period)
                .figure(figure(r, measure));
        if (measure != Measure.LEVEL || r.nextInt(3) > 0) {
            o.measure(measure); // a level is written "level" whether or not it was set
        }
        if (measure == Measure.LEVEL) {
            o.unit(ObservationUnit.parse(pick(r, UNITS)));
        } else if (r.nextBoolean()) {
            o.unit(ObservationUnit.parse(measure.impliedUnit()));
        }
        if (measure.baseIsSubject()) {
            o.base(subject(r, subjects).toString());
        } else if (measure.baseIsPeriod() && r.nextBoolean()) {
            o.base(period.minusYears(1 + r.nextInt(3)).toString());
        }
        if (r.nextInt(3) > 0) {
            o.status(pick(r, Status.values()));
        }
        maybe(r, () -> o.source(r.nextBoolean() ? "ichongqing-2024-06-26" : text(r)));
        maybe(r, () -> o.quote(text(r)));
        for (String x : extras) {
            if (r.nextInt(4) == 0) {
                o.putExtras(x, text(r));
            }
        }
        return o.build();
    }

    private static SubjectRef subject(Random r, List<String> subjects) {
        List<String> pool = new ArrayList<>(subjects);
        pool.add(pick(r, SUBJECT_IDS));
        if (r.nextInt(4) == 0) {
            String a = pick(r, SUBJECT_IDS);
            String c = pick(r, SUBJECT_IDS);
            return a.equals(c) ? SubjectRef.of(a) : SubjectRef.union(List.of(a, c));
        }
        return SubjectRef.of(pool.get(r.nextInt(pool.size())));
    }

    private static ReportingPeriod period(Random r) {
        Granularity g = pick(r, Granularity.values());
        LocalDate day = LocalDate.of(2015 + r.nextInt(10), 1 + r.nextInt(12), 1 + r.nextInt(28));
        ReportingPeriod first = ReportingPeriod.containing(g, day);
        if (r.nextInt(4) > 0) {
            return first;
        }
        ReportingPeriod last = ReportingPeriod.containing(g, day.plusDays(1 + r.nextInt(400)));
        return first.equals(last) ? first : ReportingPeriod.range(first, last);
    }

    private static ReportedFigure figure(Random r, Measure measure) {
        boolean range = r.nextInt(5) == 0;
        int scale = r.nextInt(4);
        BigDecimal low;
        BigDecimal high;
        switch (measure) {
            case SHARE:
                low = BigDecimal.valueOf(r.nextInt(5000), 2).setScale(scale, java.math.RoundingMode.DOWN);
                high = low.add(BigDecimal.valueOf(r.nextInt(2000), 2)).min(BigDecimal.valueOf(100)).setScale(scale, java.math.RoundingMode.DOWN);
                break;
            case GROWTH:
                low = BigDecimal.valueOf(r.nextInt(30000) - 9999, 2).setScale(scale, java.math.RoundingMode.DOWN);
                high = low.add(BigDecimal.valueOf(r.nextInt(3000), 1));
                break;
            case MULTIPLE:
                low = BigDecimal.valueOf(r.nextInt(1000), 1).setScale(scale, java.math.RoundingMode.DOWN);
                high = low.add(BigDecimal.valueOf(r.nextInt(100), 1));
                break;
            default:
                low = BigDecimal.valueOf(r.nextLong() % 10_000_000L, scale);
                high = low.add(BigDecimal.valueOf(r.nextInt(100_000), scale));
                break;
        }
        ReportedFigure f;
        if (range) {
            f = ReportedFigure.of(low.toPlainString() + ".." + high.toPlainString(), r.nextBoolean() ? Qualifier.RANGE : Qualifier.EXACT);
        } else {
            Qualifier q = pick(r, new Qualifier[] {Qualifier.EXACT, Qualifier.ABOUT, Qualifier.OVER, Qualifier.AT_LEAST,
                Qualifier.NEARLY, Qualifier.UNDER, Qualifier.AT_MOST});
            String text = low.toPlainString();
            if (r.nextInt(10) == 0 && low.signum() > 0) {
                text = "+" + text; // a sign as printed is kept
            }
            f = ReportedFigure.of(text, q);
        }
        return r.nextInt(4) == 0 ? f.withPrecision(r.nextInt(9) - 4) : f;
    }

    /** Non-empty text from an alphabet that tests quoting, the formula guard, line ends and encodings. */
    public static String text(Random r) {
        int n = 1 + r.nextInt(12);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0, r.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
        }
        return sb.toString();
    }

    private static void maybe(Random r, Runnable action) {
        if (r.nextBoolean()) {
            action.run();
        }
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
