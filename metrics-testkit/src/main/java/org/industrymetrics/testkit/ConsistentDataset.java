package org.industrymetrics.testkit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.industrymetrics.check.CheckSettings;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.money.CurrencyPair;
import org.industrymetrics.money.FxRateTable;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.Metric;
import org.industrymetrics.observation.MetricKind;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.Rule;
import org.industrymetrics.observation.Subject;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.period.ReportingPeriod;

/**
 * A dataset made as a report is made: exact values first (monthly output of three plants A, B, C
 * and their whole W, which has a remainder of its own, over three years; capacities under a rule;
 * an amount in yuan and in dollars), then every figure rounded to 0 to 3 decimals and sometimes
 * qualified ({@code about}, or {@code over} a value rounded down) exactly as a report prints it.
 * Yearly totals, month sums, shares, growths, a multiple, percentage points, a contribution, a
 * union {@code A+B}, a second source in another unit and a rule are all there, so every check of
 * the library has relations to test.
 * <p>
 * Two laws of any consistency check follow, and are what a user's pipeline around the checks can
 * be tested with: <b>soundness</b>, {@link #dataset()} checked with {@link #settings()} has no
 * inconsistency; and <b>completeness</b>, a dataset {@link #perturb perturbed} by moving one
 * figure far out of its interval has an inconsistency naming that figure.
 * <p>
 * Made from a seed by {@link #generate(long)}, or by {@link MetricsArbitraries#consistentDatasets()}.
 * Immutable.
 */
public final class ConsistentDataset {

    private static final MathContext MC = new MathContext(50, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The dated USD/CNY rate the yuan and dollar amounts agree under. */
    private static final BigDecimal RATE = new BigDecimal("7.2666");
    private static final String RATE_DAY = "2024-06-26";
    private static final String[] CHILDREN = {"A", "B", "C"};
    private static final int[] YEARS = {2021, 2022, 2023};

    private final long seed;
    private final Dataset dataset;
    private final Map<String, BigDecimal> exact;
    private final List<String> perturbable;

    private ConsistentDataset(long seed, Dataset dataset, Map<String, BigDecimal> exact, List<String> perturbable) {
        this.seed = seed;
        this.dataset = dataset;
        this.exact = Collections.unmodifiableMap(exact);
        this.perturbable = List.copyOf(perturbable);
    }

    /**
     * Makes the consistent dataset of a seed; the same seed gives the same dataset.
     *
     * @param seed the seed
     * @return the dataset with its exact values
     */
    public static ConsistentDataset generate(long seed) {
        return new Maker(seed).make();
    }

    /** {@return the seed this dataset was made from} */
    public long seed() {
        return seed;
    }

    /** {@return the dataset: rounded and qualified figures, subjects, metrics and a rule} */
    public Dataset dataset() {
        return dataset;
    }

    /**
     * Returns the settings to check it with: the defaults and the USD/CNY rate of 2024-06-26 its
     * yuan and dollar amounts agree under.
     *
     * @return the settings
     */
    public CheckSettings settings() {
        return CheckSettings.builder().addRates(FxRateTable.builder()
                .add(LocalDate.parse(RATE_DAY), CurrencyPair.parse("USD/CNY"), RATE, "testkit").build()).build();
    }

    /**
     * Returns the exact value an observation's figure was rounded from.
     *
     * @param observationId the id of an observation of {@link #dataset()}
     * @return the exact value, in the observation's unit
     * @throws IllegalArgumentException if there is no such observation
     */
    public BigDecimal exactValue(String observationId) {
        BigDecimal v = exact.get(observationId);
        if (v == null) {
            throw new IllegalArgumentException("no observation \"" + observationId + "\" in " + this);
        }
        return v;
    }

    /**
     * Returns the ids of the observations whose move some check detects: levels of the children
     * and the whole, the union, shares of the whole and growths.
     *
     * @return the ids, in the dataset's order
     */
    public List<String> perturbable() {
        return perturbable;
    }

    /**
     * Returns the dataset with one figure moved far out of its interval, beyond what the
     * qualifiers of the figures related to it allow: a level to {@code 3 v + 10000}, a share
     * 30 points up (down if that passes 100), a growth 40 points up. The qualifier is kept (a
     * range becomes exact).
     *
     * @param observationId one of {@link #perturbable()}
     * @return the perturbed dataset, naming the figure moved
     * @throws IllegalArgumentException if {@code observationId} is not perturbable
     */
    public Perturbation perturb(String observationId) {
        if (!perturbable.contains(observationId)) {
            throw new IllegalArgumentException("\"" + observationId + "\" is not one of the perturbable observations of "
                    + this + ": " + perturbable);
        }
        List<Observation> os = new ArrayList<>(dataset.observations());
        for (int i = 0; i < os.size(); i++) {
            Observation o = os.get(i);
            if (o.id().equals(observationId)) {
                ReportedFigure moved = ReportedFigure.of(moved(o).toPlainString(),
                        o.figure().qualifier() == Qualifier.RANGE ? Qualifier.EXACT : o.figure().qualifier());
                os.set(i, Observation.builder().from(o).figure(moved).build());
                return new Perturbation(rebuild(os), observationId, o.figure(), moved);
            }
        }
        throw new AssertionError(observationId);
    }

    private static BigDecimal moved(Observation o) {
        BigDecimal v = o.figure().value();
        switch (o.measure()) {
            case SHARE:
                BigDecimal up = v.add(BigDecimal.valueOf(30));
                return up.compareTo(HUNDRED) <= 0 ? up : v.subtract(BigDecimal.valueOf(30));
            case GROWTH:
                return v.add(BigDecimal.valueOf(40));
            default:
                // far beyond what the qualifiers of the other figures allow (the largest whole year is below 4300 GWh)
                return v.multiply(BigDecimal.valueOf(3)).add(BigDecimal.valueOf(10_000));
        }
    }

    /**
     * A consistent dataset with one figure moved out of its interval.
     *
     * @param dataset the dataset with the figure moved
     * @param observationId the id of the observation moved
     * @param from its figure before
     * @param to its figure after
     */
    public record Perturbation(Dataset dataset, String observationId, ReportedFigure from, ReportedFigure to) {

        /** Returns {@code o12 moved from 88.9 to 10266.7}. */
        @Override
        public String toString() {
            return observationId + " moved from " + from + " to " + to;
        }
    }

    /** Returns {@code consistent dataset (seed N, K observations)}. */
    @Override
    public String toString() {
        return "consistent dataset (seed " + seed + ", " + dataset.observations().size() + " observations)";
    }

    private static Dataset rebuild(List<Observation> observations) {
        Dataset.Builder b = Dataset.builder().name("consistent").addObservations(observations)
                .addSubject(Subject.of("W", null))
                .addMetric(Metric.builder().id("out").kind(MetricKind.FLOW).build())
                .addMetric(Metric.builder().id("cap.total").kind(MetricKind.STOCK).build())
                .addRule(Rule.builder().id("cap-split").rule("cap.total = cap.x + cap.y").build());
        for (String c : CHILDREN) {
            b.addSubject(Subject.of(c, "W"));
        }
        return b.build();
    }

    /** Makes one dataset from one seed. */
    private static final class Maker {
        private final long seed;
        private final Random random;
        private final List<Observation> observations = new ArrayList<>();
        private final Map<String, BigDecimal> exact = new LinkedHashMap<>();
        private final List<String> perturbable = new ArrayList<>();

        Maker(long seed) {
            this.seed = seed;
            this.random = new Random(seed);
        }

        int precision(int from, int to) {
            return from + random.nextInt(to - from + 1);
        }

        BigDecimal value(int low, int high) {
            long units = (long) low * 1_000_000 + (long) (random.nextDouble() * (high - low) * 1_000_000);
            return BigDecimal.valueOf(units, 6);
        }

        /** A rounded figure of an exact value; sometimes with "about", or "over" a value rounded down. */
        ReportedFigure figure(BigDecimal value, int precision, boolean qualifiers) {
            int pick = qualifiers ? random.nextInt(6) : 0;
            if (pick == 1) {
                return ReportedFigure.of(value.setScale(precision, RoundingMode.HALF_UP).toPlainString(), Qualifier.ABOUT);
            }
            BigDecimal down = value.setScale(precision, RoundingMode.FLOOR);
            // "over v" stands for (v, v·1.1 + h]: only where the exact value lies in it
            BigDecimal overHigh = down.multiply(new BigDecimal("1.10")).add(new BigDecimal("0.5").movePointLeft(precision));
            if (pick == 2 && down.compareTo(value) != 0 && down.signum() > 0 && value.compareTo(overHigh) <= 0) {
                return ReportedFigure.of(down.toPlainString(), Qualifier.OVER);
            }
            return ReportedFigure.rounded(value, precision);
        }

        void add(Observation.Builder b, BigDecimal value, boolean movable) {
            Observation o = b.build();
            if (movable) {
                perturbable.add(o.id());
            }
            exact.put(o.id(), value);
            observations.add(o);
        }

        Observation.Builder obs(String id, String subject, String metric, String period) {
            return Observation.builder().id(id).subject(SubjectRef.parse(subject)).metric(metric).period(ReportingPeriod.parse(period));
        }

        void level(String id, String subject, String metric, String period, BigDecimal value, String unit, boolean movable) {
            add(obs(id, subject, metric, period).figure(figure(value, precision(0, 3), true)).unit(ObservationUnit.parse(unit)),
                    value, movable);
        }

        void relative(String id, String subject, String metric, String period, Measure measure, BigDecimal value, String base,
                boolean movable) {
            Observation.Builder b = obs(id, subject, metric, period).measure(measure).figure(figure(value, precision(0, 2), false));
            if (base != null) {
                b.base(base);
            }
            add(b, value, movable);
        }

        ConsistentDataset make() {
            // exact monthly flows of the children; the whole has a remainder of its own each month
            BigDecimal[][][] months = new BigDecimal[CHILDREN.length + 1][YEARS.length][12];
            BigDecimal[][] years = new BigDecimal[CHILDREN.length + 1][YEARS.length];
            for (int y = 0; y < YEARS.length; y++) {
                for (int m = 0; m < 12; m++) {
                    BigDecimal whole = BigDecimal.ZERO;
                    for (int c = 0; c < CHILDREN.length; c++) {
                        months[c][y][m] = value(10, 100);
                        whole = whole.add(months[c][y][m]);
                    }
                    months[CHILDREN.length][y][m] = whole.add(value(0, 50));
                }
                for (int s = 0; s <= CHILDREN.length; s++) {
                    BigDecimal total = BigDecimal.ZERO;
                    for (int m = 0; m < 12; m++) {
                        total = total.add(months[s][y][m]);
                    }
                    years[s][y] = total;
                }
            }
            String[] subjects = {"A", "B", "C", "W"};
            for (int s = 0; s < subjects.length; s++) {
                for (int y = 0; y < YEARS.length; y++) {
                    String year = Integer.toString(YEARS[y]);
                    level(subjects[s] + "-" + year, subjects[s], "out", year, years[s][y], "GWh", true);
                    for (int m = 0; m < 12; m++) {
                        String month = String.format(Locale.ROOT, "%d-%02d", YEARS[y], m + 1);
                        level(subjects[s] + "-" + month, subjects[s], "out", month, months[s][y][m], "GWh", true);
                    }
                }
            }
            // a second source for one figure, in another unit and precision
            BigDecimal mwh = years[0][2].multiply(BigDecimal.valueOf(1000));
            add(obs("A-2023-again", "A", "out", "2023").figure(ReportedFigure.rounded(mwh, precision(-2, 1)))
                    .unit(ObservationUnit.parse("MWh")), mwh, false);
            // the union of two children
            level("AB-2023", "A+B", "out", "2023", years[0][2].add(years[1][2]), "GWh", true);
            // shares of the whole, growths, a multiple, percentage points and a contribution
            BigDecimal[][] shares = new BigDecimal[CHILDREN.length][YEARS.length];
            BigDecimal[][] growths = new BigDecimal[subjects.length][YEARS.length];
            for (int y = 0; y < YEARS.length; y++) {
                String year = Integer.toString(YEARS[y]);
                for (int c = 0; c < CHILDREN.length; c++) {
                    shares[c][y] = years[c][y].multiply(HUNDRED).divide(years[3][y], MC);
                    relative(CHILDREN[c] + "-share-" + year, CHILDREN[c], "out", year, Measure.SHARE, shares[c][y], "W", true);
                }
                if (y > 0) {
                    for (int s = 0; s < subjects.length; s++) {
                        growths[s][y] = years[s][y].divide(years[s][y - 1], MC).subtract(BigDecimal.ONE).multiply(HUNDRED);
                        relative(subjects[s] + "-growth-" + year, subjects[s], "out", year, Measure.GROWTH, growths[s][y], null, true);
                    }
                }
            }
            relative("AB-share-2023", "A+B", "out", "2023", Measure.SHARE,
                    years[0][2].add(years[1][2]).multiply(HUNDRED).divide(years[3][2], MC), "W", false);
            relative("W-multiple-2023", "W", "out", "2023", Measure.MULTIPLE, years[3][2].divide(years[3][0], MC), "2021", false);
            for (int s = 0; s < subjects.length; s++) {
                relative(subjects[s] + "-growth-pp-2023", subjects[s], "out", "2023", Measure.GROWTH_PP,
                        growths[s][2].subtract(growths[s][1]), null, false);
            }
            relative("A-share-pp-2023", "A", "out", "2023", Measure.SHARE_PP, shares[0][2].subtract(shares[0][1]), null, false);
            relative("A-contribution-2023", "A", "out", "2023", Measure.CONTRIBUTION,
                    years[0][2].subtract(years[0][1]).multiply(HUNDRED).divide(years[3][2].subtract(years[3][1]), MC), "W", false);
            // a rule between capacities, and an amount given in yuan and in dollars
            for (String c : CHILDREN) {
                BigDecimal x = value(1000, 5000);
                BigDecimal y = value(1000, 5000);
                level(c + "-cap-x", c, "cap.x", "2025", x, "t/a", false);
                level(c + "-cap-y", c, "cap.y", "2025", y, "t/a", false);
                level(c + "-cap-total", c, "cap.total", "2025", x.add(y), "t/a", false);
            }
            BigDecimal yuan = value(1, 100);
            level("A-value-cny", "A", "value", RATE_DAY, yuan, "billion CNY", false);
            level("A-value-usd", "A", "value", RATE_DAY, yuan.divide(RATE, MC), "billion USD", false);
            return new ConsistentDataset(seed, rebuild(observations), exact, perturbable);
        }
    }
}
