/**
 * Money with dated currency conversion.
 * <p>
 * {@link org.industrymetrics.money.Money} is an amount in one currency that keeps its scale word
 * ({@code 88.9 billion CNY}); {@link org.industrymetrics.money.MultiCurrencyAmount} keeps sums in
 * several currencies apart. {@link org.industrymetrics.money.FxRate} is an undated rate of a
 * {@link org.industrymetrics.money.CurrencyPair}; {@link org.industrymetrics.money.FxRateTable}
 * holds dated quotes and published averages and answers, by an explicit policy
 * ({@link org.industrymetrics.money.RatePolicy}), which rate applies on a day or over a period,
 * as a {@link org.industrymetrics.money.ResolvedRate} that says what it used.
 * <p>
 * Currencies are {@link java.util.Currency} instances (ISO 4217), read by
 * {@link org.industrymetrics.money.Currencies#parse(String)}, which also takes {@code RMB} and
 * {@code yuan}. Nothing in this package uses the default locale.
 */
package org.industrymetrics.money;
