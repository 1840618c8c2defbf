/**
 * Reads figure phrases as reports print them and finds every figure in an article: a draft dataset.
 */
module org.industrymetrics.extract {
    exports org.industrymetrics.extract;

    requires transitive org.industrymetrics;
}
