package org.industrymetrics.io.files;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code DatasetFiles.Builder.read(executor, parts)} on a folder whose observations file is large
 * enough to be split (parts of a megabyte at least): the dataset of {@code read()}, with the same
 * origins, or the same problems.
 */
class DatasetFilesInPartsTest {

    @TempDir
    Path dir;

    private Path folder(String badRow) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(badRow == null ? "good" : "bad"));
        Files.writeString(folder.resolve("subjects.csv"), "id,name,parent\nCN,China,\nCN-BJ,Beijing,CN\n", UTF_8);
        Files.writeString(folder.resolve("metrics.csv"), "id,unit\noutput,GWh\n", UTF_8);
        StringBuilder sb = new StringBuilder("id,subject,metric,period,value,unit,quote\n");
        for (int i = 0; i < 40_000; i++) {
            // every fifth row without an id: generated from the file and line
            sb.append(i % 5 == 0 ? "" : "o" + i).append(i % 2 == 0 ? ",CN," : ",CN-BJ,").append("output,")
                    .append(1000 + i / 12).append('-').append(String.format("%02d", 1 + i % 12)).append(',')
                    .append(i).append(".25,GWh,\"said \"\"so\"\", on\nline two\"\n");
            if (badRow != null && i == 30_000) {
                sb.append(badRow).append('\n');
            }
        }
        Files.writeString(folder.resolve("observations.csv"), sb.toString(), UTF_8);
        return folder;
    }

    @Test
    void test_readInParts_isTheDatasetOfRead() throws IOException {
        Path folder = folder(null);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Dataset expected = DatasetFiles.builder().add(folder).read().dataset();
            Dataset actual = DatasetFiles.builder().add(folder).read(pool, 3).dataset();
            assertEquals(expected, actual);
            assertEquals(40_000, actual.size());
            for (Observation o : expected.observations()) {
                assertEquals(expected.origin(o), actual.origin(o));
            }
            assertEquals(expected.observations().get(35_000).id(), actual.observations().get(35_000).id());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void test_readInParts_hasTheProblemsOfRead() throws IOException {
        Path folder = folder("o17,CN,output,2024,1,TWh\nx1,CN,output,2024,1 000,GWh");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            InvalidInputException expected = assertThrows(InvalidInputException.class,
                    () -> DatasetFiles.builder().add(folder).read());
            InvalidInputException actual = assertThrows(InvalidInputException.class,
                    () -> DatasetFiles.builder().add(folder).read(pool, 2));
            assertEquals(expected.problems(), actual.problems());
            assertEquals(2, actual.problems().size(), actual.problems().toString());
        } finally {
            pool.shutdown();
        }
    }
}
