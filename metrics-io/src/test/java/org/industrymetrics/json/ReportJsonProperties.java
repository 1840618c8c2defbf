package org.industrymetrics.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.industrymetrics.check.CheckId;
import org.industrymetrics.check.Finding;
import org.industrymetrics.check.Implied;
import org.industrymetrics.check.Report;
import org.industrymetrics.check.Verdict;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.period.ReportingPeriod;
import org.junit.jupiter.api.Test;

/**
 * The report's JSON text does not depend on how it is written: numbers from their digits, findings
 * in parts, bytes straight from the values or through a Jackson generator.
 */
class ReportJsonProperties {

    /** Text of every kind: plain, controls, quotes, non-ASCII, surrogate pairs and lone surrogates. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(30),
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.strings().withChars('"', '\\', '\n', '\u0000', '\u001f', '\u007f', '\u00e9', '\u4e2d', '\ud83d', '\ude00', 'a')
                        .ofMaxLength(30));
    }

    @Provide
    Arbitrary<Interval> intervals() {
        Arbitrary<BigDecimal> n = numbers();
        return Arbitraries.oneOf(
                Combinators.combine(n, n).as((a, b) -> Interval.closed(a.min(b), a.max(b))),
                Combinators.combine(n, n).as((a, b) -> Interval.openClosed(a.min(b), a.max(b).add(BigDecimal.ONE))),
                n.map(Interval::greaterThan), n.map(Interval::atMost), n.map(Interval::point), Arbitraries.just(Interval.all()));
    }

    @Provide
    Arbitrary<Finding> findings() {
        Arbitrary<List<String>> ids = texts().list().ofMinSize(1).ofMaxSize(4);
        return Combinators.combine(Arbitraries.of(CheckId.class), Arbitraries.of(Verdict.class), ids,
                intervals().injectNull(0.3), intervals().injectNull(0.3), numbers().injectNull(0.3), texts(), texts())
                .as((check, verdict, obs, stated, derived, margin, unit, message) -> Finding.builder().check(check)
                        .verdict(verdict).addAllObservations(obs).stated(stated).derived(derived).margin(margin)
                        .unit(unit).marginUnit(unit + "'").message(message).build());
    }

    @Provide
    Arbitrary<Implied> implied() {
        return Combinators.combine(texts().list().ofMinSize(1).ofMaxSize(3), intervals(), texts(), texts())
                .as((obs, interval, unit, arithmetic) -> new Implied(obs, SubjectRef.of("CN-SC"), "m." + unit.length(),
                        ReportingPeriod.ofYear(2024), interval, unit, arithmetic));
    }

    /** The text a generator writes, as the command wrote it: through an OutputStreamWriter for UTF-8. */
    private static byte[] generated(Report report) throws IOException {
        StringWriter text = new StringWriter();
        JsonOutput.write(text, 4, g -> ReportJson.writeReport(g, report));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        out.write(escapeLoneSurrogates(text.toString()));
        out.flush();
        return bytes.toByteArray();
    }

    /** The generator writes a lone surrogate as it is (no UTF-8 has it); the report escapes it. */
    private static String escapeLoneSurrogates(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Test
    void test_loneSurrogate_readsBackUnchanged() throws IOException {
        String message = "a\ud83d b \ude00c \ud83d\ude00";
        Report report = Report.of(List.of(Finding.builder().check(CheckId.AGREE).verdict(Verdict.CONSISTENT)
                .addObservations("o1").unit("GWh").message(message).build()));
        String json = ReportJson.toJson(report);
        assertTrue(json.contains("a\\uD83D b \\uDE00c \ud83d\ude00"), json);
        assertEquals(message, new com.fasterxml.jackson.databind.ObjectMapper().readTree(json)
                .get("findings").get(0).get("message").asText());
    }

    @Property
    void write_isTheGeneratorsText(@ForAll @Size(max = 8) List<@From("findings") Finding> findings,
            @ForAll @Size(max = 3) List<@From("implied") Implied> implied)
            throws IOException {
        Report report = Report.of(findings, implied);
        byte[] expected = generated(report);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReportJson.write(report, bytes);
        assertArrayEquals(expected, bytes.toByteArray());
        String text = new String(expected, StandardCharsets.UTF_8);
        assertEquals(text, ReportJson.toJson(report));
        StringWriter writer = new StringWriter();
        ReportJson.write(report, writer);
        assertEquals(text, writer.toString());
    }

    @Test
    void test_write_longStrings_isTheGeneratorsText() throws IOException {
        // strings longer than a step of escaping and than the buffer, escapes and multi-byte characters across both
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < 200_000; i++) {
            sb.append(i % 11 == 0 ? "\u4e2d\ud83d\ude00" : i % 7 == 0 ? "\"\n\u0001" : "abc").append(i);
        }
        String message = sb.toString();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            findings.add(Finding.builder().check(CheckId.AGREE).verdict(Verdict.CONSISTENT).addObservations("o" + i, message.substring(i))
                    .unit("GWh").message(message.substring(0, 70_000 + i * 9_000)).build());
        }
        Report report = Report.of(findings);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReportJson.write(report, bytes);
        assertArrayEquals(generated(report), bytes.toByteArray());
        StringWriter writer = new StringWriter();
        ReportJson.write(report, writer);
        assertEquals(new String(generated(report), StandardCharsets.UTF_8), writer.toString());
    }

    /** Numbers of every sign, size and scale: short, past a long's 18 digits, negative scales, trailing zeros. */
    @Provide
    Arbitrary<BigDecimal> numbers() {
        Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
                Arbitraries.bigIntegers().between(BigInteger.valueOf(-99999), BigInteger.valueOf(99999)),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(25).negate(), BigInteger.TEN.pow(25)),
                Arbitraries.of(BigInteger.ZERO, BigInteger.valueOf(Long.MAX_VALUE), BigInteger.valueOf(Long.MIN_VALUE + 1),
                        BigInteger.valueOf(999_999_999_999_999_999L), BigInteger.valueOf(-100_000_000_000_000_000L)));
        return Combinators.combine(unscaled, Arbitraries.integers().between(-5, 25)).as(BigDecimal::new);
    }

    @Property
    void writePlain_isToPlainString(@ForAll("numbers") BigDecimal number) throws IOException {
        StringWriter direct = new StringWriter();
        StringWriter plain = new StringWriter();
        JsonOutput.write(direct, 4, g -> ReportJson.writePlain(g, number));
        JsonOutput.write(plain, 4, g -> g.writeString(number.toPlainString()));
        assertEquals(plain.toString(), direct.toString());
        JsonBytes bytes = JsonBytes.inMemory(16);
        bytes.plain(number);
        assertEquals("\"" + number.toPlainString() + "\"", new String(bytes.bytes(), 0, bytes.length(), StandardCharsets.UTF_8));
    }

    @Test
    void test_write_inParts_isTheTextWrittenAtOnce() throws IOException {
        // more findings than several parts hold, with every field shape and text that needs escaping
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            Finding.Builder b = Finding.builder().check(CheckId.values()[i % CheckId.values().length])
                    .verdict(Verdict.values()[i % 3]).addObservations("o-" + i, "p-" + (i * 7 % 1000)).unit(i % 5 == 0 ? "%" : "GWh")
                    .message("m" + i + (i % 7 == 0 ? " \"quoted\" \\ 中文 \n\t\u0001" : " = " + i * 3));
            if (i % 4 != 3) {
                b.stated(Interval.closed(BigDecimal.valueOf(i - 5, 2), BigDecimal.valueOf(i + 5, 2)));
            }
            if (i % 6 != 5) {
                b.derived(i % 2 == 0 ? Interval.greaterThan(BigDecimal.valueOf(-i, i % 20))
                        : Interval.closedOpen(new BigDecimal("1e25").negate(), BigDecimal.valueOf(i)));
            }
            if (i % 3 != 2) {
                b.margin(i % 2 == 0 ? BigDecimal.ZERO : new BigDecimal(BigInteger.valueOf(i * 1000L), i % 8 - 2));
            }
            findings.add(b.build());
        }
        Report report = Report.of(findings);
        String once = ReportJson.toJson(report);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int size : new int[] {0, 1, 128, 129, 1024, 1025, 5000}) {
                Report r = Report.of(findings.subList(0, size));
                StringWriter parts = new StringWriter();
                ReportJson.write(r, parts, pool);
                assertEquals(ReportJson.toJson(r), parts.toString(), "findings: " + size);
            }
            StringWriter inline = new StringWriter();
            ReportJson.write(report, inline, Runnable::run);
            assertEquals(once, inline.toString());
        } finally {
            pool.shutdown();
        }
    }
}
