/**
 * The figures of industry and economic reports as typed values: quantities with units, money with
 * dated rates, periods, reported figures with their rounding, observations and datasets, sums and
 * consistency checks.
 *
 * <p>Exports only the API packages; {@code org.industrymetrics.internal} is not exported. A new API
 * package must be added here (tests fail on a package a consumer cannot reach).
 *
 * <p>Jackson annotations are optional: with {@code com.fasterxml.jackson.annotation} present, a plain
 * {@code ObjectMapper} writes each value type as its text and reads it back with {@code parse}.
 */
module org.industrymetrics {
    exports org.industrymetrics;
    exports org.industrymetrics.aggregate;
    exports org.industrymetrics.check;
    exports org.industrymetrics.figure;
    exports org.industrymetrics.money;
    exports org.industrymetrics.observation;
    exports org.industrymetrics.period;
    exports org.industrymetrics.quantity;

    // in the API: Range and the immutable collections (Guava), javax.measure at the Indriya boundary
    requires transitive com.google.common;
    requires transitive java.measure;
    requires tech.units.indriya;

    // annotations only, optional at run time
    requires static com.fasterxml.jackson.annotation;
    requires static org.immutables.value;
    // named by the classes Immutables generates (@Generated, @CanIgnoreReturnValue): compile time only
    requires static java.compiler;
    requires static com.google.errorprone.annotations;
}
