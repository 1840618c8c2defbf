/**
 * Reading and writing the tables of a dataset as CSV files, by the rules of the dataset format.
 * <p>
 * A table is described by a {@link org.industrymetrics.csv.CsvSchema}: its name and its
 * {@link org.industrymetrics.csv.CsvColumn columns} in canonical order. A
 * {@link org.industrymetrics.csv.CsvTableReader} matches the header of a file against the schema
 * (any order, any case; {@code x_} columns carried along), splits the rows by RFC 4180, hands each
 * row to a {@link org.industrymetrics.csv.RowBinder}, and collects every problem with its file,
 * line and column before failing with one {@link org.industrymetrics.InvalidInputException}.
 * A {@link org.industrymetrics.csv.CsvTableWriter} writes the canonical form, with cells that a
 * spreadsheet would run as formulas defused.
 */
package org.industrymetrics.csv;
