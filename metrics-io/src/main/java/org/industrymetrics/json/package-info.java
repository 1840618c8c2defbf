/**
 * Reading and writing JSON safely with Jackson: the dataset document ({@link org.industrymetrics.json.DatasetJson}),
 * check reports ({@link org.industrymetrics.json.ReportJson}) and sums ({@link org.industrymetrics.json.SumJson})
 * in canonical form; a hardened {@link com.fasterxml.jackson.databind.ObjectMapper}
 * ({@link org.industrymetrics.json.MetricsJson}) with limits on what a document may cost
 * ({@link org.industrymetrics.json.JsonLimits}), and a Jackson module for the library's value types
 * ({@link org.industrymetrics.json.MetricsModule}).
 */
package org.industrymetrics.json;
