package org.industrymetrics.observation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.period.ReportingPeriod;

/**
 * jqwik arbitraries for observations: valid figures of every qualifier, levels in chosen units,
 * and observations of every measure. {@link ObservationArbitraryProvider} registers
 * {@link #observations()} so a property can ask for {@code @ForAll Observation o}.
 * <p>
 * Users get these from {@code metrics-testkit} ({@code MetricsArbitraries}); core's own tests keep
 * this copy because the testkit depends on core, and Maven refuses that cycle even for a
 * test-scope dependency. metrics-io's tests and the check laws use the testkit.
 */
public final class ObservationArbitraries {

    /** Subjects of a small tree, and a union, so that groups collide. */
    public static final List<String> SUBJECTS = List.of("CN", "CN-SC", "CN-CQ", "CN-SC-YB", "CN-CQ-BS", "CN-SC+CN-CQ", "CATL");
    /** A few metrics. */
    public static final List<String> METRICS = List.of("power_battery.output", "power_battery.installed", "output_value");
    /** Energy units of different scales. */
    public static final List<String> ENERGY = List.of("GWh", "MWh", "TWh", "kWh", "billion kWh");

    private ObservationArbitraries() {
    }

    /** Months, quarters, halves and the year 2024, a few days, and 2023. */
    public static Arbitrary<ReportingPeriod> periods() {
        List<ReportingPeriod> all = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            all.add(ReportingPeriod.ofMonth(2024, m));
        }
        all.add(ReportingPeriod.parse("2024-Q2"));
        all.add(ReportingPeriod.parse("2024-H1"));
        all.add(ReportingPeriod.parse("2024"));
        all.add(ReportingPeriod.parse("2023"));
        all.add(ReportingPeriod.parse("2024-01/2024-05"));
        all.add(ReportingPeriod.parse("2024-06-26"));
        return Arbitraries.of(all);
    }

    /** A decimal with 0 to 3 decimals, negative now and then. */
    static Arbitrary<BigDecimal> values(String min, String max) {
        return Arbitraries.bigDecimals().between(new BigDecimal(min), new BigDecimal(max)).ofScale(3)
                .flatMap(v -> Arbitraries.integers().between(0, 3).map(s -> v.setScale(s, RoundingMode.DOWN)));
    }

    /** A figure as printed: any qualifier, a range now and then, an explicit precision now and then. */
    public static Arbitrary<ReportedFigure> figures(String min, String max) {
        Arbitrary<ReportedFigure> single = Combinators.combine(values(min, max),
                Arbitraries.of(Qualifier.EXACT, Qualifier.EXACT, Qualifier.ABOUT, Qualifier.OVER, Qualifier.AT_LEAST,
                        Qualifier.NEARLY, Qualifier.UNDER, Qualifier.AT_MOST))
                .as((v, q) -> ReportedFigure.of(v.toPlainString(), q));
        Arbitrary<ReportedFigure> range = Combinators.combine(values(min, max), values("0", "50"))
                .as((low, width) -> ReportedFigure.of(low.toPlainString() + ".." + low.add(width).toPlainString(), Qualifier.RANGE));
        Arbitrary<ReportedFigure> any = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, single), net.jqwik.api.Tuple.of(1, range));
        return Combinators.combine(any, Arbitraries.integers().between(-3, 4))
                .as((f, p) -> p > 3 ? f.withPrecision(Math.min(p, f.precision()) - 1) : f);
    }

    /** Levels of the given subjects, metrics and periods in one of {@code units}; ids are unique within a list only after {@link #renumber}. */
    public static Arbitrary<Observation> levels(List<String> subjects, List<String> metrics, Arbitrary<ReportingPeriod> periods,
            List<String> units) {
        return Combinators.combine(Arbitraries.of(subjects), Arbitraries.of(metrics), periods, figures("-50", "100000"),
                Arbitraries.of(units))
                .as((s, m, p, f, u) -> Observation.builder()
                        .id("o")
                        .subject(SubjectRef.parse(s))
                        .metric(m)
                        .period(p)
                        .figure(f)
                        .unit(ObservationUnit.parse(u))
                        .build());
    }

    /** Gives the observations of a list the ids {@code o0, o1, …} so they can form a dataset. */
    public static List<Observation> renumber(List<Observation> os) {
        List<Observation> out = new ArrayList<>(os.size());
        for (int i = 0; i < os.size(); i++) {
            out.add(Observation.builder().from(os.get(i)).id("o" + i).build());
        }
        return out;
    }

    /** Valid observations of every measure. */
    public static Arbitrary<Observation> observations() {
        Arbitrary<Observation> levels = levels(SUBJECTS, METRICS, periods(), List.of("GWh", "billion CNY", "万 t", "mu", "vehicles"));
        Arbitrary<Observation> relative = Combinators.combine(Arbitraries.of(SUBJECTS), Arbitraries.of(METRICS), periods(),
                Arbitraries.of(Measure.SHARE, Measure.GROWTH, Measure.MULTIPLE, Measure.GROWTH_PP, Measure.SHARE_PP,
                        Measure.CONTRIBUTION),
                figures("0", "50"), Arbitraries.of(true, false))
                .as((s, m, p, measure, f, writeUnit) -> {
                    Observation.Builder b = Observation.builder().id("r-" + measure.id()).subject(SubjectRef.parse(s))
                            .metric(m).period(p).measure(measure).figure(f);
                    if (measure.baseIsSubject()) {
                        b.base("CN");
                    } else if (writeUnit) {
                        b.base(p.minusYears(1).toString());
                    }
                    if (writeUnit) {
                        b.unit(ObservationUnit.parse(measure.impliedUnit()));
                    }
                    return b.build();
                });
        return Arbitraries.oneOf(levels, relative);
    }
}
