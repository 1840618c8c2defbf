package org.industrymetrics.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.Suggestion;
import org.industrymetrics.io.DatasetTable;
import org.industrymetrics.json.DatasetJson;
import org.junit.jupiter.api.Test;

/**
 * A value cell that holds a qualifier word or a unit besides its number: the CSV and the JSON reader
 * report it at the cell, with the typed suggestion to use the qualifier or unit column.
 */
class ValueCellHintTest {

    private static InputProblem csv(String value) {
        String rows = "id,subject,metric,period,value,unit\n"
                + "a,CN,power_battery.output,2024," + value + ",GWh\n";
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DatasetCsv.reader().add(DatasetTable.OBSERVATIONS, new StringReader(rows), "observations.csv").read());
        assertEquals(1, e.problems().size(), e.problems().toString());
        return e.problems().get(0);
    }

    private static InputProblem json(String value) {
        String doc = "{\"format\": \"industry-metrics/1\", \"observations\": [\n"
                + "  {\"id\": \"a\", \"subject\": \"CN\", \"metric\": \"power_battery.output\", \"period\": \"2024\","
                + " \"value\": \"" + value + "\", \"unit\": \"GWh\"}]}";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DatasetJson.read(new StringReader(doc), "d.json"));
        assertEquals(1, e.problems().size(), e.problems().toString());
        return e.problems().get(0);
    }

    @Test
    void test_csv_qualifierInTheValueCell() {
        InputProblem p = csv("over 200");
        assertEquals(2, p.line());
        assertEquals(Optional.of("value"), p.location().column());
        Suggestion s = p.suggestion().orElseThrow();
        assertEquals(Map.of("qualifier", "over"), s.columns());
        assertEquals(Optional.of("200"), s.replacement());
        assertEquals(true, p.toString().contains("use the qualifier column: value \"200\", qualifier \"over\""), p.toString());
    }

    @Test
    void test_csv_unitGluedToTheNumber() {
        InputProblem p = csv("12.5GWh");
        assertEquals(Map.of("unit", "GWh"), p.suggestion().orElseThrow().columns());
        assertEquals(Optional.of("12.5"), p.suggestion().orElseThrow().replacement());
    }

    @Test
    void test_json_qualifierAndUnitInTheValue() {
        InputProblem p = json("nearly 250 GWh");
        assertEquals(List.of("qualifier", "unit"), List.copyOf(p.suggestion().orElseThrow().columns().keySet()));
        assertEquals(Map.of("qualifier", "nearly", "unit", "GWh"), p.suggestion().orElseThrow().columns());
        assertEquals(Optional.of("250"), p.suggestion().orElseThrow().replacement());
    }
}
