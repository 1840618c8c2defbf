package org.industrymetrics.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TextCacheTest {

    private static CharSlice slice(String row, String cell) {
        int at = row.indexOf(cell);
        return new CharSlice().set(row.toCharArray(), at, at + cell.length());
    }

    @Test
    void test_get_bySliceOrString() {
        TextCache<Integer> cache = new TextCache<>(100);
        assertEquals(7, cache.put("GWh", 7));
        assertEquals(7, cache.get(slice("CN,m,2024,1,GWh,x", "GWh")));
        assertEquals(7, cache.get("GWh"));
        assertEquals(7, cache.get(new StringBuilder("GWh")));
        assertNull(cache.get(slice("CN,m,2024,1,GWhh,x", "GWhh")));
        assertNull(cache.get(slice("CN,m,2024,1,GW,x", "GW")));
        assertNull(cache.get(""));
    }

    @Test
    void test_get_sameHashOtherText_notFound() {
        // "Aa" and "BB" have the same String hash
        TextCache<String> cache = new TextCache<>(100);
        cache.put("Aa", "first");
        assertNull(cache.get(slice("x,BB,y", "BB")));
        cache.put("BB", "second");
        assertEquals("first", cache.get(slice("x,Aa,y", "Aa")));
        assertEquals("second", cache.get(slice("x,BB,y", "BB")));
    }

    @Test
    void test_put_keepsTheFirstValueOfAText() {
        TextCache<String> cache = new TextCache<>(100);
        String first = new String("m");
        cache.put(first, first);
        cache.put(new String("m"), "other");
        assertSame(first, cache.get("m"));
        assertEquals(1, cache.size());
    }

    @Test
    void test_put_full_keepsWhatItHas() {
        TextCache<Integer> cache = new TextCache<>(3);
        for (int i = 0; i < 10; i++) {
            assertEquals(i, cache.put("k" + i, i));
        }
        assertEquals(3, cache.size());
        assertEquals(2, cache.get("k2"));
        assertNull(cache.get("k3"));
    }

    @Property(tries = 500)
    void sliceHashIsTheStringHash(@ForAll String text, @ForAll @net.jqwik.api.constraints.IntRange(max = 5) int pad) {
        String row = "x".repeat(pad) + text + "y".repeat(pad);
        assertEquals(text.hashCode(), new CharSlice().set(row.toCharArray(), pad, pad + text.length()).stringHash());
    }

    @Property(tries = 200)
    void foundByItsCharactersWherever(@ForAll List<String> texts) {
        TextCache<Integer> cache = new TextCache<>(1 << 16);
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (String t : texts) {
            Integer v = expected.computeIfAbsent(t, k -> expected.size());
            cache.put(t, v);
        }
        StringBuilder row = new StringBuilder();
        List<int[]> ranges = new ArrayList<>();
        for (String t : texts) {
            row.append('|');
            ranges.add(new int[] {row.length(), row.length() + t.length()});
            row.append(t);
        }
        char[] chars = row.toString().toCharArray();
        for (int i = 0; i < texts.size(); i++) {
            CharSlice s = new CharSlice().set(chars, ranges.get(i)[0], ranges.get(i)[1]);
            assertEquals(expected.get(texts.get(i)), cache.get(s));
            assertEquals(texts.get(i), s.toString());
        }
        String absent = (texts.isEmpty() ? "" : texts.get(0)) + "\u0000";
        if (!expected.containsKey(absent)) {
            assertNull(cache.get(absent));
        }
    }
}
