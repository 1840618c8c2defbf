package org.industrymetrics.io;

import static org.industrymetrics.io.TableColumn.number;
import static org.industrymetrics.io.TableColumn.text;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The six tables of a dataset (FORMAT.md), in the order of the format, each with its file name and
 * its columns in canonical order.
 * <pre>{@code
 * DatasetTable.fromFileName("cn-2024-observations.csv")   // Optional[OBSERVATIONS]
 * DatasetTable.RATES.schema().columnNames()                // [date, base, quote, rate, source]
 * }</pre>
 */
public enum DatasetTable {
    /** One row per reported figure (FORMAT.md §1); the one table a dataset must have. */
    OBSERVATIONS(TableSchema.of("observations",
            text("id"), text("subject").required(), text("metric").required(), text("period").required(),
            text("measure"), number("value").required(), text("unit"), text("base"), text("qualifier"),
            number("precision"), text("status"), text("source"), text("quote"))),
    /** Regions and entities with their parents (FORMAT.md §2). */
    SUBJECTS(TableSchema.of("subjects",
            text("id").required(), text("name"), text("parent"), text("kind"))),
    /** What is measured: flow or stock, and the unit levels convert to (FORMAT.md §3). */
    METRICS(TableSchema.of("metrics",
            text("id").required(), text("name"), text("kind"), text("unit"))),
    /** Exchange rates (FORMAT.md §4). */
    RATES(TableSchema.of("rates",
            text("date").required(), text("base").required(), text("quote").required(), number("rate").required(),
            text("source"))),
    /** Identities and inequalities between metrics (FORMAT.md §5). */
    RULES(TableSchema.of("rules",
            text("id"), text("rule").required(), text("description"), text("severity"))),
    /** Where figures come from (FORMAT.md §6). */
    SOURCES(TableSchema.of("sources",
            text("id").required(), text("title"), text("publisher"), text("date"), text("url")));

    private final TableSchema schema;

    DatasetTable(TableSchema schema) {
        this.schema = schema;
    }

    /**
     * Returns the name of the table as in FORMAT.md and in the JSON document: {@code observations}.
     *
     * @return the table name
     */
    public String tableName() {
        return schema.tableName();
    }

    /**
     * Returns the file name of the table in a dataset folder: {@code observations.csv}.
     *
     * @return the file name
     */
    public String fileName() {
        return schema.tableName() + ".csv";
    }

    /**
     * Returns the columns of the table in canonical order, those FORMAT.md requires marked required.
     *
     * @return the schema
     */
    public TableSchema schema() {
        return schema;
    }

    /**
     * Tells the table of a CSV file by its name, as the command line does (CLI.md): a name that
     * ends in {@code .csv} and contains a table name, in any case, is that table
     * ({@code *observations*.csv}, {@code *subjects*.csv}, {@code *metrics*.csv}, {@code *rates*.csv},
     * {@code *rules*.csv}, {@code *sources*.csv}); a folder part of the name is ignored. If the
     * name contains two table names, the first table in the order of the format wins.
     *
     * @param name the file name, not null
     * @return the table, or empty for any other name
     */
    public static Optional<DatasetTable> fromFileName(String name) {
        Objects.requireNonNull(name, "name");
        String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).toLowerCase(Locale.ROOT);
        if (!file.endsWith(".csv")) {
            return Optional.empty();
        }
        String stem = file.substring(0, file.length() - 4);
        for (DatasetTable t : values()) {
            if (stem.contains(t.tableName())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
