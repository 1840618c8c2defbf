package org.industrymetrics.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.csv.DatasetCsv;
import org.industrymetrics.io.DatasetTable;
import org.industrymetrics.observation.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetJsonTest {

    private static final String DOCUMENT = "{\n"
            + "  \"format\": \"industry-metrics/1\",\n"
            + "  \"observations\": [\n"
            + "    {\"id\": \"yibin-income-2022\", \"subject\": \"CN-SC.Yibin\", \"metric\": \"power_battery.industry.output_value\","
            + " \"period\": \"2022\", \"measure\": \"level\", \"value\": \"88.90\", \"unit\": \"billion CNY\", \"status\": \"actual\","
            + " \"quote\": \"88.9 billion yuan, \\\"an increase of 4.5 times\\\"\\nnext line\", \"x_page\": \"3\"},\n"
            + "    {\"id\": \"cq-share\", \"subject\": \"CN-CQ+CN-SC\", \"metric\": \"power_battery.output\", \"period\": \"2024-01/2024-05\","
            + " \"measure\": \"share\", \"value\": \"21\", \"base\": \"CN\", \"qualifier\": \"at_least\", \"precision\": \"-1\","
            + " \"status\": \"target\"}\n"
            + "  ],\n"
            + "  \"subjects\": [\n"
            + "    {\"id\": \"CN\", \"name\": \"China\", \"kind\": \"country\"},\n"
            + "    {\"id\": \"CN-SC\", \"parent\": \"CN\"}\n"
            + "  ],\n"
            + "  \"rates\": [\n"
            + "    {\"date\": \"2024\", \"base\": \"USD\", \"quote\": \"CNY\", \"rate\": \"7.1957\"}\n"
            + "  ]\n"
            + "}\n";

    private static List<String> problems(String json) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DatasetJson.read(new StringReader(json), "d.json"));
        return e.problems().stream().map(InputProblem::toString).collect(Collectors.toList());
    }

    @Test
    void test_read_write_canonicalDocument() throws IOException {
        Dataset d = DatasetJson.read(new StringReader(DOCUMENT), "d.json");
        assertEquals("Dataset[d.json: 2 observations, 2 subjects, 0 metrics, 1 rates, 0 rules, 0 sources]", d.toString());
        assertEquals(DOCUMENT, DatasetJson.toJson(d));
    }

    @Test
    void test_read_numbersAndNulls() throws IOException {
        Dataset d = DatasetJson.read(new StringReader("{\"observations\": [{\"subject\": \"CN\", \"metric\": \"m\", \"period\": 2024,"
                + " \"value\": 88.90, \"unit\": \"GWh\", \"precision\": -1, \"base\": null, \"quote\": \"\"}], \"format\": \"industry-metrics/1\"}"),
                "n.json");
        assertEquals("{\n  \"format\": \"industry-metrics/1\",\n  \"observations\": [\n"
                + "    {\"id\": \"n.json#observations[0]\", \"subject\": \"CN\", \"metric\": \"m\", \"period\": \"2024\", \"measure\": \"level\","
                + " \"value\": \"88.90\", \"unit\": \"GWh\", \"precision\": \"-1\", \"status\": \"actual\"}\n  ]\n}\n", DatasetJson.toJson(d));
    }

    @Test
    void test_read_documentProblems() {
        assertEquals(List.of("d.json:1: found an array, expected a dataset document {\"format\": \"industry-metrics/1\","
                + " \"observations\": [...], ...}"), problems("[]"));
        assertEquals(List.of("d.json:1: field format: missing: a dataset document starts {\"format\": \"industry-metrics/1\", ...}",
                "d.json:1: field observations: missing: a dataset has an observations table (it may be empty: [])"), problems("{}"));
        assertEquals(List.of("d.json:1: found an object after the document, expected the end of the input"),
                problems("{\"format\": \"industry-metrics/1\", \"observations\": []} {}"));
        assertEquals(List.of("d.json:1: field observations: found an object, expected an array of rows"),
                problems("{\"format\": \"industry-metrics/1\", \"observations\": {}}"));
        assertEquals(List.of("d.json:1: field format: found a number, expected \"industry-metrics/1\": this is not a dataset"
                + " document of a version this library reads"), problems("{\"format\": 1, \"observations\": []}"));
    }

    @Test
    void test_read_duplicateKeyEndsTheRead() {
        List<String> found = problems("{\"format\": \"industry-metrics/1\",\n\"observations\": [],\n\"observations\": []}");
        assertEquals(1, found.size());
        assertEquals(true, found.get(0).startsWith("d.json:3: Duplicate field 'observations'"), found.get(0));
    }

    @Test
    void test_read_datasetProblemsPlacedOnTheirRow() {
        assertEquals(List.of("d.json:4: field subjects[0].parent: parent \"CN\" is not in the subjects table"),
                problems("{\"format\": \"industry-metrics/1\",\n\"observations\": [],\n\"subjects\": [\n{\"id\": \"CN-SC\", \"parent\": \"CN\"}]}"));
    }

    @Test
    void test_read_file_andConvertToCsvAndBack(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("seed.json");
        Files.writeString(file, DOCUMENT, StandardCharsets.UTF_8);
        Dataset d = DatasetJson.read(file);
        DatasetCsv.write(d, dir.resolve("csv"));
        Dataset back = DatasetCsv.reader()
                .add(DatasetTable.OBSERVATIONS, dir.resolve("csv/observations.csv"))
                .add(DatasetTable.SUBJECTS, dir.resolve("csv/subjects.csv"))
                .add(DatasetTable.RATES, dir.resolve("csv/rates.csv")).read();
        assertEquals(DOCUMENT, DatasetJson.toJson(back));
        assertEquals("id,subject,metric,period,measure,value,unit,base,qualifier,precision,status,source,quote,x_page\n"
                + "yibin-income-2022,CN-SC.Yibin,power_battery.industry.output_value,2022,level,88.90,billion CNY,,,,actual,,"
                + "\"88.9 billion yuan, \"\"an increase of 4.5 times\"\"\nnext line\",3\n"
                + "cq-share,CN-CQ+CN-SC,power_battery.output,2024-01/2024-05,share,21,,CN,at_least,-1,target,,,\n",
                Files.readString(dir.resolve("csv/observations.csv"), StandardCharsets.UTF_8));
    }
}
