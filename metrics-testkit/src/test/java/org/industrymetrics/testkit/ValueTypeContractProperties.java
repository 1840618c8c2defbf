package org.industrymetrics.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.industrymetrics.figure.Growth;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.figure.Share;
import org.industrymetrics.money.Money;
import org.industrymetrics.period.ReportingPeriod;
import org.industrymetrics.quantity.Energy;
import org.industrymetrics.quantity.Quantity;
import org.industrymetrics.quantity.Unit;
import org.industrymetrics.testkit.constraints.InUnit;
import org.junit.jupiter.api.Test;

/** The library's value types keep the contract; types that break it are caught. */
class ValueTypeContractProperties {

    private static final ValueTypeContract<Quantity> QUANTITY = ValueTypeContract.of(Quantity.class).parsedBy(Quantity::parse);
    private static final ValueTypeContract<Energy> ENERGY = ValueTypeContract.of(Energy.class).parsedBy(Energy::parse);
    private static final ValueTypeContract<Money> MONEY = ValueTypeContract.of(Money.class).parsedBy(Money::parse);
    private static final ValueTypeContract<ReportedFigure> FIGURE = ValueTypeContract.of(ReportedFigure.class)
            .parsedBy(ReportedFigure::parse);
    private static final ValueTypeContract<Interval> INTERVAL = ValueTypeContract.of(Interval.class).parsedBy(Interval::parse);
    private static final ValueTypeContract<ReportingPeriod> PERIOD = ValueTypeContract.of(ReportingPeriod.class)
            .parsedBy(ReportingPeriod::parse);
    private static final ValueTypeContract<Growth> GROWTH = ValueTypeContract.of(Growth.class).parsedBy(Growth::parse);
    private static final ValueTypeContract<Share> SHARE = ValueTypeContract.of(Share.class).parsedBy(Share::parse);
    private static final ValueTypeContract<Unit> UNIT = ValueTypeContract.of(Unit.class).parsedBy(Unit::parse);

    @Property(tries = 300)
    void quantities(@ForAll Quantity x, @ForAll Quantity y, @ForAll @InUnit({"GWh", "MWh", "million kWh"}) Energy a,
            @ForAll @InUnit({"GWh", "MWh", "million kWh"}) Energy b) {
        QUANTITY.check(x, y);
        ENERGY.check(a, b);
        // equal values in other units: 1 GWh = 1000 MWh
        ENERGY.check(a, a.to(Unit.parse("MWh")));
    }

    @Property(tries = 300)
    void money(@ForAll Money x, @ForAll Money y) {
        MONEY.check(x, y);
    }

    @Property(tries = 300)
    void figuresIntervalsPeriods(@ForAll ReportedFigure f, @ForAll ReportedFigure g, @ForAll Interval i, @ForAll Interval j,
            @ForAll ReportingPeriod p, @ForAll ReportingPeriod q) {
        FIGURE.check(f, g);
        INTERVAL.check(i, j);
        PERIOD.check(p, q);
    }

    @Property(tries = 300)
    void relativeFiguresAndUnits(@ForAll Growth g, @ForAll Growth h, @ForAll Share s, @ForAll Share t, @ForAll Unit u, @ForAll Unit v) {
        GROWTH.check(g, h);
        SHARE.check(s, t);
        UNIT.check(u, v);
    }

    @Test
    void bigDecimal_breaksTheContract_equalsDisagreesWithCompareTo() {
        ValueTypeContract<BigDecimal> decimals = ValueTypeContract.of(BigDecimal.class).parsedBy(BigDecimal::new);
        decimals.check(new BigDecimal("1.5"), new BigDecimal("2"));
        AssertionError e = assertThrows(AssertionError.class, () -> decimals.check(new BigDecimal("1.0"), new BigDecimal("1.00")));
        assertTrue(e.getMessage().contains("compares 0") && e.getMessage().contains("equals is false"), e.getMessage());
    }

    @Test
    void aLossyParse_orRoundTrip_isCaught() {
        ValueTypeContract<BigDecimal> rounding = ValueTypeContract.of(BigDecimal.class)
                .parsedBy(text -> new BigDecimal(text).setScale(0, java.math.RoundingMode.HALF_UP));
        assertThrows(AssertionError.class, () -> rounding.check(new BigDecimal("1.4")));
        ValueTypeContract<String> upper = ValueTypeContract.of(String.class).roundTrip("upper case", s -> s.toUpperCase(java.util.Locale.ROOT));
        upper.check("ABC");
        AssertionError e = assertThrows(AssertionError.class, () -> upper.check("abc"));
        assertTrue(e.getMessage().contains("upper case round trip"), e.getMessage());
    }
}
