package org.industrymetrics.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.io.DatasetTable;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A dataset read in parts ({@code DatasetCsv.Builder.read(executor, parts)}) is the dataset of
 * {@code read()}: the same tables, the observations in the same order with the same origins and
 * generated ids, or the same problems in the same order. The files are split into parts of a byte
 * at least here, so that every row boundary is tried.
 */
class DatasetInPartsTest {

    @RegisterExtension
    static final PartsPool POOL = new PartsPool();

    @TempDir
    Path dir;

    /** What a read gives: the dataset and each observation's origin, or the problems. */
    private record Seen(Dataset dataset, List<Optional<InputLocation>> origins, List<String> problems) {
    }

    private static Seen seen(Reading read) throws IOException {
        try {
            Dataset d = read.read();
            List<Optional<InputLocation>> origins = new ArrayList<>();
            for (Observation o : d.observations()) {
                origins.add(d.origin(o));
            }
            return new Seen(d, origins, List.of());
        } catch (InvalidInputException e) {
            return new Seen(null, List.of(), e.problems().stream().map(InputProblem::toString).collect(Collectors.toList()));
        }
    }

    private interface Reading {
        Dataset read() throws IOException;
    }

    private interface Inputs {
        DatasetCsv.Builder reader() throws IOException;
    }

    /** Asserts that the reads in 2, 3, 7 and 50 parts (and on the calling thread) are the read of the whole. */
    private static Seen assertSameInParts(Inputs inputs, String what) throws IOException {
        Seen expected = seen(() -> inputs.reader().read());
        for (int parts : new int[] {2, 3, 7, 50}) {
            assertEquals(expected, seen(() -> inputs.reader().read(POOL.get(), parts, 1)), parts + " parts of " + what);
        }
        Executor caller = Runnable::run;
        assertEquals(expected, seen(() -> inputs.reader().read(caller, 5, 1)), what);
        return expected;
    }

    /** Rows with generated ids, quoted cells holding line ends, blank lines, with a subjects and a metrics table. */
    @Test
    void test_parts_giveTheDatasetOfTheWhole() throws IOException {
        Random random = new Random(11);
        Path subjects = dir.resolve("subjects.csv");
        Files.writeString(subjects, "id,name,parent\nCN,China,\nCN-BJ,Beijing,CN\n", UTF_8);
        Path metrics = dir.resolve("metrics.csv");
        Files.writeString(metrics, "id,unit\noutput,GWh\n", UTF_8);
        for (int round = 0; round < 30; round++) {
            StringBuilder sb = new StringBuilder("id,subject,metric,period,value,unit,quote\n");
            String[] quotes = {"", "plain", "\"a, b\"", "\"two\nlines\"", "\"crlf\r\nin it\"", "\"said \"\"so\"\"\""};
            int rows = 1 + random.nextInt(60);
            for (int i = 0; i < rows; i++) {
                if (random.nextInt(8) == 0) {
                    sb.append("\n");
                }
                String id = random.nextInt(4) == 0 ? "" : "o" + i; // some ids generated from the file and line
                sb.append(id).append(random.nextBoolean() ? ",CN," : ",CN-BJ,").append("output,").append(2000 + i).append(",")
                        .append(i).append(".5,").append(random.nextInt(5) == 0 ? "TWh" : "GWh").append(",")
                        .append(quotes[random.nextInt(quotes.length)]).append("\n");
            }
            Path file = dir.resolve("o" + round + ".csv");
            Files.writeString(file, sb.toString(), UTF_8);
            Seen expected = assertSameInParts(() -> DatasetCsv.reader().add(DatasetTable.SUBJECTS, subjects)
                    .add(DatasetTable.OBSERVATIONS, file).add(DatasetTable.METRICS, metrics), sb.toString());
            assertTrue(expected.problems().isEmpty(), expected.problems().toString());
            assertEquals(rows, expected.dataset().size());
        }
    }

    /** Repeated ids within a part, across parts and files, a unit that does not convert, a bad cell: the problems of the whole. */
    @Test
    void test_problems_areThoseOfTheWhole() throws IOException {
        StringBuilder a = new StringBuilder("id,subject,metric,period,value,unit\n");
        for (int i = 0; i < 40; i++) {
            a.append(i == 30 ? "o3" : "o" + i).append(",CN,output,").append(2000 + i).append(i == 25 ? ",1,USD\n" : ",1,GWh\n");
        }
        Path first = dir.resolve("a.csv");
        Files.writeString(first, a.toString(), UTF_8);
        Path second = dir.resolve("b.csv");
        Files.writeString(second, "id,subject,metric,period,value,unit\no5,CN,output,1990,1,GWh\nb1,CN,output,1991,2,GWh\n", UTF_8);
        Path metrics = dir.resolve("metrics.csv");
        Files.writeString(metrics, "id,unit\noutput,GWh\n", UTF_8);
        Seen expected = assertSameInParts(() -> DatasetCsv.reader().add(DatasetTable.OBSERVATIONS, first)
                .add(DatasetTable.OBSERVATIONS, second).add(DatasetTable.METRICS, metrics), "two files");
        assertEquals(3, expected.problems().size(), expected.problems().toString());

        Path bad = dir.resolve("c.csv");
        Files.writeString(bad, a.toString().replace("o7,CN,output,2007,1,", "o7,CN,output,2007,x,"), UTF_8);
        expected = assertSameInParts(() -> DatasetCsv.reader().add(DatasetTable.OBSERVATIONS, bad)
                .add(DatasetTable.METRICS, metrics), "a bad cell");
        assertEquals(3, expected.problems().size(), expected.problems().toString());

        Path badMetrics = dir.resolve("m2.csv");
        Files.writeString(badMetrics, "id,unit\noutput,GWh\noutput,GWh\n", UTF_8);
        expected = assertSameInParts(() -> DatasetCsv.reader().add(DatasetTable.METRICS, badMetrics)
                .add(DatasetTable.OBSERVATIONS, second), "a bad table");
        assertEquals(1, expected.problems().size(), expected.problems().toString());
    }

    static List<String> corpus() throws IOException, URISyntaxException {
        return ObservationPartsTest.corpus();
    }

    /** Every dataset of the corpus of bad datasets: the same problems, or the same dataset, in parts. */
    @ParameterizedTest
    @MethodSource("corpus")
    void test_corpus_inParts_isTheWhole(String name) throws IOException, URISyntaxException {
        Path input = Path.of(DatasetInPartsTest.class.getResource("/bad-datasets").toURI()).resolve(name);
        assertSameInParts(() -> BadDatasetCorpusTest.reader(input), name);
    }

    /** An input given as characters is read whole, with the others. */
    @Test
    void test_readerInput_isReadWhole() throws IOException {
        Path file = dir.resolve("o.csv");
        Files.writeString(file, "id,subject,metric,period,value,unit\no1,CN,output,2000,1,GWh\no2,CN,output,2001,2,GWh\n", UTF_8);
        Dataset d = DatasetCsv.reader().add(DatasetTable.OBSERVATIONS, file)
                .add(DatasetTable.SUBJECTS, new StringReader("id,name\nCN,China\n"), "subjects.csv").read(POOL.get(), 2, 1);
        assertEquals(2, d.size());
        assertEquals(1, d.subjects().size());
        assertEquals(Optional.of(InputLocation.of("o.csv", 3)), d.origin(d.observations().get(1)));
    }

    @Test
    void test_arguments() throws IOException {
        Path file = dir.resolve("o.csv");
        Files.writeString(file, "id,subject,metric,period,value,unit\no1,CN,output,2000,1,GWh\n", UTF_8);
        assertThrows(IllegalArgumentException.class, () -> DatasetCsv.reader().add(DatasetTable.OBSERVATIONS, file).read(POOL.get(), 0));
        assertThrows(NullPointerException.class, () -> DatasetCsv.reader().add(DatasetTable.OBSERVATIONS, file).read(null, 2));
        assertEquals(1, DatasetCsv.reader().add(DatasetTable.OBSERVATIONS, file).read(POOL.get(), 2).size());
    }
}
