package org.industrymetrics.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.industrymetrics.check.CheckContext.Incomparable;
import org.industrymetrics.check.CheckContext.Outcome;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.MetricKind;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.Status;
import org.industrymetrics.observation.Subject;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.observation.SubjectTree;
import org.industrymetrics.period.Granularity;
import org.industrymetrics.period.ReportingPeriod;

/**
 * The checks of sums: {@code parts-sum} (a union against its parts; the children of a subject
 * against it), {@code disjoint-shares} (the shares of disjoint subjects of one whole add up to at
 * most 100 %) and {@code period-sum} (the months, quarters or halves of a flow against their
 * period). Levels in a ratio unit ({@code %}) are never summed.
 */
final class SumChecks {

    private static final Interval AT_MOST_100 = Interval.closed(BigDecimal.ZERO, CheckContext.HUNDRED);
    /** The most subjects sharing one whole for which all sets of pairwise disjoint ones are sought. */
    private static final int MAX_CLIQUES = 64;

    /** A message's length before and per term, about: its builder is made that large, not grown while written. */
    private static final int MESSAGE_START = 64;
    private static final int MESSAGE_PER_TERM = 24;

    private SumChecks() {
    }

    /** Index key: a metric and a period. */
    private record MetricPeriod(String metric, ReportingPeriod period) {
    }

    // -----------------------------------------------------------------------------------------
    // parts-sum

    /**
     * A union's level against the sum of the levels of its parts (when the subject tree says they
     * are pairwise disjoint), and each level of a subject against the sum of the lows of its
     * children's levels (the children present need not be all of them, so their sum is at most
     * the parent). The second needs figures that cannot be negative: a negative figure means the
     * metric can be, so an absent child could make up for it.
     * <p>
     * Every figure it compares has one metric and period, so the levels are grouped by metric and
     * period once, and each group is checked on its own with a small map by subject: a parent's
     * children are looked up there, not in the dataset's index, once per child.
     */
    static void partsSum(CheckContext ctx) {
        Map<MetricPeriod, List<Observation>> groups = new HashMap<>();
        for (Observation o : ctx.dataset.withMeasure(Measure.LEVEL)) {
            groups.computeIfAbsent(new MetricPeriod(o.metric(), o.period()), k -> new ArrayList<>()).add(o);
        }
        Map<String, List<String>> ancestors = new HashMap<>();
        for (List<Observation> group : groups.values()) {
            partsSum(ctx, group, ancestors);
        }
    }

    /** The parts-sum findings of the levels of one metric and period, in dataset order. */
    private static void partsSum(CheckContext ctx, List<Observation> levels, Map<String, List<String>> ancestors) {
        SubjectTree tree = ctx.dataset.subjectTree();
        // the levels of each subject (a union by its text), in dataset order
        Map<String, List<Observation>> bySubject = new HashMap<>();
        for (Observation o : levels) {
            bySubject.computeIfAbsent(o.subject().toString(), k -> new ArrayList<>(1)).add(o);
        }
        // every ancestor of a stated subject is bounded by the levels below it
        Set<String> parents = new LinkedHashSet<>();
        for (Observation u : levels) {
            if (CheckContext.isRatio(u.effectiveUnit())) {
                continue;
            }
            SubjectRef s = u.subject();
            if (s.isUnion()) {
                if (tree.isDisjointUnion(s)) {
                    union(ctx, u, bySubject);
                }
                continue;
            }
            parents.addAll(ancestors.computeIfAbsent(s.id(), tree::ancestors));
        }
        for (String parent : parents) {
            List<Observation> stated = bySubject.getOrDefault(parent, List.of());
            if (stated.isEmpty()) {
                continue;
            }
            // the children's levels; where a child has none, its own children's (and so on down)
            Map<String, List<Observation>> below = new LinkedHashMap<>();
            cover(ctx, parent, bySubject, below);
            if (below.isEmpty()) {
                continue;
            }
            for (Observation p : stated) {
                children(ctx, p, below);
            }
        }
    }

    /** The disjoint levels below {@code parent}: a child's own, else those below the child. */
    private static void cover(CheckContext ctx, String parent, Map<String, List<Observation>> bySubject,
            Map<String, List<Observation>> out) {
        for (Subject child : ctx.dataset.children(parent)) {
            List<Observation> own = bySubject.getOrDefault(child.id(), List.of());
            if (!own.isEmpty()) {
                out.put(child.id(), own);
            } else {
                cover(ctx, child.id(), bySubject, out);
            }
        }
    }

    private static void union(CheckContext ctx, Observation u, Map<String, List<Observation>> bySubject) {
        ObservationUnit target = u.effectiveUnit();
        List<List<Term>> slots = new ArrayList<>();
        List<String> parts = u.subject().parts();
        Interval stated = ctx.interval(u);
        for (String part : parts) {
            List<Observation> levels = RelationChecks.same(u, bySubject.getOrDefault(part, List.of()));
            if (levels.isEmpty()) {
                return;
            }
            List<Term> terms = new ArrayList<>(levels.size());
            for (Observation o : levels) {
                try {
                    terms.add(ctx.term(o, target, true));
                } catch (Incomparable e) {
                    ctx.addIncomparable(CheckId.PARTS_SUM, List.of(u, o), stated, target,
                            "undetermined: " + e.getMessage() + ", " + Text.stated(u));
                    return;
                }
            }
            slots.add(terms);
        }
        int scale = CheckContext.displayScale(target, u.figure().precision());
        for (List<Term> t : CheckContext.choices(slots)) {
            Interval derived = sum(t);
            Outcome out = CheckContext.outcome(stated, derived, scale, false);
            StringBuilder sb = new StringBuilder(MESSAGE_START + MESSAGE_PER_TERM * t.size());
            for (int i = 0; i < t.size(); i++) {
                t.get(i).appendText(sb.append(i == 0 ? "" : " + ")).append(" (").append(parts.get(i)).append(')');
            }
            Text.stated(Text.unit(appendSum(sb.append(" = "), t, out.shown), target).append(", "), u);
            ctx.add(CheckId.PARTS_SUM, out, target, sb.toString(), CheckContext.observations(u, t));
        }
    }

    private static void children(CheckContext ctx, Observation p, Map<String, List<Observation>> children) {
        ObservationUnit target = p.effectiveUnit();
        if (CheckContext.isRatio(target)) {
            return;
        }
        Interval stated = ctx.interval(p);
        if (!stated.isLowBounded() || stated.low().signum() < 0) {
            return;
        }
        List<List<Term>> slots = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, List<Observation>> child : children.entrySet()) {
            List<Term> terms = new ArrayList<>();
            for (Observation o : child.getValue()) {
                if (!CheckContext.sameClass(p, o)) {
                    continue;
                }
                Term t;
                try {
                    t = ctx.term(o, target, true);
                } catch (Incomparable e) {
                    ctx.addIncomparable(CheckId.PARTS_SUM, List.of(p, o), stated, target,
                            "undetermined: " + e.getMessage() + ", " + Text.stated(p));
                    return;
                }
                if (t.mayBeNegative()) {
                    return; // the metric can be negative: the children present do not bound the parent
                }
                terms.add(t);
            }
            if (!terms.isEmpty()) {
                slots.add(terms);
                names.add(child.getKey());
            }
        }
        if (slots.isEmpty()) {
            return;
        }
        int scale = CheckContext.displayScale(target, p.figure().precision());
        for (List<Term> t : CheckContext.choices(slots)) {
            Interval total = sum(t);
            Interval derived = Interval.of(total.low(), total.isLowOpen(), null, true);
            Outcome out = CheckContext.outcome(stated, derived, scale, true);
            StringBuilder sb = new StringBuilder(MESSAGE_START + MESSAGE_PER_TERM * t.size());
            for (int i = 0; i < t.size(); i++) {
                t.get(i).appendText(sb.append(i == 0 ? "" : " + ")).append(" (").append(names.get(i)).append(')');
            }
            Text.unit(appendSum(sb.append(" = "), t, total.roundOutward(scale)), target)
                    .append(t.size() == 1 ? " in a part of " : " in parts of ").append(p.subject()).append(", at most its ");
            Text.stated(sb, p);
            ctx.add(CheckId.PARTS_SUM, out, target, sb.toString(), CheckContext.observations(p, t));
        }
    }

    // -----------------------------------------------------------------------------------------
    // disjoint-shares

    /**
     * The shares of one whole, metric and period held by pairwise disjoint subjects add up to at
     * most 100 %: stated is their sum, derived the {@code [0, 100]} % the whole allows. Each
     * largest set of pairwise disjoint subjects is one finding (per status: targets are not added
     * to outcomes).
     */
    static void disjointShares(CheckContext ctx) {
        for (Observation s : ctx.dataset.withMeasure(Measure.SHARE)) {
            List<Observation> group = ctx.dataset.sharesOf(s.baseSubject(), s.metric(), s.period());
            if (group.size() < 2 || group.get(0) != s) {
                continue; // each group once, at its first figure
            }
            Map<SubjectRef, List<Observation>> bySubject = new LinkedHashMap<>();
            for (Observation o : group) {
                bySubject.computeIfAbsent(o.subject(), k -> new ArrayList<>(1)).add(o);
            }
            if (bySubject.size() < 2) {
                continue;
            }
            List<SubjectRef> subjects = new ArrayList<>(bySubject.keySet());
            int n = subjects.size();
            BitSet[] disjoint = new BitSet[n];
            boolean all = true;
            for (int i = 0; i < n; i++) {
                disjoint[i] = new BitSet(n);
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (ctx.overlap(subjects.get(i), subjects.get(j)) == SubjectTree.Overlap.DISJOINT) {
                        disjoint[i].set(j);
                        disjoint[j].set(i);
                    } else {
                        all = false;
                    }
                }
            }
            List<BitSet> cliques = new ArrayList<>();
            if (all) {
                BitSet every = new BitSet(n);
                every.set(0, n);
                cliques.add(every);
            } else {
                BitSet candidates = new BitSet(n);
                candidates.set(0, n);
                cliques(disjoint, new BitSet(n), candidates, new BitSet(n), cliques);
            }
            for (BitSet clique : cliques) {
                if (clique.cardinality() < 2) {
                    continue;
                }
                for (Status status : new Status[] {Status.ACTUAL, Status.TARGET, Status.FORECAST}) {
                    sharesOfClique(ctx, s.baseSubject(), subjects, bySubject, clique, status);
                }
            }
        }
    }

    private static void sharesOfClique(CheckContext ctx, SubjectRef whole, List<SubjectRef> subjects,
            Map<SubjectRef, List<Observation>> bySubject, BitSet clique, Status status) {
        List<List<Term>> slots = new ArrayList<>();
        List<SubjectRef> names = new ArrayList<>();
        int precision = 0;
        for (int i = clique.nextSetBit(0); i >= 0; i = clique.nextSetBit(i + 1)) {
            List<Term> terms = new ArrayList<>();
            for (Observation o : bySubject.get(subjects.get(i))) {
                boolean inClass = CheckContext.isPlanned(status) ? o.status() == status : !CheckContext.isPlanned(o.status());
                if (inClass) {
                    terms.add(ctx.term(o, ObservationUnit.PERCENT, false));
                    precision = Math.max(precision, o.figure().precision());
                }
            }
            if (!terms.isEmpty()) {
                slots.add(terms);
                names.add(subjects.get(i));
            }
        }
        if (slots.size() < 2) {
            return;
        }
        int scale = CheckContext.displayScale(ObservationUnit.PERCENT, precision);
        for (List<Term> t : CheckContext.choices(slots)) {
            Interval total = sum(t);
            Outcome out = CheckContext.outcome(total, AT_MOST_100, scale, false);
            StringBuilder sb = new StringBuilder(MESSAGE_START + MESSAGE_PER_TERM * t.size());
            for (int i = 0; i < t.size(); i++) {
                t.get(i).appendText(sb.append(i == 0 ? "" : " + ")).append(" % (").append(names.get(i)).append(')');
            }
            appendSum(sb.append(" = "), t, total).append(" % of ").append(whole)
                    .append(", disjoint parts of one whole: at most 100 %");
            ctx.add(CheckId.DISJOINT_SHARES, out, ObservationUnit.PERCENT, sb.toString(), CheckContext.observations(t));
        }
    }

    /**
     * Bron–Kerbosch with pivoting: every maximal set of pairwise disjoint subjects, up to
     * {@link #MAX_CLIQUES} of them.
     */
    private static void cliques(BitSet[] adjacent, BitSet r, BitSet p, BitSet x, List<BitSet> out) {
        if (out.size() >= MAX_CLIQUES) {
            return;
        }
        if (p.isEmpty() && x.isEmpty()) {
            out.add((BitSet) r.clone());
            return;
        }
        BitSet px = (BitSet) p.clone();
        px.or(x);
        int pivot = px.nextSetBit(0);
        int best = -1;
        for (int u = pivot; u >= 0; u = px.nextSetBit(u + 1)) {
            BitSet common = (BitSet) p.clone();
            common.and(adjacent[u]);
            if (common.cardinality() > best) {
                best = common.cardinality();
                pivot = u;
            }
        }
        BitSet candidates = (BitSet) p.clone();
        candidates.andNot(adjacent[pivot]);
        for (int v = candidates.nextSetBit(0); v >= 0; v = candidates.nextSetBit(v + 1)) {
            BitSet r2 = (BitSet) r.clone();
            r2.set(v);
            BitSet p2 = (BitSet) p.clone();
            p2.and(adjacent[v]);
            BitSet x2 = (BitSet) x.clone();
            x2.and(adjacent[v]);
            cliques(adjacent, r2, p2, x2, out);
            p.clear(v);
            x.set(v);
        }
    }

    // -----------------------------------------------------------------------------------------
    // period-sum

    /** The most tilings of one period checked: each is a finding, so this bounds the findings per level. */
    static final int MAX_TILINGS = 64;

    /** Index key: a subject and a metric. */
    private record SeriesKey(SubjectRef subject, String metric) {
    }

    /**
     * For a flow metric (by the metrics table; a metric of unknown kind is not checked), each level
     * of a period against the sum of the levels of every tiling of it by other stated periods of the
     * same subject and metric: months, quarters, halves, years and ranges of months, in any mix
     * ({@code 2024-01/2024-09} as nine months, as three quarters, as {@code 2024-H1} and
     * {@code 2024-Q3}). One finding per tiling (and per choice of figures where a part has several),
     * with the parts named; all in the period's unit and currency.
     * <p>
     * Bounded work: only periods that some level states are parts; a tiling is a chain of them,
     * each starting the day after the previous ends, built from the first day, longest parts first,
     * never entering a day from which the end cannot be reached; at most {@value #MAX_TILINGS}
     * tilings per level (the coarsest first).
     */
    static void periodSum(CheckContext ctx) {
        // the levels of each flow metric by subject and metric, in dataset order: a tiling's parts
        // are found in its series, not in the dataset's index
        Map<SeriesKey, List<Observation>> series = new HashMap<>();
        Map<String, Boolean> flows = new HashMap<>();
        for (Observation o : ctx.dataset.withMeasure(Measure.LEVEL)) {
            if (flows.computeIfAbsent(o.metric(), m -> ctx.dataset.metricKind(m).orElse(null) == MetricKind.FLOW)) {
                series.computeIfAbsent(new SeriesKey(o.subject(), o.metric()), k -> new ArrayList<>()).add(o);
            }
        }
        for (List<Observation> levels : series.values()) {
            periodSum(ctx, levels);
        }
    }

    /** Levels by period, in the periods' order (a stable sort keeps dataset order within a period). */
    private static final Comparator<Observation> BY_PERIOD = Comparator.comparing(Observation::period);

    /** The period-sum findings of the levels of one subject and flow metric. */
    private static void periodSum(CheckContext ctx, List<Observation> levels) {
        // every level by period, those in a ratio unit too (they are parts that do not compare)
        Observation[] byPeriod = levels.toArray(new Observation[0]);
        Arrays.sort(byPeriod, BY_PERIOD);
        // the periods stated by levels not in a ratio unit, each once, in order, and their first days
        List<ReportingPeriod> stated = new ArrayList<>();
        for (Observation o : byPeriod) {
            if (!CheckContext.isRatio(o.effectiveUnit()) && (stated.isEmpty() || !stated.get(stated.size() - 1).equals(o.period()))) {
                stated.add(o.period());
            }
        }
        if (stated.size() < 2) {
            return; // a tiling of two parts or more needs two periods at least
        }
        long[] firstDays = new long[stated.size()];
        for (int i = 0; i < firstDays.length; i++) {
            firstDays[i] = stated.get(i).firstDay().toEpochDay();
        }
        List<Observation> all = Arrays.asList(byPeriod);
        for (Observation w : levels) {
            if (CheckContext.isRatio(w.effectiveUnit())) {
                continue;
            }
            ReportingPeriod whole = w.period();
            // the parts: stated periods starting within the whole (tilings keeps those shorter than it)
            long first = whole.firstDay().toEpochDay();
            int from = firstAfter(firstDays, first - 1);
            int to = firstAfter(firstDays, whole.lastDay().toEpochDay());
            if (to - from < 2 || firstDays[to - 1] == first) {
                continue; // a tiling of two parts or more starts on two days at least
            }
            for (List<ReportingPeriod> tiling : tilings(whole, stated.subList(from, to))) {
                periodSum(ctx, w, tiling, all);
            }
        }
    }

    /** The index of the first value of a sorted array above {@code day} ({@code days.length} if none). */
    private static int firstAfter(long[] days, long day) {
        int lo = 0;
        int hi = days.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] <= day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The levels of one period of a series sorted by period: a range of it, in dataset order. */
    private static List<Observation> levelsOf(List<Observation> byPeriod, ReportingPeriod period) {
        int lo = 0;
        int hi = byPeriod.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byPeriod.get(mid).period().compareTo(period) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < byPeriod.size() && byPeriod.get(end).period().equals(period)) {
            end++;
        }
        return byPeriod.subList(lo, end);
    }

    /** Longest first, then by the period's order, so the coarsest tilings come first. */
    private static final Comparator<ReportingPeriod> LONGEST_FIRST =
            Comparator.comparingLong(ReportingPeriod::days).reversed().thenComparing(Comparator.naturalOrder());

    /** Whether the end of the whole can be reached from a day with parts (0: not yet known). */
    private static final byte REACHES = 1;
    private static final byte BLOCKED = 2;

    /**
     * Every tiling of {@code whole} by the periods of {@code stated} (distinct, in their natural
     * order, each starting within the whole), coarsest first, at most {@link #MAX_TILINGS}.
     */
    static List<List<ReportingPeriod>> tilings(ReportingPeriod whole, List<ReportingPeriod> stated) {
        // the days parts start on (epoch days, ascending) and their parts, longest first
        long[] days = new long[stated.size()];
        List<List<ReportingPeriod>> parts = new ArrayList<>();
        long wholeDays = whole.days();
        for (int i = 0; i < stated.size();) {
            LocalDate day = stated.get(i).firstDay();
            List<ReportingPeriod> fit = new ArrayList<>(1);
            for (; i < stated.size() && stated.get(i).firstDay().equals(day); i++) {
                ReportingPeriod p = stated.get(i);
                if (!p.lastDay().isAfter(whole.lastDay()) && p.days() < wholeDays) {
                    fit.add(p);
                }
            }
            if (!fit.isEmpty()) {
                fit.sort(LONGEST_FIRST);
                days[parts.size()] = day.toEpochDay();
                parts.add(fit);
            }
        }
        List<List<ReportingPeriod>> out = new ArrayList<>();
        tile(whole.firstDay().toEpochDay(), whole.lastDay().toEpochDay(), days, parts, new byte[parts.size()],
                new ArrayList<>(), out);
        return out;
    }

    /** Depth first from {@code day}; {@code reaches} remembers, per day with parts, whether the end can be reached from it. */
    private static boolean tile(long day, long last, long[] days, List<List<ReportingPeriod>> parts, byte[] reaches,
            List<ReportingPeriod> path, List<List<ReportingPeriod>> out) {
        if (day > last) {
            out.add(List.copyOf(path));
            return true;
        }
        int at = Arrays.binarySearch(days, 0, parts.size(), day);
        if (at < 0 || reaches[at] == BLOCKED) {
            return false; // no part starts that day, or none leads to the end
        }
        boolean any = false;
        for (ReportingPeriod p : parts.get(at)) {
            if (out.size() >= MAX_TILINGS) {
                return true; // bounded: the rest is not looked at
            }
            path.add(p);
            any |= tile(p.lastDay().toEpochDay() + 1, last, days, parts, reaches, path, out);
            path.remove(path.size() - 1);
        }
        reaches[at] = any ? REACHES : BLOCKED;
        return any;
    }

    private static void periodSum(CheckContext ctx, Observation w, List<ReportingPeriod> parts, List<Observation> byPeriod) {
        ObservationUnit target = w.effectiveUnit();
        Interval stated = ctx.interval(w);
        List<List<Term>> slots = new ArrayList<>(parts.size());
        for (ReportingPeriod part : parts) {
            List<Observation> levels = levelsOf(byPeriod, part);
            List<Term> terms = new ArrayList<>(levels.size());
            for (Observation o : levels) {
                if (!CheckContext.sameClass(w, o)) {
                    continue;
                }
                try {
                    Term t = ctx.term(o, target, false);
                    if (t != null) {
                        terms.add(t);
                    }
                } catch (Incomparable e) {
                    ctx.addIncomparable(CheckId.PERIOD_SUM, List.of(w, o), stated, target,
                            "undetermined: " + e.getMessage() + ", " + Text.stated(w));
                    return;
                }
            }
            if (terms.isEmpty()) {
                return;
            }
            slots.add(terms);
        }
        int scale = CheckContext.displayScale(target, w.figure().precision());
        String what = describe(ctx, parts);
        for (List<Term> t : CheckContext.choices(slots)) {
            Interval derived = sum(t);
            Outcome out = CheckContext.outcome(stated, derived, scale, false);
            StringBuilder sb = new StringBuilder(what.length() + MESSAGE_START + MESSAGE_PER_TERM * t.size()).append(what);
            for (int i = 0; i < t.size(); i++) {
                t.get(i).appendText(sb.append(i == 0 ? "" : " + "));
            }
            Text.stated(Text.unit(appendSum(sb.append(" = "), t, out.shown), target).append(", "), w);
            ctx.add(CheckId.PERIOD_SUM, out, target, sb.toString(), CheckContext.observations(w, t));
        }
    }

    /** {@code 12 months 2024-01..2024-12: } for parts of one granularity, else {@code 2024-H1 + 2024-Q3: }. */
    private static String describe(CheckContext ctx, List<ReportingPeriod> parts) {
        Granularity g = parts.get(0).granularity();
        boolean uniform = true;
        for (ReportingPeriod p : parts) {
            uniform &= p.isSingle() && p.granularity() == g;
        }
        if (uniform) {
            return parts.size() + " " + plural(g) + " " + ctx.text(parts.get(0)) + ".." + ctx.text(parts.get(parts.size() - 1)) + ": ";
        }
        StringBuilder sb = new StringBuilder(MESSAGE_PER_TERM * parts.size());
        for (ReportingPeriod p : parts) {
            sb.append(sb.length() == 0 ? "" : " + ").append(ctx.text(p));
        }
        return sb.append(": ").toString();
    }

    private static String plural(Granularity g) {
        switch (g) {
            case YEAR:
                return "years";
            case HALF:
                return "halves";
            case QUARTER:
                return "quarters";
            default:
                return "months";
        }
    }

    // -----------------------------------------------------------------------------------------
    // helpers

    /**
     * The sum of the terms' intervals, exact: in longs at one scale when every term is an exact
     * figure or range in the check's unit that fits ({@link Term#sumInLongs}), else the sums of the
     * ends in BigDecimal, made an interval once (as {@link Interval#plus} would give it, without an
     * interval per term added). The same interval either way.
     */
    static Interval sum(List<Term> terms) {
        if (terms.size() == 1) {
            return terms.get(0).interval();
        }
        Interval inLongs = Term.sumInLongs(terms);
        return inLongs != null ? inLongs : sumInBigDecimal(terms);
    }

    /** {@link #sum}'s general case, out of line: qualified figures, conversions, hulls, numbers past a long. */
    static Interval sumInBigDecimal(List<Term> terms) {
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        boolean lowOpen = false;
        boolean highOpen = false;
        for (Term t : terms) {
            Interval i = t.interval();
            low = low == null || !i.isLowBounded() ? null : low.add(i.low());
            high = high == null || !i.isHighBounded() ? null : high.add(i.high());
            lowOpen |= i.isLowOpen();
            highOpen |= i.isHighOpen();
        }
        return Interval.of(low, lowOpen, high, highOpen);
    }

    /**
     * Appends the sum as printed: the exact sum of the nominal values when every term is exact
     * (in longs when they fit), else the interval.
     */
    static StringBuilder appendSum(StringBuilder sb, List<Term> terms, Interval interval) {
        if (Term.appendNominalSumInLongs(sb, terms)) {
            return sb;
        }
        return sb.append(sumText(terms, interval));
    }

    /** The sum as printed: the exact sum of the nominal values when every term is exact, else the interval. */
    static String sumText(List<Term> terms, Interval interval) {
        if (!Term.allExact(terms)) {
            return interval.toString();
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Term t : terms) {
            total = total.add(t.nominal());
        }
        return Text.plain(total);
    }
}
