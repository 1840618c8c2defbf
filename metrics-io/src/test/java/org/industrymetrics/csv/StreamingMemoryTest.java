package org.industrymetrics.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.industrymetrics.io.DatasetTable;
import org.junit.jupiter.api.Test;

/**
 * A million observations are streamed into a sum in a JVM with a 64 MB heap (a quarter of the
 * 256 MB the task allows): if reading held the rows, the JVM would run out of memory and fail.
 */
class StreamingMemoryTest {

    @Test
    void test_streamObservations_millionRowsInSmallHeap() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx64m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                StreamSum.class.getName(), "1000000").redirectErrorStream(true);
        Process process = pb.start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(0, process.waitFor(), output);
        Matcher m = Pattern.compile("rows=(\\d+) low=(\\S+) high=(\\S+) peakHeapMiB=(\\d+)").matcher(output);
        assertTrue(m.find(), output);
        assertEquals("1000000", m.group(1));
        // 500 × n GWh exactly, within the rounding of every figure
        BigDecimal total = new BigDecimal("500000000");
        assertTrue(new BigDecimal(m.group(2)).compareTo(total) < 0 && new BigDecimal(m.group(3)).compareTo(total) > 0, output);
        assertTrue(Integer.parseInt(m.group(4)) <= 64, output);
    }

    @Test
    void test_generatedObservations_areValidRows() throws IOException {
        List<String> rows = List.of(GeneratedObservations.row(0), GeneratedObservations.row(1), GeneratedObservations.row(2));
        assertEquals(3, DatasetCsv.reader().add(DatasetTable.OBSERVATIONS,
                new java.io.StringReader(GeneratedObservations.HEADER + String.join("", rows)), "g.csv").read().size());
    }
}
