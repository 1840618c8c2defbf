package org.industrymetrics.benchmarks;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import org.industrymetrics.aggregate.Aggregation;
import org.industrymetrics.aggregate.GroupBy;
import org.industrymetrics.aggregate.RunningSum;
import org.industrymetrics.io.files.DatasetFiles;

/**
 * Where the time of a streaming sum goes, in the CPU time of the thread that reads (so the load of
 * other processes counts less than in wall-clock time), against raw Jackson in the same JVM, and the
 * garbage collectors' time apart, with the bytes the thread allocated in each: {@code jackson} (the baseline of {@link SumPeers}), {@code read}
 * (the streaming read alone, every row bound and its id checked, nothing kept), {@code read+add}
 * (the read and a {@link RunningSum} by subject in GWh), {@code result} (overlaps and totals).
 * <pre>
 * java -Xms2g -Xmx2g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar org.industrymetrics.benchmarks.SumPhases /tmp/levels.csv 3
 * </pre>
 */
public final class SumPhases {

    private SumPhases() {
    }

    /**
     * Runs the phases: {@code FILE [ROUNDS]}.
     *
     * @param args the observations file ({@link LevelsDataset}) and the number of rounds (default 3)
     * @throws IOException if reading fails
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean bytes = (com.sun.management.ThreadMXBean) threads;
        long self = Thread.currentThread().getId();
        for (int round = 1; round <= rounds; round++) {
            long gc0 = gcMillis();
            long a0 = bytes.getThreadAllocatedBytes(self);
            long c0 = threads.getCurrentThreadCpuTime();
            SumPeers.jackson(file);
            long c1 = threads.getCurrentThreadCpuTime();
            long gc1 = gcMillis();
            DatasetFiles.StreamingRead alone = DatasetFiles.builder().add(file).readStreaming();
            long[] rows = new long[1];
            alone.forEachObservation((o, at) -> rows[0]++);
            long c2 = threads.getCurrentThreadCpuTime();
            long a2 = bytes.getThreadAllocatedBytes(self);
            long gc2 = gcMillis();
            DatasetFiles.StreamingRead read = DatasetFiles.builder().add(file).readStreaming();
            RunningSum sum = Aggregation.inUnit("GWh").by(GroupBy.SUBJECT).build().runningSum(read.tables().dataset());
            read.forEachObservation(sum::add);
            long c3 = threads.getCurrentThreadCpuTime();
            long a3 = bytes.getThreadAllocatedBytes(self);
            sum.result();
            long c4 = threads.getCurrentThreadCpuTime();
            long a4 = bytes.getThreadAllocatedBytes(self);
            long gc4 = gcMillis();
            System.out.printf(Locale.ROOT, "round %d: jackson %.2f s (gc %.2f s), read %.2f s (gc %.2f s), read+add %.2f s,"
                    + " result %.2f s (gc of both %.2f s); %d rows; allocated: jackson+read %d MB, read+add %d MB, result %d MB%n",
                    round, (c1 - c0) / 1e9, (gc1 - gc0) / 1e3,
                    (c2 - c1) / 1e9, (gc2 - gc1) / 1e3, (c3 - c2) / 1e9, (c4 - c3) / 1e9, (gc4 - gc2) / 1e3, rows[0],
                    (a2 - a0) >> 20, (a3 - a2) >> 20, (a4 - a3) >> 20);
        }
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, g.getCollectionTime());
        }
        return total;
    }
}
