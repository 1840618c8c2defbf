package org.industrymetrics.csv;

import static org.industrymetrics.io.TableColumn.number;
import static org.industrymetrics.io.TableColumn.text;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.industrymetrics.aggregate.Dropped;
import org.industrymetrics.aggregate.GroupBy;
import org.industrymetrics.aggregate.GroupKey;
import org.industrymetrics.aggregate.SumResult;
import org.industrymetrics.aggregate.Total;
import org.industrymetrics.io.TableColumn;
import org.industrymetrics.io.TableSchema;
import org.industrymetrics.io.internal.DatasetRows;
import org.industrymetrics.money.ResolvedRate;

/**
 * Writes the result of a sum as a CSV table, one row per group in key order:
 * {@code subject,metric,period,low,high,figure,count,unit,rates,status,dropped}, where only the fields the sum is
 * grouped by are columns. {@code low} and {@code high} are the ends of the total's interval
 * (whether an end is open is in the JSON form, {@link org.industrymetrics.json.SumJson}),
 * {@code figure} the total as a report would print it, {@code count} the number of observations
 * added, and {@code rates} the exchange rates used, separated by {@code "; "}, each as
 * {@code USD/CNY 7.1957 (2024, 250 quotes)}; {@code status} the status of the figures added
 * ({@code actual}, {@code target}, ...) and {@code dropped} the levels the overlap policy left out
 * of the group, each with the level kept in its place ({@code sc-output (kept cn-output, subject=broadest)}).
 * The canonical CSV form of {@link CsvTableWriter}.
 * This class is immutable and thread-safe.
 */
public final class SumCsv {

    private SumCsv() {
    }

    /**
     * Writes a sum. The writer is flushed, not closed.
     *
     * @param result the sum, not null
     * @param out where to write, not null
     * @throws IOException if writing fails
     */
    public static void write(SumResult result, Writer out) throws IOException {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(out, "out");
        Set<GroupBy> fields = result.groups().isEmpty() ? Set.of()
                : result.groups().keySet().iterator().next().values().keySet();
        List<TableColumn> columns = new ArrayList<>();
        for (GroupBy g : GroupBy.values()) {
            if (fields.contains(g)) {
                columns.add(text(g.id()));
            }
        }
        columns.add(number("low"));
        columns.add(number("high"));
        columns.add(text("figure"));
        columns.add(number("count"));
        columns.add(text("unit"));
        columns.add(text("rates"));
        columns.add(text("status"));
        columns.add(text("dropped"));
        CsvTableWriter w = CsvTableWriter.open(out, TableSchema.of("sums", columns), List.of());
        for (Map.Entry<GroupKey, Total> e : result.groups().entrySet()) {
            Total t = e.getValue();
            List<String> row = new ArrayList<>();
            for (GroupBy g : GroupBy.values()) {
                if (fields.contains(g)) {
                    row.add(e.getKey().get(g));
                }
            }
            row.add(t.readableInterval().low() == null ? null : t.readableInterval().low().toPlainString());
            row.add(t.readableInterval().high() == null ? null : t.readableInterval().high().toPlainString());
            row.add(t.figure());
            row.add(Long.toString(t.count()));
            row.add(t.unit().toString());
            List<String> rates = new ArrayList<>();
            for (ResolvedRate r : t.rates()) {
                rates.add(r.pair() + " " + r.rate().rate().toPlainString() + " (" + DatasetRows.span(r.first(), r.last())
                        + (r.quotes() > 1 ? ", " + r.quotes() + " quotes)" : ")"));
            }
            row.add(rates.isEmpty() ? null : String.join("; ", rates));
            row.add(t.status().id());
            List<String> dropped = new ArrayList<>();
            for (Dropped d : result.dropped()) {
                if (d.group().equals(e.getKey())) {
                    dropped.add(d.observation().id() + (d.count() > 1 ? " and " + (d.count() - 1) + " more" : "")
                            + " (kept " + d.keptInstead().id() + ", " + d.rule() + ")");
                }
            }
            row.add(dropped.isEmpty() ? null : String.join("; ", dropped));
            w.writeRow(row);
        }
        w.flush();
    }
}
