package org.industrymetrics.csv;

import static org.industrymetrics.io.TableColumn.number;
import static org.industrymetrics.io.TableColumn.text;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.industrymetrics.check.Finding;
import org.industrymetrics.check.Report;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.io.TableColumn;
import org.industrymetrics.io.TableSchema;

/**
 * Writes a check {@link Report} as a CSV table, one row per finding in the report's stable order:
 * {@code check,verdict,observations,stated_low,stated_high,derived_low,derived_high,unit,margin,margin_unit,message}.
 * <p>
 * {@code observations} holds the ids of the observations used, the checked figure first, separated
 * by spaces. The bounds are numbers in plain notation; a bound the interval does not have
 * (unbounded, or no interval) is an empty cell. Whether an end is open is not in the table: the
 * JSON report ({@link org.industrymetrics.json.ReportJson}) has it. {@code unit} is the unit of the
 * intervals, {@code margin_unit} that of the margin. The canonical CSV form of {@link CsvTableWriter}.
 * This class is immutable and thread-safe.
 */
public final class ReportCsv {

    /** The columns of the table. */
    public static final TableSchema SCHEMA = TableSchema.of("findings",
            text("check").required(), text("verdict").required(), text("observations").required(),
            number("stated_low"), number("stated_high"), number("derived_low"), number("derived_high"),
            text("unit"), number("margin"), text("margin_unit"), text("message"));

    private ReportCsv() {
    }

    /**
     * Writes a report. The writer is flushed, not closed.
     *
     * @param report the report, not null
     * @param out where to write, not null
     * @throws IOException if writing fails
     */
    public static void write(Report report, Writer out) throws IOException {
        Objects.requireNonNull(report, "report");
        CsvTableWriter w = CsvTableWriter.open(out, SCHEMA, List.of());
        for (Finding f : report.findings()) {
            w.writeRow(cells(f));
        }
        w.flush();
    }

    /**
     * Returns the cells of a finding's row, in the order of {@link #SCHEMA}; null for an empty cell.
     * For a writer of the report in another format (a Spark dataset of findings) with the same columns.
     *
     * @param f the finding, not null
     * @return the cells, a new modifiable list
     */
    public static List<String> cells(Finding f) {
        Interval stated = f.stated().orElse(null);
        Interval derived = f.derived().orElse(null);
        return Arrays.asList(f.check().id(), f.verdict().name(), String.join(" ", f.observations()),
                low(stated), high(stated), low(derived), high(derived), f.unit(),
                f.margin().map(m -> m.toPlainString()).orElse(null), f.marginUnit(), f.message());
    }

    private static String low(Interval i) {
        return i == null || i.low() == null ? null : i.low().toPlainString();
    }

    private static String high(Interval i) {
        return i == null || i.high() == null ? null : i.high().toPlainString();
    }
}
