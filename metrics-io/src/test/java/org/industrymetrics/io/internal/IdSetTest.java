package org.industrymetrics.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class IdSetTest {

    @Test
    void test_repeats_eachWithTheFirstPlace_inTheOrderAdded() {
        IdSet ids = new IdSet();
        ids.add("a", 0, 2);
        ids.add("b", 0, 3);
        ids.add("c", 1, 2);
        ids.add("a", 1, 3);
        ids.add("b", 1, 4);
        ids.add("a", 1, 5);
        assertEquals(6, ids.size());
        assertEquals(List.of(new IdSet.Repeat("a", 1, 3, 0, 2), new IdSet.Repeat("b", 1, 4, 0, 3),
                new IdSet.Repeat("a", 1, 5, 0, 2)), ids.repeats());
    }

    @Test
    void test_repeats_sameHashOtherId_notARepeat() {
        // "Aa" and "BB" have the same String hash, and so have their concatenations
        IdSet ids = new IdSet();
        for (String id : List.of("AaAa", "AaBB", "BBAa", "BBBB", "AaBB", "Aa", "BB")) {
            ids.add(id, 0, ids.size() + 2);
        }
        assertEquals(List.of(new IdSet.Repeat("AaBB", 0, 6, 0, 3)), ids.repeats());
    }

    @Test
    void test_repeats_none_empty() {
        IdSet ids = new IdSet();
        assertEquals(List.of(), ids.repeats());
        for (int i = 0; i < 5000; i++) {
            ids.add("o" + i, 0, i + 2);
        }
        assertEquals(List.of(), ids.repeats());
        ids.add("", 0, 5002);
        ids.add("", 0, 5003);
        assertEquals(List.of(new IdSet.Repeat("", 0, 5003, 0, 5002)), ids.repeats());
    }

    @Test
    void test_addAll_findsRepeatsAcrossParts() {
        IdSet first = new IdSet();
        first.add("a", 0, 2);
        first.add("b", 0, 3);
        IdSet second = new IdSet();
        second.add("c", 0, 4);
        second.add("a", 0, 5);
        second.add("c", 0, 6);
        assertEquals(List.of(new IdSet.Repeat("c", 0, 6, 0, 4)), second.repeats());
        first.addAll(second);
        assertEquals(5, first.size());
        assertEquals(List.of(new IdSet.Repeat("a", 0, 5, 0, 2), new IdSet.Repeat("c", 0, 6, 0, 4)), first.repeats());
        assertEquals(3, second.size());
    }

    /** The repeats are those a map of first places finds, in the same order. */
    @Property(tries = 200)
    void sameRepeatsAsAMap(@ForAll @Size(max = 300) List<@IntRange(max = 60) Integer> picks) {
        IdSet ids = new IdSet();
        Map<String, Integer> first = new HashMap<>();
        List<IdSet.Repeat> expected = new ArrayList<>();
        for (int line = 0; line < picks.size(); line++) {
            String id = "id-" + picks.get(line);
            ids.add(id, line % 3, line);
            Integer at = first.putIfAbsent(id, line);
            if (at != null) {
                expected.add(new IdSet.Repeat(id, line % 3, line, at % 3, at));
            }
        }
        assertEquals(expected, ids.repeats());
    }
}
