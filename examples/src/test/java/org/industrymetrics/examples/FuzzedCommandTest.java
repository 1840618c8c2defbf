package org.industrymetrics.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defects found by fuzzing the command line (issue 13), run through the {@code metrics}
 * command from their reproducers: exit status, standard output and standard error.
 */
class FuzzedCommandTest {

    private static final String HEADER = "id,subject,metric,period,measure,value,unit,base,qualifier,precision,status,source,quote\n";

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        String[] r = Metrics.capture(new ByteArrayInputStream(new byte[0]), args);
        return new Run(Integer.parseInt(r[0]), r[1], r[2].replace(System.lineSeparator(), "\n"));
    }

    private static void assertBad(Run r, String... errLines) {
        assertEquals(String.join("\n", errLines) + "\n", r.err(), "standard error");
        assertEquals("", r.out(), "standard output");
        assertEquals(Metrics.BAD_INPUT, r.status(), "exit status");
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** #6: check and convert both refuse a rule that cannot be read, when the rules table is read (exit 2, not 3). */
    @Test
    void test_ruleSyntaxError_badInputForCheckAndConvert(@TempDir Path dir) throws IOException {
        write(dir.resolve("observations.csv"), HEADER + "a,CN,a.x,2024,level,1,GWh,,,,,,\n");
        write(dir.resolve("rules.csv"), "id,rule\nr1,a.x = b.x +\n");
        String line = dir.resolve("rules.csv") + ":2: column rule: at character 12 of \"a.x = b.x +\": found the end,"
                + " expected a metric id after +";
        assertBad(run("check", dir.toString()), line);
        assertBad(run("convert", "--to", "json", dir.toString()), line);
    }

    /** #2: a lone surrogate in a JSON string is bad input at its field; convert writes nothing. */
    @Test
    void test_loneSurrogate_badInput_nothingWritten(@TempDir Path dir) throws IOException {
        Path json = write(dir.resolve("in/d.json"), "{\"format\": \"industry-metrics/1\", \"observations\": [\n"
                + "{\"subject\": \"CN\", \"metric\": \"m\", \"period\": \"2024\", \"value\": \"1\", \"unit\": \"GWh\", \"quote\": \"\\ud800x\"}]}\n");
        Path out = dir.resolve("out");
        String line = json + ":2: field observations[0].quote: found a lone surrogate \\ud800 at character 1, expected Unicode text:"
                + " a \\u escape of a surrogate must be one of a pair";
        assertBad(run("convert", "--to", "csv", "-o", out.toString(), json.toString()), line);
        assertBad(run("check", json.toString()), line);
        assertEquals(false, Files.exists(out.resolve("observations.csv")));
    }

    /** #8: the same file name in two folders, no id column: no spurious duplicate id; problems name the path as given. */
    @Test
    void test_sameFileNameInTwoFolders(@TempDir Path dir) throws IOException {
        String csv = "subject,metric,period,value,unit\nCN,m,2024,1,GWh\n";
        Path one = write(dir.resolve("d1/observations.csv"), csv);
        Path two = write(dir.resolve("d2/observations.csv"), csv);
        Run ok = run("check", one.getParent().toString(), two.getParent().toString());
        assertEquals("", ok.err());
        assertEquals(0, ok.status());
        write(two, csv + "CN,m,2024,x,GWh\n");
        assertBad(run("check", one.getParent().toString(), two.getParent().toString()),
                two + ":3: column value: \"x\" is not a number: found 'x', expected a digit");
    }
}
