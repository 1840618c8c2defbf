package org.industrymetrics.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.industrymetrics.csv.DatasetCsv;
import org.industrymetrics.io.DatasetTable;
import org.industrymetrics.observation.Dataset;

/**
 * The bundled example dataset: every figure of the five seed articles (iChongqing 2024-06-26,
 * Auto Commune 2025-09-12, China.org.cn 2022-11-01, The China Project 2023, Science and
 * Technology Daily 2023-02-09), with subjects, metrics, sources and rules.
 */
public final class SeedDataset {

    private static final String FOLDER = "/org/industrymetrics/examples/seed/";

    private SeedDataset() {
    }

    /**
     * Loads the seed dataset from the library's resources.
     *
     * @return the dataset, named {@code seed}
     */
    public static Dataset load() {
        DatasetCsv.Builder reader = DatasetCsv.reader().name("seed");
        for (DatasetTable table : DatasetTable.values()) {
            String file = table.fileName();
            InputStream in = SeedDataset.class.getResourceAsStream(FOLDER + file);
            if (in != null) {
                reader.add(table, new InputStreamReader(in, StandardCharsets.UTF_8), "seed/" + file);
            }
        }
        try {
            return reader.read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled seed dataset", e);
        }
    }

    /** Opens a resource of the seed folder, for examples that read the CSV text itself. */
    static Reader open(String file) {
        InputStream in = SeedDataset.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalArgumentException("no bundled file " + file);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
