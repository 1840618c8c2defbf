/**
 * The testkit's jqwik services: the arbitrary provider and the configurator of its constraint
 * annotations, registered in {@code META-INF/services} and by the module's {@code provides}. They use
 * the public API of {@code org.industrymetrics.testkit}, never the reverse. Not public API.
 */
package org.industrymetrics.testkit.internal;
