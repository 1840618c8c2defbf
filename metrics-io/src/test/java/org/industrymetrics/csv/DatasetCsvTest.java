package org.industrymetrics.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.io.DatasetTable;
import org.industrymetrics.json.DatasetJson;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetCsvTest {

    private static final String HEADER = "id,subject,metric,period,measure,value,unit,base,qualifier,precision,status,source,quote";
    private static final Path SEED = Path.of("..", "examples", "src", "main", "resources", "org", "industrymetrics", "examples", "seed");

    private static Dataset read(String observations) throws IOException {
        return DatasetCsv.reader().add(DatasetTable.OBSERVATIONS, new StringReader(observations), "observations.csv").read();
    }

    private static List<String> problems(String observations) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(observations));
        return e.problems().stream().map(InputProblem::toString).collect(Collectors.toList());
    }

    private static String write(Dataset d) throws IOException {
        StringWriter out = new StringWriter();
        DatasetCsv.writeObservations(d, out);
        return out.toString();
    }

    @Test
    void test_read_seed_everyRowParses() throws IOException {
        DatasetCsv.Builder reader = DatasetCsv.reader().name("seed");
        for (DatasetTable t : DatasetTable.values()) {
            Path file = SEED.resolve(t.fileName());
            if (Files.exists(file)) {
                reader.add(t, file);
            }
        }
        Dataset seed = reader.read();
        assertEquals("Dataset[seed: 112 observations, 54 subjects, 61 metrics, 0 rates, 3 rules, 5 sources]", seed.toString());
        assertEquals(Optional.of(Qualifier.OVER),
                seed.observation("findreams-bishan-output-value-2023-cny").map(o -> o.figure().qualifier()));
    }

    @Test
    void test_read_seed_convertsToTheSameCsv(@TempDir Path dir) throws IOException {
        // the seed is written in canonical form already, except for the order of a union's parts
        DatasetCsv.Builder reader = DatasetCsv.reader();
        for (DatasetTable t : DatasetTable.values()) {
            Path file = SEED.resolve(t.fileName());
            if (Files.exists(file)) {
                reader.add(t, file);
            }
        }
        Dataset seed = reader.read();
        DatasetCsv.write(seed, dir);
        for (String name : List.of("subjects.csv", "metrics.csv", "rules.csv", "sources.csv")) {
            assertEquals(Files.readString(SEED.resolve(name), StandardCharsets.UTF_8), Files.readString(dir.resolve(name), StandardCharsets.UTF_8),
                    name);
        }
        assertFalse(Files.exists(dir.resolve("rates.csv")));
        Dataset again = DatasetJson.read(new StringReader(DatasetJson.toJson(DatasetCsv.reader()
                .add(DatasetTable.OBSERVATIONS, dir.resolve("observations.csv"))
                .add(DatasetTable.SUBJECTS, dir.resolve("subjects.csv"))
                .add(DatasetTable.METRICS, dir.resolve("metrics.csv"))
                .add(DatasetTable.RULES, dir.resolve("rules.csv"))
                .add(DatasetTable.SOURCES, dir.resolve("sources.csv")).read())), "seed.json");
        assertEquals(seed, again);
    }

    @Test
    void test_read_cliExampleMessages() {
        assertEquals(List.of(
                "observations.csv:2: column value: \"30,00\" is not a number (use '.' for decimals and no group separators)",
                "observations.csv:3: column unit: unknown unit \"GWhh\" (did you mean \"GWh\"?)"),
                problems(HEADER + "\n"
                        + "a,LiAuto.Liangjiang,nev.capacity,2022,level,\"30,00\",vehicles,,,,target,,\n"
                        + "b,CN,power_battery.output,2024,level,548.4,GWhh,,,,,,\n"));
    }

    @Test
    void test_read_columnsInAnyOrder_defaults_canonicalSpellings() throws IOException {
        Dataset d = read("Value,SUBJECT,period,metric,unit,qualifier,measure,x_note\n"
                + "20,FinDreams.Bishan,2023,output_value,billion yuan,more than,,checked\n"
                + "58.7,CN-SC.Yibin,2022-S1,income,,,growth-pp,\n");
        Observation a = d.observations().get(0);
        assertEquals("observations.csv#2", a.id());
        assertEquals(Measure.LEVEL, a.measure());
        assertEquals(Status.ACTUAL, a.status());
        assertEquals(Qualifier.OVER, a.figure().qualifier());
        assertEquals(Map.of("x_note", "checked"), a.extras());
        assertEquals("observations.csv#3", d.observations().get(1).id());
        assertEquals(HEADER + ",x_note\n"
                + "observations.csv#2,FinDreams.Bishan,output_value,2023,level,20,billion CNY,,over,,actual,,,checked\n"
                + "observations.csv#3,CN-SC.Yibin,income,2022-H1,growth_pp,58.7,,,,,actual,,,\n", write(d));
        // the generated ids are written, so they stay the same however the file is read next
        assertEquals(d, read(write(d)));
    }

    @Test
    void test_read_range_precision_quotes() throws IOException {
        Dataset d = read(HEADER + "\n"
                + "calb-invest,CALB.Chengdu.Phase1,investment,2025,level,12..15,billion CNY,,,,,,\"12 to 15 billion yuan, \"\"about\"\"\"\n"
                + "jobs,CALB.Chengdu.Phase1,jobs,2025,level,8000,jobs,,about,-3,target,,\n");
        Observation range = d.observations().get(0);
        assertEquals(Qualifier.RANGE, range.figure().qualifier());
        assertEquals(Optional.of("12 to 15 billion yuan, \"about\""), range.quote());
        assertEquals(-3, d.observations().get(1).figure().precision());
        assertEquals(HEADER + "\n"
                + "calb-invest,CALB.Chengdu.Phase1,investment,2025,level,12..15,billion CNY,,,,actual,,\"12 to 15 billion yuan, \"\"about\"\"\"\n"
                + "jobs,CALB.Chengdu.Phase1,jobs,2025,level,8000,jobs,,about,-3,target,,\n", write(d));
    }

    @Test
    void test_read_everyFileAndTheDatasetReported() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DatasetCsv.reader().name("cn")
                .add(DatasetTable.OBSERVATIONS, new StringReader(HEADER + "\na,CN,m,2024,level,1,GWh,,,,,,\nb,CN,m,2024,level,x,GWh,,,,,,\n"),
                        "one.csv")
                .add(DatasetTable.OBSERVATIONS, new StringReader(HEADER + "\na,CN,m,2024,level,2,GWh,,,,,,\n"), "two.csv")
                .add(DatasetTable.SUBJECTS, new StringReader("id,parent\nCN-SC,CN\n"), "subjects.csv")
                .add(DatasetTable.METRICS, new StringReader("id,unit\nm,t\n"), "metrics.csv")
                .read());
        assertEquals(List.of(
                "one.csv:2: column unit: unit GWh (energy) does not convert to t, the unit of metric m",
                "one.csv:3: column value: \"x\" is not a number: found 'x', expected a digit",
                "two.csv:2: column id: duplicate id \"a\" (first on line 2 of one.csv)",
                "two.csv:2: column unit: unit GWh (energy) does not convert to t, the unit of metric m",
                "subjects.csv:2: column parent: parent \"CN\" is not in the subjects table"),
                e.problems().stream().map(InputProblem::toString).collect(Collectors.toList()));
    }

    @Test
    void test_read_atMostOneHundredProblems() {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 150; i++) {
            sb.append(i).append(",CN,m,2024,level,1,GWhh,,,,,,\n");
        }
        assertEquals(InvalidInputException.MAX_PROBLEMS, problems(sb.toString()).size());
    }

    @Test
    void test_read_closesTheReaders() throws IOException {
        boolean[] closed = {false};
        Reader in = new StringReader(HEADER + "\na,CN,m,2024,level,1,GWh,,,,,,\n") {
            @Override
            public void close() {
                closed[0] = true;
                super.close();
            }
        };
        DatasetCsv.reader().add(DatasetTable.OBSERVATIONS, in, "o.csv").read();
        assertTrue(closed[0]);
    }

    @Test
    void test_write_folder(@TempDir Path dir) throws IOException {
        Dataset d = read(HEADER + "\na,CN,m,2024,level,1,GWh,,,,,,\n");
        Files.writeString(dir.resolve("notes.txt"), "mine");
        DatasetCsv.write(d, dir);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("notes.txt", "observations.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()));
        }
        Dataset back = DatasetCsv.reader().add(DatasetTable.OBSERVATIONS, dir.resolve("observations.csv")).read();
        assertEquals(d, back);
        // an empty dataset still has its observations table
        Path empty = dir.resolve("empty");
        DatasetCsv.write(Dataset.of(List.of()), empty);
        assertEquals(HEADER + "\n", Files.readString(empty.resolve("observations.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void test_streamObservations_countsAndStopsAtProblems() throws IOException {
        try (Stream<Observation> s = DatasetCsv.streamObservations(new GeneratedObservations(10_000), "g.csv")) {
            assertEquals(10_000, s.count());
        }
        String bad = HEADER + "\na,CN,m,2024,level,1,GWh,,,,,,\nb,CN,m,2024,level,1,GWhh,,,,,,\nc,CN,m,2024,level,1,GWh,,,,,,\n";
        List<String> seen = new java.util.ArrayList<>();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> {
            try (Stream<Observation> s = DatasetCsv.streamObservations(new StringReader(bad), "s.csv")) {
                s.forEach(o -> seen.add(o.id()));
            }
        });
        assertEquals(List.of("a"), seen);
        assertEquals("s.csv:3: column unit: unknown unit \"GWhh\" (did you mean \"GWh\"?)", e.getMessage());
    }

    @Test
    void test_fromFileName() {
        assertEquals(Optional.of(DatasetTable.OBSERVATIONS), DatasetTable.fromFileName("observations.csv"));
        assertEquals(Optional.of(DatasetTable.OBSERVATIONS), DatasetTable.fromFileName("data/CN-2024-Observations.CSV"));
        assertEquals(Optional.of(DatasetTable.SUBJECTS), DatasetTable.fromFileName("seed_subjects.csv"));
        assertEquals(Optional.of(DatasetTable.METRICS), DatasetTable.fromFileName("metrics.csv"));
        assertEquals(Optional.of(DatasetTable.RATES), DatasetTable.fromFileName("C:\\data\\usd-rates-2024.csv"));
        assertEquals(Optional.of(DatasetTable.RULES), DatasetTable.fromFileName("rules.csv"));
        assertEquals(Optional.of(DatasetTable.SOURCES), DatasetTable.fromFileName("Sources.csv"));
        assertEquals(Optional.empty(), DatasetTable.fromFileName("figures.csv"));
        assertEquals(Optional.empty(), DatasetTable.fromFileName("observations.json"));
        assertEquals(Optional.empty(), DatasetTable.fromFileName("rates.csv/notes.txt"));
    }

    @Test
    void test_schemas_followFormat() {
        assertEquals("observations[id, subject*, metric*, period*, measure, value#*, unit, base, qualifier, precision#, status, source, quote]",
                DatasetTable.OBSERVATIONS.schema().toString());
        assertEquals("subjects[id*, name, parent, kind]", DatasetTable.SUBJECTS.schema().toString());
        assertEquals("metrics[id*, name, kind, unit]", DatasetTable.METRICS.schema().toString());
        assertEquals("rates[date*, base*, quote*, rate#*, source]", DatasetTable.RATES.schema().toString());
        assertEquals("rules[id, rule*, description, severity]", DatasetTable.RULES.schema().toString());
        assertEquals("sources[id*, title, publisher, date, url]", DatasetTable.SOURCES.schema().toString());
        assertEquals("rates.csv", DatasetTable.RATES.fileName());
    }
}
