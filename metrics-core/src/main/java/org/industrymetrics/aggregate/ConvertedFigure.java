package org.industrymetrics.aggregate;

import java.math.BigDecimal;
import org.industrymetrics.money.ResolvedRate;

/**
 * One level converted to the unit of a sum: its interval ends, the nominal value, the precision it
 * was reported to (in the target unit), and the exchange rate used, if any.
 */
record ConvertedFigure(BigDecimal low, boolean lowOpen, BigDecimal high, boolean highOpen,
        BigDecimal nominal, int precision, ResolvedRate rate) {
}
