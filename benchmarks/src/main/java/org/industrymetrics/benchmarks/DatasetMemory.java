package org.industrymetrics.benchmarks;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.industrymetrics.csv.DatasetCsv;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.io.files.DatasetFiles;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.period.ReportingPeriod;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Observation;

/**
 * Prints the bytes per observation a one-million-observation dataset holds: the heap used after
 * building it minus the heap used before, each after {@code System.gc()}, over a million. Run with
 * {@code java -cp benchmarks/target/benchmarks.jar org.industrymetrics.benchmarks.DatasetMemory}.
 * The heap figures are approximate (a full collection is requested, not guaranteed); they are
 * printed for the observations alone, for the dataset holding them as built (its id index: the
 * other indexes are built when a lookup first needs them), and with every index a check run
 * builds; once with the subject, period and unit objects shared between rows, once with every
 * row parsed on its own, and for the {@link SyntheticDataset} of a million observations (every
 * subject, metric, period and measure distinct: one index group per observation), and that dataset
 * written to CSV files and read back (each observation with its origin and its own id text).
 */
public final class DatasetMemory {

    private DatasetMemory() {
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    public static void main(String[] args) throws IOException {
        int n = 1_000_000;
        measure("shared subject, period and unit objects", n, () -> AggregationBenchmark.observations(n, false, new Random(42)));
        measure("every row parsed on its own", n, () -> parsedRows(n, new Random(42)));
        measure("synthetic dataset with relations", n,
                () -> new ArrayList<>(SyntheticDataset.generate(n, SyntheticDataset.DEFAULT_SEED).observations()));
        measureRead(n);
    }

    /**
     * The synthetic dataset as a reader gives it: written to CSV files and read back, so each
     * observation has its origin (file and line) and its own id text, as {@code metrics check} holds it.
     */
    private static void measureRead(int n) throws IOException {
        Path folder = Files.createTempDirectory("dataset-memory");
        try {
            DatasetCsv.write(SyntheticDataset.generate(n, SyntheticDataset.DEFAULT_SEED), folder);
            long before = used();
            Dataset dataset = DatasetFiles.read(folder).dataset();
            long afterRead = used();
            Observation first = dataset.observations().get(0);
            int found = dataset.levels(first.subject(), first.metric(), first.period()).size()
                    + dataset.series(first.subject(), first.metric(), first.measure(), first.period().granularity()).size()
                    + dataset.sharesOf(first.subject(), first.metric(), first.period()).size()
                    + dataset.withMeasure(first.measure()).size()
                    + (dataset.origin(first).isPresent() ? 1 : 0);
            long afterIndexes = used();
            int size = dataset.size();
            System.out.printf(Locale.ROOT, "synthetic dataset read from CSV files (origins kept): dataset as read %.0f bytes"
                    + " per observation, check indexes %.0f, total %.0f%n", (afterRead - before) / (double) size,
                    (afterIndexes - afterRead) / (double) size, (afterIndexes - before) / (double) size);
            if (found < 2) {
                throw new AssertionError();
            }
        } finally {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path p : files.collect(Collectors.toList())) {
                    Files.delete(p);
                }
            }
            Files.delete(folder);
        }
    }

    private static void measure(String what, int n, java.util.function.Supplier<List<Observation>> make) {
        long before = used();
        List<Observation> observations = make.get();
        long afterObservations = used();
        Dataset dataset = Dataset.of(observations);
        long afterDataset = used();
        // one lookup of each kind builds the indexes the checks use
        Observation first = dataset.observations().get(0);
        int found = dataset.levels(first.subject(), first.metric(), first.period()).size()
                + dataset.series(first.subject(), first.metric(), first.measure(), first.period().granularity()).size()
                + dataset.sharesOf(first.subject(), first.metric(), first.period()).size()
                + dataset.withMeasure(first.measure()).size();
        long afterIndexes = used();
        int size = observations.size();
        System.out.printf(Locale.ROOT, "%s: observations %.0f bytes each, dataset as built %.0f, check indexes %.0f,"
                + " total %.0f bytes per observation%n", what, (afterObservations - before) / (double) size,
                (afterDataset - afterObservations) / (double) size, (afterIndexes - afterDataset) / (double) size,
                (afterIndexes - before) / (double) size);
        if (dataset.size() != size || found < 1) {
            throw new AssertionError();
        }
    }

    /** What a reader that parses every cell gets: its own subject, period, unit and metric objects per row. */
    private static List<Observation> parsedRows(int n, Random random) {
        List<Observation> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int decimals = 1 + random.nextInt(3);
            out.add(Observation.builder()
                    .id("o" + i)
                    .subject(SubjectRef.parse("CN-A" + (char) ('A' + random.nextInt(26))))
                    .metric(new String("power_battery.output"))
                    .period(ReportingPeriod.parse(String.format(Locale.ROOT, "2024-%02d", 1 + random.nextInt(12))))
                    .figure(ReportedFigure.parse(BigDecimal.valueOf(random.nextInt(10_000_000), decimals).toPlainString()))
                    .unit(ObservationUnit.parse("GWh"))
                    .build());
        }
        return out;
    }
}
