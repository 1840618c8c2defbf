package org.industrymetrics.testkit;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.industrymetrics.money.Currencies;
import org.industrymetrics.money.Money;
import org.industrymetrics.money.MoneyUnit;
import org.industrymetrics.quantity.Scale;

/** The money arbitrary: currencies times scale words, and numbers of a {@link DecimalSpec}. */
final class MoneyArbitraryImpl extends ArbitraryDecorator<Money> implements MoneyArbitrary {

    /** The currencies made by default. */
    public static final List<Currency> CURRENCIES = List.of(Currencies.CNY, Currencies.USD, Currencies.EUR, Currencies.JPY,
            Currencies.GBP, Currencies.HKD);

    private List<Currency> currencies = CURRENCIES;
    private List<Scale> scales = List.of(Scale.values());
    private DecimalSpec numbers = DecimalSpec.of(18, 4);

    @Override
    protected Arbitrary<Money> arbitrary() {
        return Combinators.combine(numbers.arbitrary(), Arbitraries.of(scales), Arbitraries.of(currencies))
                .as((v, s, c) -> Money.of(v, MoneyUnit.of(s, c)));
    }

    @Override
    public MoneyArbitrary inCurrencies(Currency... given) {
        if (given.length == 0) {
            throw new IllegalArgumentException("give at least one currency");
        }
        MoneyArbitraryImpl c = typedClone();
        c.currencies = List.of(given);
        return c;
    }

    @Override
    public MoneyArbitrary withScaleWords(Scale... given) {
        if (given.length == 0) {
            throw new IllegalArgumentException("give at least one scale word (Scale.ONE for none)");
        }
        MoneyArbitraryImpl c = typedClone();
        c.scales = List.of(given);
        return c;
    }

    @Override
    public MoneyArbitrary digits(int min, int max) {
        MoneyArbitraryImpl c = typedClone();
        c.numbers = numbers.digits(min, max);
        return c;
    }

    @Override
    public MoneyArbitrary decimals(int min, int max) {
        MoneyArbitraryImpl c = typedClone();
        c.numbers = numbers.decimals(min, max);
        return c;
    }

    @Override
    public MoneyArbitrary between(BigDecimal min, BigDecimal max) {
        MoneyArbitraryImpl c = typedClone();
        c.numbers = numbers.between(min, max);
        return c;
    }
}
