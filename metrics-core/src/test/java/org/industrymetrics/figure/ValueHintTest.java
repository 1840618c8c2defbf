package org.industrymetrics.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.Suggestion;
import org.industrymetrics.money.Money;
import org.industrymetrics.quantity.Energy;
import org.industrymetrics.quantity.Quantity;
import org.industrymetrics.quantity.Unit;
import org.junit.jupiter.api.Test;

/**
 * The hints for a value that holds more than a number: a qualifier word written before it or a
 * unit after it, as typed suggestions ({@link Suggestion#columns()}, {@link Suggestion#replacement()}).
 */
class ValueHintTest {

    private static Optional<Suggestion> cell(String value) {
        return assertThrows(FigureParseException.class, () -> ReportedFigure.of(value, Qualifier.EXACT)).suggestion();
    }

    @Test
    void test_valueCell_qualifierWord_movesToTheQualifierColumn() {
        Suggestion s = cell("over 200").orElseThrow();
        assertEquals(Optional.of("200"), s.replacement());
        assertEquals(Map.of("qualifier", "over"), s.columns());
        assertEquals("use the qualifier column: value \"200\", qualifier \"over\"", s.text());
        assertEquals(Map.of("qualifier", "at_least"), cell("no less than 5.5").orElseThrow().columns());
        assertEquals(Map.of("qualifier", "over"), cell("突破500").orElseThrow().columns());
        assertEquals(Optional.of("500"), cell("突破500").orElseThrow().replacement());
    }

    @Test
    void test_valueCell_everyQualifierWordAndId_isNamed() {
        List<String> missed = new ArrayList<>();
        for (Qualifier q : Qualifier.values()) {
            List<String> texts = new ArrayList<>(q.words());
            texts.add(q.id());
            for (String word : texts) {
                Optional<Suggestion> s = cell(word + " 12.5");
                if (s.isEmpty() || !s.get().columns().equals(Map.of("qualifier", q.id())) || !s.get().replacement().equals(Optional.of("12.5"))) {
                    missed.add(word + " -> " + s);
                }
            }
        }
        assertEquals(List.of(), missed);
    }

    @Test
    void test_valueCell_unitGluedOrSpaced_movesToTheUnitColumn() {
        Suggestion s = cell("12.5GWh").orElseThrow();
        assertEquals(Optional.of("12.5"), s.replacement());
        assertEquals(Map.of("unit", "GWh"), s.columns());
        assertEquals("use the unit column: value \"12.5\", unit \"GWh\"", s.text());
        assertEquals(Map.of("unit", "billion CNY"), cell("163.522 billion CNY").orElseThrow().columns());
        assertEquals(Map.of("unit", "%"), cell("58.7%").orElseThrow().columns());
        assertEquals(Map.of("unit", "GWh/a"), cell("12..15 GWh/a").orElseThrow().columns());
        assertEquals(Optional.of("12..15"), cell("12..15 GWh/a").orElseThrow().replacement());
    }

    @Test
    void test_valueCell_everyKnownUnitSymbol_glued_isNamed() {
        List<String> missed = new ArrayList<>();
        for (Unit u : Unit.knownUnits()) {
            if (u.equals(Unit.ONE)) {
                continue;
            }
            Optional<Suggestion> s = cell("-7.25" + u.symbol());
            if (s.isEmpty() || !s.get().columns().equals(Map.of("unit", u.symbol()))) {
                missed.add(u.symbol() + " -> " + s);
            }
        }
        assertEquals(List.of(), missed);
    }

    @Test
    void test_valueCell_qualifierAndUnit_bothMove() {
        Suggestion s = cell("about 2.75 billion USD").orElseThrow();
        assertEquals(Optional.of("2.75"), s.replacement());
        assertEquals(List.of("qualifier", "unit"), List.copyOf(s.columns().keySet()));
        assertEquals("use the qualifier and unit columns: value \"2.75\", qualifier \"about\", unit \"billion USD\"", s.text());
    }

    @Test
    void test_valueCell_otherText_noHint() {
        assertEquals(Optional.empty(), cell("12.5 bananas"));
        assertEquals(Optional.empty(), cell("over"));
        assertEquals(Optional.empty(), cell("GWh"));
        assertEquals(Optional.empty(), cell("12,5"));
        assertEquals(Optional.empty(), cell("twelve GWh"));
    }

    @Test
    void test_figureParse_unitAfterNumber_movesToTheUnitColumn() {
        Suggestion s = assertThrows(FigureParseException.class, () -> ReportedFigure.parse("over 200 GWh")).suggestion().orElseThrow();
        assertEquals(Optional.of("over 200"), s.replacement());
        assertEquals(Map.of("unit", "GWh"), s.columns());
        // and the figure that is suggested reads
        assertEquals(ReportedFigure.of("200", Qualifier.OVER), ReportedFigure.parse(s.replacement().orElseThrow()));
    }

    @Test
    void test_quantityParse_gluedUnit_suggestsTheSpace() {
        FigureParseException e = assertThrows(FigureParseException.class, () -> Quantity.parse("12.5GWh"));
        assertEquals(Optional.of(Suggestion.replaceWith("12.5 GWh")), e.suggestion());
        assertEquals(4, e.index());
        assertEquals(Quantity.parse("12.5 GWh"), Quantity.parse(e.suggestion().orElseThrow().replacement().orElseThrow()));
        assertEquals(Optional.of(Suggestion.replaceWith("5.94 billion m2")),
                assertThrows(FigureParseException.class, () -> Quantity.parse("5.94billion m2")).suggestion());
        assertEquals(Optional.of(Suggestion.replaceWith("20 GWh")),
                assertThrows(FigureParseException.class, () -> Energy.parse("20GWh")).suggestion());
        // not a unit: no suggestion
        assertEquals(Optional.empty(), assertThrows(FigureParseException.class, () -> Quantity.parse("12.5bananas")).suggestion());
    }

    @Test
    void test_moneyParse_gluedCurrency_suggestsTheSpace() {
        assertEquals(Optional.of(Suggestion.replaceWith("12.5 CNY")),
                assertThrows(FigureParseException.class, () -> Money.parse("12.5CNY")).suggestion());
        assertEquals(Optional.of(Suggestion.replaceWith("163.5 billion CNY")),
                assertThrows(FigureParseException.class, () -> Money.parse("163.5billion CNY")).suggestion());
    }
}
