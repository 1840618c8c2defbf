package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Starts the JDK's real {@code jshell} with the library on the class path, types {@code q.} and a
 * tab after a {@code Quantity q}, and checks that the completion offers {@code plus(} and
 * {@code to(}: it offered only {@code getClass()}, {@code notify()}, ... while the methods were
 * declared in a package-private class. JShell completes only on a terminal, so the process runs under
 * {@code script(1)}, which gives it a pseudo-terminal.
 */
class JShellCompletionTest {

    private static final long LIMIT_SECONDS = 180;

    @Test
    void test_jshellCompletion_onAQuantity_offersPlusAndTo() throws Exception {
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        Path script = Path.of("/usr/bin/script");
        assumeTrue(Files.isExecutable(jshell) && Files.isExecutable(script),
                "needs the JDK's jshell and script(1) (util-linux), as on the CI machine");
        String classPath = System.getProperty("java.class.path");
        // a pseudo-terminal starts with no size, on which JLine draws the prompt as ">....": give it one
        String command = "stty cols 200 rows 50; exec '" + jshell + "' --no-startup --class-path '" + classPath + "'";
        ProcessBuilder pb = new ProcessBuilder(script.toString(), "-qfec", command, "/dev/null").redirectErrorStream(true);
        pb.environment().put("TERM", "xterm");
        Process p = pb.start();
        Output out = new Output();
        Thread reader = new Thread(() -> out.copy(p.getInputStream()));
        reader.setDaemon(true);
        reader.start();
        try (OutputStream in = p.getOutputStream()) {
            waitFor(out, "Welcome to JShell", p);
            type(in, "var q = org.industrymetrics.quantity.Quantity.parse(\"20 GWh\")\r");
            waitFor(out, "q ==> 20 GWh", p);
            int from = out.length();
            type(in, "q.\t");
            waitFor(out, "plus(", p);
            String completion = out.from(from);
            assertTrue(completion.contains("plus(") && completion.contains("to("), completion);
            type(in, "\u0003/exit\r");
        } finally {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private static void type(OutputStream in, String keys) throws IOException {
        in.write(keys.getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /**
     * Waits until {@code out} contains {@code text}: a blocking get with a timeout on a future the reader
     * completes (or fails at the end of the output); fails with what JShell printed if it never does.
     */
    private static void waitFor(Output out, String text, Process p) throws InterruptedException {
        try {
            out.when(text).get(LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            p.destroyForcibly();
            throw new AssertionError("jshell never printed \"" + text + "\" (" + e + "); it printed:\n" + out.from(0));
        }
    }

    /** JShell's output as it arrives, and the one text a test waits for. */
    private static final class Output {
        private final StringBuilder text = new StringBuilder();
        private String awaited;
        private CompletableFuture<Void> found;
        private boolean ended;

        synchronized int length() {
            return text.length();
        }

        synchronized String from(int index) {
            return text.substring(index);
        }

        synchronized CompletableFuture<Void> when(String wanted) {
            awaited = wanted;
            found = new CompletableFuture<>();
            settle();
            return found;
        }

        private void settle() {
            if (found == null) {
                return;
            }
            if (text.indexOf(awaited) >= 0) {
                found.complete(null);
            } else if (ended) {
                found.completeExceptionally(new IOException("the output ended"));
            }
        }

        void copy(InputStream from) {
            byte[] buf = new byte[4096];
            try {
                for (int n; (n = from.read(buf)) > 0;) {
                    synchronized (this) {
                        text.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                        settle();
                    }
                }
            } catch (IOException e) {
                synchronized (this) {
                    text.append("\n[reading jshell's output failed: ").append(e).append(']');
                }
            }
            synchronized (this) {
                ended = true;
                settle();
            }
        }
    }
}
