package org.industrymetrics.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.industrymetrics.quantity.Dimension;
import org.industrymetrics.quantity.Scale;
import org.industrymetrics.quantity.Unit;

/** The quantity arbitrary: units of some dimensions times scale words, and numbers of a {@link DecimalSpec}. */
final class QuantityArbitraryImpl<Q> extends ArbitraryDecorator<Q> implements QuantityArbitrary<Q> {

    private final Set<Dimension> dimensions;
    private final BiFunction<BigDecimal, Unit, Q> factory;
    private List<Unit> units;
    private DecimalSpec numbers = DecimalSpec.of(18, 6);

    /** Quantities of these dimensions, made by {@code factory}. */
    public QuantityArbitraryImpl(Set<Dimension> dimensions, BiFunction<BigDecimal, Unit, Q> factory) {
        this.dimensions = Set.copyOf(dimensions);
        this.factory = factory;
        this.units = units(this.dimensions, List.of(Scale.values()));
    }

    /** Every known unit of {@code dimensions}, alone or with one of {@code scales}, in a stable order. */
    public static List<Unit> units(Set<Dimension> dimensions, List<Scale> scales) {
        List<Unit> all = new ArrayList<>();
        for (Unit u : Unit.knownUnits()) {
            if (dimensions.contains(u.dimension())) {
                for (Scale s : scales) {
                    all.add(Unit.of(s, u));
                }
            }
        }
        return all;
    }

    @Override
    protected Arbitrary<Q> arbitrary() {
        return Combinators.combine(numbers.arbitrary(), Arbitraries.of(units)).as(factory::apply);
    }

    @Override
    public QuantityArbitrary<Q> inUnits(Unit... given) {
        if (given.length == 0) {
            throw new IllegalArgumentException("give at least one unit");
        }
        for (Unit u : given) {
            if (!dimensions.contains(Objects.requireNonNull(u, "unit").dimension())) {
                throw new IllegalArgumentException("the unit " + u + " is a unit of " + u.dimension() + ", expected one of " + dimensions);
            }
        }
        QuantityArbitraryImpl<Q> c = typedClone();
        c.units = List.copyOf(new LinkedHashSet<>(List.of(given)));
        return c;
    }

    @Override
    public QuantityArbitrary<Q> withScaleWords(Scale... scales) {
        if (scales.length == 0) {
            throw new IllegalArgumentException("give at least one scale word (Scale.ONE for none)");
        }
        Set<Unit> symbols = new LinkedHashSet<>();
        for (Unit u : units) {
            symbols.add(u.withoutScale());
        }
        List<Unit> scaled = new ArrayList<>();
        for (Unit u : symbols) {
            for (Scale s : scales) {
                scaled.add(Unit.of(s, u));
            }
        }
        QuantityArbitraryImpl<Q> c = typedClone();
        c.units = List.copyOf(scaled);
        return c;
    }

    @Override
    public QuantityArbitrary<Q> digits(int min, int max) {
        QuantityArbitraryImpl<Q> c = typedClone();
        c.numbers = numbers.digits(min, max);
        return c;
    }

    @Override
    public QuantityArbitrary<Q> decimals(int min, int max) {
        QuantityArbitraryImpl<Q> c = typedClone();
        c.numbers = numbers.decimals(min, max);
        return c;
    }

    @Override
    public QuantityArbitrary<Q> between(BigDecimal min, BigDecimal max) {
        QuantityArbitraryImpl<Q> c = typedClone();
        c.numbers = numbers.between(min, max);
        return c;
    }
}
