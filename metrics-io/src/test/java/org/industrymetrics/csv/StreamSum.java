package org.industrymetrics.csv;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.industrymetrics.aggregate.Aggregation;
import org.industrymetrics.aggregate.OverlapPolicy;
import org.industrymetrics.aggregate.SumResult;
import org.industrymetrics.aggregate.Total;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Observation;

/**
 * Streams a generated observations table of {@code args[0]} rows into a sum in GWh and prints
 * {@code rows=N low=L high=H} and the peak heap used: run by {@link StreamingMemoryTest} in a JVM
 * with a small heap, to show that reading is done in constant memory.
 */
public final class StreamSum {

    private StreamSum() {
    }

    public static void main(String[] args) throws IOException {
        long rows = Long.parseLong(args[0]);
        SumResult sum;
        try (Stream<Observation> observations = DatasetCsv.streamObservations(new GeneratedObservations(rows), "observations.csv")) {
            // the generated rows repeat a few dozen levels: allowed, so the sum adds them all; the overlap
            // state is one small entry per distinct key, so the heap stays as small as before
            sum = observations.collect(Aggregation.inUnit("GWh").overlapPolicy(OverlapPolicy.parse("allow")).build()
                    .collector(Dataset.of(List.of())));
        }
        Total t = sum.groups().values().iterator().next();
        long peak = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("rows=" + t.count() + " low=" + t.interval().low().toPlainString() + " high="
                + t.interval().high().toPlainString() + " peakHeapMiB=" + peak / (1024 * 1024));
    }
}
