package org.industrymetrics.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class QualifierTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "exact; EXACT", "EXACT; EXACT", "range; RANGE",
        "about; ABOUT", "around; ABOUT", "approximately; ABOUT", "some; ABOUT", "About; ABOUT",
        "over; OVER", "more than; OVER", "exceeds; OVER", "surpassing; OVER", "突破; OVER", "More  Than; OVER",
        "at_least; AT_LEAST", "at least; AT_LEAST", "no less than; AT_LEAST", "AT_LEAST; AT_LEAST",
        "nearly; NEARLY", "almost; NEARLY", "close to; NEARLY",
        "under; UNDER", "less than; UNDER",
        "at_most; AT_MOST", "at most; AT_MOST", "up to; AT_MOST", "no more than; AT_MOST",
    })
    void test_parse_good(String text, Qualifier expected) {
        assertEquals(expected, Qualifier.parse(text));
    }

    @ParameterizedTest
    @EnumSource(Qualifier.class)
    void test_parse_id(Qualifier q) {
        assertEquals(q, Qualifier.parse(q.id()));
        assertEquals(q.id(), q.toString());
        for (String word : q.words()) {
            assertEquals(q, Qualifier.parse(word));
        }
    }

    @Test
    void test_ids() {
        assertEquals("at_least", Qualifier.AT_LEAST.id());
        assertEquals("at least", Qualifier.AT_LEAST.word());
        assertEquals("", Qualifier.EXACT.word());
        assertEquals("", Qualifier.RANGE.word());
        assertEquals("over", Qualifier.OVER.word());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "aboot; did you mean \"about\"?",
        "ovr; did you mean \"over\"?",
        "at leest; did you mean \"at least\"?",
        "nearl; did you mean \"nearly\"?",
        "mor than; did you mean \"more than\"?",
    })
    void test_parse_nearMiss(String text, String suggestion) {
        FigureParseException e = assertThrows(FigureParseException.class, () -> Qualifier.parse(text));
        assertEquals(text, e.input());
        assertEquals(0, e.index());
        assertTrue(e.problem().startsWith("found \"" + text + "\", expected a qualifier"), e.problem());
        assertEquals(suggestion, e.suggestion().orElseThrow().text());
        assertTrue(e.getMessage().endsWith("(" + suggestion + ")"), e.getMessage());
    }

    @Test
    void test_parse_unknown() {
        FigureParseException e = assertThrows(FigureParseException.class, () -> Qualifier.parse("zzzzzzzz"));
        assertEquals("cannot read \"zzzzzzzz\" at index 0: found \"zzzzzzzz\", expected a qualifier such as about, over, "
                + "at least, nearly, under, at most", e.getMessage());
        assertThrows(FigureParseException.class, () -> Qualifier.parse(""));
        assertThrows(NullPointerException.class, () -> Qualifier.parse(null));
    }

    @Test
    void test_widths() {
        QualifierWidths d = QualifierWidths.DEFAULTS;
        assertEquals(new BigDecimal("0.05"), d.about());
        assertEquals(new BigDecimal("0.10"), d.over());
        assertEquals(new BigDecimal("0.05"), d.nearly());
        assertEquals("QualifierWidths[about=0.05, over=0.10, nearly=0.05]", d.toString());
        new EqualsTester()
                .addEqualityGroup(d, QualifierWidths.of(new BigDecimal("0.050"), new BigDecimal("0.1"), new BigDecimal("0.05")))
                .addEqualityGroup(d.withAbout(new BigDecimal("0.1")))
                .addEqualityGroup(d.withOver(new BigDecimal("0.2")))
                .addEqualityGroup(d.withNearly(BigDecimal.ZERO))
                .testEquals();
    }

    @Test
    void test_widths_bad() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> QualifierWidths.of(new BigDecimal("0.05"), BigDecimal.ONE, new BigDecimal("0.05")));
        assertEquals("width over: must be at least 0 and below 1, found 1", e.getMessage());
        assertEquals(java.util.Optional.of("over"), e.field());
        assertThrows(InvalidValueException.class,
                () -> QualifierWidths.of(new BigDecimal("-0.01"), BigDecimal.ZERO, BigDecimal.ZERO));
        assertThrows(NullPointerException.class, () -> QualifierWidths.of(null, BigDecimal.ZERO, BigDecimal.ZERO));
    }
}
