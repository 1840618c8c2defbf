package org.industrymetrics.aggregate;

import java.math.BigDecimal;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.money.ResolvedRate;

/**
 * One figure converted to another unit or currency: its interval ends (rounded outward where the
 * conversion does not terminate), the nominal value, the precision it was reported to expressed
 * in the target unit, and the exchange rate used, if any.
 *
 * @param low the low end of the interval
 * @param lowOpen whether the low end is excluded
 * @param high the high end of the interval
 * @param highOpen whether the high end is excluded
 * @param nominal the figure's value (a range's midpoint) in the target unit
 * @param precision the decimals the figure was reported to, in the target unit
 * @param rate the exchange rate used, or null
 * @param qualifier the figure's qualifier (what the number stands for), not null
 */
public record ConvertedFigure(BigDecimal low, boolean lowOpen, BigDecimal high, boolean highOpen,
        BigDecimal nominal, int precision, ResolvedRate rate, Qualifier qualifier) {

    /**
     * Validates the components.
     *
     * @param low the low end
     * @param lowOpen whether the low end is open
     * @param high the high end
     * @param highOpen whether the high end is open
     * @param nominal the number as printed, converted
     * @param precision the decimal places the figure was rounded to
     * @param rate the rate
     * @param qualifier the qualifier
     */
    public ConvertedFigure {
        java.util.Objects.requireNonNull(qualifier, "qualifier");
    }

    /** {@return the interval of true values in the target unit} */
    public Interval interval() {
        return Interval.of(low, lowOpen, high, highOpen);
    }
}
