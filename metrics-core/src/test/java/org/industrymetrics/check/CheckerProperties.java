package org.industrymetrics.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.figure.ReportedFigure;
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
 * Datasets made from exact values and then rounded, as a report rounds them, are consistent: no
 * check finds an inconsistency. Moving one figure far from its value makes some check find one,
 * naming that figure.
 */
class CheckerProperties {

    private static final MathContext MC = new MathContext(50, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal RATE = new BigDecimal("7.2666");
    private static final String[] CHILDREN = {"A", "B", "C"};
    private static final int[] YEARS = {2021, 2022, 2023};

    /** A generated dataset, with the ids of the figures a property may move and how to move each. */
    static final class World {
        final List<Observation> observations = new ArrayList<>();
        final List<Integer> movable = new ArrayList<>();
        final Random random;
        final long seed;

        World(long seed) {
            this.seed = seed;
            this.random = new Random(seed);
        }

        Dataset dataset() {
            Dataset.Builder b = Dataset.builder().name("seed " + seed).addObservations(observations)
                    .addSubject(Subject.of("W", null))
                    .addMetric(Metric.builder().id("out").kind(MetricKind.FLOW).build())
                    .addMetric(Metric.builder().id("cap.total").kind(MetricKind.STOCK).build())
                    .addRule(Rule.builder().id("cap-split").rule("cap.total = cap.x + cap.y").build());
            for (String c : CHILDREN) {
                b.addSubject(Subject.of(c, "W"));
            }
            return b.build();
        }

        int precision(int from, int to) {
            return from + random.nextInt(to - from + 1);
        }

        /** A rounded figure of an exact value; sometimes with "about", or "over" a value rounded down. */
        ReportedFigure figure(BigDecimal exact, int precision, boolean qualifiers) {
            int pick = qualifiers ? random.nextInt(6) : 0;
            if (pick == 1) {
                return ReportedFigure.of(exact.setScale(precision, RoundingMode.HALF_UP).toPlainString(), Qualifier.ABOUT);
            }
            BigDecimal down = exact.setScale(precision, RoundingMode.FLOOR);
            // "over v" stands for (v, v·1.1 + h]: only where the exact value lies in it
            BigDecimal overHigh = down.multiply(new BigDecimal("1.10")).add(new BigDecimal("0.5").movePointLeft(precision));
            if (pick == 2 && down.compareTo(exact) != 0 && down.signum() > 0 && exact.compareTo(overHigh) <= 0) {
                return ReportedFigure.of(down.toPlainString(), Qualifier.OVER);
            }
            return ReportedFigure.rounded(exact, precision);
        }

        Observation add(Observation.Builder b, boolean movable) {
            Observation o = b.build();
            if (movable) {
                this.movable.add(observations.size());
            }
            observations.add(o);
            return o;
        }

        Observation.Builder obs(String id, String subject, String metric, String period) {
            return Observation.builder().id(id).subject(SubjectRef.parse(subject)).metric(metric).period(ReportingPeriod.parse(period));
        }

        void level(String id, String subject, String metric, String period, BigDecimal exact, String unit, boolean movable) {
            add(obs(id, subject, metric, period).figure(figure(exact, precision(0, 3), true)).unit(ObservationUnit.parse(unit)), movable);
        }

        void relative(String id, String subject, String metric, String period, Measure measure, BigDecimal exact, String base,
                boolean movable) {
            Observation.Builder b = obs(id, subject, metric, period).measure(measure).figure(figure(exact, precision(0, 2), false));
            if (base != null) {
                b.base(base);
            }
            add(b, movable);
        }

        BigDecimal value(int low, int high) {
            long units = (long) low * 1_000_000 + (long) (random.nextDouble() * (high - low) * 1_000_000);
            return BigDecimal.valueOf(units, 6);
        }
    }

    static World generate(long seed) {
        World w = new World(seed);
        // exact monthly flows of the children; the whole has a remainder of its own each month
        BigDecimal[][][] months = new BigDecimal[CHILDREN.length + 1][YEARS.length][12];
        BigDecimal[][] years = new BigDecimal[CHILDREN.length + 1][YEARS.length];
        for (int y = 0; y < YEARS.length; y++) {
            for (int m = 0; m < 12; m++) {
                BigDecimal whole = BigDecimal.ZERO;
                for (int c = 0; c < CHILDREN.length; c++) {
                    months[c][y][m] = w.value(10, 100);
                    whole = whole.add(months[c][y][m]);
                }
                months[CHILDREN.length][y][m] = whole.add(w.value(0, 50));
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
                w.level(subjects[s] + "-" + year, subjects[s], "out", year, years[s][y], "GWh", true);
                for (int m = 0; m < 12; m++) {
                    String month = String.format(java.util.Locale.ROOT, "%d-%02d", YEARS[y], m + 1);
                    w.level(subjects[s] + "-" + month, subjects[s], "out", month, months[s][y][m], "GWh", true);
                }
            }
        }
        // a second source for one figure, in another unit and precision
        w.add(w.obs("A-2023-again", "A", "out", "2023").figure(ReportedFigure.rounded(years[0][2].multiply(BigDecimal.valueOf(1000)),
                w.precision(-2, 1))).unit(ObservationUnit.parse("MWh")), false);
        // the union of two children
        w.level("AB-2023", "A+B", "out", "2023", years[0][2].add(years[1][2]), "GWh", true);
        // shares of the whole, growths, a multiple, percentage points and a contribution
        BigDecimal[][] shares = new BigDecimal[CHILDREN.length][YEARS.length];
        BigDecimal[][] growths = new BigDecimal[subjects.length][YEARS.length];
        for (int y = 0; y < YEARS.length; y++) {
            String year = Integer.toString(YEARS[y]);
            for (int c = 0; c < CHILDREN.length; c++) {
                shares[c][y] = years[c][y].multiply(HUNDRED).divide(years[3][y], MC);
                w.relative(CHILDREN[c] + "-share-" + year, CHILDREN[c], "out", year, Measure.SHARE, shares[c][y], "W", true);
            }
            if (y > 0) {
                for (int s = 0; s < subjects.length; s++) {
                    growths[s][y] = years[s][y].divide(years[s][y - 1], MC).subtract(BigDecimal.ONE).multiply(HUNDRED);
                    w.relative(subjects[s] + "-growth-" + year, subjects[s], "out", year, Measure.GROWTH, growths[s][y], null, true);
                }
            }
        }
        w.relative("AB-share-2023", "A+B", "out", "2023", Measure.SHARE,
                years[0][2].add(years[1][2]).multiply(HUNDRED).divide(years[3][2], MC), "W", false);
        w.relative("W-multiple-2023", "W", "out", "2023", Measure.MULTIPLE, years[3][2].divide(years[3][0], MC), "2021", false);
        for (int s = 0; s < subjects.length; s++) {
            w.relative(subjects[s] + "-growth-pp-2023", subjects[s], "out", "2023", Measure.GROWTH_PP,
                    growths[s][2].subtract(growths[s][1]), null, false);
        }
        w.relative("A-share-pp-2023", "A", "out", "2023", Measure.SHARE_PP, shares[0][2].subtract(shares[0][1]), null, false);
        w.relative("A-contribution-2023", "A", "out", "2023", Measure.CONTRIBUTION,
                years[0][2].subtract(years[0][1]).multiply(HUNDRED).divide(years[3][2].subtract(years[3][1]), MC), "W", false);
        // a rule between capacities, and an amount given in yuan and in dollars
        for (String c : CHILDREN) {
            BigDecimal x = w.value(1000, 5000);
            BigDecimal y = w.value(1000, 5000);
            w.level(c + "-cap-x", c, "cap.x", "2025", x, "t/a", false);
            w.level(c + "-cap-y", c, "cap.y", "2025", y, "t/a", false);
            w.level(c + "-cap-total", c, "cap.total", "2025", x.add(y), "t/a", false);
        }
        BigDecimal yuan = w.value(1, 100);
        w.level("A-value-cny", "A", "value", "2024-06-26", yuan, "billion CNY", false);
        w.level("A-value-usd", "A", "value", "2024-06-26", yuan.divide(RATE, MC), "billion USD", false);
        return w;
    }

    @Provide
    Arbitrary<World> worlds() {
        return Arbitraries.longs().map(CheckerProperties::generate);
    }

    private static CheckSettings settings() {
        return CheckSettings.builder().addRates(Fixtures.cnyPerUsd("2024-06-26", RATE.toPlainString())).build();
    }

    @Property(tries = 200)
    void roundedExactValues_areConsistent(@ForAll("worlds") World w) {
        Report r = Checker.check(w.dataset(), settings());
        assertEquals(List.of(), r.findings(Verdict.INCONSISTENT), r.toString());
        // every check found its relations
        Set<CheckId> ran = EnumSet.noneOf(CheckId.class);
        r.findings().forEach(f -> ran.add(f.check()));
        assertEquals(EnumSet.allOf(CheckId.class), ran, r.summary());
    }

    @Property(tries = 200)
    void movedFigure_isNamedInAnInconsistency(@ForAll("worlds") World w) {
        int index = w.movable.get(w.random.nextInt(w.movable.size()));
        Observation o = w.observations.get(index);
        BigDecimal v = o.figure().value();
        BigDecimal moved;
        switch (o.measure()) {
            case SHARE:
                moved = v.add(BigDecimal.valueOf(30)).compareTo(HUNDRED) <= 0 ? v.add(BigDecimal.valueOf(30)) : v.subtract(BigDecimal.valueOf(30));
                break;
            case GROWTH:
                moved = v.add(BigDecimal.valueOf(40));
                break;
            default:
                // far beyond what the qualifiers of the other figures allow (the largest whole year is below 4300 GWh)
                moved = v.multiply(BigDecimal.valueOf(3)).add(BigDecimal.valueOf(10_000));
                break;
        }
        Observation changed = Observation.builder().from(o)
                .figure(ReportedFigure.of(moved.toPlainString(), o.figure().qualifier() == Qualifier.RANGE ? Qualifier.EXACT : o.figure().qualifier()))
                .build();
        w.observations.set(index, changed);
        Report r = Checker.check(w.dataset(), settings());
        assertTrue(r.findings(Verdict.INCONSISTENT).stream().anyMatch(f -> f.observations().contains(o.id())),
                "moved " + o.id() + " from " + o.figure() + " to " + changed.figure() + "\n" + r);
    }
}
