package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The publishing shape a consumer relies on: {@code metrics-bom} has the project's version and lists
 * every published module (a new library module fails this test until it is added), and every
 * published module ships a sources and a javadoc jar, with licence, scm and developers inherited.
 */
class BomTest {

    private static final Path ROOT = findRoot();

    private static Path findRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("metrics-bom/pom.xml"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("no metrics-bom/pom.xml above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    private static Element pom(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document d = f.newDocumentBuilder().parse(file.toFile());
        return d.getDocumentElement();
    }

    private static Element child(Element e, String name) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && n.getNodeName().equals(name)) {
                return (Element) n;
            }
        }
        return null;
    }

    private static String text(Element e, String name) {
        Element c = child(e, name);
        return c == null ? null : c.getTextContent().strip();
    }

    private static List<String> texts(Element e, String list, String item) {
        List<String> result = new ArrayList<>();
        Element l = child(e, list);
        if (l != null) {
            NodeList items = l.getElementsByTagName(item);
            for (int i = 0; i < items.getLength(); i++) {
                result.add(items.item(i).getTextContent().strip());
            }
        }
        return result;
    }

    private static boolean property(Element pom, String name) {
        Element props = child(pom, "properties");
        return props != null && "true".equals(text(props, name));
    }

    @Test
    void test_bom_listsEveryPublishedModule_atTheProjectVersion() throws Exception {
        Element parent = pom(ROOT.resolve("pom.xml"));
        Element bom = pom(ROOT.resolve("metrics-bom/pom.xml"));
        assertEquals(text(parent, "version"), text(bom, "version"), "metrics-bom has the project's version");
        assertEquals(text(parent, "groupId"), text(bom, "groupId"));
        assertEquals(null, child(bom, "parent"), "the BOM must not inherit the build's dependency management");
        TreeSet<String> published = new TreeSet<>();
        for (String module : texts(parent, "modules", "module")) {
            Element m = pom(ROOT.resolve(module).resolve("pom.xml"));
            String packaging = text(m, "packaging");
            if (property(m, "maven.deploy.skip") || "pom".equals(packaging)) {
                continue;
            }
            published.add(text(m, "artifactId"));
            assertFalse(property(m, "maven.source.skip") || property(m, "maven.javadoc.skip"),
                    module + " is published, so it ships a sources and a javadoc jar");
        }
        assertTrue(published.contains("metrics-core") && published.contains("metrics-io"), published.toString());
        TreeSet<String> listed = new TreeSet<>();
        Element managed = child(child(bom, "dependencyManagement"), "dependencies");
        NodeList deps = managed.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            assertEquals("${project.version}", text(d, "version"));
            listed.add(text(d, "artifactId"));
        }
        assertEquals(published, listed, "metrics-bom lists exactly the published modules");
    }

    @Test
    void test_publishedMetadata_present() throws Exception {
        for (Element pom : List.of(pom(ROOT.resolve("pom.xml")), pom(ROOT.resolve("metrics-bom/pom.xml")))) {
            assertFalse(texts(pom, "licenses", "name").isEmpty(), "licence");
            assertFalse(texts(pom, "developers", "name").isEmpty(), "developers");
            assertTrue(child(pom, "scm") != null && text(child(pom, "scm"), "url") != null, "scm");
            assertTrue(text(pom, "url") != null && text(pom, "description") != null, "url and description");
        }
    }
}
