package org.industrymetrics.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.aggregate.OverlapPolicy;
import org.industrymetrics.aggregate.SumResult;
import org.industrymetrics.observation.Status;
import org.industrymetrics.aggregate.Aggregation;
import org.industrymetrics.aggregate.Total;
import org.industrymetrics.io.DatasetTable;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.period.ReportingPeriod;
import org.industrymetrics.testkit.AccumulatorLaws;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.observation.SubjectRef;

/**
 * The laws that let Spark split a sum anywhere, on {@link TotalAggregator}'s own methods: the
 * empty buffer is the identity of merge, merge is commutative and associative, reducing a row
 * into a buffer is merging in the buffer of that row alone, and a buffer written to its columns
 * and read back sums on the same. And the total of any split equals {@link Aggregation}'s on one
 * machine, overlaps, levels dropped and problems included, for every overlap policy. The laws
 * are the testkit's {@link AccumulatorLaws}.
 */
class TotalAggregatorProperties {

    private static final SmallTables TABLES = SmallTables.read("laws", Map.of(
            DatasetTable.RATES, "date,base,quote,rate\n2024-01,USD,CNY,7.1\n2024-02,USD,CNY,7.19\n",
            DatasetTable.METRICS, "id,kind\nstock.m,stock\n",
            DatasetTable.SUBJECTS, "id,name,parent\nCN,China,\nCN-SC,Sichuan,CN\nCN-CQ,Chongqing,CN\n"));
    private static final String[] SUBJECTS = {"CN", "CN-SC", "CN-SC", "CN-CQ", "CN-CQ+CN-SC", "JP"};
    private static final String[] SOURCES = {"a", "a", "b", ""};
    private static final Status[] STATUSES = {Status.ACTUAL, Status.ACTUAL, Status.ACTUAL, Status.ACTUAL, Status.ACTUAL,
        Status.ACTUAL, Status.ACTUAL, Status.ACTUAL, Status.ACTUAL, Status.ACTUAL, Status.ESTIMATE, Status.TARGET};
    private static final String[] UNITS = {"GWh", "GWh", "GWh", "GWh", "MWh", "MWh", "TWh", "GWh/a", "billion CNY", "million USD", "t"};
    private static final Qualifier[] QUALIFIERS = {Qualifier.EXACT, Qualifier.EXACT, Qualifier.ABOUT, Qualifier.OVER,
        Qualifier.AT_MOST, Qualifier.NEARLY};
    private static final String[] PERIODS = {"2024-01", "2024-02", "2024-03", "2024-Q1", "2024-01"};

    @Provide
    Arbitrary<List<ObservationRow>> rows() {
        Arbitrary<ObservationRow> row = Combinators.combine(
                Combinators.combine(Arbitraries.integers().between(-5000, 2_000_000), Arbitraries.integers().between(0, 3))
                        .as((v, scale) -> java.math.BigDecimal.valueOf(v, scale)),
                Arbitraries.of(UNITS),
                Arbitraries.of(QUALIFIERS),
                Arbitraries.of(PERIODS),
                Arbitraries.of("flow.m", "flow.m", "flow.m", "stock.m"),
                Arbitraries.of(SUBJECTS),
                Arbitraries.of(SOURCES),
                Arbitraries.of(STATUSES)).as(TotalAggregatorProperties::row);
        // ids unique within a list, as within a dataset, in an order unrelated to the rows'
        return Combinators.combine(row.list().ofMaxSize(12), Arbitraries.integers().between(0, 1000))
                .as((list, seed) -> {
                    List<ObservationRow> out = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        ObservationRow r = list.get(i);
                        r.setId("o" + ((i * 7 + seed) % 101) + "-" + i);
                        r.setLine(i % 3 == 2 ? 0 : i + 2);
                        r.setInput(i % 3 == 2 ? "laws" : i % 2 == 0 ? "observations.csv" : "more.csv");
                        out.add(r);
                    }
                    return out;
                });
    }

    /** The policies of the library, from refusing every overlap to allowing every one. */
    @Provide
    Arbitrary<OverlapPolicy> policies() {
        return Arbitraries.of(OverlapPolicy.REFUSE, OverlapPolicy.parse("allow"), OverlapPolicy.parse("first"),
                OverlapPolicy.parse("subject=broadest;period=whole;first;allow"),
                OverlapPolicy.parse("subject=finest;period=parts;source=a;allow"),
                OverlapPolicy.parse("source=b,a;unit=MWh;first;allow"), OverlapPolicy.parse("subject=finest;period=whole"));
    }

    private static ObservationRow row(java.math.BigDecimal v, String unit, Qualifier qualifier, String period,
            String metric, String subject, String source, Status status) {
        Qualifier q = v.signum() <= 0 ? Qualifier.EXACT : qualifier;
        Observation o = Observation.builder().id("x").subject(SubjectRef.parse(subject)).metric(metric)
                .period(ReportingPeriod.parse(period)).figure(ReportedFigure.of(v.toPlainString(), q))
                .unit(ObservationUnit.parse(unit)).source(source.isEmpty() ? null : source).status(status).build();
        return ObservationRow.of(o, "laws", 0, 0);
    }

    /** The rows of one part of a dataset: ids of their own, as ids are unique within a dataset. */
    private static List<ObservationRow> part(String name, List<ObservationRow> rows) {
        rows.forEach(r -> r.setId(name + r.getId()));
        return rows;
    }

    private static TotalAggregator gwh(OverlapPolicy policy) {
        return new TotalAggregator("GWh", TABLES).withOverlapPolicy(policy);
    }

    private static TotalBuffer fold(TotalAggregator agg, List<ObservationRow> rows) {
        TotalBuffer b = agg.zero();
        for (ObservationRow r : rows) {
            b = agg.reduce(b, r);
        }
        return b;
    }

    /** What a buffer sums to, as comparable text: the total, the overlaps, the levels dropped and the problems. */
    private static String result(TotalAggregator agg, TotalBuffer b) {
        TotalRow r = agg.finish(b);
        List<String> problems = new ArrayList<>();
        r.inputProblems().forEach(p -> problems.add(p.toString()));
        problems.sort(null);
        if (!problems.isEmpty()) {
            return problems.toString();
        }
        return r.interval() + " " + r.getFigure() + " " + r.getStatus() + " " + r.getCount() + " " + r.getRates()
                + " " + r.getOverlaps() + " " + r.getDropped() + " []";
    }

    /** A buffer as Spark writes it: its columns only, read into a new bean. */
    private static TotalBuffer throughColumns(TotalBuffer b) {
        TotalBuffer c = new TotalBuffer();
        c.setEntries(b.getEntries());
        c.setStatuses(b.getStatuses());
        c.setStocks(b.getStocks());
        c.setProblems(b.getProblems());
        return c;
    }

    /** The testkit's laws on the aggregator's own zero, reduce, merge and finish. */
    private static AccumulatorLaws<TotalBuffer, ObservationRow, String> laws(TotalAggregator agg) {
        return AccumulatorLaws.of(agg::zero, agg::reduce, agg::merge, b -> result(agg, b));
    }

    @Property(tries = 300)
    void identityAssociativityCommutativityAndAnySplit(@ForAll("rows") List<ObservationRow> xs,
            @ForAll("policies") OverlapPolicy policy, @ForAll Random random) {
        laws(gwh(policy)).checkAll(xs, random);
    }

    @Property(tries = 200)
    void mergeIsAssociativeAndCommutativeAcrossParts(@ForAll("rows") List<ObservationRow> xs,
            @ForAll("rows") List<ObservationRow> ys, @ForAll("rows") List<ObservationRow> zs,
            @ForAll("policies") OverlapPolicy policy) {
        AccumulatorLaws<TotalBuffer, ObservationRow, String> laws = laws(gwh(policy));
        laws.checkAssociativity(part("x", xs), part("y", ys), part("z", zs));
        laws.checkCommutativity(part("x", xs), part("y", ys));
    }

    @Property(tries = 200)
    void reduceIsMergingTheRowsOwnBuffer(@ForAll("rows") List<ObservationRow> xs, @ForAll("rows") List<ObservationRow> one,
            @ForAll("policies") OverlapPolicy policy) {
        AccumulatorLaws<TotalBuffer, ObservationRow, String> laws = laws(gwh(policy));
        for (ObservationRow x : part("one", one)) {
            laws.checkAddIsMerge(xs, x);
        }
    }

    @Property(tries = 200)
    void aBufferReadBackFromItsColumnsSumsOnTheSame(@ForAll("rows") List<ObservationRow> xs,
            @ForAll("rows") List<ObservationRow> ys, @ForAll("policies") OverlapPolicy policy) {
        TotalAggregator agg = gwh(policy);
        ys = part("y", ys);
        TotalBuffer live = agg.merge(fold(agg, xs), fold(agg, ys));
        TotalBuffer written = agg.merge(throughColumns(fold(agg, xs)), throughColumns(fold(agg, ys)));
        assertEquals(result(agg, live), result(agg, written));
        assertEquals(result(agg, live), result(agg, throughColumns(written)));
    }

    @Property(tries = 300)
    void anySplitGivesTheLibrarysTotal(@ForAll("rows") List<ObservationRow> xs, @ForAll("splits") int split,
            @ForAll("policies") OverlapPolicy policy) {
        TotalAggregator agg = gwh(policy);
        int cut = Math.min(split, xs.size());
        TotalBuffer b = agg.merge(throughColumns(fold(agg, xs.subList(cut, xs.size()))), fold(agg, xs.subList(0, cut)));
        String spark = result(agg, throughColumns(b));
        Dataset.Builder d = TABLES.dataset().toBuilder();
        // the rows' origins as a reader gives them
        xs.forEach(r -> d.addObservation(r.toObservation(), r.getLine() > 0 ? InputLocation.of(r.getInput(), r.getLine()) : null));
        String library;
        try {
            SumResult sum = Aggregation.inUnit("GWh").overlapPolicy(policy).build().sum(d.build());
            Total t = sum.groups().values().stream().findFirst()
                    .orElse(new org.industrymetrics.aggregate.TotalAccumulator(ObservationUnit.parse("GWh")).toTotal());
            library = t.interval() + " " + t.figure() + " " + t.status().id() + " " + t.count() + " "
                    + t.rates().stream().map(Object::toString).toList() + " " + sum.overlaps() + " " + sum.dropped() + " []";
            Statistics.label("outcome").collect(sum.dropped().isEmpty() ? "summed" : "summed, some dropped");
        } catch (InvalidInputException e) {
            List<String> problems = new ArrayList<>();
            e.problems().forEach(p -> problems.add(p.toString()));
            problems.sort(null);
            List<String> sparkProblems = new ArrayList<>();
            agg.finish(b).inputProblems().forEach(p -> sparkProblems.add(p.toString()));
            sparkProblems.sort(null);
            assertEquals(problems, sparkProblems);
            Statistics.label("outcome").collect("refused");
            return;
        }
        assertEquals(library, spark);
    }

    @Provide
    Arbitrary<Integer> splits() {
        return Arbitraries.integers().between(0, 12);
    }
}
