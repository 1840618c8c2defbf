/**
 * Reporting periods: the years, halves, quarters, months, days and ranges of them that figures
 * of industry reports are given for ({@code 2024}, {@code 2024-H1}, {@code 2024-Q2},
 * {@code 2024-05}, {@code 2024-06-26}, {@code 2024-01/2024-05}).
 */
package org.industrymetrics.period;
