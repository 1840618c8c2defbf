package org.industrymetrics.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.io.DatasetTable;
import org.industrymetrics.json.DatasetJson;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of datasets in {@code src/test/resources/bad-datasets}: each {@code NAME.csv} (an
 * observations file), {@code NAME/} (a folder of table files, told by their names) or
 * {@code NAME.json} must give exactly the problems listed, one per line, in {@code NAME.errors};
 * an empty {@code NAME.errors} means the dataset must be read without a problem.
 */
class BadDatasetCorpusTest {

    private static Path corpus() throws URISyntaxException {
        return Path.of(BadDatasetCorpusTest.class.getResource("/bad-datasets").toURI());
    }

    static List<String> names() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".errors")).sorted()
                    .collect(Collectors.toList());
        }
    }

    @Test
    void test_corpus_isComplete() throws IOException, URISyntaxException {
        List<String> names = names();
        assertTrue(names.size() >= 12, names.toString());
        for (String name : names) {
            assertTrue(Files.exists(corpus().resolve(stem(name) + ".errors")), stem(name) + ".errors");
        }
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    @ParameterizedTest
    @MethodSource("names")
    void test_read_givesItsProblems(String name) throws IOException, URISyntaxException {
        Path input = corpus().resolve(name);
        List<String> expected = Files.readAllLines(corpus().resolve(stem(name) + ".errors"), UTF_8);
        List<String> found;
        try {
            read(input);
            found = List.of();
        } catch (InvalidInputException e) {
            found = e.problems().stream().map(InputProblem::toString).collect(Collectors.toList());
        }
        assertEquals(expected, found);
    }

    /**
     * Streaming the observations finds the same problems, in the same order, as reading the whole
     * dataset, and hands over every observation of a clean dataset with its origin.
     */
    @ParameterizedTest
    @MethodSource("names")
    void test_readStreaming_givesTheSameProblems(String name) throws IOException, URISyntaxException {
        Path input = corpus().resolve(name);
        if (name.endsWith(".json")) {
            return; // a JSON document is one input, read whole
        }
        List<String> expected = Files.readAllLines(corpus().resolve(stem(name) + ".errors"), UTF_8);
        List<Observation> streamed = new ArrayList<>();
        List<InputLocation> origins = new ArrayList<>();
        List<String> found;
        try {
            DatasetCsv.StreamingRead read = reader(input).readStreaming();
            read.forEachObservation((o, at) -> {
                streamed.add(o);
                origins.add(at);
            });
            found = List.of();
        } catch (InvalidInputException e) {
            found = e.problems().stream().map(InputProblem::toString).collect(Collectors.toList());
        }
        assertEquals(expected, found);
        if (expected.isEmpty()) {
            Dataset whole = reader(input).read();
            assertEquals(whole.observations(), streamed);
            for (int i = 0; i < streamed.size(); i++) {
                assertEquals(whole.origin(streamed.get(i)).orElseThrow(), origins.get(i));
            }
        }
    }

    static void read(Path input) throws IOException {
        String name = input.getFileName().toString();
        if (name.endsWith(".json")) {
            DatasetJson.read(input);
            return;
        }
        reader(input).read();
    }

    /** A reader of a dataset of the corpus: a CSV file, or a folder of tables named as the format names them. */
    static DatasetCsv.Builder reader(Path input) throws IOException {
        String name = input.getFileName().toString();
        DatasetCsv.Builder reader = DatasetCsv.reader().name(name);
        if (Files.isDirectory(input)) {
            try (Stream<Path> files = Files.list(input)) {
                for (Path p : files.sorted().collect(Collectors.toList())) {
                    reader.add(DatasetTable.fromFileName(p.getFileName().toString()).orElse(DatasetTable.OBSERVATIONS), p);
                }
            }
        } else {
            reader.add(DatasetTable.OBSERVATIONS, input);
        }
        return reader;
    }
}
