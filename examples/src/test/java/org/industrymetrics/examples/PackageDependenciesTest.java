package org.industrymetrics.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The library's packages as the compiled classes use them (every class a class file names, not the
 * imports): no package uses a package that uses it back, directly or round a longer loop; and the
 * internal packages are used only inside their own module. Reads the class files of every module
 * on the class path (target/classes or the jars).
 */
class PackageDependenciesTest {

    /** For each library package: the library packages its classes use. */
    private static final Map<String, Set<String>> USES = new TreeMap<>();
    /** For each library package: the module (class-path root) its classes come from. */
    private static final Map<String, String> MODULE = new HashMap<>();


    @BeforeAll
    static void readClasses() throws IOException, URISyntaxException {
        Enumeration<URL> roots = PackageDependenciesTest.class.getClassLoader().getResources("org/industrymetrics");
        for (URL url : Collections.list(roots)) {
            if (url.getProtocol().equals("jar")) {
                String jar = url.getPath().substring("file:".length(), url.getPath().indexOf("!/"));
                try (FileSystem fs = FileSystems.newFileSystem(Path.of(jar))) {
                    read(fs.getPath("/org/industrymetrics"), Path.of(jar).getFileName().toString());
                }
            } else {
                Path dir = Path.of(url.toURI());
                // .../metrics-io/target/classes/org/industrymetrics: the module is the folder above target
                Path root = dir.getParent().getParent();
                if (root.endsWith("test-classes")) {
                    continue; // tests may use what they test
                }
                read(dir, root.getParent().getParent().getFileName().toString());
            }
        }
    }

    private static void read(Path dir, String module) throws IOException {
        List<Path> classes;
        try (Stream<Path> files = Files.walk(dir)) {
            classes = files.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList());
        }
        for (Path c : classes) {
            String name = c.toString().replace('\\', '/');
            name = name.substring(name.indexOf("org/industrymetrics/"));
            String pkg = name.substring(0, name.lastIndexOf('/')).replace('/', '.');
            MODULE.putIfAbsent(pkg, module);
            Set<String> uses = USES.computeIfAbsent(pkg, k -> new TreeSet<>());
            try (InputStream in = Files.newInputStream(c)) {
                for (String used : classNames(in)) {
                    if (used.startsWith("org/industrymetrics/") && used.lastIndexOf('/') > 0) {
                        String usedPkg = used.substring(0, used.lastIndexOf('/')).replace('/', '.');
                        if (!usedPkg.equals(pkg)) {
                            uses.add(usedPkg);
                        }
                    }
                }
            }
        }
    }

    /** The classes a class file names: its CONSTANT_Class entries, and the class names inside descriptors. */
    private static List<String> classNames(InputStream bytes) throws IOException {
        DataInputStream in = new DataInputStream(bytes);
        in.readInt(); // magic
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> classIndexes = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1: utf8[i] = in.readUTF(); break;
                case 7: classIndexes.add(in.readUnsignedShort()); break;
                case 8: case 16: case 19: case 20: in.readUnsignedShort(); break;
                case 3: case 4: case 9: case 10: case 11: case 12: case 17: case 18: in.readInt(); break;
                case 5: case 6: in.readLong(); i++; break;
                case 15: in.readUnsignedByte(); in.readUnsignedShort(); break;
                default: throw new IOException("unknown constant pool tag " + tag);
            }
        }
        List<String> names = new ArrayList<>();
        classIndexes.forEach(i -> names.add(utf8[i].replaceAll("^\\[*L?|;$", "")));
        for (String s : utf8) {
            // field and method descriptors, signatures: Lorg/industrymetrics/...;
            if (s != null && s.contains("Lorg/industrymetrics/")) {
                for (String part : s.split("L(?=org/industrymetrics/)")) {
                    int end = part.indexOf(';');
                    int generic = part.indexOf('<');
                    int cut = generic >= 0 && generic < end ? generic : end;
                    if (part.startsWith("org/industrymetrics/") && cut > 0) {
                        names.add(part.substring(0, cut));
                    }
                }
            }
        }
        return names;
    }

    @Test
    void test_classesWereRead() {
        assertTrue(USES.containsKey("org.industrymetrics.observation"), USES.keySet().toString());
        assertTrue(USES.containsKey("org.industrymetrics.csv"), USES.keySet().toString());
        assertTrue(USES.containsKey("org.industrymetrics.io"), USES.keySet().toString());
        assertTrue(USES.containsKey("org.industrymetrics.testkit.internal"), USES.keySet().toString());
        // the reader sees a use: csv reads dataset tables of the neutral io package
        assertTrue(USES.get("org.industrymetrics.csv").contains("org.industrymetrics.io"), USES.get("org.industrymetrics.csv").toString());
    }

    @Test
    void test_noPackageUsesAPackageThatUsesItBack() {
        // Tarjan's strongly connected components: a component of two or more packages is a loop
        List<List<String>> loops = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        List<String> stack = new ArrayList<>();
        Set<String> onStack = new TreeSet<>();
        int[] counter = {0};
        for (String p : USES.keySet()) {
            if (!index.containsKey(p)) {
                strongConnect(p, index, low, stack, onStack, counter, loops);
            }
        }
        assertEquals(List.of(), loops, "packages that use each other, round a loop");
    }

    private static void strongConnect(String p, Map<String, Integer> index, Map<String, Integer> low, List<String> stack,
            Set<String> onStack, int[] counter, List<List<String>> loops) {
        index.put(p, counter[0]);
        low.put(p, counter[0]++);
        stack.add(p);
        onStack.add(p);
        for (String q : USES.getOrDefault(p, Set.of())) {
            if (!USES.containsKey(q)) {
                continue;
            }
            if (!index.containsKey(q)) {
                strongConnect(q, index, low, stack, onStack, counter, loops);
                low.put(p, Math.min(low.get(p), low.get(q)));
            } else if (onStack.contains(q)) {
                low.put(p, Math.min(low.get(p), index.get(q)));
            }
        }
        if (low.get(p).equals(index.get(p))) {
            List<String> component = new ArrayList<>();
            String q;
            do {
                q = stack.remove(stack.size() - 1);
                onStack.remove(q);
                component.add(q);
            } while (!q.equals(p));
            if (component.size() > 1) {
                Collections.sort(component);
                loops.add(component);
            }
        }
    }

    @Test
    void test_internalPackagesAreUsedOnlyInTheirModule() {
        List<String> misuses = new ArrayList<>();
        USES.forEach((pkg, uses) -> {
            for (String used : uses) {
                boolean internal = used.endsWith(".internal") || used.contains(".internal.");
                if (internal && MODULE.containsKey(used) && !MODULE.get(used).equals(MODULE.get(pkg))) {
                    misuses.add(pkg + " (" + MODULE.get(pkg) + ") uses " + used + " (" + MODULE.get(used) + ")");
                }
            }
        });
        assertEquals(List.of(), misuses);
    }
}
