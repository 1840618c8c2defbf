/**
 * Reading and writing the tables of a dataset as CSV files, by the rules of the dataset format.
 * <p>
 * {@link org.industrymetrics.csv.DatasetCsv} reads a whole {@link org.industrymetrics.observation.Dataset}
 * from its table files ({@link org.industrymetrics.io.DatasetTable}), or streams an observations file
 * of any length, and writes the canonical form; {@link org.industrymetrics.csv.ReportCsv} and
 * {@link org.industrymetrics.csv.SumCsv} write check reports and sums; {@link org.industrymetrics.csv.RateTables}
 * reads exchange-rate files and {@link org.industrymetrics.csv.ReferenceRates} holds the bundled ones.
 * <p>
 * Underneath, a table is described by a {@link org.industrymetrics.io.TableSchema}: its name and its
 * {@link org.industrymetrics.io.TableColumn columns} in canonical order. A
 * {@link org.industrymetrics.csv.CsvTableReader} matches the header of a file against the schema
 * (any order, any case; {@code x_} columns carried along), splits the rows by RFC 4180, hands each
 * row to a {@link org.industrymetrics.csv.RowBinder}, and collects every problem with its file,
 * line and column before failing with one {@link org.industrymetrics.InvalidInputException}.
 * A {@link org.industrymetrics.csv.CsvTableWriter} writes the canonical form, with cells that a
 * spreadsheet would run as formulas defused.
 */
package org.industrymetrics.csv;
