package org.industrymetrics.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.industrymetrics.json.DatasetJson;
import org.industrymetrics.json.JsonLimits;
import org.industrymetrics.observation.Dataset;
import java.util.List;
import java.util.stream.Collectors;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The defects found by fuzzing the command line (issue 13), each from its reproducer. */
class FuzzReproducersTest {

    private static List<String> problems(DatasetTable table, String name, String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DatasetCsv.reader().add(table, new StringReader(text), name).read());
        return e.problems().stream().map(InputProblem::toString).collect(Collectors.toList());
    }

    /** #6: a rule is read with its table; a syntax error is a problem at its cell with the character, not a crash of check. */
    @Test
    void test_ruleSyntaxErrors_reportedWhenTheTableIsRead() {
        assertEquals(List.of(
                "rules.csv:2: column rule: at character 12 of \"a.x = b.x +\": found the end, expected a metric id after +",
                "rules.csv:3: column rule: at character 5 of \"a.x < b.x\": found '<', expected <= (a rule holds with equality too)",
                "rules.csv:4: column rule: at character 1 of \"= a.x\": found '=', expected a metric id such as lithium_salt.capacity",
                "rules.csv:5: column rule: at character 5 of \"a.x <> b.x\": found '<', expected <= (a rule holds with equality too)",
                "rules.csv:6: column rule: at character 1 of \"A.x = b.x\": found 'A', expected a lower-case metric id",
                "rules.csv:7: column rule: at character 12 of \"a.x >= b.x >= c.x\": found a second relation, expected + or - or the end:"
                        + " a rule has one =, <= or >="),
                problems(DatasetTable.RULES, "rules.csv", "id,rule\n"
                        + "r1,a.x = b.x +\n"
                        + "r2,a.x < b.x\n"
                        + "r3,= a.x\n"
                        + "r4,a.x <> b.x\n"
                        + "r5,A.x = b.x\n"
                        + "r6,a.x >= b.x >= c.x\n"));
    }

    private static String observationWithQuote(String quote) {
        return "{\"format\": \"" + DatasetJson.FORMAT + "\", \"observations\": [{\"subject\": \"CN\", \"metric\": \"m\","
                + " \"period\": \"2024\", \"value\": \"1\", \"unit\": \"GWh\", \"quote\": \"" + quote + "\"}]}";
    }

    /** #4: the longest JSON string is the longest CSV cell: what convert writes, check reads. */
    @Test
    void test_longestText_convertsToCsvAndReadsBack() throws IOException {
        String longest = "\u00e9".repeat(JsonLimits.MAX_STRING_LENGTH);
        Dataset d = DatasetJson.read(new StringReader(observationWithQuote(longest)), "long.json");
        StringWriter csv = new StringWriter();
        DatasetCsv.writeObservations(d, csv);
        Dataset again = DatasetCsv.reader().add(DatasetTable.OBSERVATIONS, new StringReader(csv.toString()), "observations.csv").read();
        assertEquals(longest, again.observations().get(0).quote().orElseThrow());
    }

    /** #4: a longer string is refused when the JSON is read, not after conversion. */
    @Test
    void test_tooLongText_refusedByJson() {
        String longer = "x".repeat(JsonLimits.MAX_STRING_LENGTH + 1);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DatasetJson.read(new StringReader(observationWithQuote(longer)), "long.json"));
        assertEquals(1, e.problems().size());
        assertEquals("long.json", e.problems().get(0).input());
    }
}
