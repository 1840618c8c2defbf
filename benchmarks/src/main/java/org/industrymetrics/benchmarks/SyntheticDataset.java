package org.industrymetrics.benchmarks;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.nio.file.Path;
import java.util.Random;
import org.industrymetrics.csv.DatasetCsv;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.Metric;
import org.industrymetrics.observation.MetricKind;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.Subject;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.period.ReportingPeriod;

/**
 * A synthetic dataset for benchmarks and for timing the command line: a subject tree of a country
 * ({@code CN}), 31 provinces ({@code CN-P01}) and 310 cities ({@code CN-P01.C01}); per metric
 * ({@code m000.output}, a flow in GWh) and year 2020-2024 the monthly and yearly levels of every
 * subject, the share of each province in the country and of each city in its province, and the
 * growth on the year before. Values are rounded as reports round them (months to one decimal,
 * years to whole GWh, shares and growths to one decimal), and one figure in a hundred is moved by
 * 10 %, so there are inconsistencies to find. One metric is 25,303 observations; the size grows by
 * whole metrics, so a larger dataset has more relations of the same shapes.
 * <p>
 * From the command line it writes the dataset as CSV tables ({@code observations.csv},
 * {@code subjects.csv}, {@code metrics.csv}):
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.industrymetrics.benchmarks.SyntheticDataset 100000 /tmp/syn100k
 * java -jar examples/target/metrics.jar check /tmp/syn100k
 * </pre>
 */
public final class SyntheticDataset {

    /** The seed used when none is given. */
    public static final long DEFAULT_SEED = 20240626L;

    static final int[] YEARS = {2020, 2021, 2022, 2023, 2024};
    static final int PROVINCES = 31;
    static final int CITIES = 10;

    private SyntheticDataset() {
    }

    /**
     * Generates a dataset of at least {@code size} observations (whole metrics); the same size and
     * seed give the same dataset.
     *
     * @param size the least number of observations, at least 1
     * @param seed the seed of the random values
     * @return the dataset, named {@code synthetic}
     */
    public static Dataset generate(int size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1, found " + size);
        }
        return new Generator(new Random(seed)).dataset(size);
    }

    /**
     * Writes a synthetic dataset as CSV tables to a folder: {@code N OUTPUT_FOLDER [SEED]}.
     *
     * @param args the least number of observations, the folder (made if missing), and optionally the seed
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: SyntheticDataset N OUTPUT_FOLDER [SEED]   (N observations at least; default seed "
                    + DEFAULT_SEED + ")");
            System.exit(2);
        }
        int size;
        long seed;
        try {
            size = Integer.parseInt(args[0].replace("_", ""));
            seed = args.length == 3 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        } catch (NumberFormatException e) {
            System.err.println("SyntheticDataset: N and SEED are whole numbers: " + e.getMessage());
            System.exit(2);
            return;
        }
        Dataset dataset = generate(size, seed);
        Path folder = Path.of(args[1]);
        DatasetCsv.write(dataset, folder);
        System.err.println("wrote " + dataset.size() + " observations, " + dataset.subjects().size() + " subjects and "
                + dataset.metrics().size() + " metrics to " + folder);
    }


    private static final class Generator {
        private static final MathContext MC = new MathContext(20, RoundingMode.HALF_EVEN);
        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
        private final Random random;
        private final Map<String, SubjectRef> refs = new HashMap<>();
        private final Map<String, ReportingPeriod> periods = new HashMap<>();
        private final ObservationUnit gwh = ObservationUnit.parse("GWh");
        private final List<Observation> out = new ArrayList<>();

        Generator(Random random) {
            this.random = random;
        }

        Dataset dataset(int size) {
            Dataset.Builder b = Dataset.builder().name("synthetic");
            List<String> provinces = new ArrayList<>();
            b.addSubject(Subject.of("CN", null));
            for (int p = 1; p <= PROVINCES; p++) {
                String province = String.format(Locale.ROOT, "CN-P%02d", p);
                provinces.add(province);
                b.addSubject(Subject.of(province, "CN"));
                for (int c = 1; c <= CITIES; c++) {
                    b.addSubject(Subject.of(String.format(Locale.ROOT, "%s.C%02d", province, c), province));
                }
            }
            int metric = 0;
            while (out.size() < size) {
                String id = String.format(Locale.ROOT, "m%03d.output", metric++);
                b.addMetric(Metric.builder().id(id).kind(MetricKind.FLOW).unit(gwh).build());
                metric(id, provinces);
            }
            return b.addObservations(out).build();
        }

        private void metric(String metric, List<String> provinces) {
            // exact monthly values [year][month] per subject; a parent is its children and a remainder
            Map<String, BigDecimal[][]> values = new HashMap<>();
            BigDecimal[][] country = new BigDecimal[YEARS.length][12];
            for (BigDecimal[] row : country) {
                java.util.Arrays.fill(row, BigDecimal.ZERO);
            }
            for (String province : provinces) {
                BigDecimal[][] pv = new BigDecimal[YEARS.length][12];
                for (BigDecimal[] row : pv) {
                    java.util.Arrays.fill(row, BigDecimal.ZERO);
                }
                for (int c = 1; c <= CITIES; c++) {
                    String city = String.format(Locale.ROOT, "%s.C%02d", province, c);
                    BigDecimal[][] cv = new BigDecimal[YEARS.length][12];
                    for (int y = 0; y < YEARS.length; y++) {
                        for (int m = 0; m < 12; m++) {
                            cv[y][m] = BigDecimal.valueOf(1000 + random.nextInt(99_000), 2);
                            pv[y][m] = pv[y][m].add(cv[y][m]);
                        }
                    }
                    values.put(city, cv);
                }
                for (int y = 0; y < YEARS.length; y++) {
                    for (int m = 0; m < 12; m++) {
                        pv[y][m] = pv[y][m].add(BigDecimal.valueOf(random.nextInt(10_000), 2));
                        country[y][m] = country[y][m].add(pv[y][m]);
                    }
                }
                values.put(province, pv);
            }
            values.put("CN", country);
            for (Map.Entry<String, BigDecimal[][]> e : values.entrySet()) {
                String subject = e.getKey();
                String parent = subject.equals("CN") ? null : subject.contains(".") ? subject.substring(0, subject.indexOf('.')) : "CN";
                BigDecimal[][] v = e.getValue();
                BigDecimal previous = null;
                for (int y = 0; y < YEARS.length; y++) {
                    BigDecimal year = BigDecimal.ZERO;
                    for (int m = 0; m < 12; m++) {
                        year = year.add(v[y][m]);
                        level(subject, metric, String.format(Locale.ROOT, "%d-%02d", YEARS[y], m + 1), v[y][m], 1);
                    }
                    String period = Integer.toString(YEARS[y]);
                    level(subject, metric, period, year, 0);
                    if (parent != null) {
                        BigDecimal whole = sum(values.get(parent)[y]);
                        relative(subject, metric, period, Measure.SHARE, year.multiply(HUNDRED).divide(whole, MC), parent);
                    }
                    if (previous != null) {
                        relative(subject, metric, period, Measure.GROWTH,
                                year.divide(previous, MC).subtract(BigDecimal.ONE).multiply(HUNDRED), null);
                    }
                    previous = year;
                }
            }
        }

        private static BigDecimal sum(BigDecimal[] months) {
            BigDecimal total = BigDecimal.ZERO;
            for (BigDecimal m : months) {
                total = total.add(m);
            }
            return total;
        }

        /** One figure in a hundred is moved by 10 % (a typo, a misread table). */
        private BigDecimal noisy(BigDecimal exact) {
            return random.nextInt(100) == 0 ? exact.multiply(new BigDecimal("1.1")) : exact;
        }

        private void level(String subject, String metric, String period, BigDecimal exact, int precision) {
            out.add(Observation.builder().id(subject + "/" + metric + "/" + period).subject(ref(subject)).metric(metric)
                    .period(period(period)).figure(ReportedFigure.rounded(noisy(exact), precision)).unit(gwh).build());
        }

        private void relative(String subject, String metric, String period, Measure measure, BigDecimal exact, String base) {
            Observation.Builder b = Observation.builder().id(subject + "/" + metric + "/" + period + "/" + measure)
                    .subject(ref(subject)).metric(metric).period(period(period)).measure(measure)
                    .figure(ReportedFigure.rounded(measure == Measure.SHARE ? noisy(exact).min(HUNDRED) : noisy(exact), 1));
            if (base != null) {
                b.base(base);
            }
            out.add(b.build());
        }

        private SubjectRef ref(String id) {
            return refs.computeIfAbsent(id, SubjectRef::of);
        }

        private ReportingPeriod period(String text) {
            return periods.computeIfAbsent(text, ReportingPeriod::parse);
        }
    }
}
