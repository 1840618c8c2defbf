package org.industrymetrics.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.industrymetrics.figure.Growth;
import org.industrymetrics.figure.Share;
import org.industrymetrics.money.MoneyUnit;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.quantity.Area;
import org.industrymetrics.quantity.AreaPerYear;
import org.industrymetrics.quantity.Charge;
import org.industrymetrics.quantity.Dimension;
import org.industrymetrics.quantity.Energy;
import org.industrymetrics.quantity.EnergyPerYear;
import org.industrymetrics.quantity.Mass;
import org.industrymetrics.quantity.MassPerYear;
import org.industrymetrics.quantity.Power;
import org.industrymetrics.quantity.Quantity;
import org.industrymetrics.quantity.Scale;
import org.industrymetrics.quantity.Unit;

/**
 * jqwik arbitraries for every value type of the library, as static factories, each configurable
 * (ranges, digits, decimals, scale words, units, currencies, qualifiers, granularities):
 * <pre>{@code
 * @Provide Arbitrary<Energy> capacities() {
 *     return MetricsArbitraries.energies().inUnits(Unit.parse("GWh")).decimals(1, 1);
 * }
 * }</pre>
 * The same are the default arbitraries of {@code @ForAll Quantity}, {@code @ForAll Money},
 * {@code @ForAll ReportingPeriod}, {@code @ForAll Dataset}, ... as soon as this jar is on the test
 * class path, narrowed by the annotations of {@link org.industrymetrics.testkit.constraints}.
 * <p>
 * The defaults cover the boundaries: the fewest and the most digits (each count as likely as any
 * other), every scale word and every unit, every qualifier, open, closed and unbounded interval
 * ends, the first and last years a period may have.
 */
public final class MetricsArbitraries {

    /** The most digits the library keeps in a number written out: {@value}. */
    public static final int LIBRARY_MAX_DIGITS = DecimalSpec.LIBRARY_MAX_DIGITS;

    private MetricsArbitraries() {
    }

    /**
     * Returns quantities of every dimension, in every unit, with and without scale words.
     *
     * @return the arbitrary
     */
    public static QuantityArbitrary<Quantity> quantities() {
        return new QuantityArbitraryImpl<>(EnumSet.allOf(Dimension.class), Quantity::of);
    }

    /**
     * Returns quantities in one unit, exactly as given: {@code quantities(Unit.parse("GWh"))}.
     *
     * @param unit the unit, not null
     * @return the arbitrary
     */
    public static QuantityArbitrary<Quantity> quantities(Unit unit) {
        return new QuantityArbitraryImpl<>(Set.of(unit.dimension()), Quantity::of).inUnits(unit);
    }

    /**
     * Returns quantities of one dimension, in every unit of it.
     *
     * @param dimension the dimension, not null
     * @return the arbitrary
     */
    public static QuantityArbitrary<Quantity> quantities(Dimension dimension) {
        return new QuantityArbitraryImpl<>(Set.of(Objects.requireNonNull(dimension, "dimension")), Quantity::of);
    }

    /**
     * Returns energies ({@code 88.9 GWh}) in every energy unit.
     *
     * @return the arbitrary
     */
    public static QuantityArbitrary<Energy> energies() {
        return new QuantityArbitraryImpl<>(Set.of(Dimension.ENERGY), Energy::of);
    }

    /**
     * Returns energies per year ({@code 20 GWh/a}), capacities of production.
     *
     * @return the arbitrary
     */
    public static QuantityArbitrary<EnergyPerYear> energiesPerYear() {
        return new QuantityArbitraryImpl<>(Set.of(Dimension.ENERGY_PER_YEAR), EnergyPerYear::of);
    }

    /**
     * Returns powers ({@code 120 MW}).
     *
     * @return the arbitrary
     */
    public static QuantityArbitrary<Power> powers() {
        return new QuantityArbitraryImpl<>(Set.of(Dimension.POWER), Power::of);
    }

    /**
     * Returns charges ({@code 280 Ah}).
     *
     * @return the arbitrary
     */
    public static QuantityArbitrary<Charge> charges() {
        return new QuantityArbitraryImpl<>(Set.of(Dimension.CHARGE), Charge::of);
    }

    /**
     * Returns masses ({@code 3 wan t}).
     *
     * @return the arbitrary
     */
    public static QuantityArbitrary<Mass> masses() {
        return new QuantityArbitraryImpl<>(Set.of(Dimension.MASS), Mass::of);
    }

    /**
     * Returns masses per year ({@code 5 wan t/a}).
     *
     * @return the arbitrary
     */
    public static QuantityArbitrary<MassPerYear> massesPerYear() {
        return new QuantityArbitraryImpl<>(Set.of(Dimension.MASS_PER_YEAR), MassPerYear::of);
    }

    /**
     * Returns areas ({@code 1200 mu}).
     *
     * @return the arbitrary
     */
    public static QuantityArbitrary<Area> areas() {
        return new QuantityArbitraryImpl<>(Set.of(Dimension.AREA), Area::of);
    }

    /**
     * Returns areas per year ({@code 300 mu/a}).
     *
     * @return the arbitrary
     */
    public static QuantityArbitrary<AreaPerYear> areasPerYear() {
        return new QuantityArbitraryImpl<>(Set.of(Dimension.AREA_PER_YEAR), AreaPerYear::of);
    }

    /**
     * Returns every unit of the library, alone and with every scale word, as likely each.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Unit> units() {
        return Arbitraries.of(QuantityArbitraryImpl.units(EnumSet.allOf(Dimension.class), List.of(Scale.values())));
    }

    /**
     * Returns amounts of money in the common currencies, with every scale word.
     *
     * @return the arbitrary
     */
    public static MoneyArbitrary money() {
        return new MoneyArbitraryImpl();
    }

    /**
     * Returns amounts of money in one currency, with every scale word.
     *
     * @param currency the currency, not null
     * @return the arbitrary
     */
    public static MoneyArbitrary money(Currency currency) {
        return new MoneyArbitraryImpl().inCurrencies(Objects.requireNonNull(currency, "currency"));
    }

    /**
     * Returns money units: the common currencies with every scale word.
     *
     * @return the arbitrary
     */
    public static Arbitrary<MoneyUnit> moneyUnits() {
        List<MoneyUnit> all = new ArrayList<>();
        for (Currency c : MoneyArbitraryImpl.CURRENCIES) {
            for (Scale s : Scale.values()) {
                all.add(MoneyUnit.of(s, c));
            }
        }
        return Arbitraries.of(all);
    }

    /**
     * Returns figures as reports print them: every qualifier, ranges, explicit precisions.
     *
     * @return the arbitrary
     */
    public static FigureArbitrary reportedFigures() {
        return new FigureArbitraryImpl();
    }

    /**
     * Returns intervals with closed, open and unbounded ends.
     *
     * @return the arbitrary
     */
    public static IntervalArbitrary intervals() {
        return new IntervalArbitraryImpl();
    }

    /**
     * Returns reporting periods of every granularity, and ranges of them.
     *
     * @return the arbitrary
     */
    public static PeriodArbitrary periods() {
        return new PeriodArbitraryImpl();
    }

    /**
     * Returns growths from -100 % to 1000 %, with 0 to 3 decimals.
     *
     * @return the arbitrary
     */
    public static PercentArbitrary<Growth> growths() {
        return new PercentArbitraryImpl<>("-100", "1000", Growth::ofPercent);
    }

    /**
     * Returns shares from 0 % to 100 %, with 0 to 3 decimals.
     *
     * @return the arbitrary
     */
    public static PercentArbitrary<Share> shares() {
        return new PercentArbitraryImpl<>("0", "100", Share::ofPercent);
    }

    /**
     * Returns valid observations of every measure, all with the id {@code o}.
     *
     * @return the arbitrary
     */
    public static ObservationArbitrary observations() {
        return new ObservationArbitraryImpl();
    }

    /**
     * Gives the observations of a list the ids {@code o0, o1, …}, so that they can form a dataset:
     * {@code observations().list().map(MetricsArbitraries::renumber).map(Dataset::of)}.
     *
     * @param observations the observations, not null
     * @return the same observations with unique ids, in the same order
     */
    public static List<Observation> renumber(List<Observation> observations) {
        List<Observation> out = new ArrayList<>(observations.size());
        for (int i = 0; i < observations.size(); i++) {
            out.add(Observation.builder().from(observations.get(i)).id("o" + i).build());
        }
        return out;
    }

    /**
     * Returns valid datasets of up to 11 observations that use the whole format: subjects with
     * parents, metrics, rates, rules and sources, every measure, qualifier and status, explicit
     * precisions, ranges, extras, units of every kind, periods of every granularity and ranges of
     * them, and free text with commas, quotes, line breaks, formula starts and non-ASCII
     * characters. The number of observations shrinks; the rest does not.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Dataset> datasets() {
        return RandomDatasets.datasets(RandomDatasets.MAX_OBSERVATIONS);
    }

    /**
     * Returns datasets made from exact values, then rounded and qualified as reports print them:
     * no check finds an inconsistency in them (see {@link ConsistentDataset}).
     *
     * @return the arbitrary
     */
    public static Arbitrary<ConsistentDataset> consistentDatasets() {
        return Arbitraries.longs().map(ConsistentDataset::generate);
    }

    /**
     * Returns consistent datasets with one figure moved far out of its interval: a check must find
     * an inconsistency that names it.
     *
     * @return the arbitrary
     */
    public static Arbitrary<ConsistentDataset.Perturbation> perturbedDatasets() {
        return consistentDatasets().flatMap(c -> Arbitraries.of(c.perturbable()).map(c::perturb));
    }

    /**
     * Returns decimals of {@code minDigits} to {@code maxDigits} significant digits (each count as
     * likely) and {@code minDecimals} to {@code maxDecimals} decimals, of either sign: the numbers
     * every arbitrary here is made of.
     *
     * @param minDigits the fewest digits, at least 1
     * @param maxDigits the most digits
     * @param minDecimals the fewest decimals, at least 0
     * @param maxDecimals the most decimals; at most {@value #LIBRARY_MAX_DIGITS} digits written out
     * @return the arbitrary
     */
    public static Arbitrary<BigDecimal> decimals(int minDigits, int maxDigits, int minDecimals, int maxDecimals) {
        return new DecimalSpec(minDigits, maxDigits, minDecimals, maxDecimals, null, null, true).arbitrary();
    }
}
