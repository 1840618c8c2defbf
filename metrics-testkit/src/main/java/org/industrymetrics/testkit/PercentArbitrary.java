package org.industrymetrics.testkit;

import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;

/**
 * Generates relative figures given in percent ({@link org.industrymetrics.figure.Growth},
 * {@link org.industrymetrics.figure.Share}) between two bounds, both edge cases. Each method
 * returns a new arbitrary.
 *
 * @param <T> the type generated
 */
public interface PercentArbitrary<T> extends Arbitrary<T> {

    /**
     * Generates percentages from {@code min} to {@code max}.
     *
     * @param min the least percentage, not null, allowed by the type
     * @param max the greatest percentage, not null
     * @return the new arbitrary
     */
    PercentArbitrary<T> between(BigDecimal min, BigDecimal max);

    /**
     * Generates percentages with {@code min} to {@code max} decimals.
     *
     * @param min the fewest decimals, at least 0
     * @param max the most decimals
     * @return the new arbitrary
     */
    PercentArbitrary<T> decimals(int min, int max);
}
