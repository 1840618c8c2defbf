package org.industrymetrics.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.industrymetrics.check.Checker;
import org.industrymetrics.csv.DatasetCsv;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.Metric;
import org.industrymetrics.observation.MetricKind;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.Rule;
import org.industrymetrics.observation.Subject;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.period.ReportingPeriod;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.figure.Qualifier;

/**
 * Random datasets with relations of every kind (levels of a subject tree and a union over years
 * and halves, two figures of one level, shares of disjoint subjects, growths, a rule) give the same
 * findings on Spark as {@link Checker} on one machine, under a random partitioning. Few tries:
 * each is a Spark job; the relations of every kind are in each dataset.
 */
class SparkChecksProperties {

    private static final String[] SUBJECTS = {"CN", "CN-A", "CN-B", "CN-A.x", "CN-A.y", "CN-A+CN-B", "XX"};
    private static final String[] METRICS = {"m.output", "n.output", "k.total"};
    private static final String[] PERIODS = {"2023", "2024", "2024-H1", "2024-H2"};

    private Path temp;

    @BeforeProperty
    void makeTemp() throws IOException {
        temp = Files.createTempDirectory("spark-checks");
    }

    @AfterProperty
    void deleteTemp() throws IOException {
        try (var files = Files.walk(temp)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** One figure: which subject, metric, period and measure, and its value. */
    record Spec(int subject, int metric, int period, int measure, int value, int decimals, int base) {
    }

    @Provide
    Arbitrary<List<Spec>> specs() {
        Arbitrary<Spec> spec = Combinators.combine(Arbitraries.integers().between(0, SUBJECTS.length - 1),
                Arbitraries.integers().between(0, METRICS.length - 1), Arbitraries.integers().between(0, PERIODS.length - 1),
                Arbitraries.integers().between(0, 5), Arbitraries.integers().between(1, 9999),
                Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 1)).as(Spec::new);
        return spec.list().ofMinSize(20).ofMaxSize(80);
    }

    @Provide
    Arbitrary<Integer> partitions() {
        return Arbitraries.of(1, 2, 7, 64);
    }

    private static Dataset dataset(List<Spec> specs) {
        Dataset.Builder b = Dataset.builder().name("generated");
        b.addSubject(Subject.builder().id("CN").build());
        b.addSubject(Subject.builder().id("CN-A").parent("CN").build());
        b.addSubject(Subject.builder().id("CN-B").parent("CN").build());
        b.addSubject(Subject.builder().id("CN-A.x").parent("CN-A").build());
        b.addSubject(Subject.builder().id("CN-A.y").parent("CN-A").build());
        for (String m : METRICS) {
            b.addMetric(Metric.builder().id(m).kind(MetricKind.FLOW).build());
        }
        b.addRule(Rule.builder().id("r1").rule("k.total = m.output + n.output").build());
        int i = 0;
        for (Spec s : specs) {
            String subject = SUBJECTS[s.subject()];
            Observation.Builder o = Observation.builder().id("g" + i++).subject(SubjectRef.parse(subject))
                    .metric(METRICS[s.metric()]).period(ReportingPeriod.parse(PERIODS[s.period()]));
            BigDecimal v = BigDecimal.valueOf(s.value(), s.decimals());
            switch (s.measure()) {
                case 3 -> { // a share of a whole: its parent, or the country
                    o.measure(Measure.SHARE).base(s.base() == 0 ? "CN" : "CN-A")
                            .figure(ReportedFigure.of(BigDecimal.valueOf(s.value() % 1000, 1).toPlainString(), Qualifier.EXACT));
                }
                case 4 -> // a growth on the year before (2024 on 2023, a half on the half a year before)
                    o.measure(Measure.GROWTH).figure(ReportedFigure.of(
                            BigDecimal.valueOf(s.value() % 300 - 50, 1).toPlainString(), Qualifier.EXACT));
                default -> o.measure(Measure.LEVEL).unit(ObservationUnit.parse(s.base() == 0 ? "GWh" : "MWh"))
                        .figure(ReportedFigure.of(v.toPlainString(), s.measure() == 5 ? Qualifier.ABOUT : Qualifier.EXACT));
            }
            b.addObservation(o.build());
        }
        return b.build();
    }

    @Property(tries = 6)
    void sameFindingsAsTheCheckerOnOneMachine(@ForAll("specs") List<Spec> specs, @ForAll("partitions") int partitions)
            throws IOException {
        Dataset generated = dataset(specs);
        DatasetCsv.write(generated, temp);
        Dataset local = TestSpark.readFolder(temp);
        SparkDataset read = SparkDataset.readCsvFolder(TestSpark.session(), temp.toString());
        SparkDataset spread = SparkDataset.of(read.observations().repartition(partitions), read.tables());
        assertEquals(TestSpark.rows(Checker.check(local).findings()),
                TestSpark.sparkRows(SparkChecks.check(spread).collectAsList()));
    }
}
