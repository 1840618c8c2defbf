package com.example.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.industrymetrics.aggregate.Aggregation;
import org.industrymetrics.aggregate.OverlapPolicy;
import org.industrymetrics.check.Checker;
import org.industrymetrics.check.Report;
import org.industrymetrics.check.Verdict;
import org.industrymetrics.figure.Growth;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.figure.Share;
import org.industrymetrics.json.DatasetJson;
import org.industrymetrics.money.Currencies;
import org.industrymetrics.money.Money;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.period.ReportingPeriod;
import org.industrymetrics.quantity.Energy;
import org.industrymetrics.quantity.Quantity;
import org.industrymetrics.quantity.Unit;
import org.industrymetrics.testkit.AccumulatorLaws;
import org.industrymetrics.testkit.ConsistentDataset;
import org.industrymetrics.testkit.JacksonRoundTrip;
import org.industrymetrics.testkit.MetricsArbitraries;
import org.industrymetrics.testkit.ValueTypeContract;
import org.industrymetrics.testkit.constraints.InCurrency;
import org.industrymetrics.testkit.constraints.InUnit;
import org.industrymetrics.testkit.constraints.Rounded;

/**
 * A user's tests, outside the library's packages: the testkit's {@code @ForAll} defaults for each
 * type, its annotations, its law helpers and its value contract with the JSON round trip of
 * metrics-io, used only through public API.
 */
class TestkitConsumerProperties {

    private static final ObjectMapper JSON = JacksonRoundTrip.mapperWithModules();

    private static <T> ValueTypeContract<T> contract(Class<T> type, java.util.function.Function<String, T> parse) {
        return ValueTypeContract.of(type).parsedBy(parse).roundTrip("JSON", JacksonRoundTrip.of(JSON, type));
    }

    /** A user's own calculation: the yuan total of a list of amounts, in billion CNY. */
    static Money totalInBillions(List<Money> amounts) {
        return amounts.stream().collect(Money.collector(Currencies.CNY)).to(org.industrymetrics.quantity.Scale.BILLION);
    }

    @Property(tries = 100)
    void everyTypeHasADefault_andKeepsTheValueContract(@ForAll Quantity q, @ForAll Energy e, @ForAll Money m,
            @ForAll ReportedFigure f, @ForAll Interval i, @ForAll ReportingPeriod p, @ForAll Growth g, @ForAll Share s) {
        contract(Quantity.class, Quantity::parse).check(q);
        contract(Energy.class, Energy::parse).check(e);
        contract(Money.class, Money::parse).check(m);
        contract(ReportedFigure.class, ReportedFigure::parse).check(f);
        contract(Interval.class, Interval::parse).check(i);
        contract(ReportingPeriod.class, ReportingPeriod::parse).check(p);
        contract(Growth.class, Growth::parse).check(g);
        contract(Share.class, Share::parse).check(s);
    }

    @Property(tries = 30)
    void observationsAndDatasets(@ForAll Observation o, @ForAll Dataset d) throws Exception {
        assertEquals(o, JSON.readValue(JSON.writeValueAsString(o), Observation.class));
        java.io.StringWriter w = new java.io.StringWriter();
        DatasetJson.write(d, w);
        assertEquals(d, DatasetJson.read(new java.io.StringReader(w.toString()), "generated.json"));
    }

    @Property(tries = 200)
    void narrowed(@ForAll @InUnit("GWh") @Rounded(1) Energy e, @ForAll @InCurrency("CNY") Money m) {
        assertEquals(Unit.parse("GWh"), e.unit());
        assertEquals(1, e.value().scale());
        assertEquals(Currencies.CNY, m.currency());
    }

    @Property(tries = 100)
    void myTotal_obeysTheAccumulatorLaws(@ForAll List<@InCurrency("CNY") Money> amounts, @ForAll Random random) {
        AccumulatorLaws.of(Money.collector(Currencies.CNY)).checkAll(amounts, random);
        assertEquals(amounts.stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(
                totalInBillions(amounts).amount()), 0);
    }

    @Provide
    Arbitrary<List<Observation>> gwhLevels() {
        return MetricsArbitraries.observations().withMeasures(org.industrymetrics.observation.Measure.LEVEL)
                .withLevelUnits("GWh", "MWh", "billion kWh").list().ofMaxSize(30).map(MetricsArbitraries::renumber);
    }

    @Property(tries = 100)
    void theLibrarysSumCollector_obeysTheLaws(@ForAll("gwhLevels") List<Observation> os, @ForAll Random random) {
        // random levels often give one subject and period twice: allowed here, the laws hold for every policy
        AccumulatorLaws.of(Aggregation.inUnit("GWh").overlapPolicy(OverlapPolicy.parse("allow")).build().collector(Dataset.of(os)))
                .checkAll(os, random);
    }

    @Property(tries = 30)
    void myPipeline_findsNothingInAConsistentDataset_andTheMovedFigureInAPerturbedOne(@ForAll ConsistentDataset c,
            @ForAll Random random) {
        Report clean = Checker.check(c.dataset(), c.settings());
        assertEquals(List.of(), clean.findings(Verdict.INCONSISTENT));
        String id = c.perturbable().get(random.nextInt(c.perturbable().size()));
        ConsistentDataset.Perturbation p = c.perturb(id);
        Report r = Checker.check(p.dataset(), c.settings());
        assertTrue(r.findings(Verdict.INCONSISTENT).stream().anyMatch(x -> x.observations().contains(id)), p.toString());
        assertTrue(c.dataset().observations().stream().map(Observation::id).collect(Collectors.toSet()).contains(id));
    }
}
