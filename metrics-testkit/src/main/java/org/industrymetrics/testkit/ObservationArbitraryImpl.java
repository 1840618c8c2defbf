package org.industrymetrics.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.money.MoneyUnit;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.period.ReportingPeriod;
import org.industrymetrics.quantity.Dimension;
import org.industrymetrics.quantity.Scale;

/** The observation arbitrary. */
final class ObservationArbitraryImpl extends ArbitraryDecorator<Observation> implements ObservationArbitrary {

    /** Subjects of a small tree, and a union, so that groups collide. */
    public static final List<String> SUBJECTS = List.of("CN", "CN-SC", "CN-CQ", "CN-SC-YB", "CN-CQ-BS", "CN-SC+CN-CQ", "CATL");
    /** A few metrics. */
    public static final List<String> METRICS = List.of("power_battery.output", "power_battery.installed", "output_value");
    /** Count nouns a level may be given in. */
    public static final List<String> COUNTS = List.of("1", "vehicles", "enterprises");

    private List<Measure> measures = List.of(Measure.values());
    private List<String> subjects = SUBJECTS;
    private List<String> metrics = METRICS;
    private List<ObservationUnit> levelUnits = null;
    private Arbitrary<ReportingPeriod> periods = new PeriodArbitraryImpl().years(2000, 2030);

    @Override
    protected Arbitrary<Observation> arbitrary() {
        // one arbitrary per measure, built once: a flatMap would build them again for every value
        List<Arbitrary<Observation>> each = new ArrayList<>();
        for (Measure m : measures) {
            each.add(of(m));
        }
        return each.size() == 1 ? each.get(0) : Arbitraries.oneOf(each);
    }

    private Arbitrary<Observation> of(Measure measure) {
        Arbitrary<ReportedFigure> figures = figures(measure);
        Arbitrary<ObservationUnit> units = measure == Measure.LEVEL ? levelUnits() : Arbitraries.just(null);
        return Combinators.combine(Arbitraries.of(subjects), Arbitraries.of(metrics), periods, figures, units, Arbitraries.of(false, true))
                .as((s, m, p, f, u, full) -> {
                    Observation.Builder b = Observation.builder().id("o").subject(SubjectRef.parse(s)).metric(m).period(p)
                            .figure(f);
                    if (measure == Measure.LEVEL) {
                        return b.unit(u).build();
                    }
                    b.measure(measure);
                    if (measure.baseIsSubject()) {
                        b.base(subjects.get(0));
                    } else if (full && p.year() > ReportingPeriod.MIN_YEAR) {
                        b.base(p.minusYears(1).toString());
                    }
                    if (full) {
                        b.unit(ObservationUnit.parse(measure.impliedUnit()));
                    }
                    return b.build();
                });
    }

    private static Arbitrary<ReportedFigure> figures(Measure measure) {
        FigureArbitraryImpl any = new FigureArbitraryImpl();
        switch (measure) {
            case LEVEL:
                return any;
            case SHARE:
                // a range's high end must stay at most 100
                return any.withQualifiers(Qualifier.EXACT, Qualifier.ABOUT, Qualifier.OVER, Qualifier.AT_LEAST, Qualifier.NEARLY,
                        Qualifier.UNDER, Qualifier.AT_MOST).between(BigDecimal.ZERO, BigDecimal.valueOf(100));
            case GROWTH:
                return any.between(BigDecimal.valueOf(-100), BigDecimal.valueOf(1000));
            case MULTIPLE:
                return any.between(BigDecimal.ZERO, BigDecimal.valueOf(50));
            default:
                return any.between(BigDecimal.valueOf(-100), BigDecimal.valueOf(100));
        }
    }

    private Arbitrary<ObservationUnit> levelUnits() {
        if (levelUnits != null) {
            return Arbitraries.of(levelUnits);
        }
        Set<Dimension> all = Set.of(Dimension.values());
        Arbitrary<ObservationUnit> quantities = Arbitraries.of(QuantityArbitraryImpl.units(all, List.of(Scale.values())))
                .map(ObservationUnit::of);
        Arbitrary<ObservationUnit> money = Combinators.combine(Arbitraries.of(Scale.values()), Arbitraries.of(MoneyArbitraryImpl.CURRENCIES))
                .as((s, c) -> ObservationUnit.of(MoneyUnit.of(s, c)));
        Arbitrary<ObservationUnit> counts = Arbitraries.of(COUNTS).map(ObservationUnit::parse);
        return Arbitraries.oneOf(quantities, money, counts);
    }

    @Override
    public ObservationArbitrary withMeasures(Measure... given) {
        ObservationArbitraryImpl c = typedClone();
        c.measures = nonEmpty(List.of(given), "measure");
        return c;
    }

    @Override
    public ObservationArbitrary withSubjects(String... given) {
        for (String s : given) {
            SubjectRef.parse(s);
        }
        ObservationArbitraryImpl c = typedClone();
        c.subjects = nonEmpty(List.of(given), "subject");
        return c;
    }

    @Override
    public ObservationArbitrary withMetrics(String... given) {
        ObservationArbitraryImpl c = typedClone();
        c.metrics = nonEmpty(List.of(given), "metric");
        return c;
    }

    @Override
    public ObservationArbitrary withLevelUnits(String... given) {
        List<ObservationUnit> parsed = new ArrayList<>();
        for (String u : given) {
            parsed.add(ObservationUnit.parse(u));
        }
        ObservationArbitraryImpl c = typedClone();
        c.levelUnits = nonEmpty(parsed, "unit");
        return c;
    }

    @Override
    public ObservationArbitrary withPeriods(Arbitrary<ReportingPeriod> given) {
        ObservationArbitraryImpl c = typedClone();
        c.periods = Objects.requireNonNull(given, "periods");
        return c;
    }

    private static <T> List<T> nonEmpty(List<T> list, String what) {
        if (list.isEmpty()) {
            throw new IllegalArgumentException("give at least one " + what);
        }
        return List.copyOf(list);
    }
}
