package org.industrymetrics.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationArbitraries;
import org.industrymetrics.observation.Status;

/**
 * A level packed into a {@link LevelArena} and made again is equal to the one packed, whatever it
 * holds: every measure, status, qualifier, explicit precision, a figure kept as its numbers (plain
 * text) or as printed ({@code +5}, {@code 007}, more than 18 digits), rounded figures, any id, source, quote and {@code x_} columns
 * (non-ASCII, unpaired surrogates, empty), and its origin code; so a sum that keeps its levels packed
 * loses nothing the records it returns carry.
 */
class LevelArenaProperties {

    /** Text of any chars: ASCII, CJK, beyond the BMP (surrogate pairs), lone surrogates, controls. */
    private static Arbitrary<String> text(int minLength) {
        return Arbitraries.oneOf(Arbitraries.strings().ascii().ofMinLength(minLength).ofMaxLength(40),
                Arbitraries.strings().all().ofMinLength(minLength).ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u4e00', '\u4e20').withCharRange('\ud800', '\udfff')
                        .ofMinLength(minLength).ofMaxLength(40));
    }

    @Provide
    Arbitrary<Observation> observations() {
        Arbitrary<String> ids = text(1).filter(s -> !s.isBlank());
        Arbitrary<String> optional = Arbitraries.oneOf(Arbitraries.just(null), text(0));
        Arbitrary<Map<String, String>> extras = Combinators.combine(text(1).map(s -> "x_" + s), text(0))
                .as(Map::entry).list().ofMaxSize(3).map(l -> {
                    Map<String, String> m = new LinkedHashMap<>();
                    l.forEach(e -> m.put(e.getKey(), e.getValue()));
                    return m;
                });
        Arbitrary<ReportedFigure> unusual = Combinators.combine(
                Arbitraries.of("+5", "007", "-0", "-0.00", "+12..15", "0012.50", "123456789012345678901234.5", "-98765432109876543210",
                        "1..123456789012345678901"),
                Arbitraries.of(Qualifier.EXACT, Qualifier.ABOUT, Qualifier.RANGE))
                .as((t, q) -> {
                    boolean range = t.contains("..");
                    return ReportedFigure.of(t, range ? Qualifier.RANGE : q == Qualifier.RANGE ? Qualifier.EXACT : q);
                });
        // made by rounding (a plain text, a negative explicit precision), any size
        Arbitrary<ReportedFigure> rounded = Combinators.combine(Arbitraries.bigDecimals().between(new java.math.BigDecimal("-1e30"),
                new java.math.BigDecimal("1e30")).ofScale(6), Arbitraries.integers().between(-8, 6))
                .as(ReportedFigure::rounded);
        unusual = Arbitraries.oneOf(unusual, rounded);
        Arbitrary<Integer> precisions = Arbitraries.oneOf(Arbitraries.just(Integer.MIN_VALUE), Arbitraries.integers().between(-1000, 1000));
        return Combinators.combine(ObservationArbitraries.observations(), ids, Arbitraries.of(Status.class), optional, optional,
                extras, Arbitraries.oneOf(Arbitraries.just(null), unusual), precisions)
                .as((o, id, status, source, quote, x, figure, precision) -> {
                    ReportedFigure f = figure != null && o.measure().ordinal() == 0 ? figure : o.figure();
                    if (precision != Integer.MIN_VALUE) {
                        f = f.withPrecision(precision);
                    }
                    return Observation.builder().from(o).id(id).status(status).source(source).quote(quote).extras(x).figure(f)
                            .build();
                });
    }

    @Property(tries = 2000)
    void packedThenMadeAgain_isEqual(@ForAll("observations") Observation o, @ForAll @LongRange(min = -2, max = Long.MAX_VALUE) long origin) {
        LevelArena arena = new LevelArena();
        long at = arena.put(o, origin);
        assertEquals(o, get(arena, at, o));
        assertEquals(origin, arena.origin(at));
        assertTrue(arena.hasId(at, o.id()));
        assertFalse(arena.hasId(at, o.id() + "x"));
    }

    /** Many levels, across pages, copied into another arena with other origins: each comes back as packed. */
    @Property(tries = 30)
    void manyLevels_andCopies_comeBackEqual(@ForAll("observations") Observation o) {
        LevelArena arena = new LevelArena();
        LevelArena copies = new LevelArena();
        List<Long> at = new ArrayList<>();
        List<Long> copied = new ArrayList<>();
        // enough for several pages of a MiB
        String quote = "q".repeat(300);
        List<Observation> packed = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
            Observation x = Observation.builder().from(o).id(o.id() + i).quote(i % 7 == 0 ? quote + i : o.quote().orElse(null)).build();
            packed.add(x);
            long a = arena.put(x, i - 2);
            at.add(a);
            copied.add(copies.copy(arena, a, 3L * i));
        }
        for (int i = 0; i < packed.size(); i++) {
            assertEquals(packed.get(i), get(arena, at.get(i), packed.get(i)));
            assertEquals(i - 2, arena.origin(at.get(i)));
            assertEquals(packed.get(i), get(copies, copied.get(i), packed.get(i)));
            assertEquals(3L * i, copies.origin(copied.get(i)));
        }
    }

    /** A record larger than a page gets a page of its own. */
    @Property(tries = 3)
    void aRecordLargerThanAPage_comesBackEqual(@ForAll("observations") Observation o) {
        LevelArena arena = new LevelArena();
        long first = arena.put(o, 1);
        Observation big = Observation.builder().from(o).quote("\u4e2d".repeat(600_000)).build();
        long at = arena.put(big, 2);
        long after = arena.put(o, 3);
        assertEquals(o, get(arena, first, o));
        assertEquals(big, get(arena, at, big));
        assertEquals(o, get(arena, after, o));
    }

    private static Observation get(LevelArena arena, long at, Observation key) {
        return arena.get(at, key.subject(), key.metric(), key.period(), key.source().orElse(null), key.effectiveUnit());
    }
}
