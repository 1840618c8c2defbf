/**
 * CSV and JSON reading and writing of datasets, reports and sums, the HTML report, and reading a
 * dataset from files or a folder.
 *
 * <p>Exports only the API packages. {@code org.industrymetrics.io.internal} is exported only to
 * metrics-spark (module {@code org.industrymetrics.spark}, an automatic module), which binds rows with
 * the same cell rules. A new API package must be added here.
 *
 * <p>Provides {@link org.industrymetrics.json.MetricsModule} to Jackson's
 * {@code ObjectMapper.findAndRegisterModules()}.
 */
module org.industrymetrics.io {
    exports org.industrymetrics.io;
    exports org.industrymetrics.io.files;
    exports org.industrymetrics.csv;
    exports org.industrymetrics.json;
    exports org.industrymetrics.html;
    exports org.industrymetrics.io.internal to org.industrymetrics.spark;

    requires transitive org.industrymetrics;
    // MetricsModule is a Jackson Module; the JSON readers take a JsonParser
    requires transitive com.fasterxml.jackson.databind;

    provides com.fasterxml.jackson.databind.Module with org.industrymetrics.json.MetricsModule;
}
