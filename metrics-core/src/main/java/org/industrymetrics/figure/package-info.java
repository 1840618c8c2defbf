/**
 * Figures as reports print them, and what they mean.
 * <p>
 * A {@link org.industrymetrics.figure.ReportedFigure} is a number as printed ({@code 58.7},
 * {@code over 210}, {@code 12..15}); it stands for an {@link org.industrymetrics.figure.Interval}
 * of possible true values, set by its rounding and its {@link org.industrymetrics.figure.Qualifier}
 * under given {@link org.industrymetrics.figure.QualifierWidths}.
 * <p>
 * Relative figures have a type each, so that a percentage point never adds to a percentage:
 * {@link org.industrymetrics.figure.Growth} ({@code 14.8 %}), {@link org.industrymetrics.figure.Multiple}
 * ({@code 4.5 x}), {@link org.industrymetrics.figure.PercentagePoints} ({@code 10.4 pp}),
 * {@link org.industrymetrics.figure.Share} ({@code 21 %} of a whole) and
 * {@link org.industrymetrics.figure.Contribution} ({@code 102.2 %} of a change).
 * {@link org.industrymetrics.figure.Relations} computes them from intervals, for the checks.
 */
package org.industrymetrics.figure;
