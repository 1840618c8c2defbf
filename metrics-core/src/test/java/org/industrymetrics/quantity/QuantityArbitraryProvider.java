package org.industrymetrics.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Default jqwik arbitraries, registered in {@code META-INF/services}, so that a property can ask for
 * {@code @ForAll Quantity q}, {@code @ForAll Energy e}, {@code @ForAll Unit u}: every unit of the
 * library with and without scale words, and values of up to 16 digits with scales from -3 to 6.
 * <p>
 * Users get these from {@code metrics-testkit} ({@code MetricsArbitraries}); core's own tests keep
 * this copy because the testkit depends on core, and Maven refuses that cycle even for a
 * test-scope dependency. metrics-io's tests and the check laws use the testkit.
 */
public final class QuantityArbitraryProvider implements ArbitraryProvider {

    private static final Map<Class<?>, Dimension> TYPED = Map.of(
            Energy.class, Dimension.ENERGY,
            EnergyPerYear.class, Dimension.ENERGY_PER_YEAR,
            Charge.class, Dimension.CHARGE,
            Power.class, Dimension.POWER,
            Mass.class, Dimension.MASS,
            MassPerYear.class, Dimension.MASS_PER_YEAR,
            Area.class, Dimension.AREA,
            AreaPerYear.class, Dimension.AREA_PER_YEAR);

    private static final Map<Class<?>, BiFunction<BigDecimal, Unit, ?>> TYPED_FACTORIES = Map.of(
            Energy.class, Energy::of,
            EnergyPerYear.class, EnergyPerYear::of,
            Charge.class, Charge::of,
            Power.class, Power::of,
            Mass.class, Mass::of,
            MassPerYear.class, MassPerYear::of,
            Area.class, Area::of,
            AreaPerYear.class, AreaPerYear::of);

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return targetType.isOfType(Quantity.class) || targetType.isOfType(Unit.class)
                || TYPED.keySet().stream().anyMatch(targetType::isOfType);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        if (targetType.isOfType(Quantity.class)) {
            return Set.of(quantities());
        }
        if (targetType.isOfType(Unit.class)) {
            return Set.of(units());
        }
        for (Map.Entry<Class<?>, Dimension> e : TYPED.entrySet()) {
            if (targetType.isOfType(e.getKey())) {
                BiFunction<BigDecimal, Unit, ?> factory = TYPED_FACTORIES.get(e.getKey());
                return Set.of(Combinators.combine(values(), units(e.getValue())).as(factory::apply));
            }
        }
        return Set.of();
    }

    /** Every unit: each symbol alone and with each scale word. */
    public static List<Unit> allUnits() {
        List<Unit> all = new ArrayList<>();
        for (Unit u : Unit.knownUnits()) {
            for (Scale s : Scale.values()) {
                all.add(Unit.of(s, u));
            }
        }
        return all;
    }

    /** Every unit of a dimension, with and without scale words. */
    public static List<Unit> allUnits(Dimension dimension) {
        List<Unit> units = new ArrayList<>();
        for (Unit u : allUnits()) {
            if (u.dimension() == dimension) {
                units.add(u);
            }
        }
        return units;
    }

    public static Arbitrary<Unit> units() {
        return Arbitraries.of(allUnits());
    }

    public static Arbitrary<Unit> units(Dimension dimension) {
        return Arbitraries.of(allUnits(dimension));
    }

    /** Decimals of up to 16 digits, scale -3 (5E+3) to 6. */
    public static Arbitrary<BigDecimal> values() {
        return Combinators.combine(
                        Arbitraries.longs().between(-9_999_999_999_999_999L, 9_999_999_999_999_999L),
                        Arbitraries.integers().between(-3, 6))
                .as(BigDecimal::valueOf);
    }

    public static Arbitrary<Quantity> quantities() {
        return Combinators.combine(values(), units()).as(Quantity::of);
    }

    public static Arbitrary<Quantity> quantities(Dimension dimension) {
        return Combinators.combine(values(), units(dimension)).as(Quantity::of);
    }
}
