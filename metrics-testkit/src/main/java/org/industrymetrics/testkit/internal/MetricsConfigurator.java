package org.industrymetrics.testkit.internal;

import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.configurators.ArbitraryConfigurator;
import net.jqwik.api.providers.TypeUsage;
import org.industrymetrics.money.Currencies;
import org.industrymetrics.money.Money;
import org.industrymetrics.quantity.Unit;
import org.industrymetrics.testkit.FigureArbitrary;
import org.industrymetrics.testkit.IntervalArbitrary;
import org.industrymetrics.testkit.MoneyArbitrary;
import org.industrymetrics.testkit.ObservationArbitrary;
import org.industrymetrics.testkit.PercentArbitrary;
import org.industrymetrics.testkit.PeriodArbitrary;
import org.industrymetrics.testkit.QuantityArbitrary;
import org.industrymetrics.testkit.constraints.Bounded;
import org.industrymetrics.testkit.constraints.Digits;
import org.industrymetrics.testkit.constraints.Granularities;
import org.industrymetrics.testkit.constraints.InCurrency;
import org.industrymetrics.testkit.constraints.InUnit;
import org.industrymetrics.testkit.constraints.Qualifiers;
import org.industrymetrics.testkit.constraints.Rounded;
import org.industrymetrics.testkit.constraints.ScaleWords;
import org.industrymetrics.testkit.constraints.SingleUnits;
import org.industrymetrics.testkit.constraints.YearsBetween;

/**
 * Applies the annotations of {@link org.industrymetrics.testkit.constraints} to the testkit's
 * arbitraries (registered in {@code META-INF/services}). An annotation on an arbitrary of the
 * user's own is applied as a filter where it is a plain condition ({@link InUnit},
 * {@link InCurrency}) and otherwise left to that arbitrary.
 */
public final class MetricsConfigurator implements ArbitraryConfigurator {

    @Override
    @SuppressWarnings("unchecked")
    public <T> Arbitrary<T> configure(Arbitrary<T> arbitrary, TypeUsage target) {
        Arbitrary<?> a = arbitrary;
        Optional<InUnit> inUnit = target.findAnnotation(InUnit.class);
        if (inUnit.isPresent()) {
            a = inUnit(a, inUnit.get());
        }
        Optional<InCurrency> inCurrency = target.findAnnotation(InCurrency.class);
        if (inCurrency.isPresent()) {
            a = inCurrency(a, inCurrency.get());
        }
        Optional<ScaleWords> scales = target.findAnnotation(ScaleWords.class);
        if (scales.isPresent()) {
            if (a instanceof QuantityArbitrary) {
                a = ((QuantityArbitrary<?>) a).withScaleWords(scales.get().value());
            } else if (a instanceof MoneyArbitrary) {
                a = ((MoneyArbitrary) a).withScaleWords(scales.get().value());
            }
        }
        Optional<Digits> digits = target.findAnnotation(Digits.class);
        if (digits.isPresent()) {
            a = digits(a, digits.get().min(), digits.get().max());
        }
        Optional<Rounded> rounded = target.findAnnotation(Rounded.class);
        if (rounded.isPresent()) {
            a = rounded(a, rounded.get().value());
        }
        Optional<Qualifiers> qualifiers = target.findAnnotation(Qualifiers.class);
        if (qualifiers.isPresent() && a instanceof FigureArbitrary) {
            a = ((FigureArbitrary) a).withQualifiers(qualifiers.get().value());
        }
        if (a instanceof PeriodArbitrary) {
            PeriodArbitrary p = (PeriodArbitrary) a;
            Optional<Granularities> granularities = target.findAnnotation(Granularities.class);
            if (granularities.isPresent()) {
                p = p.withGranularities(granularities.get().value());
            }
            Optional<YearsBetween> years = target.findAnnotation(YearsBetween.class);
            if (years.isPresent()) {
                p = p.years(years.get().min(), years.get().max());
            }
            if (target.isAnnotated(SingleUnits.class)) {
                p = p.withoutRanges();
            }
            a = p;
        }
        if (target.isAnnotated(Bounded.class) && a instanceof IntervalArbitrary) {
            a = ((IntervalArbitrary) a).bounded();
        }
        return (Arbitrary<T>) a;
    }

    private static Arbitrary<?> inUnit(Arbitrary<?> a, InUnit annotation) {
        if (a instanceof ObservationArbitrary) {
            return ((ObservationArbitrary) a).withLevelUnits(annotation.value());
        }
        List<Unit> units = Stream.of(annotation.value()).map(Unit::parse).collect(Collectors.toList());
        if (a instanceof QuantityArbitrary) {
            return ((QuantityArbitrary<?>) a).inUnits(units.toArray(new Unit[0]));
        }
        Set<Unit> allowed = Set.copyOf(units);
        return a.filter(x -> !(x instanceof org.industrymetrics.quantity.Quantity)
                || allowed.contains(((org.industrymetrics.quantity.Quantity) x).unit()));
    }

    private static Arbitrary<?> inCurrency(Arbitrary<?> a, InCurrency annotation) {
        Currency[] currencies = Stream.of(annotation.value()).map(Currencies::parse).toArray(Currency[]::new);
        if (a instanceof MoneyArbitrary) {
            return ((MoneyArbitrary) a).inCurrencies(currencies);
        }
        Set<Currency> allowed = Set.of(currencies);
        return a.filter(x -> !(x instanceof Money) || allowed.contains(((Money) x).currency()));
    }

    private static Arbitrary<?> digits(Arbitrary<?> a, int min, int max) {
        if (a instanceof QuantityArbitrary) {
            return ((QuantityArbitrary<?>) a).digits(min, max);
        }
        if (a instanceof MoneyArbitrary) {
            return ((MoneyArbitrary) a).digits(min, max);
        }
        if (a instanceof FigureArbitrary) {
            return ((FigureArbitrary) a).digits(min, max);
        }
        if (a instanceof IntervalArbitrary) {
            return ((IntervalArbitrary) a).digits(min, max);
        }
        return a;
    }

    private static Arbitrary<?> rounded(Arbitrary<?> a, int decimals) {
        if (a instanceof QuantityArbitrary) {
            return ((QuantityArbitrary<?>) a).decimals(decimals, decimals);
        }
        if (a instanceof MoneyArbitrary) {
            return ((MoneyArbitrary) a).decimals(decimals, decimals);
        }
        if (a instanceof FigureArbitrary) {
            return ((FigureArbitrary) a).decimals(decimals, decimals).withoutExplicitPrecision();
        }
        if (a instanceof IntervalArbitrary) {
            return ((IntervalArbitrary) a).decimals(decimals, decimals);
        }
        if (a instanceof PercentArbitrary) {
            return ((PercentArbitrary<?>) a).decimals(decimals, decimals);
        }
        return a;
    }
}
