package org.industrymetrics.testkit;

import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import org.industrymetrics.quantity.Scale;
import org.industrymetrics.quantity.Unit;

/**
 * Generates quantities: by default every unit of the type, with every scale word and without one,
 * and values of 1 to 18 significant digits with 0 to 6 decimals, of either sign. Each method
 * returns a new arbitrary; this one is unchanged.
 *
 * @param <Q> {@link org.industrymetrics.quantity.Quantity} or a typed quantity such as
 *     {@link org.industrymetrics.quantity.Energy}
 */
public interface QuantityArbitrary<Q> extends Arbitrary<Q> {

    /**
     * Generates quantities in these units only, exactly as given (a scale word included).
     *
     * @param units the units, at least one, each of a dimension this arbitrary makes
     * @return the new arbitrary
     * @throws IllegalArgumentException if a unit is of another dimension, or none is given
     */
    QuantityArbitrary<Q> inUnits(Unit... units);

    /**
     * Generates every unit's symbol with one of these scale words ({@link Scale#ONE} for none).
     *
     * @param scales the scale words, at least one
     * @return the new arbitrary
     */
    QuantityArbitrary<Q> withScaleWords(Scale... scales);

    /**
     * Generates values of {@code min} to {@code max} significant digits, each count as likely.
     *
     * @param min the fewest digits, at least 1
     * @param max the most digits; digits and decimals together at most 1000 written out
     * @return the new arbitrary
     */
    QuantityArbitrary<Q> digits(int min, int max);

    /**
     * Generates values with {@code min} to {@code max} decimals: {@code decimals(1, 1)} makes values
     * rounded to one decimal, as {@code 88.9}.
     *
     * @param min the fewest decimals, at least 0
     * @param max the most decimals
     * @return the new arbitrary
     */
    QuantityArbitrary<Q> decimals(int min, int max);

    /**
     * Generates values (the numbers written before the unit) from {@code min} to {@code max}; the
     * digit counts no longer apply.
     *
     * @param min the least value, not null
     * @param max the greatest value, not null, at least {@code min}
     * @return the new arbitrary
     */
    QuantityArbitrary<Q> between(BigDecimal min, BigDecimal max);
}
