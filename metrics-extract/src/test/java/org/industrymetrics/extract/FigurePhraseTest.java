package org.industrymetrics.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.InvalidValueException;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.ObservationUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigurePhraseTest {

    /** phrase; value as printed (sign included); qualifier; unit; measure. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "over 20 billion yuan; 20; over; billion CNY; level",
        "about USD 2.75 billion; 2.75; about; billion USD; level",
        "($2.1 billion); 2.1; exact; billion USD; level",
        "RMB 3.46 billion; 3.46; exact; billion CNY; level",
        "CNY 12.3 billion; 12.3; exact; billion CNY; level",
        "3.2 hundred million kWh; 3.2; exact; yi kWh; level",
        "12.5亿元; 12.5; exact; yi CNY; level",
        "12 万辆; 12; exact; wan vehicles; level",
        "12 - 15 billion yuan; 12..15; range; billion CNY; level",
        "20,000-ton/year; 20000; exact; t/a; level",
        "594 mu; 594; exact; mu; level",
        "up 27.4% year-on-year; 27.4; exact; %; growth",
        "down 4.2%; -4.2; exact; %; growth",
        "a decrease of 3.5 percent; -3.5; exact; %; growth",
        "a 144% increase; 144; exact; %; growth",
        "up over 30%; 30; over; %; growth",
        "an increase of 4.5 times; 4.5; exact; x; multiple",
        "up 2.1-fold; 2.1; exact; x; multiple",
        "4.5 times as much; 4.5; exact; x; multiple",
        "doubled; 2; exact; x; multiple",
        "more than doubled; 2; over; x; multiple",
        "one-fifth of; 20; exact; %; share",
        "nearly half of; 50; nearly; %; share",
        "two-thirds of; 66.7; exact; %; share",
        "21% of; 21; exact; %; share",
        "accounting for more than 85%; 85; over; %; share",
        "up 1.5 percentage points; 1.5; exact; pp; growth_pp",
        "slowed down by 2 percentage points; -2; exact; pp; growth_pp",
        "contributing 102.2 percent to the growth; 102.2; exact; %; contribution",
        "more than 85%; 85; over; %; share",
        "no less than 500 GWh; 500; at_least; GWh; level",
        "surpassing 1 trillion yuan; 1; over; trillion CNY; level",
        "突破500亿元; 500; over; yi CNY; level",
        "nine; 9; exact; 1; level",
        "two seats; 2; exact; 1; level",
        "135 enterprises; 135; exact; enterprises; level",
        "about 3,000 - 4,000 employees; 3000..4000; range; 1; level",
        "nearly 500,000 battery cells; 500000; nearly; cells; level",
        "over 110GWh; 110; over; GWh; level",
        "50,000 tonnes per year; 50000; exact; t/a; level",
        "18.7 square kilometers; 18.7; exact; km2; level",
        "up to three million vehicles; 3; at_most; million vehicles; level",
        "11 million U.S. dollars; 11; exact; million USD; level",
        "€1.5bn; 1.5; exact; billion EUR; level",
        "between 12 and 15 GWh; 12..15; range; GWh; level",
        "-4.2%; -4.2; exact; %; growth",
    })
    void readsThePhrasesOfReports(String phrase, String value, String qualifier, String unit, String measure) {
        FigurePhrase p = FigurePhrase.parse(phrase);
        assertEquals(ReportedFigure.of(value, Qualifier.parse(qualifier)), p.figure(), phrase);
        assertEquals(ObservationUnit.parse(unit), p.unit().orElseThrow(), phrase);
        assertEquals(Measure.parse(measure), p.measure(), phrase);
    }

    @Test
    void aPhraseWithTwoReadingsCarriesBoth() {
        FigurePhrase p = FigurePhrase.parse("an increase of 4.5 times");
        assertTrue(p.isAmbiguous());
        assertEquals(new BigDecimal("4.5"), p.figure().value());
        assertEquals(new BigDecimal("5.5"), p.otherReading().orElseThrow().figure().value());
        FigurePhrase fold = FigurePhrase.parse("up 2.1-fold");
        assertEquals(new BigDecimal("3.1"), fold.otherReading().orElseThrow().figure().value());
        assertFalse(FigurePhrase.parse("4.5 times as much").isAmbiguous());
        assertFalse(FigurePhrase.parse("doubled").isAmbiguous());
    }

    @Test
    void scaleWordsApply() {
        assertEquals(0, new BigDecimal("2E10").compareTo(FigurePhrase.parse("20 billion yuan").scaledValue()));
        assertEquals(0, new BigDecimal("1.25E9").compareTo(FigurePhrase.parse("12.5亿元").scaledValue()));
        assertEquals(0, new BigDecimal("1.5E10").compareTo(FigurePhrase.parse("12 - 15 billion yuan").scaledHigh()));
    }

    @Test
    void aUnitOutsideTheFormatIsKeptAsPrinted() {
        FigurePhrase p = FigurePhrase.parse("less than 2 km");
        assertTrue(p.unit().isEmpty());
        assertEquals("km", p.unitText());
        assertEquals(Qualifier.UNDER, p.figure().qualifier());
        FigurePhrase price = FigurePhrase.parse("98,000 yuan per ton");
        assertTrue(price.unit().isEmpty(), "a price is not an amount of yuan");
    }

    @Test
    void aChangeOfALevelIsMarked() {
        FigurePhrase p = FigurePhrase.parse("down 5 billion yuan");
        assertTrue(p.isChange());
        assertEquals(new BigDecimal("-5"), p.figure().value());
    }

    @Test
    void badTextIsAFigureParseExceptionThatSaysWhere() {
        FigureParseException e = assertThrows(FigureParseException.class, () -> FigurePhrase.parse("no less than"));
        assertEquals("no less than", e.input());
        assertTrue(e.getMessage().contains("expected a figure"), e.getMessage());
        FigureParseException bad = assertThrows(FigureParseException.class, () -> FigurePhrase.parse("30,00 NEVs"));
        assertEquals(0, bad.index());
        assertTrue(bad.problem().contains("30,00"), bad.problem());
        FigureParseException trailing = assertThrows(FigureParseException.class,
                () -> FigurePhrase.parse("20 billion yuan were invested"));
        assertEquals(16, trailing.index());
        assertTrue(trailing.problem().contains("were invested"), trailing.problem());
        FigureParseException leading = assertThrows(FigureParseException.class,
                () -> FigurePhrase.parse("the firm made 20 billion yuan"));
        assertEquals(0, leading.index());
    }

    @Test
    void canonicalFormsReadBack() {
        for (String s : new String[] {"over 20 billion CNY", "12 to 15 billion CNY", "21% of", "down 4.2%",
            "up 1.5 percentage points", "4.5 times as much", "an increase of 4.5 times", "contributing 102.2% to the growth",
            "3000 employees", "nearly 500000 cells", "under 2 km", "up 5 billion CNY"}) {
            FigurePhrase p = FigurePhrase.parse(s);
            assertEquals(s, p.toString());
            assertEquals(p, FigurePhrase.parse(p.toString()));
        }
    }

    @Test
    void ofChecksTheUnitAgainstTheMeasure() {
        FigurePhrase p = FigurePhrase.of(ReportedFigure.parse("21"), ObservationUnit.PERCENT, Measure.SHARE);
        assertEquals(FigurePhrase.parse("21% of"), p);
        assertThrows(InvalidValueException.class,
                () -> FigurePhrase.of(ReportedFigure.parse("21"), ObservationUnit.PERCENT, Measure.LEVEL));
    }
}
