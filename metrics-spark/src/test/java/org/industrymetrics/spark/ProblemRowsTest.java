package org.industrymetrics.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad rows on Spark: each becomes a problem row with the message the single-machine reader gives
 * (the io module's golden files), the good rows are read, and the job does not fail.
 */
class ProblemRowsTest {

    private static final Path BAD = Path.of("..", "metrics-io", "src", "test", "resources", "bad-datasets");

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"bad-cells", "bad-period", "share-without-base", "wrong-cell-count", "duplicate-id"})
    void everyBadRowIsAProblemRowWithTheReadersMessage(String name) throws IOException {
        List<String> expected = Files.readAllLines(BAD.resolve(name + ".errors"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        SparkDataset d = SparkDataset.readCsv(TestSpark.session(), SmallTables.none(), BAD.resolve(name + ".csv").toString());
        List<String> actual = new ArrayList<>();
        d.problems().orderBy("line", "column").collectAsList().forEach(p -> actual.add(p.toString()));
        assertEquals(expected, actual);
        long lines = Files.readAllLines(BAD.resolve(name + ".csv")).stream().filter(l -> !l.isEmpty()).count() - 1;
        long badLines = d.problems().select("line").distinct().count();
        assertEquals(lines, d.observations().count() + badLines, "every row is an observation or a problem");
    }

    /**
     * Rows with one id in two files, read by different tasks and summed across partitions: the later
     * rows are problem rows with the single-machine reader's messages, and neither the sums nor the
     * checks count them.
     */
    @Test
    void anIdRepeatedAcrossPartitionsIsTheReadersProblemAndIsNotCounted() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("repeated/observations"));
        String header = "id,subject,metric,period,value,unit\n";
        Files.writeString(dir.resolve("part-0.csv"), header + "a,CN,m.output,2024,40,GWh\nb,CN,m.output,2023,30,GWh\n");
        Files.writeString(dir.resolve("part-1.csv"), header + "c,CN,m.output,2022,20,GWh\na,CN,m.output,2024,40,GWh\n"
                + "b,CN,m.output,2025,50,GWh\n");
        InvalidInputException onOneMachine = assertThrows(InvalidInputException.class, () -> org.industrymetrics.csv.DatasetCsv
                .reader().add(org.industrymetrics.io.DatasetTable.OBSERVATIONS, dir.resolve("part-0.csv"))
                .add(org.industrymetrics.io.DatasetTable.OBSERVATIONS, dir.resolve("part-1.csv")).read());
        SparkDataset d = SparkDataset.readCsv(TestSpark.session(), SmallTables.none(), dir.toString());
        SparkDataset spread = SparkDataset.of(d.observations().repartition(7), d.tables());
        List<String> problems = new ArrayList<>();
        d.problems().orderBy("input", "line").collectAsList().forEach(p -> problems.add(p.toString()));
        assertEquals(onOneMachine.problems().stream().map(InputProblem::toString).toList(), problems);
        assertEquals(List.of("part-1.csv:3: column id: duplicate id \"a\" (first on line 2 of part-0.csv)",
                "part-1.csv:4: column id: duplicate id \"b\" (first on line 3 of part-0.csv)"), problems);
        assertEquals(3, spread.observations().count());
        TotalRow total = spread.observations()
                .groupByKey((org.apache.spark.api.java.function.MapFunction<ObservationRow, String>) ObservationRow::getMetric,
                        org.apache.spark.sql.Encoders.STRING())
                .agg(new TotalAggregator("GWh", d.tables()).toColumn()).collectAsList().get(0)._2();
        assertEquals("90", total.getFigure(), "a, b and c once each");
        assertEquals(List.of(), total.getProblems());
        assertEquals(0, SparkChecks.check(spread).where("verdict = 'INCONSISTENT'").count());
    }

    @Test
    void aHeaderWithAnUnknownColumnFailsOnTheDriverNamingIt() throws IOException {
        List<String> expected = Files.readAllLines(BAD.resolve("unknown-column.errors"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SparkDataset.readCsv(
                TestSpark.session(), SmallTables.none(), BAD.resolve("unknown-column.csv").toString()));
        assertEquals(expected, e.problems().stream().map(InputProblem::toString).toList());
    }

    @Test
    void aTableWithABadCellGivesAProblemRowKeyedByItsId() throws IOException {
        Path csv = temp.resolve("obs.csv");
        Files.writeString(csv, "id,subject,metric,period,value,unit,x_note\n"
                + "a,CN,m.output,2024,40,GWh,fine\n"
                + "b,CN,m.output,2024-13,40,GWh,bad period\n"
                + ",CN,m.output,2024,\"30,00\",GWh,\n");
        Dataset<Row> table = TestSpark.session().read().option("header", "true").csv(csv.toString());
        SparkDataset d = SparkDataset.read(table, "obs_table", SmallTables.none());
        List<ObservationRow> rows = d.observations().collectAsList();
        assertEquals(1, rows.size());
        assertEquals("fine", rows.get(0).getExtras().get("x_note"));
        List<ProblemRow> problems = d.problems().orderBy("row").collectAsList();
        assertEquals(2, problems.size());
        assertEquals("b", problems.get(0).getRow());
        assertEquals("period", problems.get(0).getColumn());
        assertEquals("obs_table#3", problems.get(1).getRow(), "a row without id is keyed by its place");
        assertEquals("value", problems.get(1).getColumn());
        assertTrue(problems.get(1).getMessage().contains("30,00"), problems.get(1).getMessage());
    }

    @Test
    void aLevelInAnotherUnitThanItsMetricsIsAProblemRow() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("ds"));
        Files.writeString(dir.resolve("metrics.csv"), "id,kind,unit\nm.output,flow,GWh\n");
        Files.writeString(dir.resolve("observations.csv"), "id,subject,metric,period,value,unit\n"
                + "a,CN,m.output,2024,40,GWh\nb,CN,m.output,2024,40,t\n");
        SparkDataset d = SparkDataset.readCsvFolder(TestSpark.session(), dir.toString());
        assertEquals(1, d.observations().count());
        List<ProblemRow> problems = d.problems().collectAsList();
        assertEquals(1, problems.size());
        assertEquals("observations.csv:3: column unit: unit t (mass) does not convert to GWh, the unit of metric m.output",
                problems.get(0).toString());
    }
}
