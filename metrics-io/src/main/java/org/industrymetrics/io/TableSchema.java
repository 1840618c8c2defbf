package org.industrymetrics.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The columns of one table of a dataset, in canonical order: what a CSV file or a JSON row object of
 * that table may hold, and the order in which it is written. Shared by the CSV and JSON readers and
 * writers ({@link org.industrymetrics.csv}, {@link org.industrymetrics.json}).
 * <pre>{@code
 * TableSchema sources = TableSchema.of("sources",
 *         TableColumn.text("id").required(), TableColumn.text("title"), TableColumn.text("publisher"),
 *         TableColumn.text("date"), TableColumn.text("url"));
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class TableSchema {

    private final String tableName;
    private final ImmutableList<TableColumn> columns;
    private final ImmutableMap<String, Integer> indexes;

    private TableSchema(String tableName, ImmutableList<TableColumn> columns) {
        this.tableName = tableName;
        this.columns = columns;
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            if (map.put(columns.get(i).name(), i) != null) {
                throw new IllegalArgumentException("column " + columns.get(i).name() + " is given twice");
            }
        }
        this.indexes = ImmutableMap.copyOf(map);
    }

    /**
     * Obtains a schema.
     *
     * @param tableName the name of the table, used in messages ({@code observations}), not null
     * @param columns the columns in canonical order, at least one, names unique, not null
     * @return the schema
     * @throws IllegalArgumentException if there is no column, a name is given twice, or the table name is blank
     */
    public static TableSchema of(String tableName, TableColumn... columns) {
        return of(tableName, Arrays.asList(Objects.requireNonNull(columns, "columns")));
    }

    /**
     * Obtains a schema.
     *
     * @param tableName the name of the table, used in messages ({@code observations}), not null
     * @param columns the columns in canonical order, at least one, names unique, not null
     * @return the schema
     * @throws IllegalArgumentException if there is no column, a name is given twice, or the table name is blank
     */
    public static TableSchema of(String tableName, List<TableColumn> columns) {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(columns, "columns");
        if (tableName.isBlank()) {
            throw new IllegalArgumentException("tableName must not be blank");
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        return new TableSchema(tableName, ImmutableList.copyOf(columns));
    }

    /** {@return the name of the table, as used in messages} */
    public String tableName() {
        return tableName;
    }

    /** {@return the columns, in canonical order} */
    public List<TableColumn> columns() {
        return columns;
    }

    /** {@return the number of columns} */
    public int size() {
        return columns.size();
    }

    /** {@return the names of the columns, in canonical order} */
    public List<String> columnNames() {
        List<String> names = new ArrayList<>(columns.size());
        for (TableColumn c : columns) {
            names.add(c.name());
        }
        return ImmutableList.copyOf(names);
    }

    /**
     * Returns the position of a column in canonical order, for binders that read cells by index.
     *
     * @param name the canonical name, not null
     * @return the index, from 0
     * @throws IllegalArgumentException if the table has no such column
     */
    public int indexOf(String name) {
        Integer index = indexes.get(Objects.requireNonNull(name, "name"));
        if (index == null) {
            throw new IllegalArgumentException("table " + tableName + " has no column \"" + name
                    + "\", its columns are " + columnNames());
        }
        return index;
    }

    /**
     * {@return whether the table has a column of this canonical name}
     *
     * @param name the name
     */
    public boolean hasColumn(String name) {
        return indexes.containsKey(Objects.requireNonNull(name, "name"));
    }

    /**
     * {@return a column by canonical name}
     *
     * @param name the name
     * @throws IllegalArgumentException if the table has no such column
     */
    public TableColumn column(String name) {
        return columns.get(indexOf(name));
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof TableSchema && ((TableSchema) obj).tableName.equals(tableName)
                && ((TableSchema) obj).columns.equals(columns);
    }

    @Override
    public int hashCode() {
        return tableName.hashCode() * 31 + columns.hashCode();
    }

    /** Returns the table name and the columns: {@code observations[id, subject*, value#*]}. */
    @Override
    public String toString() {
        return tableName + columns;
    }
}
