package org.industrymetrics.benchmarks;

import java.util.List;
import java.util.Random;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Observation;

/**
 * Prints the bytes per observation a one-million-observation dataset holds: the heap used after
 * building it minus the heap used before, each after {@code System.gc()}, over a million. Run with
 * {@code java -cp benchmarks/target/benchmarks.jar org.industrymetrics.benchmarks.DatasetMemory}.
 * The heap figures are approximate (a full collection is requested, not guaranteed); they are
 * printed for observations alone and for the dataset holding them with its indexes.
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

    public static void main(String[] args) {
        int n = 1_000_000;
        long before = used();
        List<Observation> observations = AggregationBenchmark.observations(n, false, new Random(42));
        long afterObservations = used();
        Dataset dataset = Dataset.of(observations);
        long afterDataset = used();
        System.out.printf(java.util.Locale.ROOT, "observations: %.0f bytes each%n", (afterObservations - before) / (double) n);
        System.out.printf(java.util.Locale.ROOT, "dataset indexes: %.0f bytes per observation%n", (afterDataset - afterObservations) / (double) n);
        System.out.printf(java.util.Locale.ROOT, "total held by the dataset: %.0f bytes per observation%n", (afterDataset - before) / (double) n);
        if (dataset.size() != n) {
            throw new AssertionError();
        }
    }
}
