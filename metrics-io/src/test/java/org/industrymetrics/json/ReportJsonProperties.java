package org.industrymetrics.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.industrymetrics.check.CheckId;
import org.industrymetrics.check.Finding;
import org.industrymetrics.check.Report;
import org.industrymetrics.check.Verdict;
import org.industrymetrics.figure.Interval;
import org.junit.jupiter.api.Test;

/** The report's JSON text does not depend on how it is written: numbers from their digits, findings in parts. */
class ReportJsonProperties {

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
