package org.industrymetrics.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.observation.SubjectTree;
import org.industrymetrics.period.ReportingPeriod;

/**
 * Finds the overlaps among the distinct keys ({@link Leaf}) of one group and applies a policy.
 * <p>
 * Two keys overlap when they have the same metric, their subjects overlap by the subject tree (the
 * same subject, an ancestor, a union with a common part) and their periods have a day in common.
 * The search does not compare every pair: keys are indexed by metric and by each subject they
 * stand for (a union by each part), and within that by the first day of the period; a key looks
 * up its own subjects and their ancestors (the tree's depth) and, in each, only the periods that
 * can reach its own. The work is about {@code n × depth × log n} plus the overlaps found.
 */
final class OverlapFinder {

    /** The overlaps of a group and the leaves the policy dropped. */
    static final class Outcome {
        final List<Overlap> overlaps = new ArrayList<>();
        final List<Dropped> dropped = new ArrayList<>();
        /** Leaves left out entirely. */
        final Set<Leaf> droppedLeaves = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        /** Leaves of which only the first level is kept. */
        final Set<Leaf> firstOnly = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

        boolean changesTotal() {
            return !droppedLeaves.isEmpty() || !firstOnly.isEmpty();
        }

        boolean refused() {
            return overlaps.stream().anyMatch(o -> o.resolution() == Overlap.Resolution.REFUSED);
        }
    }

    /** An overlap between two leaves, or within one leaf ({@code a == b}), before the policy. */
    private static final class Pair {
        final Leaf a;
        final Leaf b;
        final Overlap.Kind kind;
        final String reason;
        Leaf drop;
        String rule = "";

        Pair(Leaf a, Leaf b, Overlap.Kind kind, String reason) {
            this.a = a;
            this.b = b;
            this.kind = kind;
            this.reason = reason;
        }
    }

    private static final class Bucket {
        /** A metric and a subject. */
        record Id(String metric, SubjectRef subject) {
        }

        final TreeMap<LocalDate, List<Leaf>> byStart = new TreeMap<>();
        long maxDays;

        void add(Leaf l) {
            byStart.computeIfAbsent(l.key.period().firstDay(), k -> new ArrayList<>(1)).add(l);
            maxDays = Math.max(maxDays, l.key.period().days());
        }
    }

    /** Two leaves, by identity (a leaf does not override equals). */
    private record PairKey(Leaf a, Leaf b) {
    }

    private final SubjectTree tree;
    private final Map<String, List<String>> ancestors = new HashMap<>();

    OverlapFinder(SubjectTree tree) {
        this.tree = tree;
    }

    Outcome resolve(GroupKey group, List<Leaf> leaves, OverlapPolicy policy) {
        if (!leavesMayOverlap(leaves)) {
            return new Outcome();
        }
        List<Pair> pairs = find(leaves);
        Outcome out = new Outcome();
        if (pairs.isEmpty()) {
            return out;
        }
        for (Pair p : pairs) {
            decide(p, policy);
            if (p.drop != null) {
                if (p.a == p.b) {
                    out.firstOnly.add(p.a);
                } else {
                    out.droppedLeaves.add(p.drop);
                }
            }
        }
        Map<Leaf, List<Pair>> dropReasons = new IdentityHashMap<>();
        for (Pair p : pairs) {
            Observation first = p.a.first;
            Observation second = p.a == p.b ? p.a.second : p.b.first;
            Overlap.Resolution r;
            if (p.drop != null) {
                r = p.a == p.b || p.drop == p.b ? Overlap.Resolution.DROPPED_SECOND : Overlap.Resolution.DROPPED_FIRST;
                if (p.a != p.b) {
                    dropReasons.computeIfAbsent(p.drop, k -> new ArrayList<>()).add(p);
                }
            } else if (out.droppedLeaves.contains(p.a) || out.droppedLeaves.contains(p.b)) {
                r = Overlap.Resolution.MOOT;
            } else {
                r = policy.isAllowRest() ? Overlap.Resolution.ADDED_BOTH : Overlap.Resolution.REFUSED;
            }
            out.overlaps.add(new Overlap(group, first, second, p.kind, p.reason, r, p.drop == null ? "" : p.rule));
        }
        // every level left out is named, with a level kept in its place where there is one
        List<Leaf> droppedInOrder = new ArrayList<>(out.droppedLeaves);
        droppedInOrder.sort(Comparator.comparing(l -> l.first.id()));
        for (Leaf d : droppedInOrder) {
            Pair why = null;
            for (Pair p : dropReasons.get(d)) {
                Leaf other = p.a == d ? p.b : p.a;
                if (!out.droppedLeaves.contains(other)) {
                    why = p;
                    break;
                }
            }
            if (why == null) {
                why = dropReasons.get(d).get(0);
            }
            Leaf other = why.a == d ? why.b : why.a;
            out.dropped.add(new Dropped(group, d.first, 1, other.first, why.rule, why.reason));
            if (d.count > 1) {
                out.dropped.add(new Dropped(group, d.second, d.count - 1, other.first, why.rule, why.reason));
            }
        }
        for (Pair p : pairs) {
            if (p.a == p.b && p.drop != null && !out.droppedLeaves.contains(p.a)) {
                out.dropped.add(new Dropped(group, p.a.second, p.a.count - 1, p.a.first, p.rule, p.reason));
            }
        }
        return out;
    }

    /**
     * Whether {@link #find} may find anything among these leaves: a leaf holding two levels does,
     * else see {@link #mayOverlap(List)}.
     */
    private boolean leavesMayOverlap(List<Leaf> leaves) {
        List<Observation> levels = new ArrayList<>(leaves.size());
        for (Leaf l : leaves) {
            if (l.count > 1) {
                return true;
            }
            levels.add(l.first);
        }
        return mayOverlap(levels);
    }

    /**
     * Whether two of these levels (of distinct keys, one level each) of a group may overlap: false
     * only when no subject of the group has an ancestor in it (for the same metric), and within each
     * subject part the periods are disjoint. A sum of a million distinct months has nothing to
     * resolve, and should not pay for the index {@link #find} builds: this takes one pass over the
     * levels, sorting them into buckets of one metric and subject (the last bucket is tried first:
     * the levels of a group mostly share both) with their periods as epoch days in primitive arrays,
     * then a look at the few distinct subjects and a sweep over each bucket's periods, which needs no
     * sort when they came in order. About {@code n} steps, {@code n log n} at most.
     */
    boolean mayOverlap(List<Observation> levels) {
        Map<Bucket.Id, Periods> buckets = new HashMap<>();
        Periods last = null;
        for (Observation o : levels) {
            String metric = o.metric();
            SubjectRef subject = o.subject();
            Periods b = last;
            if (b == null || !b.subject.equals(subject) || !b.metric.equals(metric)) {
                b = buckets.computeIfAbsent(new Bucket.Id(metric, subject), k -> new Periods(k.metric(), k.subject(), true));
                last = b;
            }
            b.add(o.period());
        }
        Boolean may = mayOverlap(buckets.values());
        return may == null || may; // not null: these buckets keep their periods
    }

    /**
     * Whether two levels of these buckets may overlap, as {@link #mayOverlap(List)}; null when the
     * buckets cannot tell (their periods were not kept, and did not come in order).
     */
    Boolean mayOverlap(java.util.Collection<Periods> buckets) {
        Map<String, Map<String, List<Periods>>> index = new HashMap<>();
        for (Periods b : buckets) {
            Map<String, List<Periods>> byAtom = index.computeIfAbsent(b.metric, k -> new HashMap<>());
            for (String part : b.subject.parts()) {
                byAtom.computeIfAbsent(part, k -> new ArrayList<>(1)).add(b);
            }
        }
        Boolean answer = false;
        for (Map<String, List<Periods>> byAtom : index.values()) {
            for (Map.Entry<String, List<Periods>> e : byAtom.entrySet()) {
                for (String ancestor : ancestors(e.getKey())) {
                    if (byAtom.containsKey(ancestor)) {
                        return true;
                    }
                }
                List<Periods> bs = e.getValue();
                Boolean overlapping = bs.size() == 1 ? bs.get(0).overlapping() : Periods.of(bs);
                if (overlapping == null) {
                    answer = null;
                } else if (overlapping) {
                    return true;
                }
            }
        }
        return answer;
    }

    /**
     * The periods of the levels of one metric and subject, as first and last epoch days: kept in
     * primitive arrays, or only swept as they come (whether they came in order of first day, and if
     * so whether one began before the one before it ended), which tells most groups apart without
     * keeping or reading the levels again.
     */
    static final class Periods {
        final String metric;
        final SubjectRef subject;
        private final boolean keep;
        private long[] firsts;
        private long[] lasts;
        private int n;
        /** Whether the first days came in order (not decreasing). */
        private boolean inOrder = true;
        /** While in order: whether a period began on or before the last day of those before it. */
        private boolean overlapInOrder;
        private long lastFirst = Long.MIN_VALUE;
        private long maxLast = Long.MIN_VALUE;

        Periods(String metric, SubjectRef subject, boolean keep) {
            this.metric = metric;
            this.subject = subject;
            this.keep = keep;
            if (keep) {
                firsts = new long[8];
                lasts = new long[8];
            }
        }

        /** Whether two of the periods of these buckets share a day; null if one does not keep its periods. */
        static Boolean of(List<Periods> parts) {
            Periods all = new Periods(null, null, true);
            for (Periods p : parts) {
                if (!p.keep) {
                    return null;
                }
                for (int i = 0; i < p.n; i++) {
                    all.add(p.firsts[i], p.lasts[i]);
                }
            }
            return all.overlapping();
        }

        void add(ReportingPeriod p) {
            add(p.firstDay().toEpochDay(), p.lastDay().toEpochDay());
        }

        /** {@return whether a period beginning on {@code first} begins after every period added so far has ended} */
        boolean allEndBefore(long first) {
            return n == 0 || first > maxLast;
        }

        void add(long first, long last) {
            if (first < lastFirst) {
                inOrder = false;
            } else if (first <= maxLast) {
                overlapInOrder = true;
            }
            lastFirst = Math.max(lastFirst, first);
            maxLast = Math.max(maxLast, last);
            if (keep) {
                if (n == firsts.length) {
                    firsts = java.util.Arrays.copyOf(firsts, n * 2);
                    lasts = java.util.Arrays.copyOf(lasts, n * 2);
                }
                firsts[n] = first;
                lasts[n] = last;
            }
            n++;
        }

        /** Whether two of the periods share a day; null if not known (not kept, and not in order). */
        Boolean overlapping() {
            if (inOrder) {
                return overlapInOrder;
            }
            if (!keep) {
                return null;
            }
            // disjoint intervals are in the same order by first and by last day: sorted apart, each
            // first day after the one before must come after the last day before it
            long[] f = java.util.Arrays.copyOf(firsts, n);
            long[] l = java.util.Arrays.copyOf(lasts, n);
            java.util.Arrays.sort(f);
            java.util.Arrays.sort(l);
            for (int i = 1; i < n; i++) {
                if (f[i] <= l[i - 1]) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Every overlapping pair of leaves, and every leaf holding more than one level, in a stable order. */
    private List<Pair> find(List<Leaf> leaves) {
        Map<String, Map<String, Bucket>> index = new HashMap<>();
        for (Leaf l : leaves) {
            Map<String, Bucket> byAtom = index.computeIfAbsent(l.key.metric(), k -> new HashMap<>());
            for (String part : l.key.subject().parts()) {
                byAtom.computeIfAbsent(part, k -> new Bucket()).add(l);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        Set<Leaf> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Set<PairKey> found = new HashSet<>();
        for (Leaf x : leaves) {
            if (x.count > 1) {
                pairs.add(new Pair(x, x, Overlap.Kind.SAME_LEVEL, "the same level given " + x.count + " times: "
                        + what(x) + (x.key.source() == null ? "" : " from " + x.key.source()) + " in " + x.key.unit()));
            }
            Map<String, Bucket> byAtom = index.get(x.key.metric());
            seen.clear();
            ReportingPeriod p = x.key.period();
            for (String part : x.key.subject().parts()) {
                List<String> atoms = new ArrayList<>(1 + 4);
                atoms.add(part);
                atoms.addAll(ancestors(part));
                for (String atom : atoms) {
                    Bucket b = byAtom.get(atom);
                    if (b == null) {
                        continue;
                    }
                    LocalDate from = p.firstDay().minusDays(b.maxDays);
                    for (List<Leaf> ys : b.byStart.subMap(from, true, p.lastDay(), true).values()) {
                        for (Leaf y : ys) {
                            if (y == x || !seen.add(y) || !y.key.period().overlaps(p)) {
                                continue;
                            }
                            Leaf a = Leaf.BY_ID.compare(x.first, y.first) < 0 ? x : y;
                            if (found.add(new PairKey(a, a == x ? y : x))) {
                                pairs.add(pair(a, a == x ? y : x));
                            }
                        }
                    }
                }
            }
        }
        pairs.sort(Comparator.<Pair, String>comparing(q -> q.a.first.id()).thenComparing(q -> q.a == q.b ? "" : q.b.first.id()));
        return pairs;
    }

    private List<String> ancestors(String id) {
        return ancestors.computeIfAbsent(id, tree::ancestors);
    }

    private Pair pair(Leaf a, Leaf b) {
        Leaf.Key x = a.key;
        Leaf.Key y = b.key;
        boolean sameSubject = x.subject().equals(y.subject());
        boolean samePeriod = x.period().equals(y.period());
        if (sameSubject && samePeriod) {
            StringBuilder sb = new StringBuilder("two levels of ").append(what(a));
            if (!java.util.Objects.equals(x.source(), y.source())) {
                sb.append(", from ").append(source(x)).append(" and ").append(source(y));
            }
            if (!x.unit().equals(y.unit())) {
                sb.append(", in ").append(x.unit()).append(" and ").append(y.unit());
            }
            return new Pair(a, b, Overlap.Kind.SAME_LEVEL, sb.toString());
        }
        String subjects = sameSubject ? null : subjectReason(x.subject(), y.subject());
        String periods = samePeriod ? null : periodReason(x.period(), y.period());
        if (periods == null) {
            return new Pair(a, b, Overlap.Kind.SUBJECT, subjects + " (" + x.metric() + " " + x.period() + ")");
        }
        if (subjects == null) {
            return new Pair(a, b, Overlap.Kind.PERIOD, periods + " (" + x.subject() + " " + x.metric() + ", a flow)");
        }
        return new Pair(a, b, Overlap.Kind.SUBJECT_AND_PERIOD, subjects + " and " + periods + " (" + x.metric() + ")");
    }

    private static String what(Leaf l) {
        return l.key.subject() + " " + l.key.metric() + " " + l.key.period();
    }

    private static String source(Leaf.Key k) {
        return k.source() == null ? "no source" : "source " + k.source();
    }

    private String subjectReason(SubjectRef x, SubjectRef y) {
        if (contains(x, y)) {
            return y + (x.isUnion() && !y.isUnion() ? " is a part of the union " : " is a part of ") + x;
        }
        if (contains(y, x)) {
            return x + (y.isUnion() && !x.isUnion() ? " is a part of the union " : " is a part of ") + y;
        }
        return x + " and " + y + " have a part in common";
    }

    private static String periodReason(ReportingPeriod x, ReportingPeriod y) {
        if (x.contains(y)) {
            return y + " is within " + x;
        }
        if (y.contains(x)) {
            return x + " is within " + y;
        }
        return x + " and " + y + " overlap";
    }

    /** Whether every part of {@code inner} is a part of {@code outer} or below one. */
    boolean contains(SubjectRef outer, SubjectRef inner) {
        for (String i : inner.parts()) {
            boolean in = false;
            for (String o : outer.parts()) {
                if (o.equals(i) || ancestors(i).contains(o)) {
                    in = true;
                    break;
                }
            }
            if (!in) {
                return false;
            }
        }
        return true;
    }

    /** Sets {@code p.drop} and {@code p.rule} where the policy resolves the pair. */
    private void decide(Pair p, OverlapPolicy policy) {
        if (p.a == p.b) {
            if (policy.isKeepFirst()) {
                p.drop = p.a;
                p.rule = "first";
            }
            return;
        }
        Leaf.Key x = p.a.key;
        Leaf.Key y = p.b.key;
        switch (p.kind) {
            case SAME_LEVEL: {
                int c = Integer.compare(sourceRank(policy, x), sourceRank(policy, y));
                if (c != 0) {
                    drop(p, c < 0 ? p.b : p.a, "source=" + String.join(",", policy.sources()));
                    return;
                }
                c = Integer.compare(unitRank(policy, x.unit()), unitRank(policy, y.unit()));
                if (c != 0) {
                    List<String> us = new ArrayList<>();
                    policy.units().forEach(u -> us.add(u.toString()));
                    drop(p, c < 0 ? p.b : p.a, "unit=" + String.join(",", us));
                    return;
                }
                if (policy.isKeepFirst()) {
                    drop(p, p.b, "first");
                }
                return;
            }
            default: {
                Leaf bySubject = null;
                boolean subjectRuled = false;
                if (!x.subject().equals(y.subject()) && policy.subjects() != OverlapPolicy.SubjectRule.NONE) {
                    subjectRuled = true;
                    bySubject = containmentDrop(p, contains(x.subject(), y.subject()), contains(y.subject(), x.subject()),
                            policy.subjects() == OverlapPolicy.SubjectRule.BROADEST);
                }
                Leaf byPeriod = null;
                boolean periodRuled = false;
                if (!x.period().equals(y.period()) && policy.periods() != OverlapPolicy.PeriodRule.NONE) {
                    periodRuled = true;
                    byPeriod = containmentDrop(p, x.period().contains(y.period()), y.period().contains(x.period()),
                            policy.periods() == OverlapPolicy.PeriodRule.WHOLE);
                }
                if ((subjectRuled && bySubject == null) || (periodRuled && byPeriod == null)) {
                    return; // a rule applies but cannot tell which to keep
                }
                if (bySubject != null && byPeriod != null) {
                    if (bySubject == byPeriod) {
                        drop(p, bySubject, "subject=" + policy.subjects().id() + ";period=" + policy.periods().id());
                    }
                } else if (bySubject != null) {
                    drop(p, bySubject, "subject=" + policy.subjects().id());
                } else if (byPeriod != null) {
                    drop(p, byPeriod, "period=" + policy.periods().id());
                }
            }
        }
    }

    /** The leaf to drop when {@code aHoldsB} or {@code bHoldsA}: the inner one to keep the broadest, else the outer. */
    private static Leaf containmentDrop(Pair p, boolean aHoldsB, boolean bHoldsA, boolean keepOuter) {
        if (aHoldsB == bHoldsA) {
            return null;
        }
        Leaf outer = aHoldsB ? p.a : p.b;
        Leaf inner = aHoldsB ? p.b : p.a;
        return keepOuter ? inner : outer;
    }

    private static void drop(Pair p, Leaf l, String rule) {
        p.drop = l;
        p.rule = rule;
    }

    private static int sourceRank(OverlapPolicy policy, Leaf.Key k) {
        int i = k.source() == null ? -1 : policy.sources().indexOf(k.source());
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static int unitRank(OverlapPolicy policy, ObservationUnit u) {
        List<ObservationUnit> units = policy.units();
        for (int i = 0; i < units.size(); i++) {
            ObservationUnit w = units.get(i);
            if (w.equals(u) || (w.isMoney() && u.isMoney() && w.currency().equals(u.currency()))) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
