package org.industrymetrics.csv;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The thread pool of the tests that read in parts: started before a test class's tests, shut down
 * after them (register it as a static field with {@code @RegisterExtension}). Three threads, more
 * than the parts of most cases, so that parts really run at the same time.
 */
final class PartsPool implements BeforeAllCallback, AfterAllCallback {

    private ExecutorService pool;

    /** {@return the running pool} */
    ExecutorService get() {
        return pool;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        pool = Executors.newFixedThreadPool(3);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        pool.shutdown();
    }
}
