package org.industrymetrics.csv;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.industrymetrics.json.DatasetJson;
import org.industrymetrics.json.JsonLimits;
import org.industrymetrics.observation.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.industrymetrics.io.DatasetTable;
import java.util.stream.Stream;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.io.UnwritableTextException;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.period.ReportingPeriod;
import org.junit.jupiter.api.io.TempDir;
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
        assertEquals(List.of("long.json:1: field observations[0].quote: found a text of 1048577 characters, expected at most 1048576"
                + " (the longest text of a dataset, in CSV as in JSON)"),
                e.problems().stream().map(InputProblem::toString).collect(Collectors.toList()));
    }

    /** #2: a lone surrogate escape in a JSON string is an error at its field, not a "?" read silently. */
    @Test
    void test_loneSurrogate_refusedByJson() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DatasetJson.read(new StringReader(observationWithQuote("\\ud800x")), "s.json"));
        assertEquals(List.of("s.json:1: field observations[0].quote: found a lone surrogate \\ud800 at character 1, expected Unicode"
                + " text: a \\u escape of a surrogate must be one of a pair"),
                e.problems().stream().map(InputProblem::toString).collect(Collectors.toList()));
        // a pair is one character, read as it is
        assertEquals("\ud83d\ude00", assertDoesNotThrow(() -> DatasetJson.read(new StringReader(observationWithQuote("\\ud83d\\ude00")),
                "s.json")).observations().get(0).quote().orElseThrow());
    }

    /** #2: a writer refuses a text it could not read back, and writing to files leaves nothing half-written. */
    @Test
    void test_unwritableText_refused_noHalfWrittenFile(@TempDir Path dir) throws IOException {
        Observation bad = Observation.builder().id("a").subject(SubjectRef.parse("CN")).metric("m").period(ReportingPeriod.parse("2024"))
                .figure(ReportedFigure.parse("1")).unit(ObservationUnit.parse("GWh")).quote("\ud800x").build();
        Dataset d = Dataset.of(List.of(bad));
        UnwritableTextException csv = assertThrows(UnwritableTextException.class, () -> DatasetCsv.write(d, dir));
        assertEquals("table observations, column quote: a lone surrogate \\ud800 at character 1, which is not Unicode, row with id \"a\"",
                csv.getMessage());
        UnwritableTextException json = assertThrows(UnwritableTextException.class, () -> DatasetJson.write(d, dir.resolve("d.json")));
        assertEquals("observations[0].quote: a lone surrogate \\ud800 at character 1, which is not Unicode", json.getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.collect(Collectors.toList()));
        }
    }

    /** #8: two files of one name in two folders: generated ids and problems tell them apart by their folders. */
    @Test
    void test_sameFileNameInTwoFolders_idsDoNotCollide(@TempDir Path dir) throws IOException {
        String csv = "subject,metric,period,value,unit\nCN,m,2024,1,GWh\n";
        Path one = Files.createDirectories(dir.resolve("d1")).resolve("observations.csv");
        Path two = Files.createDirectories(dir.resolve("d2")).resolve("observations.csv");
        Files.writeString(one, csv);
        Files.writeString(two, csv + "CN,m,2024,x,GWh\n");
        DatasetCsv.Builder reader = DatasetCsv.reader().add(DatasetTable.OBSERVATIONS, one).add(DatasetTable.OBSERVATIONS, two)
                .add(DatasetTable.SUBJECTS, new StringReader("id\nCN\n"), "subjects.csv");
        assertEquals(List.of("d1/observations.csv", "d2/observations.csv", "subjects.csv"), reader.inputNames());
        InvalidInputException e = assertThrows(InvalidInputException.class, reader::read);
        assertEquals(List.of("d2/observations.csv:3: column value: \"x\" is not a number: found 'x', expected a digit"),
                e.problems().stream().map(InputProblem::toString).collect(Collectors.toList()));
        Files.writeString(two, csv);
        Dataset d = DatasetCsv.reader().add(DatasetTable.OBSERVATIONS, one).add(DatasetTable.OBSERVATIONS, two).read();
        assertEquals(List.of("d1/observations.csv#2", "d2/observations.csv#2"),
                d.observations().stream().map(Observation::id).collect(Collectors.toList()));
        // one file alone goes by its name
        assertEquals("observations.csv#2", DatasetCsv.reader().add(DatasetTable.OBSERVATIONS, one).read().observations().get(0).id());
    }

    private static List<String> jsonProblems(String json) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DatasetJson.read(new StringReader(json), "d.json"));
        return e.problems().stream().map(InputProblem::toString).collect(Collectors.toList());
    }

    /** #7: JSON problems name the field by its path and say what was found and expected, in the library's words. */
    @Test
    void test_jsonProblems_pathAndLibraryWords() {
        String head = "{\"format\": \"" + DatasetJson.FORMAT + "\", \"observations\": [\n";
        assertEquals(List.of("d.json:2: field observations[0].value: given twice in one row, expected each field once"),
                jsonProblems(head + "{\"subject\": \"CN\", \"metric\": \"m\", \"period\": \"2024\", \"value\": \"1\", \"value\": \"2\","
                        + " \"unit\": \"GWh\"}]}"));
        assertEquals(List.of("d.json:2: field observations[0].value: \"NaN\" is not a number: found 'N', expected a digit"),
                jsonProblems(head + "{\"subject\": \"CN\", \"metric\": \"m\", \"period\": \"2024\", \"value\": NaN, \"unit\": \"GWh\"}]}"));
        String deep = "[".repeat(70) + "]".repeat(70);
        assertEquals(List.of("d.json:2: field observations[0]: found an array, expected an object with the fields of a row",
                "d.json:2: field observations[0]: found objects and arrays nested deeper than 64, expected a dataset document:"
                        + " a document holds tables of rows of fields"),
                jsonProblems(head + deep + "]}"));
        for (int length : new int[] {JsonLimits.MAX_STRING_LENGTH + 1, 3 * JsonLimits.MAX_STRING_LENGTH}) {
            assertEquals(List.of("d.json:2: field observations[0].quote: found a text of " + length + " characters, expected at most"
                    + " 1048576 (the longest text of a dataset, in CSV as in JSON)"),
                    jsonProblems(head + "{\"subject\": \"CN\", \"metric\": \"m\", \"period\": \"2024\", \"value\": \"1\", \"unit\": \"GWh\","
                            + " \"quote\": \"" + "x".repeat(length) + "\"}]}"));
        }
    }
}
