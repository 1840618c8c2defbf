package org.industrymetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Reading a number from a part of a buffer is reading it from that part as a string, problems included. */
class DecimalTextProperties {

    /** Numbers, long ones, and anything made of a number's characters. */
    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(25),
                Arbitraries.strings().withChars("0123456789.-").ofMinLength(1).ofMaxLength(25),
                Arbitraries.strings().withChars("0123456789+-.,eE x").ofMaxLength(14));
    }

    @Property
    void parse_slice_isParseOfTheString(@ForAll("cells") String cell, @ForAll boolean exponent) {
        StringBuilder buffer = new StringBuilder("ab,").append(cell).append(",cd");
        int begin = 3;
        int end = begin + cell.length();
        BigDecimal expected;
        try {
            expected = exponent ? DecimalText.parseWithExponent(cell) : DecimalText.parse(cell);
        } catch (FigureParseException e) {
            FigureParseException slice = assertThrows(FigureParseException.class,
                    () -> DecimalText.parse(buffer, begin, end, exponent, null));
            assertEquals(e.getMessage(), slice.getMessage());
            assertEquals(e.input(), slice.input());
            assertEquals(e.index(), slice.index());
            // naming the whole input instead: the same problem, at its index in the whole
            FigureParseException whole = assertThrows(FigureParseException.class,
                    () -> DecimalText.parse(buffer, begin, end, exponent, buffer.toString()));
            assertEquals(buffer.toString(), whole.input());
            assertEquals(e.index() + begin, whole.index());
            return;
        }
        BigDecimal read = DecimalText.parse(buffer, begin, end, exponent, null);
        assertEquals(expected, read);
        assertEquals(expected.scale(), read.scale());
    }

    @Test
    void test_parse_slice_longNumber() {
        assertEquals(new BigDecimal("-12345678901234567890.5"),
                DecimalText.parse("x=-12345678901234567890.5;", 2, 25, false, null));
        FigureParseException e = assertThrows(FigureParseException.class, () -> DecimalText.parse("x=30,00;", 2, 7, false, null));
        assertEquals("30,00", e.input());
        assertEquals(2, e.index());
    }

    /** Numbers of every sign, size and scale: short, past a long's 18 digits, negative scales, trailing zeros. */
    @Provide
    Arbitrary<BigDecimal> numbers() {
        Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
                Arbitraries.bigIntegers().between(BigInteger.valueOf(-99999), BigInteger.valueOf(99999)),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(25).negate(), BigInteger.TEN.pow(25)),
                Arbitraries.of(BigInteger.ZERO, BigInteger.valueOf(Long.MAX_VALUE), BigInteger.valueOf(Long.MIN_VALUE + 1),
                        BigInteger.valueOf(999_999_999_999_999_999L), BigInteger.valueOf(-100_000_000_000_000_000L)));
        return Combinators.combine(unscaled, Arbitraries.integers().between(-5, 25)).as(BigDecimal::new);
    }

    @Property
    void plain_isToPlainString(@ForAll("numbers") BigDecimal number) {
        assertEquals(number.toPlainString(), DecimalText.plain(number));
    }

    @Property
    void appendPlain_appendsPlain(@ForAll("numbers") BigDecimal number) {
        assertEquals("x" + number.toPlainString(), DecimalText.appendPlain(new StringBuilder("x"), number).toString());
    }

    @Property
    void appendPlain_ofDigits_isToPlainString(@ForAll("longs") long unscaled, @ForAll @IntRange(min = -3, max = 22) int scale) {
        assertEquals("x" + BigDecimal.valueOf(unscaled, scale).toPlainString(),
                DecimalText.appendPlain(new StringBuilder("x"), unscaled, scale).toString());
    }

    /** Longs of every length, with the ends of 18 digits and of a long. */
    @Provide
    Arbitrary<Long> longs() {
        return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(-999_999L, 999_999L),
                Arbitraries.of(0L, 999_999_999_999_999_999L, 1_000_000_000_000_000_000L, -999_999_999_999_999_999L,
                        -1_000_000_000_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE, 10L, -10L, 100_000L));
    }
}
