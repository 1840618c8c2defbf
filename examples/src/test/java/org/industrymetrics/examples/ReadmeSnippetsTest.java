package org.industrymetrics.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;
import org.junit.jupiter.api.Test;

/**
 * Runs every {@code jshell} block of the README through the jdk.jshell API, after the start-up
 * script of {@code examples/jshell/startup.jsh}, and compares what each snippet prints with what
 * the README shows, so the README cannot go stale.
 * <p>
 * A block holds lines {@code jshell> source} (continued by lines {@code   ...> more}), each
 * followed by the output JShell shows: {@code $1 ==> value}, {@code name ==> value}, printed text,
 * or {@code |  Exception class: message} for a thrown exception (first line only). Snippet numbers
 * ({@code $12}) are compared as {@code $N}.
 */
class ReadmeSnippetsTest {

    private static final Path ROOT = findRoot();

    static Path findRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("README.md"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("no README.md above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    /** One snippet: its source and the output the README shows for it. */
    record Snippet_(int line, String source, List<String> expected) {
    }

    static List<Snippet_> snippets(List<String> readme) {
        List<Snippet_> result = new ArrayList<>();
        boolean inBlock = false;
        StringBuilder source = null;
        List<String> expected = null;
        int start = 0;
        for (int i = 0; i < readme.size(); i++) {
            String line = readme.get(i);
            if (!inBlock) {
                inBlock = line.strip().equals("```jshell");
                continue;
            }
            boolean end = line.strip().equals("```");
            if (end || line.startsWith("jshell> ")) {
                if (source != null) {
                    result.add(new Snippet_(start, source.toString(), expected));
                    source = null;
                }
                if (end) {
                    inBlock = false;
                    continue;
                }
                source = new StringBuilder(line.substring("jshell> ".length()));
                expected = new ArrayList<>();
                start = i + 1;
            } else if (line.startsWith("   ...> ") && source != null && expected.isEmpty()) {
                source.append('\n').append(line.substring("   ...> ".length()));
            } else if (source != null) {
                expected.add(line);
            }
        }
        return result;
    }

    @Test
    void test_readme_snippetsPrintWhatTheReadmeShows() throws IOException {
        List<String> readme = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        List<Snippet_> snippets = snippets(readme);
        assertFalse(snippets.isEmpty(), "the README has jshell blocks");
        PrintStream realOut = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
        List<String> failures = new ArrayList<>();
        try (JShell shell = JShell.builder().executionEngine("local").out(capture).err(capture).build()) {
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                shell.addToClasspath(entry);
            }
            for (String line : Files.readAllLines(ROOT.resolve("examples/jshell/startup.jsh"), StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.strip().startsWith("//")) {
                    List<String> out = eval(shell, line, capture, printed);
                    if (out.stream().anyMatch(l -> l.startsWith("|  Error") || l.startsWith("|  Exception"))) {
                        fail("startup line failed: " + line + "\n" + String.join("\n", out));
                    }
                }
            }
            for (Snippet_ s : snippets) {
                List<String> actual = eval(shell, s.source(), capture, printed);
                List<String> want = normalize(s.expected());
                List<String> got = normalize(actual);
                if (!want.equals(got)) {
                    failures.add("README.md:" + s.line() + ": jshell> " + s.source() + "\n  README shows:\n    "
                            + String.join("\n    ", want) + "\n  JShell prints:\n    " + String.join("\n    ", got));
                }
            }
        } finally {
            System.setOut(realOut);
        }
        assertEquals("", String.join("\n\n", failures), failures.size() + " README snippet(s) differ");
    }

    private static List<String> eval(JShell shell, String source, PrintStream capture, ByteArrayOutputStream printed) {
        List<String> out = new ArrayList<>();
        PrintStream realOut = System.out;
        System.setOut(capture);
        printed.reset();
        List<SnippetEvent> events;
        String remaining = source;
        events = new ArrayList<>();
        try {
            while (!remaining.isBlank()) {
                var info = shell.sourceCodeAnalysis().analyzeCompletion(remaining);
                events.addAll(shell.eval(info.source()));
                remaining = info.remaining();
            }
        } finally {
            System.setOut(realOut);
        }
        capture.flush();
        String text = printed.toString(StandardCharsets.UTF_8);
        if (!text.isEmpty()) {
            out.addAll(text.lines().collect(Collectors.toList()));
        }
        for (SnippetEvent e : events) {
            if (e.causeSnippet() != null) {
                continue;
            }
            if (e.status() == Snippet.Status.REJECTED) {
                List<Diag> diags = shell.diagnostics(e.snippet()).collect(Collectors.toList());
                for (Diag d : diags) {
                    out.add("|  Error: " + d.getMessage(null));
                }
                continue;
            }
            if (e.exception() != null) {
                Throwable t = e.exception();
                String name = t instanceof EvalException ? ((EvalException) t).getExceptionClassName() : t.getClass().getName();
                out.add("|  Exception " + name + ": " + t.getMessage());
                continue;
            }
            if (e.value() != null && e.snippet() instanceof VarSnippet) {
                String value = e.value();
                List<String> lines = value.lines().collect(Collectors.toList());
                String first = ((VarSnippet) e.snippet()).name() + " ==> " + (lines.isEmpty() ? "" : lines.get(0));
                out.add(first);
                out.addAll(lines.subList(Math.min(1, lines.size()), lines.size()));
            } else if (e.value() != null && e.snippet().kind() == Snippet.Kind.EXPRESSION) {
                out.add(e.snippet().source().strip() + " ==> " + e.value());
            }
        }
        return out;
    }

    private static List<String> normalize(List<String> lines) {
        List<String> result = new ArrayList<>();
        for (String l : lines) {
            result.add(l.stripTrailing().replaceAll("^\\$\\d+ ==>", "\\$N ==>"));
        }
        while (!result.isEmpty() && result.get(result.size() - 1).isEmpty()) {
            result.remove(result.size() - 1);
        }
        return result;
    }
}
