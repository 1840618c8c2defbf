package org.industrymetrics.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** The checker's sort by a packed key beside each finding gives the order of {@link Finding#compareTo}. */
class CheckerSortProperties {

    /**
     * Ids that share long starts (past the 32 packed characters), end early, hold a character 0
     * (as the key's padding), 0xFF (as its end mark) or characters past a byte.
     */
    @Provide
    Arbitrary<String> ids() {
        Arbitrary<String> start = Arbitraries.of("", "CN-P01.C01/m000.output/2020", "CN-P01.C01/m000.output/2020/share-of-the-",
                "CN-P01.C01/m000.outpu\u00ff", "CN-P01.C01/m000.outpu\u0100", "\u4e2d\u6587");
        Arbitrary<String> rest = Arbitraries.strings().withChars('\u0000', 'a', 'b', '/', '\u00fe', '\u00ff', '\u0100', '\u4e2d')
                .ofMaxLength(12);
        return Combinators.combine(start, rest).as(String::concat);
    }

    @Provide
    Arbitrary<Finding> findings() {
        return Combinators.combine(Arbitraries.of(CheckId.SHARE, CheckId.GROWTH, CheckId.PARTS_SUM),
                ids().list().ofMinSize(1).ofMaxSize(3), Arbitraries.strings().withChars('x', 'y').ofMaxLength(2))
                .as((check, ids, message) -> Finding.builder().check(check).verdict(Verdict.CONSISTENT)
                        .addAllObservations(ids).unit("%").message(message).build());
    }

    @Property
    void sort_isTheOrderOfCompareTo(@ForAll @Size(max = 40) List<@From("findings") Finding> findings) {
        List<Finding> byKey = new ArrayList<>(findings);
        Checker.sort(byKey);
        List<Finding> byCompareTo = new ArrayList<>(findings);
        Collections.sort(byCompareTo);
        assertEquals(byCompareTo, byKey);
    }
}
