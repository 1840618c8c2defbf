package org.industrymetrics.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.Objects;
import java.util.stream.Collector;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.Suggestion;
import org.industrymetrics.internal.Decimals;
import org.industrymetrics.quantity.Scale;

/**
 * An amount of money in one currency: {@code 88.9 billion CNY}, {@code 2.75 billion USD},
 * {@code 12.34 CNY}.
 * <p>
 * The number and the scale word are kept as written, so an amount prints as it was reported;
 * {@link #amount()} gives it in whole currency units ({@code 88.9 billion CNY} is
 * {@code 88900000000}). Arithmetic is decimal and exact ({@link #dividedBy(BigDecimal, MathContext)}
 * rounds as told). Amounts in different currencies never add or compare: that is an
 * {@link IllegalArgumentException} that says to convert with an {@link FxRate} first, or to keep
 * them apart in a {@link MultiCurrencyAmount}.
 * <p>
 * Equality is numeric within a currency and agrees with {@link #compareTo}:
 * {@code 88.9 billion CNY} equals {@code 88900 million CNY} and {@code 88.90 billion CNY}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {

    private final BigDecimal value;
    private final MoneyUnit unit;

    /** Takes the result of arithmetic or of a checked factory: out of range is an ArithmeticException. */
    private Money(BigDecimal value, MoneyUnit unit) {
        this.value = Decimals.checkResult(value, "the amount");
        this.unit = unit;
    }

    /**
     * Obtains an amount in whole currency units: {@code of(CNY, new BigDecimal("12.34"))}.
     *
     * @param currency the currency, not null
     * @param amount the amount in whole units of {@code currency}, not null
     * @return the amount of money
     * @throws IllegalArgumentException if it has more than 1,000 digits written out (as {@code 1e2000}
     *     has): every amount's text reads back with {@link #parse}
     */
    public static Money of(Currency currency, BigDecimal amount) {
        return new Money(Decimals.checkArgument(amount, "amount"), MoneyUnit.of(Scale.ONE, currency));
    }

    /**
     * Obtains an amount in whole currency units from a decimal text, which may have an exponent:
     * {@code of(CNY, "88.9e9")}. No locale is used.
     *
     * @param currency the currency, not null
     * @param amount the decimal text, {@code .} as the decimal point, not null
     * @return the amount of money
     * @throws FigureParseException if {@code amount} is not a decimal number
     */
    public static Money of(Currency currency, String amount) {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
        return of(currency, Decimals.parse(amount, true));
    }

    /**
     * Obtains an amount from a number and a unit, as a dataset writes them: {@code of(88.9, billion CNY)}.
     *
     * @param value the number, not null
     * @param unit the scale word and currency, not null
     * @return the amount of money
     */
    public static Money of(BigDecimal value, MoneyUnit unit) {
        return new Money(Decimals.checkArgument(value, "value"), Objects.requireNonNull(unit, "unit"));
    }

    /**
     * Obtains zero in a currency.
     *
     * @param currency the currency, not null
     * @return zero, with no scale word
     */
    public static Money zero(Currency currency) {
        return of(currency, BigDecimal.ZERO);
    }

    /**
     * Obtains an amount from text: a decimal number, a space, an optional scale word and a
     * currency, such as {@code "88.9 billion CNY"}, {@code "1.2 trillion yuan"},
     * {@code "5.6 yi CNY"}, {@code "20 billion RMB"}, {@code "12.34 CNY"}. The number may have an
     * exponent ({@code "88.9e9 CNY"}). The currency may also come first, as in
     * {@code "USD 2.75 billion"} or {@code "CNY 12.34"}. No locale is used: {@code "20,5 CNY"} is an error.
     * {@link #toString()} writes the canonical form, {@code <number> [scale] <code>}.
     *
     * @param text the text, not null
     * @return the amount of money
     * @throws FigureParseException naming the input and index if the text is not an amount of money
     */
    @JsonCreator
    public static Money parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new FigureParseException(text, 0, "found nothing, expected an amount such as \"88.9 billion CNY\"");
        }
        int space = text.indexOf(' ');
        char first = text.charAt(0);
        boolean currencyFirst = space > 0 && Character.isLetter(first) && Currencies.lookup(text, 0, space) != null;
        if (currencyFirst) {
            // "USD 2.75 billion": the code, the number, then an optional scale word
            Currency currency = Currencies.read(text, 0, space, text);
            int numberStart = space + 1;
            int numberEnd = text.indexOf(' ', numberStart);
            if (numberEnd < 0) {
                numberEnd = text.length();
            }
            BigDecimal value = Decimals.parse(text, numberStart, numberEnd, true, text);
            Scale scale = Scale.ONE;
            if (numberEnd < text.length()) {
                scale = MoneyUnit.readScale(text, numberEnd + 1, text.length(), text);
            }
            return new Money(value, MoneyUnit.of(scale, currency));
        }
        if (space < 0) {
            if (Character.isLetter(first)) {
                throw new FigureParseException(text, 0, "found '" + first + "', expected a number, such as \"88.9 billion CNY\"");
            }
            // check the number first, so "20,5" says what is wrong with it
            number(text, text.length());
            throw new FigureParseException(text, text.length(),
                    "found the end, expected a space and a currency after the number, such as \"88.9 billion CNY\"");
        }
        if (space == 0) {
            throw new FigureParseException(text, 0, "found ' ', expected a number");
        }
        BigDecimal value = number(text, space);
        return new Money(value, MoneyUnit.read(text, space + 1, text));
    }

    /**
     * Reads the number in {@code text[0, end)}; if it does not read because a known money unit is
     * written against it ({@code 12.5CNY}, {@code 163.5billion CNY}), the error suggests the space.
     */
    private static BigDecimal number(String text, int end) {
        try {
            return Decimals.parse(text, 0, end, true, text);
        } catch (FigureParseException e) {
            int n = Decimals.numberEnd(text, 0, end, true);
            if (n == 0 || n >= end || e.suggestion().isPresent()) {
                throw e;
            }
            String unit = text.substring(n).strip();
            try {
                MoneyUnit.parse(unit);
            } catch (FigureParseException notMoney) {
                throw e;
            }
            throw new FigureParseException(text, n, "found '" + text.charAt(n)
                    + "', expected a space between the number and the currency", Suggestion.replaceWith(text.substring(0, n) + " " + unit));
        }
    }

    /** {@return the currency} */
    public Currency currency() {
        return unit.currency();
    }

    /** {@return the number as written, before the scale word ({@code 88.9} for {@code 88.9 billion CNY})} */
    public BigDecimal value() {
        return value;
    }

    /** {@return the scale word and currency as written} */
    public MoneyUnit unit() {
        return unit;
    }

    /**
     * {@return the amount in whole currency units, the scale word applied
     * ({@code 88900000000} for {@code 88.9 billion CNY}, as {@code 8.89E+10})}
     */
    public BigDecimal amount() {
        return value.scaleByPowerOfTen(unit.scale().exponent());
    }

    /**
     * Returns this amount with another scale word, exactly: {@code 88.9 billion CNY} in
     * {@code million CNY} is {@code 88900 million CNY}.
     *
     * @param target the unit, of the same currency, not null
     * @return the amount in {@code target}; this instance is immutable and unaffected by this method call
     * @throws IllegalArgumentException if the currencies differ
     */
    public Money to(MoneyUnit target) {
        Objects.requireNonNull(target, "target");
        if (!target.currency().equals(currency())) {
            throw new IllegalArgumentException("cannot express " + this + " in " + target
                    + ": different currencies; convert with an FxRate first");
        }
        return new Money(rescale(value, unit.scale(), target.scale()), target);
    }

    /**
     * Returns this amount with another scale word, exactly, in the same currency.
     *
     * @param scale the scale word, {@link Scale#ONE} for none, not null
     * @return the amount; this instance is immutable and unaffected by this method call
     */
    public Money to(Scale scale) {
        return to(unit.withScale(Objects.requireNonNull(scale, "scale")));
    }

    private static BigDecimal rescale(BigDecimal value, Scale from, Scale to) {
        return from == to ? value : value.scaleByPowerOfTen(from.exponent() - to.exponent());
    }

    /**
     * Returns the sum. The same units add directly; otherwise the sum takes the finer scale word
     * ({@code 20 billion CNY} plus {@code 500 million CNY} is {@code 20500 million CNY}), which
     * is exact.
     *
     * @param other the amount to add, in the same currency, not null
     * @return the sum; this instance is immutable and unaffected by this method call
     * @throws IllegalArgumentException if the currencies differ
     */
    public Money plus(Money other) {
        MoneyUnit o = other.unit;
        if (o == unit || o.scale() == unit.scale() && o.currency() == unit.currency()) {
            return new Money(value.add(other.value), unit);
        }
        requireSameCurrency(other, "add");
        Scale finer = finer(unit.scale(), o.scale());
        return new Money(rescale(value, unit.scale(), finer).add(rescale(other.value, o.scale(), finer)), unit.withScale(finer));
    }

    /**
     * Returns the difference, in the finer of the two scale words as for {@link #plus(Money)}.
     *
     * @param other the amount to subtract, in the same currency, not null
     * @return the difference; this instance is immutable and unaffected by this method call
     * @throws IllegalArgumentException if the currencies differ
     */
    public Money minus(Money other) {
        MoneyUnit o = other.unit;
        if (o == unit || o.scale() == unit.scale() && o.currency() == unit.currency()) {
            return new Money(value.subtract(other.value), unit);
        }
        requireSameCurrency(other, "subtract");
        Scale finer = finer(unit.scale(), o.scale());
        return new Money(rescale(value, unit.scale(), finer).subtract(rescale(other.value, o.scale(), finer)), unit.withScale(finer));
    }

    private static Scale finer(Scale a, Scale b) {
        return a.exponent() <= b.exponent() ? a : b;
    }

    /**
     * Returns this amount multiplied by a plain number, exactly, in the same unit.
     *
     * @param factor the factor, not null
     * @return the product; this instance is immutable and unaffected by this method call
     */
    public Money multipliedBy(BigDecimal factor) {
        return new Money(value.multiply(Objects.requireNonNull(factor, "factor")), unit);
    }

    /**
     * Returns this amount divided by a plain number, exactly, in the same unit.
     *
     * @param divisor the divisor, not null
     * @return the quotient; this instance is immutable and unaffected by this method call
     * @throws ArithmeticException if the divisor is zero or the quotient does not terminate
     *         (use {@link #dividedBy(BigDecimal, MathContext)})
     */
    public Money dividedBy(BigDecimal divisor) {
        Objects.requireNonNull(divisor, "divisor");
        try {
            return new Money(value.divide(divisor), unit);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("dividing " + this + " by " + divisor.toPlainString()
                    + ": " + e.getMessage() + "; pass a MathContext to round");
        }
    }

    /**
     * Returns this amount divided by a plain number, the number before the scale word rounded by {@code mc}.
     *
     * @param divisor the divisor, not null
     * @param mc how to round, not null
     * @return the quotient; this instance is immutable and unaffected by this method call
     * @throws ArithmeticException if the divisor is zero
     */
    public Money dividedBy(BigDecimal divisor, MathContext mc) {
        return new Money(value.divide(Objects.requireNonNull(divisor, "divisor"), Objects.requireNonNull(mc, "mc")), unit);
    }

    /**
     * Returns this amount as a multiple of {@code other}, a plain number, whatever their scale words:
     * {@code 163.522 billion CNY} over {@code 103.073 billion CNY} is {@code 1.58647...}.
     *
     * @param other the amount to divide by, of the same currency, not null
     * @param mc how to round, not null; unlimited for an exact result
     * @return the ratio
     * @throws IllegalArgumentException if the currencies differ (convert one first, at a dated rate)
     * @throws ArithmeticException if {@code other} is zero, or the exact quotient does not terminate
     */
    public BigDecimal ratio(Money other, MathContext mc) {
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(mc, "mc");
        if (!other.currency().equals(currency())) {
            throw new IllegalArgumentException("cannot divide " + this + " by " + other + ": "
                    + currency().getCurrencyCode() + " and " + other.currency().getCurrencyCode()
                    + " differ; convert one at a dated rate first");
        }
        if (other.signum() == 0) {
            throw new ArithmeticException("dividing " + this + " by zero (" + other + ")");
        }
        return amount().divide(other.amount(), mc);
    }

    /**
     * Returns the negated amount.
     *
     * @return the amount with the opposite sign; this instance is immutable and unaffected by this method call
     */
    public Money negated() {
        return new Money(value.negate(), unit);
    }

    /** {@return whether the amount is zero} */
    public boolean isZero() {
        return value.signum() == 0;
    }

    /** {@return -1, 0 or 1 as the amount is below, at or above zero} */
    public int signum() {
        return value.signum();
    }

    /**
     * Compares amounts of the same currency numerically, across scale words.
     *
     * @throws IllegalArgumentException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other, "compare");
        Scale a = unit.scale();
        Scale b = other.unit.scale();
        if (a == b) {
            return value.compareTo(other.value);
        }
        Scale finer = finer(a, b);
        return rescale(value, a, finer).compareTo(rescale(other.value, b, finer));
    }

    private void requireSameCurrency(Money other, String verb) {
        if (!other.unit.currency().equals(unit.currency())) {
            throw new IllegalArgumentException("cannot " + verb + " " + this + " and " + other
                    + ": different currencies; convert with an FxRate first");
        }
    }

    /**
     * Returns a collector that adds up amounts of one currency, in the finest scale word among
     * them; an empty stream gives zero. Amounts of another currency fail the collection with an
     * {@link IllegalArgumentException}; use {@link MultiCurrencyAmount#collector()} to keep
     * currencies apart.
     *
     * @param currency the currency of the total, not null
     * @return the collector
     */
    public static Collector<Money, ?, Money> collector(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        Money zero = zero(currency);
        return Collector.of(
                () -> new Money[] {null},
                (box, m) -> box[0] = box[0] == null ? check(m, currency) : box[0].plus(check(m, currency)),
                (x, y) -> {
                    if (x[0] == null) {
                        return y;
                    }
                    if (y[0] != null) {
                        x[0] = x[0].plus(y[0]);
                    }
                    return x;
                },
                box -> box[0] == null ? zero : box[0]);
    }

    private static Money check(Money m, Currency currency) {
        if (!m.currency().equals(currency)) {
            throw new IllegalArgumentException("cannot add " + m + " to a total in " + currency.getCurrencyCode()
                    + ": different currencies; convert with an FxRate first");
        }
        return m;
    }

    /** Equal when of the same currency and numerically equal, whatever the scale words: agrees with {@link #compareTo}. */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Money)) {
            return false;
        }
        Money other = (Money) obj;
        return other.unit.currency().equals(unit.currency()) && compareTo(other) == 0;
    }

    /** Hashes the currency and the reduced amount in whole units, so that equal amounts hash alike. */
    @Override
    public int hashCode() {
        return unit.currency().hashCode() * 31 + Decimals.normalize(amount()).hashCode();
    }

    /**
     * Returns the amount as written: the plain number, a space and the unit
     * ({@code 88.9 billion CNY}, {@code 12.34 CNY}). {@link #parse(String)} reads it back.
     */
    @JsonValue
    @Override
    public String toString() {
        return value.toPlainString() + " " + unit;
    }
}
