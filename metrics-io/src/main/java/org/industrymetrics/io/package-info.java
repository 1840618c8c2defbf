/**
 * What CSV and JSON share: the tables of a dataset ({@link org.industrymetrics.io.DatasetTable}) and
 * their columns in canonical order ({@link org.industrymetrics.io.TableSchema},
 * {@link org.industrymetrics.io.TableColumn}). The format packages depend on this one, never the
 * other way round: {@link org.industrymetrics.csv} reads and writes CSV files,
 * {@link org.industrymetrics.json} JSON documents, and {@link org.industrymetrics.io.files} reads a
 * dataset from the files or folder a user names.
 */
package org.industrymetrics.io;
