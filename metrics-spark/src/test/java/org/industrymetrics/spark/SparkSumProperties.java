package org.industrymetrics.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.industrymetrics.aggregate.Aggregation;
import org.industrymetrics.aggregate.GroupBy;
import org.industrymetrics.aggregate.OverlapPolicy;
import org.industrymetrics.csv.DatasetCsv;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.testkit.ConsistentDataset;
import org.industrymetrics.testkit.MetricsArbitraries;

/**
 * The testkit's datasets made as reports are made (plants and their whole, months and years, a
 * union, a second source in another unit, yuan and dollars, targets) summed on Spark under a
 * random partitioning of 1, 2, 7 or 64, grouped several ways, for several overlap policies: the
 * same totals, overlaps, levels dropped and problems as {@link Aggregation} on one machine. Few
 * tries: each is a Spark job.
 */
class SparkSumProperties {

    private Path temp;

    @BeforeProperty
    void makeTemp() throws IOException {
        temp = Files.createTempDirectory("spark-sums");
    }

    @AfterProperty
    void deleteTemp() throws IOException {
        try (var files = Files.walk(temp)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<Integer> partitions() {
        return Arbitraries.of(1, 2, 7, 64);
    }

    @Provide
    Arbitrary<OverlapPolicy> policies() {
        return Arbitraries.of(OverlapPolicy.REFUSE, OverlapPolicy.parse("allow"),
                OverlapPolicy.parse("subject=broadest;period=whole;first"),
                OverlapPolicy.parse("subject=finest;period=parts;unit=GWh;first;allow"),
                OverlapPolicy.parse("source=nbs;unit=MWh;allow"));
    }

    @Provide
    Arbitrary<Set<GroupBy>> groupings() {
        return Arbitraries.of(EnumSet.of(GroupBy.METRIC, GroupBy.PERIOD), EnumSet.of(GroupBy.SUBJECT, GroupBy.METRIC),
                EnumSet.of(GroupBy.METRIC), EnumSet.allOf(GroupBy.class));
    }

    @Provide
    Arbitrary<ConsistentDataset> datasets() {
        return MetricsArbitraries.consistentDatasets();
    }

    @Property(tries = 8)
    void sameSumsAsTheLibraryOnOneMachine(@ForAll("datasets") ConsistentDataset made, @ForAll("policies") OverlapPolicy policy,
            @ForAll("groupings") Set<GroupBy> by, @ForAll("partitions") int partitions, @ForAll boolean money)
            throws IOException {
        DatasetCsv.write(made.dataset(), temp);
        Dataset local = TestSpark.readFolder(temp);
        SparkDataset read = SparkDataset.readCsvFolder(TestSpark.session(), temp.toString());
        TestSpark.assertSameSums(local, read, money ? "million CNY" : "GWh", policy, by,
                partitions);
    }
}
