package org.industrymetrics.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.tool.JavaShellToolBuilder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the {@code jshell} blocks of {@code README.md} and of every page of {@code docs/tour/}
 * through the real JShell tool ({@code jdk.jshell.tool}, the program behind the {@code jshell}
 * command), each page one session started with the arguments of the README's {@code jshell}
 * command, and compares what the tool prints after each snippet with what the page shows. So a page
 * shows exactly what an interactive {@code jshell} prints: {@code $1} for the first expression of a
 * page, long values abbreviated as JShell abbreviates them.
 * <p>
 * A block holds lines {@code jshell> source} (continued by lines {@code   ...> more}), each followed
 * by what JShell prints for it. After an exception's first line ({@code |  Exception ...}) a page
 * may leave out the stack frames. Run with {@code -Ddocs.update=true} to write what JShell prints
 * into the pages (then read the diff).
 */
class ReadmeSnippetsTest {

    private static final Path ROOT = findRoot();
    private static final String MARK = "@@jshell-doc-prompt@@";
    private static final Pattern FRAME = Pattern.compile("^\\|\\s+(at |\\.\\.\\. \\d+ more)|^\\|  Caused by: ");

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

    /** One snippet: its source and the output the page shows for it, with the lines it spans. */
    record Snippet_(int line, List<String> source, List<String> expected, int outputFrom, int outputTo) {
    }

    static List<Snippet_> snippets(List<String> page) {
        List<Snippet_> result = new ArrayList<>();
        boolean inBlock = false;
        List<String> source = null;
        List<String> expected = null;
        int start = 0;
        int outFrom = 0;
        for (int i = 0; i < page.size(); i++) {
            String line = page.get(i);
            if (!inBlock) {
                inBlock = line.strip().equals("```jshell");
                continue;
            }
            boolean end = line.strip().equals("```");
            if (end || line.startsWith("jshell> ")) {
                if (source != null) {
                    result.add(new Snippet_(start, source, expected, outFrom, i));
                    source = null;
                }
                if (end) {
                    inBlock = false;
                    continue;
                }
                source = new ArrayList<>(List.of(line.substring("jshell> ".length())));
                expected = new ArrayList<>();
                start = i + 1;
                outFrom = i + 1;
            } else if (line.startsWith("   ...> ") && source != null && expected.isEmpty()) {
                source.add(line.substring("   ...> ".length()));
                outFrom = i + 1;
            } else if (source != null) {
                expected.add(line);
            }
        }
        return result;
    }

    /** README.md and the tour pages, each a session. */
    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(ROOT.resolve("README.md"));
        try (Stream<Path> tour = Files.list(ROOT.resolve("docs/tour"))) {
            tour.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** The arguments of the README's {@code jshell} command (in a {@code sh} block), as a user types them. */
    static List<String> jshellArguments() throws IOException {
        for (String line : Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("jshell ")) {
                List<String> args = new ArrayList<>(List.of(line.substring("jshell ".length()).strip().split("\\s+")));
                for (int i = 0; i < args.size(); i++) {
                    if (args.get(i).equals("--class-path")) {
                        // the jar of the first set-up command holds exactly this test's class path
                        args.set(i + 1, System.getProperty("java.class.path"));
                    } else if (args.get(i).endsWith(".jsh")) {
                        args.set(i, ROOT.resolve(args.get(i)).toString());
                    }
                }
                return args;
            }
        }
        throw new AssertionError("README.md shows no jshell command");
    }

    @TestFactory
    Stream<DynamicTest> test_pages_printWhatJShellPrints() throws IOException {
        List<String> args = jshellArguments();
        assertTrue(args.contains("--startup"), "the README starts JShell with --startup, so snippets number from $1: " + args);
        return pages().stream().map(page -> DynamicTest.dynamicTest(ROOT.relativize(page).toString(), () -> check(page, args)));
    }

    private static void check(Path page, List<String> args) throws IOException {
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        List<Snippet_> snippets = snippets(lines);
        if (snippets.isEmpty()) {
            return;
        }
        List<List<String>> printed = run(snippets, args);
        List<String> failures = new ArrayList<>();
        List<String> updated = new ArrayList<>(lines);
        for (int i = snippets.size() - 1; i >= 0; i--) {
            Snippet_ s = snippets.get(i);
            List<String> got = printed.get(i);
            List<String> want = trim(s.expected());
            if (!matches(want, got)) {
                failures.add(0, ROOT.relativize(page) + ":" + s.line() + ": jshell> " + String.join("\n   ...> ", s.source())
                        + "\n  the page shows:\n    " + String.join("\n    ", want) + "\n  jshell prints:\n    "
                        + String.join("\n    ", got));
                List<String> replacement = new ArrayList<>(withoutFrames(got));
                int shown = s.expected().size();
                while (shown > 0 && s.expected().get(shown - 1).isBlank()) {
                    shown--; // keep the blank lines between snippets
                }
                updated.subList(s.outputFrom(), s.outputFrom() + shown).clear();
                updated.addAll(s.outputFrom(), replacement);
            }
        }
        // README.md is generated: its snippets are corrected in docs/readme/front.md by hand
        if (!failures.isEmpty() && Boolean.getBoolean("docs.update") && !page.endsWith("README.md")) {
            Files.write(page, updated, StandardCharsets.UTF_8);
        }
        assertEquals("", String.join("\n\n", failures), failures.size() + " snippet(s) of " + ROOT.relativize(page) + " differ");
    }

    /** Whether the page's lines are what JShell printed, stack frames after an exception optional. */
    static boolean matches(List<String> want, List<String> got) {
        return want.equals(got) || want.equals(withoutFrames(got));
    }

    private static List<String> withoutFrames(List<String> lines) {
        return lines.stream().filter(l -> !FRAME.matcher(l).find()).collect(Collectors.toList());
    }

    /** Feeds the snippets to one JShell tool session; returns what it printed after each. */
    static List<List<String>> run(List<Snippet_> snippets, List<String> args) {
        StringBuilder input = new StringBuilder();
        // a feedback mode exactly like "normal" but for its prompt, which marks where each snippet's output begins
        input.append("/set mode doc normal -quiet\n/set prompt doc \"\\n").append(MARK).append("\\n\" \"\"\n/set feedback doc\n");
        for (Snippet_ s : snippets) {
            for (String l : s.source()) {
                input.append(l).append('\n');
            }
        }
        input.append("/exit\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        try {
            JavaShellToolBuilder.builder().in(new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)), null)
                    .out(ps).err(ps).run(args.toArray(String[]::new));
        } catch (Exception e) {
            throw new AssertionError("jshell failed: " + e, e);
        }
        String text = out.toString(StandardCharsets.UTF_8).replace("\r", "");
        String[] segments = text.split("\n" + Pattern.quote(MARK) + "\n", -1);
        // segments[0]: the welcome and the mode commands; then one per snippet: its echoed source, then its output
        assertTrue(segments.length >= snippets.size() + 1, "jshell printed " + (segments.length - 1)
                + " prompts for " + snippets.size() + " snippets:\n" + text);
        List<List<String>> result = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            List<String> seg = new ArrayList<>(List.of(segments[i + 1].split("\n", -1)));
            int echoed = snippets.get(i).source().size();
            assertFalse(seg.size() < echoed, "jshell did not echo " + snippets.get(i).source());
            result.add(trim(seg.subList(echoed, seg.size())));
        }
        return result;
    }

    private static List<String> trim(List<String> lines) {
        List<String> result = lines.stream().map(String::stripTrailing).collect(Collectors.toList());
        while (!result.isEmpty() && result.get(result.size() - 1).isEmpty()) {
            result.remove(result.size() - 1);
        }
        while (!result.isEmpty() && result.get(0).isEmpty()) {
            result.remove(0);
        }
        return result;
    }

    @Test
    void test_readme_isAFrontPage() throws IOException {
        List<String> readme = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.size() >= 150 && readme.size() <= 250, "README.md has " + readme.size()
                + " lines; the front page keeps to 150-250: details belong on a tour page");
        String text = String.join("\n", readme);
        assertTrue(text.contains("mvn -B -ntp -DskipTests package && java -jar examples/target/metrics.jar"), "first set-up command");
        assertTrue(text.contains("mvn -B -ntp verify"), "test command");
        try (Stream<Path> tour = Files.list(ROOT.resolve("docs/tour"))) {
            for (Path p : (Iterable<Path>) tour.filter(p -> p.toString().endsWith(".md"))::iterator) {
                assertTrue(text.contains("(docs/tour/" + p.getFileName() + ")"), "README links " + p.getFileName());
            }
        }
        Matcher m = Pattern.compile("\\]\\(((?!https?:)[^)#]+)").matcher(text);
        while (m.find()) {
            assertTrue(Files.exists(ROOT.resolve(m.group(1))), "README links a file that exists: " + m.group(1));
        }
    }
}
