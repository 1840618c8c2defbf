package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library as a modular application meets it: a consumer module is compiled with {@code javac}
 * against the library's modules (module-info.java) and run with {@code java --module-path}, in a JVM
 * of its own. It proves that the exported packages are enough for everyday use (method references,
 * reading a dataset folder, the checks, Jackson through {@code findAndRegisterModules()}, the testkit's
 * jqwik services), and that the internals are neither visible to the compiler nor open to reflection.
 *
 * <p>The module path is made of the explicit modules on this test's class path: the library modules
 * (their {@code target/classes} or jars) and their dependencies, all of which have module descriptors.
 */
class ModulePathConsumerTest {

    private static final String MODULE_INFO = """
            module com.example.consumer {
                requires org.industrymetrics.io;
                requires org.industrymetrics.extract;
                requires org.industrymetrics.testkit;
                uses net.jqwik.api.providers.ArbitraryProvider;
                uses com.fasterxml.jackson.databind.Module;
            }
            """;

    private static final String MAIN = """
            package com.example.consumer;

            import com.fasterxml.jackson.databind.ObjectMapper;
            import java.lang.reflect.InaccessibleObjectException;
            import java.nio.file.Path;
            import java.util.List;
            import java.util.ServiceLoader;
            import java.util.stream.Collectors;
            import org.industrymetrics.check.Checker;
            import org.industrymetrics.check.Report;
            import org.industrymetrics.io.files.DatasetFiles;
            import org.industrymetrics.quantity.Energy;
            import org.industrymetrics.quantity.Quantity;

            public final class Main {
                public static void main(String[] args) throws Exception {
                    List<Quantity> capacities = List.of(Quantity.parse("20 GWh"), Quantity.parse("1.5 GWh"));
                    System.out.println("sum " + capacities.stream().reduce(Quantity::plus).orElseThrow());
                    System.out.println("energy " + capacities.stream().map(Energy::from).reduce(Energy::plus).orElseThrow());
                    System.out.println("module " + Quantity.class.getModule().getName());

                    DatasetFiles.Contents read = DatasetFiles.read(Path.of(args[0]));
                    System.out.println("observations " + read.dataset().observations().size());
                    Report report = Checker.check(read.dataset());
                    System.out.println("findings " + (report.findings().size() > 0));

                    ObjectMapper registered = new ObjectMapper().findAndRegisterModules();
                    System.out.println("modules " + registered.getRegisteredModuleIds());
                    System.out.println("report round trip " + report.equals(
                            registered.readValue(registered.writeValueAsString(report), Report.class)));
                    ObjectMapper plain = new ObjectMapper();
                    System.out.println("plain " + plain.writeValueAsString(Quantity.parse("20 GWh")));
                    System.out.println("plain read " + plain.readValue("\\"20 GWh\\"", Quantity.class));

                    System.out.println("providers " + ServiceLoader.load(net.jqwik.api.providers.ArbitraryProvider.class)
                            .stream().map(p -> p.type().getName()).sorted().collect(Collectors.toList()));

                    Class<?> internal = Class.forName(args[1]);
                    System.out.println("internal exported " + internal.getModule().isExported(internal.getPackageName()));
                    try {
                        internal.getDeclaredConstructors()[0].setAccessible(true);
                        System.out.println("internal open");
                    } catch (InaccessibleObjectException e) {
                        System.out.println("internal closed");
                    }
                }
            }
            """;

    /** Uses a core internal package: must not compile against the module. */
    private static final String USES_INTERNAL = """
            package com.example.consumer;

            public final class Sneaky {
                static Class<?> internal() {
                    return %s.class;
                }
            }
            """;

    private static final List<String> LIBRARY_MODULES = List.of("org.industrymetrics", "org.industrymetrics.io",
            "org.industrymetrics.extract", "org.industrymetrics.testkit");

    private static String modulePath;
    private static String internalClass;
    private static final List<ModuleDescriptor> LIBRARY = new ArrayList<>();

    @BeforeAll
    static void findModules() throws IOException {
        List<String> entries = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (Files.isDirectory(p) && !Files.exists(p.resolve("module-info.class"))) {
                continue; // test classes, examples' own classes: not modules
            }
            try {
                for (ModuleReference m : ModuleFinder.of(p).findAll()) {
                    if (!m.descriptor().isAutomatic() && names.add(m.descriptor().name())) {
                        entries.add(entry);
                    }
                }
            } catch (FindException e) {
                // a jar whose name gives no valid automatic module name: not needed here
            }
        }
        assertTrue(names.containsAll(LIBRARY_MODULES), names.toString());
        modulePath = String.join(File.pathSeparator, entries);
        ModuleFinder finder = ModuleFinder.of(entries.stream().map(Path::of).toArray(Path[]::new));
        LIBRARY_MODULES.forEach(name -> LIBRARY.add(finder.find(name).orElseThrow().descriptor()));
        // a real internal class of metrics-core, found from the module itself
        ModuleReference core = ModuleFinder.of(entries.stream().map(Path::of).toArray(Path[]::new))
                .find("org.industrymetrics").orElseThrow();
        try (var reader = core.open()) {
            internalClass = reader.list().filter(n -> n.startsWith("org/industrymetrics/internal/") && n.endsWith(".class")
                    && !n.contains("$") && !n.endsWith("package-info.class")).findFirst().orElseThrow()
                    .replace(".class", "").replace('/', '.');
        }
        assertFalse(core.descriptor().exports().stream().anyMatch(e -> e.source().endsWith(".internal")),
                core.descriptor().exports().toString());
    }

    @Test
    void test_everyApiPackage_isExported_andNoInternalOne() {
        for (ModuleDescriptor module : LIBRARY) {
            Set<String> api = new TreeSet<>();
            Set<String> internal = new TreeSet<>();
            for (String p : module.packages()) {
                (p.endsWith(".internal") || p.contains(".internal.") ? internal : api).add(p);
            }
            Set<String> exported = new TreeSet<>();
            for (ModuleDescriptor.Exports e : module.exports()) {
                if (!e.isQualified()) {
                    exported.add(e.source());
                } else {
                    assertTrue(internal.contains(e.source()), "a qualified export is of an internal package: " + e);
                }
            }
            // a new API package fails here until module-info.java exports it
            assertEquals(api, exported, module.name() + ": the exported packages are its API packages");
        }
    }

    private static Path write(Path dir, String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Compiles {@code files} against the library's modules; javac's messages go to {@code messages}. */
    private static int javac(Path classes, ByteArrayOutputStream messages, Path... files) {
        List<String> args = new ArrayList<>(List.of("--release", "17", "--module-path", modulePath, "-d", classes.toString()));
        for (Path f : files) {
            args.add(f.toString());
        }
        return ToolProvider.getSystemJavaCompiler().run(null, messages, messages, args.toArray(String[]::new));
    }

    @Test
    void test_consumerModule_compilesAndRuns_onTheModulePath(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src");
        Path classes = dir.resolve("classes");
        Path info = write(src, "module-info.java", MODULE_INFO);
        Path main = write(src, "com/example/consumer/Main.java", MAIN);
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        assertEquals(0, javac(classes, messages, info, main), messages.toString(StandardCharsets.UTF_8));

        Path seed = Path.of("src/main/resources/org/industrymetrics/examples/seed").toAbsolutePath();
        Path output = dir.resolve("out.txt");
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath + File.pathSeparator + classes,
                "--module", "com.example.consumer/com.example.consumer.Main", seed.toString(), internalClass)
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertTrue(java.waitFor(2, TimeUnit.MINUTES), "the consumer finishes");
        String out = Files.readString(output);
        assertEquals(0, java.exitValue(), out);
        List<String> lines = out.lines().collect(Collectors.toList());
        assertTrue(lines.contains("sum 21.5 GWh"), out);
        assertTrue(lines.contains("energy 21.5 GWh"), out);
        assertTrue(lines.contains("module org.industrymetrics"), out);
        assertTrue(lines.stream().anyMatch(l -> l.matches("observations [1-9][0-9]*")), out);
        assertTrue(lines.contains("findings true"), out);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("modules [") && l.contains("industry-metrics")), out);
        assertTrue(lines.contains("report round trip true"), out);
        assertTrue(lines.contains("plain \"20 GWh\""), out);
        assertTrue(lines.contains("plain read 20 GWh"), out);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("providers [") && l.contains("org.industrymetrics.testkit.")), out);
        assertTrue(lines.contains("internal exported false"), out);
        assertTrue(lines.contains("internal closed"), out);
    }

    @Test
    void test_internalPackages_doNotCompile_fromAConsumerModule(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src");
        Path info = write(src, "module-info.java", MODULE_INFO);
        Path sneaky = write(src, "com/example/consumer/Sneaky.java", String.format(USES_INTERNAL, internalClass));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = javac(dir.resolve("classes"), err, info, sneaky);
        String messages = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, rc, messages);
        assertTrue(messages.contains("is not visible") || messages.contains("does not export"), messages);
    }
}
