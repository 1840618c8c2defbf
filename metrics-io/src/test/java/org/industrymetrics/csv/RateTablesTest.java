package org.industrymetrics.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.money.CurrencyPair;
import org.industrymetrics.money.FxRateTable;
import org.industrymetrics.money.ResolvedRate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RateTablesTest {

    private static final CurrencyPair USD_CNY = CurrencyPair.parse("USD/CNY");

    private static FxRateTable rates(String text) {
        return RateTables.readRates(new StringReader(text), "rates.csv");
    }

    private static List<String> problems(Runnable read) {
        InvalidInputException e = assertThrows(InvalidInputException.class, read::run);
        return e.problems().stream().map(InputProblem::toString).collect(Collectors.toList());
    }

    @Test
    void test_readFred() {
        FxRateTable t = RateTables.readFred(new StringReader(
                "observation_date,DEXCHUS\n2024-06-21,7.2620\n2024-06-24,\n2024-06-25,.\n2024-06-26,7.2666\n"), "DEXCHUS.csv");
        assertEquals(2, t.entries().size());
        assertEquals("USD/CNY 7.2666 on 2024-06-26 (FRB H.10)", t.rateOn(USD_CNY, LocalDate.of(2024, 6, 26)).toString());
        // the blank and '.' days are no quotes: the 25th takes the 21st
        assertEquals(LocalDate.of(2024, 6, 21), t.rateOn(USD_CNY, LocalDate.of(2024, 6, 25)).first());
    }

    @Test
    void test_readFred_otherSeries() {
        FxRateTable t = RateTables.readFred(new StringReader("DATE,DEXUSEU\r\n2024-06-26,1.0710\r\n"), "DEXUSEU.csv");
        assertEquals(List.of(CurrencyPair.parse("EUR/USD")), List.copyOf(t.pairs()));
    }

    @Test
    void test_readFred_bad() {
        assertEquals(List.of(
                        "f.csv:2: column observation_date: found \"2024-13-01\", expected a day such as 2024-06-26",
                        "f.csv:3: column DEXCHUS: found \"7,2666\", expected a number with '.' as the decimal point and no"
                                + " group separators, such as 7.2666",
                        "f.csv:4: column DEXCHUS: found \"0\", expected a rate above zero",
                        "f.csv:5: found 3 cells, expected 2 as in the header",
                        "f.csv:7: column observation_date: found 2024-06-26 again, expected each day once (first on line 6)"),
                problems(() -> RateTables.readFred(new StringReader("observation_date,DEXCHUS\n2024-13-01,7\n2024-06-24,\"7,2666\"\n"
                        + "2024-06-25,0\n2024-06-25,7,1\n2024-06-26,7.2666\n2024-06-26,7.2666\n"), "f.csv")));
        assertEquals(List.of("f.csv:1: column DEXXXUS: found the series \"DEXXXUS\", expected a FRED H.10 exchange-rate series"
                        + " such as DEXCHUS (yuan per dollar) or DEXUSEU (dollars per euro)"),
                problems(() -> RateTables.readFred(new StringReader("observation_date,DEXXXUS\n"), "f.csv")));
    }

    @Test
    void test_readRates_columnsInAnyOrderAndCase_bom_crlf_quotes() {
        FxRateTable t = rates("\uFEFFRate,x_note,DATE,Quote,Base,Source\r\n"
                + "7.2666,\"daily, noon\",2024-06-26,CNY,USD,\"FRB \"\"H.10\"\"\"\r\n"
                + "7.1957,,2024,CNY,USD,PBOC\r\n"
                + "\r\n"
                + "7.1,\"two\nlines\",2024-05,CNY,USD,\r\n"
                + "7.2,,2024-M04,RMB,USD,\r\n");
        List<ResolvedRate> entries = t.entries();
        assertEquals(4, entries.size());
        assertEquals("USD/CNY 7.1957 average of 2024-01-01..2024-12-31 (PBOC)", entries.get(0).toString());
        assertEquals("USD/CNY 7.2 average of 2024-04-01..2024-04-30 (rates.csv)", entries.get(1).toString());
        assertEquals("USD/CNY 7.1 average of 2024-05-01..2024-05-31 (rates.csv)", entries.get(2).toString());
        assertEquals("USD/CNY 7.2666 on 2024-06-26 (FRB \"H.10\")", entries.get(3).toString());
        assertEquals(new BigDecimal("7.1957"),
                t.averageRate(USD_CNY, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).rate().rate());
    }

    @Test
    void test_readRates_withoutSourceColumn() {
        FxRateTable t = rates("date,base,quote,rate\n2024-06-26,USD,CNY,7.2666");
        assertEquals("USD/CNY 7.2666 on 2024-06-26 (rates.csv)", t.entries().get(0).toString());
    }

    @Test
    void test_readRates_badRows_allReported() {
        List<String> found = problems(() -> rates("date,base,quote,rate,source\n"
                + "2024-06-26,USD,CNY,\"7,2666\",\n"
                + "2024-02-30,USD,CNY,7.1,\n"
                + "2024-06-27,USD,CNY,0,\n"
                + "2024-06-28,USD,CNY,-7.2,\n"
                + "2024-06-29,usd,CNY,7.2,\n"
                + "2024-06-30,USD,USD,7.2,\n"
                + "2024-07-01,USD,,7.2,\n"
                + "2024-07-02,USD,CNY\n"
                + "June 2024,USD,CNY,7.2,\n"
                + "2024-07-03,USD,CNY,7.2,\n"
                + "2024-07-03,USD,CNY,7.3,\n"
                + "2024-07-04,USD,CNY,,\n"));
        assertEquals(List.of(
                "rates.csv:2: column rate: found \"7,2666\", expected a number with '.' as the decimal point and no group"
                        + " separators, such as 7.2666",
                "rates.csv:3: column date: found \"2024-02-30\", which is not a date of the calendar, expected a day"
                        + " (2024-06-26), a month (2024-05) or a year (2024)",
                "rates.csv:4: column rate: found \"0\", expected a rate above zero",
                "rates.csv:5: column rate: found \"-7.2\", expected a rate above zero",
                "rates.csv:6: column base: found \"usd\", expected an ISO 4217 currency code such as USD or CNY (did you mean \"USD\"?)",
                "rates.csv:7: column quote: found \"USD\", expected a currency other than the base USD",
                "rates.csv:8: column quote: empty, but a value is required",
                "rates.csv:9: found 3 cells, expected 5 as in the header",
                "rates.csv:10: column date: found \"June 2024\", expected a day (2024-06-26), a month (2024-05) or a year (2024)",
                "rates.csv:12: column rate: found 7.3, expected 7.2 as on line 11: one rate per pair and date",
                "rates.csv:13: column rate: empty, but a value is required"),
                found);
    }

    @Test
    void test_readRates_badHeader() {
        assertEquals(List.of(
                        "rates.csv:1: column rte: unknown column (did you mean \"rate\"?)",
                        "rates.csv:1: column Date: given twice (columns 1 and 5 of the header)",
                        "rates.csv:1: column rate: missing: the rates table requires it"),
                problems(() -> rates("date,base,quote,rte,Date\n2024,USD,CNY,7,2024\n")));
        assertEquals(List.of("rates.csv: the input is empty, expected a header line naming the columns of the rates table,"
                        + " such as date,base,quote,rate"),
                problems(() -> rates("")));
    }

    @Test
    void test_readRates_badQuoting() {
        assertEquals(List.of("rates.csv:2: column rate: the quote that opens this cell is not closed before the end of the input"),
                problems(() -> rates("date,base,quote,rate\n2024,USD,CNY,\"7.1\n")));
        assertEquals(List.of("rates.csv:2: column rate: found 'x' after the closing quote, expected a comma or the end of the line"),
                problems(() -> rates("date,base,quote,rate\n2024,USD,CNY,\"7.1\"x\n")));
        assertEquals(List.of("rates.csv:2: column rate: found '\"' inside a cell that does not start with one: quote the whole cell"
                        + " and double the quote (\"\")"),
                problems(() -> rates("date,base,quote,rate\n2024,USD,CNY,7\"1\n")));
    }

    @Test
    void test_readRates_stopsAtOneHundredProblems() {
        StringBuilder sb = new StringBuilder("date,base,quote,rate\n");
        for (int i = 0; i < 150; i++) {
            sb.append("2024,USD,CNY,x\n");
        }
        assertEquals(InvalidInputException.MAX_PROBLEMS, problems(() -> rates(sb.toString())).size());
    }

    @Test
    void test_read_detectsLayout(@TempDir Path dir) throws IOException {
        Path fred = dir.resolve("DEXCHUS.csv");
        Files.writeString(fred, "observation_date,DEXCHUS\n2024-06-26,7.2666\n", StandardCharsets.UTF_8);
        Path table = dir.resolve("rates.csv");
        Files.writeString(table, "date,base,quote,rate\n2024-06-26,USD,CNY,7.2666\n", StandardCharsets.UTF_8);
        assertEquals("USD/CNY 7.2666 on 2024-06-26 (FRB H.10)", RateTables.read(fred).entries().get(0).toString());
        assertEquals("USD/CNY 7.2666 on 2024-06-26 (rates.csv)", RateTables.read(table).entries().get(0).toString());
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, new byte[] {'d', 'a', 't', 'e', (byte) 0xE9, '\n'});
        assertEquals("latin1.csv:1: column 1: malformed UTF-8 (0xE9); save the file as UTF-8",
                problems(() -> RateTables.read(latin1)).get(0));
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "date,base,quote,rate\n2024-06-26,USD,CNY,7,2666\n", StandardCharsets.UTF_8);
        assertTrue(problems(() -> RateTables.read(bad)).get(0).startsWith("bad.csv:2: found 5 cells"));
    }

    @Test
    void test_fredPair() {
        assertEquals(USD_CNY, RateTables.fredPair("DEXCHUS"));
        assertEquals(CurrencyPair.parse("GBP/USD"), RateTables.fredPair("DEXUSUK"));
        assertEquals(CurrencyPair.parse("USD/JPY"), RateTables.fredPair("DEXJPUS"));
        assertEquals(null, RateTables.fredPair("DEXCHJP"));
        assertEquals(null, RateTables.fredPair("GDP"));
    }
}
