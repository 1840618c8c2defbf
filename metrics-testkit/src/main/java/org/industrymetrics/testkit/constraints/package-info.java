/**
 * Annotations that narrow the default arbitraries of the testkit, as jqwik's own constraints do:
 * {@code @ForAll @InUnit("GWh") Energy e}, {@code @ForAll @InCurrency("CNY") @Rounded(1) Money m}.
 */
package org.industrymetrics.testkit.constraints;
