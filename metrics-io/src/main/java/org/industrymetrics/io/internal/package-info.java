/**
 * The binding of dataset rows to the model, shared by the CSV and JSON readers and writers.
 * <b>Not part of the public API</b>: it may change in any release; use
 * {@link org.industrymetrics.csv.DatasetCsv} and {@link org.industrymetrics.json.DatasetJson}.
 */
package org.industrymetrics.io.internal;
