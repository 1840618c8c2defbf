/**
 * From an article to a draft dataset: {@link org.industrymetrics.extract.FigurePhrase} reads one
 * figure phrase as reports print it ({@code over 20 billion yuan}, {@code up 1.5 percentage
 * points}, {@code an increase of 4.5 times}) into a typed figure, and
 * {@link org.industrymetrics.extract.FigureExtractor} finds every figure in a text, with its span,
 * quote and proposals for period, base, metric and status.
 * <p>
 * A hand-written grammar, no model and no network: what it reads is listed in its word tables,
 * and what it cannot read it reports.
 */
package org.industrymetrics.extract;
