/**
 * Check reports and sums as self-contained HTML pages: inline CSS and SVG charts of the
 * intervals, no reference to anything outside the file, readable without scripts, on a phone
 * and on paper. {@link org.industrymetrics.html.ReportHtml} writes a check report,
 * {@link org.industrymetrics.html.SumHtml} the totals of a sum.
 */
package org.industrymetrics.html;
