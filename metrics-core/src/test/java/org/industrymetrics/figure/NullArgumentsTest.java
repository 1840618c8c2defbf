package org.industrymetrics.figure;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.MathContext;
import org.industrymetrics.money.Money;
import org.industrymetrics.period.Granularity;
import org.industrymetrics.period.ReportingPeriod;
import org.industrymetrics.quantity.AbstractQuantity;
import org.junit.jupiter.api.Test;

/** Every public method throws NullPointerException for a null argument, except where null means "unbounded". */
class NullArgumentsTest {

    private static NullPointerTester tester() throws Exception {
        return new NullPointerTester()
                .setDefault(BigDecimal.class, BigDecimal.ONE)
                .setDefault(MathContext.class, MathContext.DECIMAL64)
                .setDefault(Interval.class, Interval.closed(BigDecimal.ONE, BigDecimal.TEN))
                .setDefault(Growth.class, Growth.ofPercent("10"))
                .setDefault(Share.class, Share.ofPercent("10"))
                .setDefault(PercentagePoints.class, PercentagePoints.of("1"))
                .setDefault(Qualifier.class, Qualifier.OVER)
                .setDefault(QualifierWidths.class, QualifierWidths.DEFAULTS)
                .setDefault(ReportingPeriod.class, ReportingPeriod.ofYear(2024))
                .setDefault(Granularity.class, Granularity.MONTH)
                .setDefault(String.class, "1")
                .setDefault(Money.class, Money.parse("1 CNY"))
                // null bounds mean "unbounded"
                .ignore(Interval.class.getMethod("of", BigDecimal.class, boolean.class, BigDecimal.class, boolean.class))
                // generic in the quantity type, which the tester cannot make: BetweenAmountsTest tests their nulls
                .ignore(Growth.class.getMethod("between", AbstractQuantity.class, AbstractQuantity.class, MathContext.class))
                .ignore(Multiple.class.getMethod("between", AbstractQuantity.class, AbstractQuantity.class, MathContext.class))
                .ignore(Share.class.getMethod("of", AbstractQuantity.class, AbstractQuantity.class, MathContext.class));
    }

    @Test
    void test_nulls_figure() throws Exception {
        NullPointerTester tester = tester();
        for (Class<?> type : new Class<?>[] {Interval.class, ReportedFigure.class, Qualifier.class, QualifierWidths.class,
                Growth.class, Multiple.class, PercentagePoints.class, Share.class, Contribution.class, Relations.class}) {
            tester.testAllPublicStaticMethods(type);
        }
        tester.testAllPublicInstanceMethods(Interval.closed(BigDecimal.ONE, BigDecimal.TEN));
        tester.testAllPublicInstanceMethods(ReportedFigure.parse("over 210"));
        tester.testAllPublicInstanceMethods(QualifierWidths.DEFAULTS);
        tester.testAllPublicInstanceMethods(Growth.ofPercent("14.8"));
        tester.testAllPublicInstanceMethods(Multiple.ofTimesAsMuch("4.5"));
        tester.testAllPublicInstanceMethods(PercentagePoints.of("10.4"));
        tester.testAllPublicInstanceMethods(Share.ofPercent("21"));
        tester.testAllPublicInstanceMethods(Contribution.ofPercent("102.2"));
    }

    @Test
    void test_nulls_period() throws Exception {
        NullPointerTester tester = tester();
        tester.testAllPublicStaticMethods(ReportingPeriod.class);
        tester.testAllPublicInstanceMethods(ReportingPeriod.parse("2024-01/2024-05"));
    }
}
