package org.industrymetrics.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.industrymetrics.FigureParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectRefTest {

    @ParameterizedTest
    @CsvSource({"CN, CN", "CALB.Chengdu, CALB.Chengdu", "CN-SC+CN-CQ, CN-CQ+CN-SC", "CN-CQ+CN-SC, CN-CQ+CN-SC",
            "c+b+a, a+b+c", "B+a, B+a"})
    void test_parse_toString(String text, String canonical) {
        SubjectRef ref = SubjectRef.parse(text);
        assertEquals(canonical, ref.toString());
        assertEquals(ref, SubjectRef.parse(ref.toString()));
    }

    @Test
    void test_union_sortedParts() {
        SubjectRef u = SubjectRef.union(List.of("CN-SC", "CN-CQ"));
        assertEquals(List.of("CN-CQ", "CN-SC"), u.parts());
        assertTrue(u.isUnion());
        assertEquals(SubjectRef.parse("CN-SC+CN-CQ"), u);
        assertEquals(SubjectRef.parse("CN-CQ+CN-SC"), u);
        assertThrows(IllegalStateException.class, u::id);
        assertThrows(IllegalArgumentException.class, () -> SubjectRef.union(List.of()));
    }

    @Test
    void test_of_single() {
        SubjectRef s = SubjectRef.of("CN");
        assertFalse(s.isUnion());
        assertEquals("CN", s.id());
        assertEquals(List.of("CN"), s.parts());
        assertThrows(NullPointerException.class, () -> SubjectRef.of(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''| 0 | found an empty subject id",
        "CN+| 3 | found an empty subject id",
        "+CN| 0 | found an empty subject id",
        "CN++CQ| 3 | found an empty subject id",
        "CN SC| 2 | found white space in a subject id",
        "CN+ CQ| 3 | found white space in a subject id",
        "CN+CQ+CN| 6 | found subject \"CN\" twice in a union"})
    void test_parse_bad(String text, int index, String problem) {
        FigureParseException e = assertThrows(FigureParseException.class, () -> SubjectRef.parse(text));
        assertEquals(index, e.index());
        assertEquals(text, e.input());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void test_equalsAndOrder() {
        new EqualsTester()
                .addEqualityGroup(SubjectRef.parse("A+B"), SubjectRef.parse("B+A"), SubjectRef.union(List.of("B", "A")))
                .addEqualityGroup(SubjectRef.of("A"))
                .addEqualityGroup(SubjectRef.parse("A+B+C"))
                .testEquals();
        assertTrue(SubjectRef.of("A").compareTo(SubjectRef.parse("A+B")) < 0);
        assertTrue(SubjectRef.parse("B+A").compareTo(SubjectRef.parse("A+B")) == 0);
    }

    @Provide
    Arbitrary<List<String>> ids() {
        return Arbitraries.strings().withChars("ABCXYZabc-._0123456789").ofMinLength(1).ofMaxLength(6)
                .list().ofMinSize(1).ofMaxSize(5).uniqueElements();
    }

    @Property
    void parse_readsBackToString_inAnyOrder(@ForAll("ids") List<String> ids) {
        SubjectRef u = SubjectRef.union(ids);
        assertEquals(u, SubjectRef.parse(u.toString()));
        assertEquals(u.toString(), SubjectRef.parse(u.toString()).toString());
        List<String> reversed = new java.util.ArrayList<>(ids);
        java.util.Collections.reverse(reversed);
        assertEquals(u, SubjectRef.union(reversed));
        assertEquals(ids.size(), u.parts().size());
    }
}
