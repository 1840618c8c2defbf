package org.industrymetrics.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.io.DatasetTable;
import org.industrymetrics.observation.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A streaming read in parts ({@code forEachObservation(executor, parts, actions)}) hands the parts'
 * actions, one after the other, the observations and origins of a read of the whole, and throws the
 * same problems in the same order; the files are split into parts of a byte at least here, so that
 * every row boundary is tried, also inside quoted cells that hold line ends.
 */
class ObservationPartsTest {

    @RegisterExtension
    static final PartsPool POOL = new PartsPool();

    @TempDir
    Path dir;

    /** What a read hands over: each observation with its origin, in order, or its problems. */
    private record Seen(List<Map.Entry<Observation, InputLocation>> rows, List<String> problems) {
    }

    private static Seen whole(DatasetCsv.Builder reader) throws IOException {
        List<Map.Entry<Observation, InputLocation>> rows = new ArrayList<>();
        try {
            reader.readStreaming().forEachObservation((o, at) -> rows.add(Map.entry(o, at)));
        } catch (InvalidInputException e) {
            return new Seen(List.of(), e.problems().stream().map(InputProblem::toString).collect(Collectors.toList()));
        }
        return new Seen(rows, List.of());
    }

    /** Reads in parts of a byte at least; returns what the parts' actions saw, in the order of the parts. */
    private static Seen inParts(DatasetCsv.Builder reader, java.util.concurrent.Executor executor, int parts, int[] count)
            throws IOException {
        List<List<Map.Entry<Observation, InputLocation>>> byPart = new ArrayList<>();
        try {
            count[0] = reader.readStreaming().forEachObservation(executor, parts, i -> {
                assertEquals(byPart.size(), i);
                List<Map.Entry<Observation, InputLocation>> mine = new ArrayList<>();
                byPart.add(mine);
                BiConsumer<Observation, InputLocation> add = (o, at) -> mine.add(Map.entry(o, at));
                return add;
            }, 1);
        } catch (InvalidInputException e) {
            return new Seen(List.of(), e.problems().stream().map(InputProblem::toString).collect(Collectors.toList()));
        }
        assertEquals(count[0], byPart.size());
        List<Map.Entry<Observation, InputLocation>> rows = new ArrayList<>();
        byPart.forEach(rows::addAll);
        return new Seen(rows, List.of());
    }

    /**
     * Rows with quoted cells holding LF, CRLF, a lone CR, doubled quotes and commas, lines ending in LF
     * or CRLF, blank lines and a byte-order mark: the parts give the rows and lines of the whole.
     */
    @Test
    void test_parts_giveTheRowsAndLinesOfTheWhole() throws IOException {
        Random random = new Random(7);
        for (int round = 0; round < 40; round++) {
            // the second half with rows that have problems: a quote inside a cell, junk after a closing quote
            boolean bad = round >= 20;
            StringBuilder sb = new StringBuilder(round % 2 == 0 ? "\uFEFF" : "");
            String[] ends = {"\n", "\r\n"};
            sb.append(round % 3 == 0 ? "\"id\",subject,metric,period,value,unit,\"quote\"" : "id,subject,metric,period,value,unit,quote")
                    .append(ends[random.nextInt(2)]);
            String[] good = {"", "plain", "\"a, b\"", "\"two\nlines\"", "\"crlf\r\nin it\"", "\"lone\rcr\"",
                "\"said \"\"so\"\"\"", "\"\n\"", "\"ends with cr\r\"", "\"\"\"\n\"\"\"", "\"\"", "\"\"\"\"\"\""};
            String[] quotes = bad ? new String[] {"plain", "\"two\nlines\"", "a\"b", "\"a\"x\"\n\"", "\"a\" \"b"} : good;
            int rows = 1 + random.nextInt(60);
            for (int i = 0; i < rows; i++) {
                if (random.nextInt(8) == 0) {
                    sb.append(ends[random.nextInt(2)]); // a blank line
                }
                sb.append("o").append(i).append(",CN,output,").append(2000 + i).append(",").append(i).append(".5,GWh,")
                        .append(quotes[random.nextInt(quotes.length)]);
                if (i < rows - 1 || random.nextBoolean()) {
                    sb.append(ends[random.nextInt(2)]);
                }
            }
            Path file = dir.resolve("o" + round + ".csv");
            Files.writeString(file, sb.toString(), UTF_8);
            Seen expected = whole(DatasetCsv.reader().add(DatasetTable.OBSERVATIONS, file));
            assertEquals(bad, !expected.problems().isEmpty(), sb.toString());
            for (int parts : new int[] {2, 3, 7, 50}) {
                int[] count = new int[1];
                assertEquals(expected, inParts(DatasetCsv.reader().add(DatasetTable.OBSERVATIONS, file), POOL.get(), parts, count),
                        parts + " parts of " + sb);
                assertTrue(bad || count[0] > 1 || rows < 2, count[0] + " parts");
            }
            int[] count = new int[1];
            assertEquals(expected, inParts(DatasetCsv.reader().add(DatasetTable.OBSERVATIONS, file), Runnable::run, 5, count));
        }
    }

    /** Two files and ids repeated within a part, across parts and across files: the problems of the whole, in its order. */
    @Test
    void test_repeatedIds_areTheProblemsOfTheWhole() throws IOException {
        StringBuilder a = new StringBuilder("id,subject,metric,period,value,unit\n");
        for (int i = 0; i < 40; i++) {
            a.append(i == 30 ? "o3" : i == 20 ? "o20,CN,output,2000,x,GWh\no21" : "o" + i).append(",CN,output,").append(2000 + i)
                    .append(",1,GWh\n");
        }
        Path first = dir.resolve("a.csv");
        Files.writeString(first, a.toString(), UTF_8);
        Path second = dir.resolve("b.csv");
        Files.writeString(second, "id,subject,metric,period,value,unit\no5,CN,output,1990,1,GWh\nb1,CN,output,1991,2,GWh\n", UTF_8);
        Seen expected = whole(DatasetCsv.reader().add(DatasetTable.OBSERVATIONS, first).add(DatasetTable.OBSERVATIONS, second));
        assertEquals(4, expected.problems().size(), expected.problems().toString());
        for (int parts : new int[] {2, 3, 9}) {
            assertEquals(expected, inParts(DatasetCsv.reader().add(DatasetTable.OBSERVATIONS, first)
                    .add(DatasetTable.OBSERVATIONS, second), POOL.get(), parts, new int[1]));
        }
    }

    static List<String> corpus() throws IOException, URISyntaxException {
        return BadDatasetCorpusTest.names().stream().filter(n -> !n.endsWith(".json")).collect(Collectors.toList());
    }

    /** Every dataset of the corpus of bad datasets: the same problems, or the same rows, in parts. */
    @ParameterizedTest
    @MethodSource("corpus")
    void test_corpus_inParts_isTheWhole(String name) throws IOException, URISyntaxException {
        Path input = Path.of(ObservationPartsTest.class.getResource("/bad-datasets").toURI()).resolve(name);
        Seen expected = whole(BadDatasetCorpusTest.reader(input));
        for (int parts : new int[] {2, 4}) {
            assertEquals(expected, inParts(BadDatasetCorpusTest.reader(input), POOL.get(), parts, new int[1]), name + " in " + parts);
        }
    }

    @Test
    void test_arguments() throws IOException {
        Path file = dir.resolve("o.csv");
        Files.writeString(file, "id,subject,metric,period,value,unit\no1,CN,output,2000,1,GWh\n", UTF_8);
        DatasetCsv.StreamingRead read = DatasetCsv.reader().add(DatasetTable.OBSERVATIONS, file).readStreaming();
        assertThrows(IllegalArgumentException.class, () -> read.forEachObservation(Runnable::run, 0, i -> (o, at) -> { }));
        assertEquals(1, read.forEachObservation(Runnable::run, 2, i -> (o, at) -> { }));
        assertThrows(IllegalStateException.class, () -> read.forEachObservation(Runnable::run, 2, i -> (o, at) -> { }));
    }
}
