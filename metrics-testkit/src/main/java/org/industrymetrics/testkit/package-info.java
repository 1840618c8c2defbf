/**
 * Property-based testing with the library's types, for its users: jqwik arbitraries of every
 * value type ({@link org.industrymetrics.testkit.MetricsArbitraries}, also the default arbitraries
 * of {@code @ForAll} parameters), consistent datasets and their perturbations
 * ({@link org.industrymetrics.testkit.ConsistentDataset}), and law testers
 * ({@link org.industrymetrics.testkit.AccumulatorLaws}, {@link org.industrymetrics.testkit.ValueTypeContract}).
 */
package org.industrymetrics.testkit;
