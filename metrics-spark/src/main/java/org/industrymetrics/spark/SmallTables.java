package org.industrymetrics.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.industrymetrics.csv.DatasetCsv;
import org.industrymetrics.io.DatasetTable;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Observation;

/**
 * The small tables of a dataset (subjects, metrics, rates, rules, sources: FORMAT.md §2-6), as
 * Spark ships them to every worker: as their canonical CSV text, a few kilobytes, read back on
 * the worker by the library's CSV reader, once per worker JVM. The observations are not part of
 * it: they are the large table, a Spark {@code Dataset} of {@link ObservationRow}.
 * <p>
 * Immutable; the tables read back are kept (a cache of an immutable value, per JVM).
 */
public final class SmallTables implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The tables other than the observations, in the order a dataset is read. */
    static final List<DatasetTable> TABLES = List.of(DatasetTable.SUBJECTS, DatasetTable.METRICS,
            DatasetTable.RATES, DatasetTable.RULES, DatasetTable.SOURCES);

    private final String name;
    private final EnumMap<DatasetTable, String> csv;
    private transient volatile Dataset tables;

    private SmallTables(String name, EnumMap<DatasetTable, String> csv) {
        this.name = name;
        this.csv = csv;
    }

    /**
     * Returns the small tables of a dataset (its observations are left out).
     *
     * @param dataset the dataset, not null
     * @return the tables
     */
    public static SmallTables of(Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        EnumMap<DatasetTable, String> csv = new EnumMap<>(DatasetTable.class);
        for (DatasetTable t : TABLES) {
            StringWriter w = new StringWriter();
            try {
                DatasetCsv.write(dataset, t, w);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a StringWriter does not fail
            }
            csv.put(t, w.toString());
        }
        SmallTables result = new SmallTables(dataset.name(), csv);
        result.tables = dataset.observations().isEmpty() ? dataset : null;
        return result;
    }

    /** {@return no tables: observations alone, as FORMAT.md allows} */
    public static SmallTables none() {
        return of(Dataset.builder().name("dataset").build());
    }

    /**
     * Reads small tables from the CSV text of each table, as the files {@code subjects.csv},
     * {@code metrics.csv}, ... would hold it.
     *
     * @param name the dataset's name, in problems, not null
     * @param tables the CSV text by table (any of subjects, metrics, rates, rules, sources), not null
     * @return the tables
     * @throws org.industrymetrics.InvalidInputException listing every problem of the tables
     */
    public static SmallTables read(String name, Map<DatasetTable, String> tables) {
        DatasetCsv.Builder reader = DatasetCsv.reader().name(name);
        tables.forEach((t, text) -> {
            if (t == DatasetTable.OBSERVATIONS) {
                throw new IllegalArgumentException("the observations are not a small table: read them with SparkReader");
            }
            reader.add(t, new StringReader(text), t.fileName());
        });
        try {
            return of(reader.read());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    /** {@return the dataset's name} */
    public String name() {
        return name;
    }

    /**
     * Returns the tables as a dataset without observations, read once per JVM.
     *
     * @return the dataset
     */
    public Dataset dataset() {
        Dataset d = tables;
        if (d == null) {
            DatasetCsv.Builder reader = DatasetCsv.reader().name(name);
            csv.forEach((t, text) -> reader.add(t, new StringReader(text), t.fileName()));
            try {
                d = reader.read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            tables = d;
        }
        return d;
    }

    /**
     * Returns the tables with these observations added: the dataset the library's checks take.
     *
     * @param observations the observations, in the order of their inputs
     * @return a new dataset
     * @throws org.industrymetrics.InvalidInputException as {@link Dataset.Builder#build()}
     */
    Dataset with(Iterable<Observation> observations) {
        return dataset().toBuilder().addObservations(observations).build();
    }

    @Override
    public String toString() {
        Dataset d = dataset();
        return "SmallTables[" + name + ": " + d.subjects().size() + " subjects, " + d.metrics().size() + " metrics, "
                + d.rates().size() + " rates, " + d.rules().size() + " rules, " + d.sources().size() + " sources]";
    }
}
