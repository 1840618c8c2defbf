package org.industrymetrics.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.industrymetrics.quantity.Scale;

class MoneyProperties {

    private static final List<Currency> CURRENCIES = List.of(Currencies.CNY, Currencies.USD, Currencies.EUR, Currencies.JPY);

    @Provide
    Arbitrary<Money> money() {
        return Combinators.combine(
                Arbitraries.bigDecimals().between(new BigDecimal("-1e9"), new BigDecimal("1e9")).ofScale(3)
                        .flatMap(v -> Arbitraries.integers().between(0, 3).map(s -> v.setScale(s, java.math.RoundingMode.DOWN))),
                Arbitraries.of(Scale.class),
                Arbitraries.of(CURRENCIES))
                .as((v, s, c) -> Money.of(v, MoneyUnit.of(s, c)));
    }

    @Provide
    Arbitrary<Money> cny() {
        return Combinators.combine(
                Arbitraries.bigDecimals().between(new BigDecimal("-1e9"), new BigDecimal("1e9")).ofScale(2),
                Arbitraries.of(Scale.class))
                .as((v, s) -> Money.of(v, MoneyUnit.of(s, Currencies.CNY)));
    }

    @Property
    void parse_readsBackToString(@ForAll("money") Money m) {
        Money read = Money.parse(m.toString());
        assertEquals(m, read);
        assertEquals(m.toString(), read.toString());
        assertEquals(m.unit(), read.unit());
    }

    @Property
    void equalAcrossScales_hashAlike(@ForAll("money") Money m, @ForAll Scale target) {
        Money other = m.to(target);
        assertEquals(m, other);
        assertEquals(m.hashCode(), other.hashCode());
        assertEquals(0, m.amount().compareTo(other.amount()));
    }

    @Property
    void plusThenMinus_isIdentity(@ForAll("cny") Money a, @ForAll("cny") Money b) {
        assertEquals(a, a.plus(b).minus(b));
        assertEquals(a.plus(b), b.plus(a));
    }

    @Property(tries = 200)
    void sum_isIndependentOfOrderAndGrouping(@ForAll @Size(min = 1, max = 30) List<@net.jqwik.api.From("cny") Money> amounts,
            @ForAll @IntRange(min = 0, max = 30) int split, @ForAll long seed) {
        Money forward = amounts.stream().collect(Money.collector(Currencies.CNY));
        List<Money> shuffled = new ArrayList<>(amounts);
        Collections.shuffle(shuffled, new java.util.Random(seed));
        Money reordered = shuffled.stream().collect(Money.collector(Currencies.CNY));
        int k = Math.min(split, amounts.size());
        Money grouped = amounts.subList(0, k).stream().collect(Money.collector(Currencies.CNY))
                .plus(amounts.subList(k, amounts.size()).stream().collect(Money.collector(Currencies.CNY)));
        Money parallel = amounts.parallelStream().collect(Money.collector(Currencies.CNY));
        assertEquals(forward, reordered);
        assertEquals(forward, grouped);
        assertEquals(forward, parallel);
        // the same unit too, not only the same value
        assertEquals(forward.toString().replaceAll("^[-0-9.]+ ", ""), reordered.toString().replaceAll("^[-0-9.]+ ", ""));
    }

    @Property(tries = 200)
    void multiCurrencySum_isIndependentOfOrderAndGrouping(@ForAll @Size(max = 30) List<@net.jqwik.api.From("money") Money> amounts,
            @ForAll @IntRange(min = 0, max = 30) int split, @ForAll long seed) {
        MultiCurrencyAmount all = MultiCurrencyAmount.of(amounts);
        List<Money> shuffled = new ArrayList<>(amounts);
        Collections.shuffle(shuffled, new java.util.Random(seed));
        int k = Math.min(split, amounts.size());
        assertEquals(all, shuffled.stream().collect(MultiCurrencyAmount.collector()));
        assertEquals(all, MultiCurrencyAmount.of(amounts.subList(0, k)).plus(MultiCurrencyAmount.of(amounts.subList(k, amounts.size()))));
        assertEquals(all, MultiCurrencyAmount.parse(all.toString()));
        for (Currency c : CURRENCIES) {
            Money expected = amounts.stream().filter(m -> m.currency().equals(c)).collect(Money.collector(c));
            assertEquals(expected, all.amount(c));
        }
    }
}
