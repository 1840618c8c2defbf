package org.industrymetrics.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.industrymetrics.io.DatasetTable;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.json.DatasetJson;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.Source;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.period.ReportingPeriod;

/**
 * Whatever text a person puts in a cell (FORMAT.md, "Text in cells": any Unicode), in any text
 * column or {@code x_} column of any table, comes back unchanged from CSV and from JSON, and the
 * CSV and JSON forms convert into each other.
 */
class TextRoundTripProperties {

    /** Any Unicode text: code points of every plane but no surrogates, weighted to the characters CSV and spreadsheets care about. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Integer> any = Arbitraries.integers().between(0, 0x10FFFF).filter(c -> c < 0xD800 || c > 0xDFFF);
        Arbitrary<Integer> special = Arbitraries.of((int) '\'', (int) '=', (int) '+', (int) '-', (int) '@', (int) '\t', (int) '\r',
                (int) '\n', (int) '"', (int) ',', (int) ' ', 0xFEFF, 0x2028, 0);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, any), net.jqwik.api.Tuple.of(1, special)).list().ofMinSize(1).ofMaxSize(12)
                .map(cps -> {
                    StringBuilder sb = new StringBuilder();
                    cps.forEach(sb::appendCodePoint);
                    return sb.toString();
                });
    }

    private static Dataset dataset(String text) {
        Observation o = Observation.builder().id("a").subject(SubjectRef.parse("CN")).metric("m").period(ReportingPeriod.parse("2024"))
                .figure(ReportedFigure.parse("1")).unit(ObservationUnit.parse("GWh")).source(text).quote(text).putExtras("x_note", text)
                .build();
        Source s = Source.builder().id("s").title(text).publisher(text).putExtras("x_licence", text).build();
        return Dataset.builder().name("t").addObservation(o).addSource(s).build();
    }

    @Property(tries = 500)
    void anyCellText_comesBackFromCsv(@ForAll("texts") String text) throws IOException {
        Dataset d = dataset(text);
        StringWriter observations = new StringWriter();
        StringWriter sources = new StringWriter();
        DatasetCsv.write(d, DatasetTable.OBSERVATIONS, observations);
        DatasetCsv.write(d, DatasetTable.SOURCES, sources);
        Dataset back = DatasetCsv.reader().name("t")
                .add(DatasetTable.OBSERVATIONS, new StringReader(observations.toString()), "observations.csv")
                .add(DatasetTable.SOURCES, new StringReader(sources.toString()), "sources.csv").read();
        assertEquals(d, back);
        Observation o = back.observations().get(0);
        assertEquals(List.of(text, text, text), List.of(o.quote().orElseThrow(), o.source().orElseThrow(), o.extras().get("x_note")));
        assertEquals(text, back.sources().iterator().next().extras().get("x_licence"));
    }

    @Property(tries = 500)
    void anyCellText_comesBackFromJson(@ForAll("texts") String text) throws IOException {
        Dataset d = dataset(text);
        Dataset back = DatasetJson.read(new StringReader(DatasetJson.toJson(d)), "t");
        assertEquals(d.observations(), back.observations());
        assertEquals(List.copyOf(d.sources()), List.copyOf(back.sources()));
    }
}
