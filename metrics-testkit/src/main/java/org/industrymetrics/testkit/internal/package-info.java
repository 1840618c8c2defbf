/** Implementations of the testkit's arbitraries, its provider and configurator. Not public API. */
package org.industrymetrics.testkit.internal;
