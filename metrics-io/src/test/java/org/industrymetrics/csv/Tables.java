package org.industrymetrics.csv;

import static org.industrymetrics.io.TableColumn.number;
import static org.industrymetrics.io.TableColumn.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.DecimalText;
import org.industrymetrics.io.TableColumn;
import org.industrymetrics.io.TableSchema;
import org.industrymetrics.quantity.Unit;

/** Schemas and binders shared by the tests: a table like the observations of FORMAT.md. */
final class Tables {

    static final TableSchema OBSERVATIONS = TableSchema.of("observations",
            text("id"), text("subject").required(), text("metric").required(), text("period").required(),
            text("measure"), number("value").required(), text("unit"), text("base"), text("qualifier"),
            number("precision"), text("status"), text("source"), text("quote"));

    static final String HEADER = "id,subject,metric,period,measure,value,unit,base,qualifier,precision,status,source,quote";

    /**
     * A binder as the dataset binding will be: checks value (a number or a range), unit and
     * precision, and reports each problem on its column.
     */
    static final RowBinder<CsvRecord> CHECKING = row -> {
        String value = row.get("value");
        int range = value.indexOf("..");
        try {
            if (range < 0) {
                DecimalText.parse(value);
            } else {
                DecimalText.parse(value, 0, range, false, value);
                DecimalText.parse(value, range + 2, value.length(), false, value);
            }
        } catch (FigureParseException e) {
            row.problem("value", Cells.quote(value) + " is not a number"
                    + (value.indexOf(',') >= 0 ? " (use '.' for decimals and no group separators)" : ": " + e.problem()));
        }
        row.get("unit", Unit::parse);
        row.get("precision", Integer::valueOf);
        return row.hasProblems() ? null : row.toRecord();
    };

    private Tables() {
    }

    static String csv(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    static List<CsvRecord> read(String text) throws IOException {
        return CsvTableReader.records(OBSERVATIONS).read(new StringReader(text), "observations.csv");
    }

    static String write(TableSchema schema, List<String> extras, List<CsvRecord> records) throws IOException {
        StringWriter sw = new StringWriter();
        try (CsvTableWriter w = CsvTableWriter.open(sw, schema, extras)) {
            for (CsvRecord r : records) {
                w.write(r);
            }
        }
        return sw.toString();
    }

    static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }
}
