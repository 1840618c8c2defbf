package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Public means documented: every public and protected type, method, constructor and field of a library
 * module's API packages has a comment, with {@code @param} for each parameter and {@code @return} for its
 * result. The javadoc build reports a missing tag only as a warning (the javadoc tool also warns about
 * annotations on a dependency's classes, so warnings cannot fail it); here javac's doclint
 * ({@code -Xdoclint:all/protected}) compiles each module's sources and any finding fails.
 */
class DocumentedApiTest {

    @ParameterizedTest
    @CsvSource({"metrics-core, org.industrymetrics", "metrics-io, org.industrymetrics.io",
            "metrics-testkit, org.industrymetrics.testkit", "metrics-extract, org.industrymetrics.extract"})
    void test_everyPublicMember_isDocumented(String folder, String module, @TempDir Path out) throws IOException {
        Path root = Path.of("..", folder).toAbsolutePath().normalize();
        List<String> args = new ArrayList<>(List.of("-proc:none", "-implicit:none", "--release", "17", "-Xdoclint:all/protected",
                "-Xmaxwarns", "10000", "--module-path", modulePathWithout(module), "-d", out.toString()));
        for (Path dir : List.of(root.resolve("src/main/java"), root.resolve("target/generated-sources/annotations"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
                }
            }
        }
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int rc = ToolProvider.getSystemJavaCompiler().run(null, messages, messages, args.toArray(String[]::new));
        String text = messages.toString(StandardCharsets.UTF_8);
        assertEquals(0, rc, text);
        // the findings of doclint name a source file and line; internal packages are not API
        List<String> findings = text.lines()
                .filter(l -> l.matches(".*\\.java:\\d+: (warning|error): .*"))
                .filter(l -> !l.contains(File.separator + "internal" + File.separator) && !l.contains("module not found"))
                .collect(Collectors.toList());
        assertEquals(List.of(), findings, "undocumented public API of " + folder);
        assertTrue(args.size() > 20, "sources were compiled");
    }

    /** The explicit modules of this test's class path but {@code module} (compiled here from its sources). */
    private static String modulePathWithout(String module) {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (Files.isDirectory(p) && !Files.exists(p.resolve("module-info.class"))) {
                continue;
            }
            try {
                for (ModuleReference m : ModuleFinder.of(p).findAll()) {
                    if (!m.descriptor().isAutomatic() && !m.descriptor().name().equals(module)) {
                        entries.add(entry);
                    }
                }
            } catch (FindException e) {
                // no valid module name: not needed to compile the library
            }
        }
        // Immutables, which metrics-core names with `requires static` (compile time only): examples' pom gives its jar
        entries.add(System.getProperty("immutables.jar"));
        return String.join(File.pathSeparator, entries);
    }
}
