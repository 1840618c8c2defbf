package org.industrymetrics.testkit;

import java.math.BigDecimal;
import java.util.Currency;
import net.jqwik.api.Arbitrary;
import org.industrymetrics.money.Money;
import org.industrymetrics.quantity.Scale;

/**
 * Generates amounts of money: by default in CNY, USD, EUR, JPY, GBP and HKD, with every scale word
 * ({@code 88.9 billion CNY}, {@code 3 wan USD}) and without one, values of 1 to 18 significant
 * digits with 0 to 4 decimals, of either sign. Each method returns a new arbitrary.
 */
public interface MoneyArbitrary extends Arbitrary<Money> {

    /**
     * Generates amounts in these currencies only.
     *
     * @param currencies the currencies, at least one
     * @return the new arbitrary
     */
    MoneyArbitrary inCurrencies(Currency... currencies);

    /**
     * Generates amounts with one of these scale words ({@link Scale#ONE} for none).
     *
     * @param scales the scale words, at least one
     * @return the new arbitrary
     */
    MoneyArbitrary withScaleWords(Scale... scales);

    /**
     * Generates values of {@code min} to {@code max} significant digits, each count as likely.
     *
     * @param min the fewest digits, at least 1
     * @param max the most digits
     * @return the new arbitrary
     */
    MoneyArbitrary digits(int min, int max);

    /**
     * Generates values with {@code min} to {@code max} decimals.
     *
     * @param min the fewest decimals, at least 0
     * @param max the most decimals
     * @return the new arbitrary
     */
    MoneyArbitrary decimals(int min, int max);

    /**
     * Generates values (the numbers written before the unit) from {@code min} to {@code max}.
     *
     * @param min the least value, not null
     * @param max the greatest value, not null
     * @return the new arbitrary
     */
    MoneyArbitrary between(BigDecimal min, BigDecimal max);
}
