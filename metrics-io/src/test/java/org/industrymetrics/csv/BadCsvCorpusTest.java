package org.industrymetrics.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad files in {@code src/test/resources/bad}: each {@code NAME.csv} must fail with
 * exactly the problems listed, one per line, in {@code NAME.errors}, whatever the buffer size.
 */
class BadCsvCorpusTest {

    private static Path corpus() throws URISyntaxException {
        return Path.of(BadCsvCorpusTest.class.getResource("/bad").toURI());
    }

    static List<String> names() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void test_corpus_isComplete() throws IOException, URISyntaxException {
        List<String> names = names();
        assertTrue(names.size() >= 15, names.toString());
        for (String name : names) {
            assertTrue(Files.exists(corpus().resolve(name + ".errors")), name + ".errors");
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void test_read_badFileGivesItsErrors(String name) throws IOException, URISyntaxException {
        List<String> expected = Files.readAllLines(corpus().resolve(name + ".errors"), UTF_8);
        byte[] bytes = Files.readAllBytes(corpus().resolve(name + ".csv"));
        for (int bufferSize : new int[] {1 << 16, 5, 1}) {
            CsvTableReader<CsvRecord> reader = CsvTableReader.of(Tables.OBSERVATIONS, Tables.CHECKING).withBufferSize(bufferSize);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> {
                try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
                    reader.read(in, name + ".csv");
                }
            });
            assertEquals(expected, e.problems().stream().map(InputProblem::toString).collect(Collectors.toList()),
                    "buffer size " + bufferSize);
        }
    }
}
