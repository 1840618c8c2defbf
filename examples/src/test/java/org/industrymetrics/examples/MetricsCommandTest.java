package org.industrymetrics.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code metrics} command run in-process through {@link Metrics#capture}: its output compared
 * with golden files in {@code src/test/resources/golden}, its exit statuses, and the exact lines it
 * writes to standard error for bad input and usage (with nothing on standard output).
 * <p>
 * To regenerate the golden files after an intended change of the output, run from the project root
 * <pre>
 * mvn -B -ntp -q -pl examples -am test -Dtest=MetricsCommandTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true
 * </pre>
 * and review the change with {@code git diff examples/src/test/resources/golden}. Tests run with
 * the module folder as working directory, so file names in messages are relative to it.
 */
class MetricsCommandTest {

    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final String SEED = "src/main/resources/org/industrymetrics/examples/seed";
    private static final String BAD = "src/main/resources/org/industrymetrics/examples/bad";

    /** The result of one run. */
    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), args);
    }

    private static Run run(InputStream stdin, String... args) {
        String[] r = Metrics.capture(stdin, args);
        // println writes the platform's line separator; the goldens have '\n'
        return new Run(Integer.parseInt(r[0]), r[1], r[2].replace(System.lineSeparator(), "\n"));
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(file), "no golden file " + file + ": run with -Dgolden.update=true (see the class comment)");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "output differs from " + file);
    }

    private static void assertSucceeds(Run r, int status) {
        assertEquals("", r.err(), "standard error");
        assertEquals(status, r.status(), "exit status");
    }

    /** Bad input or usage: exit 2, nothing on standard output, exactly these lines on standard error. */
    private static void assertBad(Run r, String... errLines) {
        assertEquals("", r.out(), "standard output");
        assertEquals(String.join("\n", errLines) + "\n", r.err(), "standard error");
        assertEquals(Metrics.BAD_INPUT, r.status(), "exit status");
    }

    // -----------------------------------------------------------------------------------------
    // golden output

    @Test
    void test_run_noArguments_checksSeedWithDefaultRates() throws IOException {
        Run r = run();
        assertSucceeds(r, Metrics.INCONSISTENT);
        assertTrue(r.out().contains("INCONSISTENT  growth"), r.out());
        assertGolden("default.txt", r.out());
    }

    @Test
    void test_check_seedFolderJson() throws IOException {
        Run r = run("check", "--format", "json", "--default-rates", SEED);
        assertSucceeds(r, Metrics.INCONSISTENT);
        assertTrue(r.out().contains("\"inconsistent\": 1"), r.out());
        assertGolden("check-seed.json", r.out());
    }

    @Test
    void test_check_seedFolderCsv() throws IOException {
        Run r = run("check", "--format=csv", "--default-rates", SEED);
        assertSucceeds(r, Metrics.INCONSISTENT);
        assertGolden("check-seed.csv", r.out());
    }

    @Test
    void test_check_defaultRunEqualsCheckOfSeedFolder() {
        Run folder = run("check", "--default-rates", SEED);
        assertEquals(run().out(), folder.out());
    }

    @Test
    void test_check_onlyConsistentChecks_exitsZero() {
        Run r = run("check", "--only", "share,rule", SEED);
        assertSucceeds(r, Metrics.OK);
        assertTrue(r.out().contains("3 consistent, 0 inconsistent, 0 undetermined\n"), r.out());
    }

    @Test
    void test_check_verdict_showsOnlyThose_exitStatusOfAll() throws IOException {
        Run r = run("check", "--verdict", "inconsistent", "--default-rates", SEED);
        assertSucceeds(r, Metrics.INCONSISTENT);
        assertTrue(r.out().contains("\n0 consistent, 1 inconsistent, 0 undetermined\n"), r.out());
        assertGolden("check-seed-inconsistent.txt", r.out());
        // what lone figures imply is no verdict: not shown when verdicts are chosen (it is without --verdict)
        assertTrue(!r.out().contains("WHAT LONE FIGURES IMPLY"), r.out());
        assertTrue(run("check", "--default-rates", SEED).out().contains("WHAT LONE FIGURES IMPLY"));
        Run consistent = run("check", "--verdict", "consistent", "--verdict", "undetermined", "--default-rates", SEED);
        assertSucceeds(consistent, Metrics.INCONSISTENT);
        assertTrue(consistent.out().contains("\n5 consistent, 0 inconsistent, 0 undetermined\n"), consistent.out());
        Run json = run("check", "--verdict", "INCONSISTENT,undetermined", "--format", "json", "--default-rates", SEED);
        assertTrue(json.out().contains("\"inconsistent\": 1") && !json.out().contains("\"CONSISTENT\""), json.out());
        assertTrue(!json.out().contains("\"implied\""), json.out());
    }

    @Test
    void test_check_verdict_unknown_isUsageError() {
        assertBad(run("check", "--verdict", "wrong", SEED),
                "metrics: --verdict: unknown verdict \"wrong\", expected consistent, inconsistent or undetermined",
                "Try 'metrics help check' for usage.");
    }

    @Test
    void test_check_text_fitsTheDefaultWidth() {
        Run r = run("check", "--default-rates", SEED);
        for (String line : r.out().split("\n")) {
            assertTrue(line.length() <= Metrics.DEFAULT_WIDTH || !line.strip().contains(" "), line);
        }
    }

    @Test
    void test_terminalWidth_fromColumns() {
        assertEquals(132, Metrics.terminalWidth("132"));
        assertEquals(Metrics.DEFAULT_WIDTH, Metrics.terminalWidth(null));
        assertEquals(Metrics.DEFAULT_WIDTH, Metrics.terminalWidth("wide"));
        assertEquals(Metrics.DEFAULT_WIDTH, Metrics.terminalWidth("5"));
    }

    @Test
    void test_check_withoutRates_fxIsUndetermined() {
        Run r = run("check", "--only", "fx", SEED);
        assertSucceeds(r, Metrics.OK);
        assertTrue(r.out().contains("UNDETERMINED  fx"), r.out());
    }

    @Test
    void test_sum_investmentByPeriod_text() throws IOException {
        Run r = run("sum", "--unit", "billion CNY", "--by", "period", "--metric", "investment.total", "--status", "actual", SEED);
        assertSucceeds(r, Metrics.OK);
        assertGolden("sum-investment-by-period.txt", r.out());
    }

    @Test
    void test_sum_investmentByPeriod_json() throws IOException {
        Run r = run("sum", "--unit", "billion CNY", "--by", "period", "--metric", "investment.total", "--status", "actual",
                "--format", "json", SEED);
        assertSucceeds(r, Metrics.OK);
        assertGolden("sum-investment-by-period.json", r.out());
    }

    @Test
    void test_sum_outputValueInUsd_recordsRates_text() throws IOException {
        Run r = run("sum", "--unit", "million USD", "--by", "subject", "--metric", "output_value",
                "--period", "2024-01/2024-05", "--default-rates", SEED);
        assertSucceeds(r, Metrics.OK);
        assertTrue(r.out().contains("rate CNY/USD"), r.out());
        assertGolden("sum-output-value-usd.txt", r.out());
    }

    @Test
    void test_sum_outputValueInUsd_recordsRates_json() throws IOException {
        Run r = run("sum", "--unit", "million USD", "--by", "subject", "--metric", "output_value",
                "--period", "2024-01/2024-05", "--default-rates", "--format", "json", SEED);
        assertSucceeds(r, Metrics.OK);
        assertTrue(r.out().contains("\"rates\""), r.out());
        assertGolden("sum-output-value-usd.json", r.out());
    }

    @Test
    void test_sum_outputValueInUsd_csv() throws IOException {
        Run r = run("sum", "--unit", "million USD", "--by", "subject", "--metric", "output_value",
                "--period", "2024-01/2024-05", "--default-rates", "--format", "csv", SEED);
        assertSucceeds(r, Metrics.OK);
        assertGolden("sum-output-value-usd.csv", r.out());
    }

    @Test
    void test_convert_seedToJson() throws IOException {
        Run r = run("convert", "--to", "json", SEED);
        assertSucceeds(r, Metrics.OK);
        assertGolden("convert-seed.json", r.out());
        assertEquals(r.out(), run("convert", SEED).out(), "JSON is the default for CSV input");
    }

    @Test
    void test_help() throws IOException {
        Run r = run("help");
        assertSucceeds(r, Metrics.OK);
        assertGolden("help.txt", r.out());
        assertEquals(r.out(), run("--help").out());
    }

    @Test
    void test_help_check() throws IOException {
        Run r = run("help", "check");
        assertSucceeds(r, Metrics.OK);
        assertGolden("help-check.txt", r.out());
        assertEquals(r.out(), run("check", "--help").out());
    }

    // -----------------------------------------------------------------------------------------
    // convert: canonical both ways

    @Test
    void test_convert_csvToJsonToCsv_sameBytes(@TempDir Path tmp) throws IOException {
        Path canonical = tmp.resolve("canonical");
        Path json = tmp.resolve("seed.json");
        Path back = tmp.resolve("back");
        Path json2 = tmp.resolve("again.json");
        assertSucceeds(run("convert", "--to", "csv", "-o", canonical.toString(), SEED), Metrics.OK);
        assertSucceeds(run("convert", "-o", json.toString(), canonical.toString()), Metrics.OK);
        assertSucceeds(run("convert", "-o", back.toString(), json.toString()), Metrics.OK);
        assertSucceeds(run("convert", "--to", "json", "-o", json2.toString(), back.toString()), Metrics.OK);

        List<String> names = fileNames(canonical);
        assertEquals(List.of("metrics.csv", "observations.csv", "rules.csv", "sources.csv", "subjects.csv"), names);
        assertEquals(names, fileNames(back));
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(canonical.resolve(name)), Files.readAllBytes(back.resolve(name)), name);
        }
        assertArrayEquals(Files.readAllBytes(json), Files.readAllBytes(json2));
        assertEquals(Files.readString(json), run("convert", SEED).out());
    }

    @Test
    void test_convert_jsonToStdout_isCsvObservations(@TempDir Path tmp) throws IOException {
        Path json = tmp.resolve("seed.json");
        assertSucceeds(run("convert", "-o", json.toString(), SEED), Metrics.OK);
        Run r = run("convert", json.toString());
        assertSucceeds(r, Metrics.OK);
        assertTrue(r.out().startsWith("id,subject,metric,period,measure,value,unit,base,qualifier,precision,status,source,quote\n"), r.out());
        assertEquals(run("convert", "--to", "csv", SEED).out(), r.out());
    }

    @Test
    void test_convert_csvFolder_emptiesStaleTableFiles(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("rates.csv"), "date,base,quote,rate,source\n2024-01-02,USD,CNY,7.1,test\n");
        assertSucceeds(run("convert", "--to", "csv", "-o", out.toString(), SEED), Metrics.OK);
        assertEquals("date,base,quote,rate,source\n", Files.readString(out.resolve("rates.csv")));
        assertEquals(run("convert", SEED).out(), run("convert", "--to", "json", out.toString()).out());
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    // -----------------------------------------------------------------------------------------
    // standard input and file arguments

    @Test
    void test_check_stdin_readsObservations() throws IOException {
        byte[] observations = Files.readAllBytes(Path.of(SEED, "observations.csv"));
        Run r = run(new ByteArrayInputStream(observations), "check", "--only", "growth", "-");
        assertSucceeds(r, Metrics.INCONSISTENT);
        assertTrue(r.out().contains("yibin-hightech-income-growth-2022"), r.out());
    }

    @Test
    void test_check_stdinWithTableFiles() {
        String csv = "subject,metric,period,measure,value,unit,base\n"
                + "CN-SC,battery.output,2024,level,30,GWh,\n"
                + "CN,battery.output,2024,level,100,GWh,\n"
                + "CN-SC,battery.output,2024,share,40,,CN\n";
        Run r = run(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "check",
                "--subjects", SEED + "/subjects.csv", "-");
        assertSucceeds(r, Metrics.INCONSISTENT);
        assertTrue(r.out().contains("INCONSISTENT  share"), r.out());
        assertTrue(r.out().contains("<stdin>#4"), r.out());
    }

    @Test
    void test_sum_stdin() {
        String csv = "subject,metric,period,value,unit\nCN,battery.output,2024,30,GWh\nJP,battery.output,2024,500,MWh\n";
        Run r = run(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "sum", "--unit", "GWh", "-");
        assertSucceeds(r, Metrics.OK);
        // 30 GWh is [29.5, 30.5], 500 MWh is [0.4995, 0.5005] GWh; printed to the coarser precision
        assertEquals("TOTAL   INTERVAL                COUNT\n31 GWh  [29.9995, 31.0005] GWh  2\n1 group, 2 observations added in GWh\n", r.out());
    }

    @Test
    void test_check_filesOfFolderByName_sameAsFolder() {
        Run files = run("check", "--default-rates", SEED + "/observations.csv", SEED + "/subjects.csv", SEED + "/metrics.csv",
                SEED + "/rules.csv", SEED + "/sources.csv");
        assertEquals(run().out(), files.out());
    }

    @Test
    void test_check_fredRates_byOptionOrByHeader() {
        String fred = "src/test/resources/cli/fred/DEXCHUS.csv";
        Run r = run("check", "--only", "fx", "--rates", fred, SEED);
        assertSucceeds(r, Metrics.OK);
        assertTrue(r.out().contains("over 20 billion CNY / 7.1 (USD/CNY average of 2023-01-01..2023-12-31, 73 quotes, FRB H.10)"), r.out());
        assertEquals(r.out(), run("check", "--only", "fx", SEED, fred).out());
    }

    @Test
    void test_sum_fredRates_listedOnce() {
        // FinDreams' output value is printed in yuan and in dollars: the dollar figure is kept, converted once
        Run r = run("sum", "--unit", "billion CNY", "--metric", "output_value", "--period", "2023", "--prefer-unit", "USD", SEED,
                "src/test/resources/cli/fred/DEXCHUS.csv");
        assertSucceeds(r, Metrics.OK);
        assertEquals("TOTAL                    INTERVAL                        COUNT\n"
                + "about 19.53 billion CNY  [18.5132, 20.5368] billion CNY  1\n"
                + "1 group, 1 observation added in billion CNY\n"
                + "rate USD/CNY 7.1 average of 2023-01-01..2023-12-31, 73 quotes (FRB H.10)\n"
                + "overlap policy unit=USD\n"
                + "dropped findreams-bishan-output-value-2023-cny (kept findreams-bishan-output-value-2023-usd: two levels of"
                + " FinDreams.Bishan output_value 2023, in billion CNY and billion USD; unit=USD)\n", r.out());
    }

    @Test
    void test_convert_tableOptionFromStdin_toStdout() throws IOException {
        byte[] subjects = Files.readAllBytes(Path.of(SEED, "subjects.csv"));
        Run r = run(new ByteArrayInputStream(subjects), "convert", "-o", "-", "--subjects", "-", SEED + "/observations.csv");
        assertSucceeds(r, Metrics.OK);
        assertTrue(r.out().contains("\"subjects\": [\n    {\"id\": \"CN\", \"name\": \"China\", \"kind\": \"country\"}"), r.out());
    }

    // -----------------------------------------------------------------------------------------
    // bad input: exit 2, one line per problem naming file and line, nothing on standard output

    @Test
    void test_check_badExample_commaDecimal() {
        assertBad(run("check", BAD),
                BAD + "/observations.csv:2: column value: \"30,00\" is not a number (use '.' for decimals and no group separators)");
        assertBad(run("check", BAD + "/observations.csv"),
                BAD + "/observations.csv:2: column value: \"30,00\" is not a number (use '.' for decimals and no group separators)");
    }

    @Test
    void test_check_unknownUnit() {
        assertBad(run("check", "src/test/resources/cli/unit-typo"),
                "src/test/resources/cli/unit-typo/observations.csv:2: column unit: unknown unit \"GWhh\" (did you mean \"GWh\"?)");
    }

    @Test
    void test_check_stdin_problemsNameStdin() {
        String csv = "subject,metric,period,value,unit\nCN,battery.output,2024,30,GWhh\nCN,battery.output,2024,3O,GWh\n";
        assertBad(run(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "check", "-"),
                "<stdin>:2: column unit: unknown unit \"GWhh\" (did you mean \"GWh\"?)",
                "<stdin>:3: column value: \"3O\" is not a number: found 'O', expected a digit or the end of the number");
    }

    @Test
    void test_check_stdin_malformedUtf8() {
        byte[] csv = "subject,metric,period,value,unit\nCN,battery.output,2024,30,GWh\nCN,x,2024,3\u00ff,GWh\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertBad(run(new ByteArrayInputStream(csv), "check", "-"), "<stdin>:3: malformed UTF-8 (1 byte); save the input as UTF-8");
    }

    @Test
    void test_check_controlCharacterInCell_problemStaysOneLine() {
        String csv = "subject,metric,period,value,unit\nCN,battery.output,2024,30,\"G\u001B[2J\nh\"\n";
        Run r = run(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "check", "-");
        assertEquals(Metrics.BAD_INPUT, r.status());
        assertEquals("", r.out());
        assertEquals(1, r.err().split("\n", -1).length - 1, r.err());
        assertTrue(r.err().startsWith("<stdin>:2: column unit: "), r.err());
        assertTrue(r.err().contains("G\\u001B[2J\\nh"), r.err());
    }

    @Test
    void test_oneLine_escapesControlCharacters() {
        assertEquals("a\\nb\\r\\tc\\u001B\\u2028d", Metrics.oneLine("a\nb\r\tc\u001B\u2028d"));
        String plain = "observations.csv:2: column value: \"30,00\" 数字";
        assertEquals(plain, Metrics.oneLine(plain));
    }

    @Test
    void test_check_missingFiles_allNamed() {
        assertBad(run("check", "nosuch.csv", SEED, "--subjects", "nosuch-subjects.csv"),
                "nosuch.csv: no such file or folder",
                "nosuch-subjects.csv: no such file or folder");
    }

    @Test
    void test_sum_levelsThatCannotBeAdded_namedWithFileAndLine() {
        assertBad(run("sum", "--unit", "GWh/a", "--metric", "battery.capacity", SEED),
                SEED + "/observations.csv:21: observation calb-chengdu-phase1-capacity-2025:"
                        + " cannot add levels of battery.capacity for 2025 and 2026-12 (observation eve-chengdu-phase2-capacity-target,"
                        + " on line 34): it is a stock, a level at a time, and does not add up over periods; group by period",
                SEED + "/observations.csv:28: observation calb-chengdu-phase1-2-capacity-target: cannot add"
                        + " calb-chengdu-phase1-2-capacity-target (CALB.Chengdu.Phase1+CALB.Chengdu.Phase2 2026, 50 GWh/a,"
                        + " source autocommune-2025-09-12), status target, and calb-chengdu-phase1-capacity-2025"
                        + " (CALB.Chengdu.Phase1 2025, 20 GWh/a, source autocommune-2025-09-12, on line 21), status actual:"
                        + " a total of mixed status means nothing; sum one status at a time");
        Run r = run("sum", "--unit", "billion CNY", "--metric", "output_value", "--period", "2023", SEED);
        assertBad(r, SEED + "/observations.csv:5: observation findreams-bishan-output-value-2023-usd: cannot convert about 2.75"
                + " billion USD of 2023 to billion CNY: no average rate for USD/CNY over 2023-01-01..2023-12-31: the table has"
                + " no rates for USD; it is empty");
    }

    @Test
    void test_sum_problemOfJsonDocument_namedWithLine(@TempDir Path tmp) {
        Path json = tmp.resolve("seed.json");
        assertSucceeds(run("convert", "-o", json.toString(), SEED), Metrics.OK);
        Run r = run("sum", "--unit", "billion CNY", "--metric", "output_value", "--period", "2023", json.toString());
        assertBad(r, json + ":7: observation findreams-bishan-output-value-2023-usd: cannot convert about 2.75"
                + " billion USD of 2023 to billion CNY: no average rate for USD/CNY over 2023-01-01..2023-12-31: the table has"
                + " no rates for USD; it is empty");
    }

    // -----------------------------------------------------------------------------------------
    // bad usage

    @Test
    void test_run_unknownOption_suggestsNearMiss() {
        assertBad(run("check", "--formt", "json", SEED),
                "metrics: unknown option \"--formt\" (did you mean \"--format\"?)",
                "Try 'metrics help check' for usage.");
        assertBad(run("check", "--frobnicate", SEED),
                "metrics: unknown option \"--frobnicate\"",
                "Try 'metrics help check' for usage.");
    }

    @Test
    void test_run_unknownCommand() {
        assertBad(run("chek", SEED),
                "metrics: unknown command \"chek\" (did you mean \"check\"?), expected check, sum, convert, extract or help",
                "Try 'metrics help' for usage.");
        assertBad(run("frobnicate"),
                "metrics: unknown command \"frobnicate\", expected check, sum, convert, extract or help",
                "Try 'metrics help' for usage.");
    }

    @Test
    void test_run_missingValue() {
        assertBad(run("check", SEED, "--format"),
                "metrics: option --format needs a value: text, json or csv",
                "Try 'metrics help check' for usage.");
        assertBad(run("sum", "--unit", "--by", "subject", SEED),
                "metrics: option --unit needs a value: a unit or currency, such as GWh or \"billion USD\"",
                "Try 'metrics help sum' for usage.");
    }

    @Test
    void test_run_badFormat() {
        assertBad(run("check", "--format", "jsn", SEED),
                "metrics: --format: found \"jsn\" (did you mean \"json\"?), expected text, json, csv, html",
                "Try 'metrics help check' for usage.");
    }

    @Test
    void test_run_optionOfAnotherCommand() {
        assertBad(run("check", "--unit", "GWh", SEED),
                "metrics: --unit is a setting of sum, not of check",
                "Try 'metrics help check' for usage.");
        assertBad(run("convert", "--default-rates", SEED),
                "metrics: --default-rates is a setting of check and sum, not of convert",
                "Try 'metrics help convert' for usage.");
    }

    @Test
    void test_run_noDataset() {
        assertBad(run("check"),
                "metrics: check needs a dataset: a JSON file, CSV files or a folder (or - for standard input)",
                "Try 'metrics help check' for usage.");
    }

    @Test
    void test_help_unknownCommand() {
        assertBad(run("help", "sun"),
                "metrics: no help for \"sun\" (did you mean \"sum\"?): the commands are check, sum, convert, extract, help",
                "Try 'metrics help' for usage.");
    }

    @Test
    void test_sum_badSettings() {
        assertBad(run("sum", SEED),
                "metrics: sum needs --unit U: the unit or currency of the totals, such as GWh or \"billion USD\"",
                "Try 'metrics help sum' for usage.");
        assertBad(run("sum", "--unit", "GWhh", SEED),
                "metrics: --unit: unknown unit \"GWhh\" (did you mean \"GWh\"?)",
                "Try 'metrics help sum' for usage.");
        assertBad(run("sum", "--unit", "%", SEED),
                "metrics: --unit: sums are in a unit of measure or a currency, not %",
                "Try 'metrics help sum' for usage.");
        assertBad(run("sum", "--unit", "GWh", "--period", "2024-13", SEED),
                "metrics: --period: \"2024-13\" is not a period: found month 13, expected 01 to 12",
                "Try 'metrics help sum' for usage.");
        assertBad(run("sum", "--unit", "GWh/a", "--metric", "battery.capasity", SEED),
                "metrics: --metric: no figure of the dataset has the metric \"battery.capasity\" (did you mean \"battery.capacity\"?)",
                "Try 'metrics help sum' for usage.");
        assertBad(run("sum", "--unit", "GWh", "--by", "region", SEED),
                "metrics: --by: found \"region\", expected subject, period or metric",
                "Try 'metrics help sum' for usage.");
    }

    @Test
    void test_check_badSettings() {
        assertBad(run("check", "--about", "0,05", SEED),
                "metrics: --about: \"0,05\" is not a number: found ',', expected a digit or the end of the number"
                        + " (use '.' for decimals and no group separators); expected a fraction such as 0.05",
                "Try 'metrics help check' for usage.");
        // a width the model refuses (InvalidValueException): a usage error naming it, not an internal error
        assertBad(run("check", "--over", "1.5", SEED),
                "metrics: bad qualifier width: width over: must be at least 0 and below 1, found 1.5",
                "Try 'metrics help check' for usage.");
        assertBad(run("check", "--only", "grwth", SEED),
                "metrics: --only: unknown check \"grwth\", expected one of share, growth, multiple, growth-pp, share-pp,"
                        + " contribution, parts-sum, disjoint-shares, period-sum, agree, fx, rule",
                "Try 'metrics help check' for usage.");
        assertBad(run("check", "--format", "json", "--format", "csv", SEED),
                "metrics: option --format given twice",
                "Try 'metrics help check' for usage.");
    }

    @Test
    void test_check_jsonAndCsvTogether_isAProblemOfTheDocument(@TempDir Path tmp) throws IOException {
        Path json = tmp.resolve("seed.json");
        assertSucceeds(run("convert", "-o", json.toString(), SEED), Metrics.OK);
        Run r = run("check", json.toString(), SEED + "/observations.csv");
        // the library's DatasetFiles tells: a problem of the input, named as given
        assertBad(r, json + ": one dataset at a time: a JSON document or CSV files, found " + json + ", "
                + SEED + "/observations.csv");
    }

    @Test
    void test_check_folderWithoutData_isAProblemOfTheFolder(@TempDir Path tmp) {
        assertBad(run("check", tmp.toString()), tmp + ": the folder holds no .csv or .json file");
    }

    @Test
    void test_check_tableOptionOnAFolderOrDocument_isAProblem(@TempDir Path tmp) throws IOException {
        Path json = tmp.resolve("seed.json");
        assertSucceeds(run("convert", "-o", json.toString(), SEED), Metrics.OK);
        assertBad(run("check", "--subjects", SEED), SEED + ": a folder, expected a CSV file of the subjects table");
        assertBad(run("check", "--subjects", json.toString()),
                json + ": a JSON document holds every table; give it without a table");
    }

    @Test
    void test_convert_csvToJsonFileName_isUsageError(@TempDir Path tmp) {
        String out = tmp.resolve("out.json").toString();
        assertBad(run("convert", "--to", "csv", "-o", out, SEED),
                "metrics: -o " + out + ": a name for a JSON file; CSV is written to a folder, one file per table",
                "Try 'metrics help convert' for usage.");
        assertFalse(Files.exists(tmp.resolve("out.json")));
    }

    // -----------------------------------------------------------------------------------------
    // internal error

    @Test
    void test_run_internalError_exitsThreeWithTrace() {
        InputStream broken = new InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("broken standard input");
            }

            @Override
            public int read(byte[] b, int off, int len) {
                throw new IllegalStateException("broken standard input");
            }
        };
        Run r = run(broken, "check", "-");
        assertEquals(Metrics.INTERNAL_ERROR, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("metrics: internal error (a bug; please report it with the command and this trace):"
                + " java.lang.IllegalStateException: broken standard input\n"), r.err());
        assertTrue(r.err().contains("\tat org.industrymetrics.examples."), r.err());
    }
}
