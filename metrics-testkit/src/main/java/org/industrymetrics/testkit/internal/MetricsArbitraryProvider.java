package org.industrymetrics.testkit.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.industrymetrics.figure.Growth;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.figure.Share;
import org.industrymetrics.money.Money;
import org.industrymetrics.money.MoneyUnit;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.period.ReportingPeriod;
import org.industrymetrics.quantity.Area;
import org.industrymetrics.quantity.AreaPerYear;
import org.industrymetrics.quantity.Charge;
import org.industrymetrics.quantity.Energy;
import org.industrymetrics.quantity.EnergyPerYear;
import org.industrymetrics.quantity.Mass;
import org.industrymetrics.quantity.MassPerYear;
import org.industrymetrics.quantity.Power;
import org.industrymetrics.quantity.Quantity;
import org.industrymetrics.quantity.Unit;
import org.industrymetrics.testkit.ConsistentDataset;
import org.industrymetrics.testkit.MetricsArbitraries;

/**
 * The default arbitraries of the library's types, registered in {@code META-INF/services}: each
 * type's factory of {@link MetricsArbitraries}.
 */
public final class MetricsArbitraryProvider implements ArbitraryProvider {

    private static final Map<Class<?>, Supplier<Arbitrary<?>>> DEFAULTS = defaults();

    private static Map<Class<?>, Supplier<Arbitrary<?>>> defaults() {
        Map<Class<?>, Supplier<Arbitrary<?>>> m = new LinkedHashMap<>();
        m.put(Quantity.class, MetricsArbitraries::quantities);
        m.put(Energy.class, MetricsArbitraries::energies);
        m.put(EnergyPerYear.class, MetricsArbitraries::energiesPerYear);
        m.put(Power.class, MetricsArbitraries::powers);
        m.put(Charge.class, MetricsArbitraries::charges);
        m.put(Mass.class, MetricsArbitraries::masses);
        m.put(MassPerYear.class, MetricsArbitraries::massesPerYear);
        m.put(Area.class, MetricsArbitraries::areas);
        m.put(AreaPerYear.class, MetricsArbitraries::areasPerYear);
        m.put(Unit.class, MetricsArbitraries::units);
        m.put(Money.class, MetricsArbitraries::money);
        m.put(MoneyUnit.class, MetricsArbitraries::moneyUnits);
        m.put(ReportedFigure.class, MetricsArbitraries::reportedFigures);
        m.put(Interval.class, MetricsArbitraries::intervals);
        m.put(ReportingPeriod.class, MetricsArbitraries::periods);
        m.put(Growth.class, MetricsArbitraries::growths);
        m.put(Share.class, MetricsArbitraries::shares);
        m.put(Observation.class, MetricsArbitraries::observations);
        m.put(Dataset.class, MetricsArbitraries::datasets);
        m.put(ConsistentDataset.class, MetricsArbitraries::consistentDatasets);
        m.put(ConsistentDataset.Perturbation.class, MetricsArbitraries::perturbedDatasets);
        return Map.copyOf(m);
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return DEFAULTS.keySet().stream().anyMatch(targetType::isOfType);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        for (Map.Entry<Class<?>, Supplier<Arbitrary<?>>> e : DEFAULTS.entrySet()) {
            if (targetType.isOfType(e.getKey())) {
                return Set.of(e.getValue().get());
            }
        }
        return Set.of();
    }
}
