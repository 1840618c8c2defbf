package com.example.consumer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The public classes of the library's modules, read from the jars (or class folders) a consumer compiles against. */
final class LibraryClasses {

    private LibraryClasses() {
    }

    /**
     * Returns every public class (public all the way out) found where {@code anchors} were loaded
     * from, outside packages named {@code internal}.
     */
    static List<Class<?>> publicClasses(Class<?>... anchors) {
        List<Class<?>> result = new ArrayList<>();
        for (Class<?> anchor : anchors) {
            for (String name : classNames(location(anchor))) {
                if (name.contains(".internal.") || name.endsWith("module-info") || name.endsWith("package-info")) {
                    continue;
                }
                try {
                    Class<?> c = Class.forName(name, false, LibraryClasses.class.getClassLoader());
                    if (isPublic(c)) {
                        result.add(c);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return result;
    }

    static boolean isPublic(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    static Path location(Class<?> anchor) {
        try {
            return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> classNames(Path where) {
        List<String> names = new ArrayList<>();
        try {
            if (Files.isDirectory(where)) {
                try (Stream<Path> files = Files.walk(where)) {
                    files.map(p -> where.relativize(p).toString().replace('\\', '/'))
                            .filter(n -> n.endsWith(".class")).forEach(n -> names.add(toClassName(n)));
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                        String n = e.nextElement().getName();
                        if (n.endsWith(".class") && !n.startsWith("META-INF/")) {
                            names.add(toClassName(n));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static String toClassName(String file) {
        return file.substring(0, file.length() - ".class".length()).replace('/', '.');
    }
}
