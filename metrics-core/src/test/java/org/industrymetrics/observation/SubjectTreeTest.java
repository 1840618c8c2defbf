package org.industrymetrics.observation;

import static org.industrymetrics.observation.SubjectTree.Overlap.DISJOINT;
import static org.industrymetrics.observation.SubjectTree.Overlap.OVERLAPPING;
import static org.industrymetrics.observation.SubjectTree.Overlap.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectTreeTest {

    /**
     * CN ─┬─ CN-SC ─┬─ CN-SC-YB ── YB-Sanjiang
     *     │         └─ CN-SC-CD
     *     └─ CN-CQ ──── CN-CQ-BS
     * CATL ── CATL.Yibin          (a second tree)
     */
    private static final SubjectTree TREE = Dataset.builder()
            .addSubject(Subject.of("CN", null))
            .addSubject(Subject.of("CN-SC", "CN"))
            .addSubject(Subject.of("CN-CQ", "CN"))
            .addSubject(Subject.of("CN-SC-YB", "CN-SC"))
            .addSubject(Subject.of("CN-SC-CD", "CN-SC"))
            .addSubject(Subject.of("YB-Sanjiang", "CN-SC-YB"))
            .addSubject(Subject.of("CN-CQ-BS", "CN-CQ"))
            .addSubject(Subject.of("CATL", null))
            .addSubject(Subject.of("CATL.Yibin", "CATL"))
            .build()
            .subjectTree();

    @ParameterizedTest
    @CsvSource({
        // siblings and cousins are disjoint
        "CN-SC, CN-CQ, DISJOINT",
        "CN-SC-YB, CN-SC-CD, DISJOINT",
        "CN-SC-YB, CN-CQ-BS, DISJOINT",
        "YB-Sanjiang, CN-CQ, DISJOINT",
        "YB-Sanjiang, CN-SC-CD, DISJOINT",
        // ancestor and descendant overlap, and a subject overlaps itself
        "CN, CN-SC, OVERLAPPING",
        "CN-SC, CN, OVERLAPPING",
        "CN, YB-Sanjiang, OVERLAPPING",
        "CN-SC, CN-SC, OVERLAPPING",
        "Atlantis, Atlantis, OVERLAPPING",
        // different trees, or not in the table: unknown
        "CATL, CN, UNKNOWN",
        "CATL.Yibin, CN-SC-YB, UNKNOWN",
        "Atlantis, CN, UNKNOWN",
        "Atlantis, CN-SC, UNKNOWN",
        "CN-SC, Atlantis, UNKNOWN"})
    void test_overlap(String a, String b, SubjectTree.Overlap expected) {
        assertEquals(expected, TREE.overlap(a, b));
        assertEquals(expected, TREE.overlap(b, a), "symmetric");
        assertEquals(expected, TREE.overlap(SubjectRef.of(a), SubjectRef.of(b)));
    }

    @ParameterizedTest
    @CsvSource({
        "CN-SC+CN-CQ, CN, OVERLAPPING",
        "CN-SC+CN-CQ, CN-SC-YB, OVERLAPPING",
        "CN-SC-YB+CN-SC-CD, CN-CQ, DISJOINT",
        "CN-SC-YB+CN-SC-CD, CN-CQ-BS+YB-Sanjiang, OVERLAPPING",
        "CN-SC-YB+CN-CQ, CN-SC-CD+CN-CQ-BS, OVERLAPPING",
        "CN-SC-YB+CN-SC-CD, CN-CQ+CATL, UNKNOWN",
        "CN-SC-CD+CATL, CN-CQ-BS, UNKNOWN"})
    void test_overlap_unions(String a, String b, SubjectTree.Overlap expected) {
        assertEquals(expected, TREE.overlap(SubjectRef.parse(a), SubjectRef.parse(b)));
        assertEquals(expected, TREE.overlap(SubjectRef.parse(b), SubjectRef.parse(a)));
    }

    @Test
    void test_isDisjointUnion() {
        assertTrue(TREE.isDisjointUnion(SubjectRef.parse("CN-SC+CN-CQ")));
        assertTrue(TREE.isDisjointUnion(SubjectRef.parse("CN-SC-YB+CN-SC-CD+CN-CQ")));
        assertFalse(TREE.isDisjointUnion(SubjectRef.parse("CN-SC+CN-SC-YB")));
        assertFalse(TREE.isDisjointUnion(SubjectRef.parse("CN-SC+CATL")));
        assertTrue(TREE.isDisjointUnion(SubjectRef.of("CN")), "a single subject is trivially a disjoint union");
    }

    @Test
    void test_ancestors() {
        assertEquals(List.of("CN-SC-YB", "CN-SC", "CN"), TREE.ancestors("YB-Sanjiang"));
        assertEquals(List.of(), TREE.ancestors("CN"));
        assertEquals(List.of(), TREE.ancestors("Atlantis"));
        assertTrue(TREE.isAncestorOrSelf("CN", "YB-Sanjiang"));
        assertTrue(TREE.isAncestorOrSelf("CN-SC", "CN-SC"));
        assertFalse(TREE.isAncestorOrSelf("YB-Sanjiang", "CN"));
    }

    @Test
    void test_children() {
        assertEquals(List.of("CN-SC", "CN-CQ"), TREE.children("CN").stream().map(Subject::id).collect(Collectors.toList()));
        assertEquals(List.of(), TREE.children("CN-CQ-BS"));
        assertEquals("CN", TREE.subject("CN-SC").orElseThrow().parent().orElseThrow());
        assertTrue(TREE.subject("Atlantis").isEmpty());
    }
}
