package org.industrymetrics.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.industrymetrics.figure.Growth;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.figure.Share;
import org.industrymetrics.money.Currencies;
import org.industrymetrics.money.Money;
import org.industrymetrics.money.MoneyUnit;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.period.Granularity;
import org.industrymetrics.period.ReportingPeriod;
import org.industrymetrics.quantity.Area;
import org.industrymetrics.quantity.AreaPerYear;
import org.industrymetrics.quantity.Charge;
import org.industrymetrics.quantity.Dimension;
import org.industrymetrics.quantity.Energy;
import org.industrymetrics.quantity.EnergyPerYear;
import org.industrymetrics.quantity.Mass;
import org.industrymetrics.quantity.MassPerYear;
import org.industrymetrics.quantity.Power;
import org.industrymetrics.quantity.Quantity;
import org.industrymetrics.quantity.Scale;
import org.industrymetrics.quantity.Unit;
import org.industrymetrics.testkit.constraints.Bounded;
import org.industrymetrics.testkit.constraints.Digits;
import org.industrymetrics.testkit.constraints.Granularities;
import org.industrymetrics.testkit.constraints.InCurrency;
import org.industrymetrics.testkit.constraints.InUnit;
import org.industrymetrics.testkit.constraints.Qualifiers;
import org.industrymetrics.testkit.constraints.Rounded;
import org.industrymetrics.testkit.constraints.ScaleWords;
import org.industrymetrics.testkit.constraints.SingleUnits;
import org.industrymetrics.testkit.constraints.YearsBetween;

/** The registered provider serves {@code @ForAll} of every type, and the annotations narrow it. */
class DefaultArbitrariesProperties {

    @Property(tries = 50)
    void everyTypedQuantity(@ForAll Energy e, @ForAll EnergyPerYear ey, @ForAll Power p, @ForAll Charge c, @ForAll Mass m,
            @ForAll MassPerYear my, @ForAll Area a, @ForAll AreaPerYear ay, @ForAll Quantity q, @ForAll Unit u) {
        assertEquals(Dimension.ENERGY, e.dimension());
        assertEquals(Dimension.ENERGY_PER_YEAR, ey.dimension());
        assertEquals(Dimension.POWER, p.dimension());
        assertEquals(Dimension.CHARGE, c.dimension());
        assertEquals(Dimension.MASS, m.dimension());
        assertEquals(Dimension.MASS_PER_YEAR, my.dimension());
        assertEquals(Dimension.AREA, a.dimension());
        assertEquals(Dimension.AREA_PER_YEAR, ay.dimension());
        assertEquals(q, Quantity.parse(q.toString()));
        assertEquals(u, Unit.parse(u.toString()));
    }

    @Property(tries = 100)
    void inUnit_andRounded(@ForAll @InUnit("GWh") @Rounded(1) Energy e, @ForAll @InUnit({"t", "wan t"}) Quantity q) {
        assertEquals("GWh", e.unit().toString());
        assertEquals(1, e.value().scale());
        assertTrue(List.of("t", "wan t").contains(q.unit().toString()), q.toString());
    }

    @Property(tries = 100)
    void inCurrency_andScaleWords(@ForAll @InCurrency("CNY") @ScaleWords({Scale.YI, Scale.BILLION}) Money m, @ForAll MoneyUnit u) {
        assertEquals(Currencies.CNY, m.currency());
        assertTrue(m.unit().scale() == Scale.YI || m.unit().scale() == Scale.BILLION, m.toString());
        assertEquals(u, MoneyUnit.parse(u.toString()));
    }

    @Property(tries = 30)
    void digits(@ForAll @Digits(min = 30, max = 40) Quantity q) {
        int digits = q.value().unscaledValue().abs().toString().length();
        assertTrue(digits >= 30 && digits <= 40, q.toString());
    }

    @Property(tries = 100)
    void figures(@ForAll ReportedFigure any, @ForAll @Rounded(2) @Qualifiers({Qualifier.ABOUT, Qualifier.OVER}) ReportedFigure f) {
        assertEquals(any, ReportedFigure.parse(any.toString()));
        assertEquals(2, f.precision());
        assertFalse(f.explicitPrecision().isPresent());
        assertTrue(f.qualifier() == Qualifier.ABOUT || f.qualifier() == Qualifier.OVER);
    }

    @Property(tries = 100)
    void intervalsAndPeriods(@ForAll Interval i, @ForAll @Bounded @Rounded(0) Interval b, @ForAll ReportingPeriod p,
            @ForAll @Granularities(Granularity.QUARTER) @YearsBetween(min = 2020, max = 2024) @SingleUnits ReportingPeriod q) {
        assertEquals(i, Interval.parse(i.toString()));
        assertTrue(b.isBounded());
        assertEquals(0, b.low().scale());
        assertEquals(p, ReportingPeriod.parse(p.toString()));
        assertTrue(q.isSingle() && q.granularity() == Granularity.QUARTER && q.year() >= 2020 && q.year() <= 2024, q.toString());
    }

    @Property(tries = 100)
    void relativeFigures(@ForAll Growth g, @ForAll @Rounded(1) Share s) {
        assertTrue(g.percent().compareTo(BigDecimal.valueOf(-100)) >= 0);
        assertEquals(1, s.percent().scale());
    }

    @Property(tries = 30)
    void observationsAndDatasets(@ForAll Observation o, @ForAll @InUnit("MWh") Observation level, @ForAll Dataset d) {
        assertEquals("o", o.id());
        level.unit().ifPresent(u -> assertTrue(level.measure() != org.industrymetrics.observation.Measure.LEVEL || u.toString().equals("MWh")));
        assertTrue(d.observations().size() <= 11);
    }
}
