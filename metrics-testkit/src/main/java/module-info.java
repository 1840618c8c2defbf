/**
 * jqwik arbitraries of every value type, consistent datasets and law testers.
 *
 * <p>Exports the API packages; the arbitrary provider and configurator are registered as services
 * here (module path) and in {@code META-INF/services} (class path). Jackson is optional: only
 * {@code JacksonRoundTrip} needs it.
 */
module org.industrymetrics.testkit {
    exports org.industrymetrics.testkit;
    exports org.industrymetrics.testkit.constraints;

    requires transitive org.industrymetrics;
    requires transitive net.jqwik.api;
    requires static com.fasterxml.jackson.databind;

    provides net.jqwik.api.providers.ArbitraryProvider
            with org.industrymetrics.testkit.internal.MetricsArbitraryProvider;
    provides net.jqwik.api.configurators.ArbitraryConfigurator
            with org.industrymetrics.testkit.internal.MetricsConfigurator;
}
