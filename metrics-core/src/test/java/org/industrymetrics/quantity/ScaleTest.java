package org.industrymetrics.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.industrymetrics.FigureParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScaleTest {

    static Stream<Arguments> data_parseGood() {
        return Stream.of(
                Arguments.of("thousand", Scale.THOUSAND, 3),
                Arguments.of("wan", Scale.WAN, 4),
                Arguments.of("万", Scale.WAN, 4),
                Arguments.of("million", Scale.MILLION, 6),
                Arguments.of("yi", Scale.YI, 8),
                Arguments.of("亿", Scale.YI, 8),
                Arguments.of("hundred million", Scale.YI, 8),
                Arguments.of("HUNDRED MILLION", Scale.YI, 8),
                Arguments.of("billion", Scale.BILLION, 9),
                Arguments.of("Billion", Scale.BILLION, 9),
                Arguments.of("trillion", Scale.TRILLION, 12));
    }

    @ParameterizedTest
    @MethodSource("data_parseGood")
    void test_parse(String text, Scale scale, int exponent) {
        assertEquals(scale, Scale.parse(text));
        assertEquals(exponent, scale.exponent());
        assertEquals(0, BigDecimal.TEN.pow(exponent).compareTo(scale.multiplier()));
        assertEquals(scale, Scale.parse(scale.word()));
        assertEquals(scale.word(), scale.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hundred", "milion", "bn", "one", "thousands"})
    void test_parse_bad(String text) {
        FigureParseException e = assertThrows(FigureParseException.class, () -> Scale.parse(text));
        assertEquals(text, e.input());
        assertEquals(0, e.index());
    }

    @org.junit.jupiter.api.Test
    void test_one() {
        assertEquals("", Scale.ONE.word());
        assertEquals(0, BigDecimal.ONE.compareTo(Scale.ONE.multiplier()));
    }
}
