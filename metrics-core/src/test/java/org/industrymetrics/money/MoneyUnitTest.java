package org.industrymetrics.money;

import static org.industrymetrics.money.Currencies.CNY;
import static org.industrymetrics.money.Currencies.USD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.Currency;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.quantity.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyUnitTest {

    @ParameterizedTest
    @CsvSource({
            "billion CNY, BILLION, CNY, billion CNY",
            "yuan, ONE, CNY, CNY",
            "YUAN, ONE, CNY, CNY",
            "RMB, ONE, CNY, CNY",
            "rmb, ONE, CNY, CNY",
            "元, ONE, CNY, CNY",
            "hundred million yuan, YI, CNY, yi CNY",
            "yi CNY, YI, CNY, yi CNY",
            "亿元, YI, CNY, yi CNY",
            "million USD, MILLION, USD, million USD",
            "CNY, ONE, CNY, CNY",
            "wan yuan, WAN, CNY, wan CNY",
            "thousand EUR, THOUSAND, EUR, thousand EUR",
            "Trillion JPY, TRILLION, JPY, trillion JPY"
    })
    void test_parse_good(String text, Scale scale, String code, String canonical) {
        MoneyUnit u = MoneyUnit.parse(text);
        assertEquals(scale, u.scale());
        assertEquals(Currency.getInstance(code), u.currency());
        assertEquals(canonical, u.toString());
        assertEquals(u, MoneyUnit.parse(u.toString()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''| 0| expected a currency",
            "usd| 0| did you mean \"USD\"?",
            "bilion CNY| 0| did you mean \"billion\"?",
            "billion| 7| after the scale word \"billion\"",
            "billion dollars| 8| unknown currency \"dollars\"",
            "GWh| 0| unknown currency \"GWh\"",
            "many billion CNY| 0| unknown scale word \"many billion\""
    })
    void test_parse_bad(String text, int index, String fragment) {
        FigureParseException e = assertThrows(FigureParseException.class, () -> MoneyUnit.parse(text));
        assertEquals(index, e.index(), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void test_of() {
        assertEquals("billion CNY", MoneyUnit.of(Scale.BILLION, CNY).toString());
        assertEquals(MoneyUnit.of(Scale.ONE, USD), MoneyUnit.of(USD));
        assertSame(Scale.YI, MoneyUnit.of(Scale.YI, CNY).scale());
        assertEquals(MoneyUnit.parse("million CNY"), MoneyUnit.parse("billion CNY").withScale(Scale.MILLION));
    }

    @Test
    void test_equals() {
        new EqualsTester()
                .addEqualityGroup(MoneyUnit.parse("billion CNY"), MoneyUnit.parse("billion yuan"), MoneyUnit.of(Scale.BILLION, CNY))
                .addEqualityGroup(MoneyUnit.parse("million CNY"))
                .addEqualityGroup(MoneyUnit.parse("billion USD"))
                .addEqualityGroup(MoneyUnit.parse("CNY"), MoneyUnit.of(CNY))
                .testEquals();
    }
}
