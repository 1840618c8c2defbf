package org.industrymetrics.testkit;

import java.math.BigDecimal;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** A percentage between bounds, made into a growth, a share, ... by {@code factory}. */
final class PercentArbitraryImpl<T> extends ArbitraryDecorator<T> implements PercentArbitrary<T> {

    private final Function<BigDecimal, T> factory;
    private DecimalSpec numbers;

    /** Percentages from {@code min} to {@code max} with 0 to 3 decimals, made into {@code T} by {@code factory}. */
    public PercentArbitraryImpl(String min, String max, Function<BigDecimal, T> factory) {
        this.factory = factory;
        this.numbers = DecimalSpec.of(18, 3).between(new BigDecimal(min), new BigDecimal(max));
    }

    @Override
    protected Arbitrary<T> arbitrary() {
        return numbers.arbitrary().map(factory);
    }

    @Override
    public PercentArbitrary<T> between(BigDecimal min, BigDecimal max) {
        PercentArbitraryImpl<T> c = typedClone();
        c.numbers = numbers.between(min, max);
        return c;
    }

    @Override
    public PercentArbitrary<T> decimals(int min, int max) {
        PercentArbitraryImpl<T> c = typedClone();
        c.numbers = numbers.decimals(min, max);
        return c;
    }
}
