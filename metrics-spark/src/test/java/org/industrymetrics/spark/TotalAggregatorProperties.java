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
import org.industrymetrics.InvalidInputException;
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
 * machine. The laws are the testkit's {@link AccumulatorLaws}.
 */
class TotalAggregatorProperties {

    /** Spark's sum adds every level of a group, as the library does with overlaps allowed (it does not look for overlaps). */
    private static final org.industrymetrics.aggregate.OverlapPolicy ALLOW = org.industrymetrics.aggregate.OverlapPolicy.parse("allow");

    private static final SmallTables TABLES = SmallTables.read("laws", Map.of(
            DatasetTable.RATES, "date,base,quote,rate\n2024-01,USD,CNY,7.1\n2024-02,USD,CNY,7.19\n",
            DatasetTable.METRICS, "id,kind\nstock.m,stock\n"));
    private static final String[] UNITS = {"GWh", "MWh", "TWh", "GWh/a", "billion CNY", "million USD", "t"};
    private static final Qualifier[] QUALIFIERS = {Qualifier.EXACT, Qualifier.EXACT, Qualifier.ABOUT, Qualifier.OVER,
        Qualifier.AT_MOST, Qualifier.NEARLY};
    private static final String[] PERIODS = {"2024-01", "2024-02", "2024-03"};

    @Provide
    Arbitrary<List<ObservationRow>> rows() {
        Arbitrary<ObservationRow> row = Combinators.combine(
                Arbitraries.integers().between(-5000, 2_000_000),
                Arbitraries.integers().between(0, 3),
                Arbitraries.of(UNITS),
                Arbitraries.of(QUALIFIERS),
                Arbitraries.of(PERIODS),
                Arbitraries.of("flow.m", "flow.m", "stock.m"),
                Arbitraries.integers().between(0, 1_000_000)).as(TotalAggregatorProperties::row);
        // ids unique within a list, as within a dataset
        return row.list().ofMaxSize(12).map(list -> {
            List<ObservationRow> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                ObservationRow r = list.get(i);
                r.setId(r.getId() + "-" + i);
                out.add(r);
            }
            return out;
        });
    }

    private static ObservationRow row(int unscaled, int scale, String unit, Qualifier qualifier, String period,
            String metric, int n) {
        java.math.BigDecimal v = java.math.BigDecimal.valueOf(unscaled, scale);
        Qualifier q = v.signum() <= 0 ? Qualifier.EXACT : qualifier;
        Observation o = Observation.builder().id("o" + n).subject(SubjectRef.of("S")).metric(metric)
                .period(ReportingPeriod.parse(period)).figure(ReportedFigure.of(v.toPlainString(), q))
                .unit(ObservationUnit.parse(unit)).build();
        return ObservationRow.of(o, "laws", 0, n);
    }

    private static TotalAggregator gwh() {
        return new TotalAggregator("GWh", TABLES);
    }

    private static TotalBuffer fold(TotalAggregator agg, List<ObservationRow> rows) {
        TotalBuffer b = agg.zero();
        for (ObservationRow r : rows) {
            b = agg.reduce(b, r);
        }
        return b;
    }

    /** What a buffer sums to, as comparable text. */
    private static String result(TotalAggregator agg, TotalBuffer b) {
        TotalRow r = agg.finish(b);
        List<String> problems = new ArrayList<>();
        r.inputProblems().forEach(p -> problems.add(p.toString()));
        return r.interval() + " " + r.getFigure() + " " + r.getCount() + " " + r.getRates() + " " + problems;
    }

    /** A buffer as Spark writes it: its columns only, read into a new bean. */
    private static TotalBuffer throughColumns(TotalBuffer b) {
        TotalBuffer c = new TotalBuffer();
        c.setUnit(b.getUnit());
        c.setLow(b.getLow());
        c.setLowOpen(b.isLowOpen());
        c.setHigh(b.getHigh());
        c.setHighOpen(b.isHighOpen());
        c.setNominal(b.getNominal());
        c.setPrecision(b.getPrecision());
        c.setCount(b.getCount());
        c.setQualifiers(b.getQualifiers());
        c.setRates(b.getRates());
        c.setProblems(b.getProblems());
        c.setStocks(b.getStocks());
        return c;
    }

    /** The testkit's laws on the aggregator's own zero, reduce, merge and finish. */
    private static AccumulatorLaws<TotalBuffer, ObservationRow, String> laws(TotalAggregator agg) {
        return AccumulatorLaws.of(agg::zero, agg::reduce, agg::merge, b -> result(agg, b));
    }

    @Property(tries = 300)
    void identityAssociativityCommutativityAndAnySplit(@ForAll("rows") List<ObservationRow> xs, @ForAll Random random) {
        laws(gwh()).checkAll(xs, random);
    }

    @Property(tries = 200)
    void mergeIsAssociativeAndCommutativeAcrossParts(@ForAll("rows") List<ObservationRow> xs,
            @ForAll("rows") List<ObservationRow> ys, @ForAll("rows") List<ObservationRow> zs) {
        AccumulatorLaws<TotalBuffer, ObservationRow, String> laws = laws(gwh());
        laws.checkAssociativity(xs, ys, zs);
        laws.checkCommutativity(xs, ys);
    }

    @Property(tries = 200)
    void reduceIsMergingTheRowsOwnBuffer(@ForAll("rows") List<ObservationRow> xs, @ForAll("rows") List<ObservationRow> one) {
        AccumulatorLaws<TotalBuffer, ObservationRow, String> laws = laws(gwh());
        for (ObservationRow x : one) {
            laws.checkAddIsMerge(xs, x);
        }
    }

    @Property(tries = 200)
    void aBufferReadBackFromItsColumnsSumsOnTheSame(@ForAll("rows") List<ObservationRow> xs,
            @ForAll("rows") List<ObservationRow> ys) {
        TotalAggregator agg = gwh();
        TotalBuffer live = agg.merge(fold(agg, xs), fold(agg, ys));
        TotalBuffer written = agg.merge(throughColumns(fold(agg, xs)), throughColumns(fold(agg, ys)));
        assertEquals(result(agg, live), result(agg, written));
        assertEquals(result(agg, live), result(agg, throughColumns(written)));
    }

    @Property(tries = 200)
    void anySplitGivesTheLibrarysTotal(@ForAll("rows") List<ObservationRow> xs,
            @ForAll("splits") int split) {
        TotalAggregator agg = gwh();
        int cut = Math.min(split, xs.size());
        String spark = result(agg, agg.merge(fold(agg, xs.subList(cut, xs.size())), fold(agg, xs.subList(0, cut))));
        List<Observation> os = new ArrayList<>();
        xs.forEach(r -> os.add(r.toObservation()));
        Dataset d = TABLES.with(os);
        String library;
        try {
            Total t = Aggregation.inUnit("GWh").overlapPolicy(ALLOW).build().sum(d).groups().values().stream().findFirst()
                    .orElse(new org.industrymetrics.aggregate.TotalAccumulator(ObservationUnit.parse("GWh")).toTotal());
            library = t.interval() + " " + t.figure() + " " + t.count() + " " + t.rates().stream().map(Object::toString).toList()
                    + " []";
        } catch (InvalidInputException e) {
            List<String> problems = new ArrayList<>();
            e.problems().forEach(p -> problems.add(p.toString()));
            problems.sort(null);
            List<String> sparkProblems = new ArrayList<>();
            agg.finish(agg.merge(fold(agg, xs.subList(cut, xs.size())), fold(agg, xs.subList(0, cut))))
                    .inputProblems().forEach(p -> sparkProblems.add(p.toString()));
            sparkProblems.sort(null);
            assertEquals(problems, sparkProblems);
            return;
        }
        assertEquals(library, spark);
    }

    @Provide
    Arbitrary<Integer> splits() {
        return Arbitraries.integers().between(0, 12);
    }
}
