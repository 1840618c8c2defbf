package org.industrymetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.industrymetrics.figure.Contribution;
import org.industrymetrics.figure.Growth;
import org.industrymetrics.figure.Multiple;
import org.industrymetrics.figure.PercentagePoints;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.figure.Share;
import org.industrymetrics.internal.Decimals;
import org.industrymetrics.money.CurrencyPair;
import org.industrymetrics.money.FxRate;
import org.industrymetrics.money.Money;
import org.industrymetrics.money.MoneyUnit;
import org.industrymetrics.quantity.Quantity;
import org.industrymetrics.quantity.Unit;

/**
 * {@code parse(x.toString())} is {@code x} where it can break: numbers with the most and the fewest
 * digits a value keeps ({@value Decimals#MAX_DIGITS} written out, far above and far below the
 * decimal point) and units with scale words, for every value type built from a number. Just past
 * the range, a factory refuses the number (IllegalArgumentException) rather than make a value
 * whose text does not read back, as {@code Money.of(CNY, 1e2000)} and an {@code FxRate} of
 * {@code 1e-2000} once did.
 */
class BoundaryRoundTripProperties {

    private static final int MAX = Decimals.MAX_DIGITS;

    /** A number of up to {@code maxDigits} digits written out; the bounds are jqwik's edge cases. */
    static Arbitrary<BigDecimal> decimals(int maxDigits) {
        return Arbitraries.integers().between(1, maxDigits).flatMap(n -> {
            Arbitrary<String> digits = Combinators.combine(Arbitraries.chars().range('1', '9'),
                    Arbitraries.strings().withCharRange('0', '9').ofLength(n - 1)).as((first, rest) -> first + rest);
            // scale s keeps the plain form within maxDigits: n - s digits if s < 0, max(n, s + 1) otherwise
            Arbitrary<Integer> scales = Arbitraries.integers().between(-(maxDigits - n), maxDigits - 1);
            return Combinators.combine(digits, scales, Arbitraries.of(1, -1))
                    .as((d, s, sign) -> new BigDecimal(new BigInteger(d).multiply(BigInteger.valueOf(sign)), s));
        });
    }

    @Provide
    Arbitrary<BigDecimal> inRange() {
        return decimals(MAX).filter(v -> Decimals.plainDigits(v) <= MAX);
    }

    @Provide
    Arbitrary<BigDecimal> justOutOfRange() {
        return Arbitraries.of(new BigDecimal("1e1000"), new BigDecimal("-1e1000"), new BigDecimal("1e-1000"),
                new BigDecimal("1e2000"), new BigDecimal("1e-2000"), BigDecimal.ONE.movePointLeft(MAX),
                new BigDecimal(BigInteger.TEN.pow(MAX)));
    }

    @Provide
    Arbitrary<Unit> units() {
        return Arbitraries.of("GWh", "billion m2", "wan t/a", "yi kWh", "mu", "trillion enterprises", "1", "thousand t")
                .map(Unit::parse);
    }

    @Provide
    Arbitrary<MoneyUnit> moneyUnits() {
        return Arbitraries.of("CNY", "billion CNY", "yi CNY", "wan CNY", "trillion USD", "thousand EUR").map(MoneyUnit::parse);
    }

    private static <T> void roundTrips(T value, Function<String, T> parse) {
        String text = value.toString();
        T back = parse.apply(text);
        assertEquals(value, back, text);
        assertEquals(text, back.toString());
    }

    /** Either refused as out of its domain or range, or reads back. */
    private static <T> void refusedOrRoundTrips(BigDecimal v, Function<BigDecimal, T> factory, Function<String, T> parse) {
        T value;
        try {
            value = factory.apply(v);
        } catch (IllegalArgumentException | InvalidValueException e) {
            return; // out of the type's domain (a share above 100 %) or of the range of numbers
        }
        roundTrips(value, parse);
    }

    @Property(tries = 300)
    void quantity_roundTrips(@ForAll("inRange") BigDecimal v, @ForAll("units") Unit unit) {
        roundTrips(Quantity.of(v, unit), Quantity::parse);
    }

    @Property(tries = 300)
    void money_roundTrips(@ForAll("inRange") BigDecimal v, @ForAll("moneyUnits") MoneyUnit unit) {
        roundTrips(Money.of(v, unit), Money::parse);
    }

    @Property(tries = 200)
    void fxRate_roundTrips(@ForAll("inRange") BigDecimal v) {
        roundTrips(FxRate.of(CurrencyPair.parse("USD/CNY"), v.abs()), FxRate::parse);
    }

    @Property(tries = 300)
    void relativeFigures_refusedOrRoundTrip(@ForAll("inRange") BigDecimal v) {
        refusedOrRoundTrips(v, Growth::ofPercent, Growth::parse);
        refusedOrRoundTrips(v, Share::ofPercent, Share::parse);
        refusedOrRoundTrips(v, Multiple::ofTimesAsMuch, Multiple::parse);
        refusedOrRoundTrips(v, PercentagePoints::of, PercentagePoints::parse);
        refusedOrRoundTrips(v, Contribution::ofPercent, Contribution::parse);
        refusedOrRoundTrips(v, x -> ReportedFigure.parse(x.toPlainString()), ReportedFigure::parse);
    }

    @Property(tries = 20)
    void outOfRange_refused(@ForAll("justOutOfRange") BigDecimal v, @ForAll("units") Unit unit,
            @ForAll("moneyUnits") MoneyUnit moneyUnit) {
        assertThrows(IllegalArgumentException.class, () -> Quantity.of(v, unit));
        assertThrows(IllegalArgumentException.class, () -> Money.of(v, moneyUnit));
        assertThrows(IllegalArgumentException.class, () -> Money.of(moneyUnit.currency(), v));
        assertThrows(IllegalArgumentException.class, () -> FxRate.of(CurrencyPair.parse("USD/CNY"), v.abs()));
        refusedOrRoundTrips(v, Growth::ofPercent, Growth::parse);
        refusedOrRoundTrips(v, PercentagePoints::of, PercentagePoints::parse);
        refusedOrRoundTrips(v, Multiple::ofTimesAsMuch, Multiple::parse);
    }
}
