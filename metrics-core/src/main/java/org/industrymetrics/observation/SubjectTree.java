package org.industrymetrics.observation;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parent tree of a dataset's subjects and the overlap rule of FORMAT.md §2: subjects with a
 * common ancestor, neither an ancestor of the other, are disjoint; a subject and its ancestor
 * overlap; subjects in different trees (or not in the table) are of unknown overlap.
 * This class is immutable and thread-safe.
 */
public final class SubjectTree {

    /** How two subjects relate. */
    public enum Overlap {
        /** They share nothing: their levels may be added. */
        DISJOINT,
        /** They are the same, or one contains the other. */
        OVERLAPPING,
        /** Nothing is known: no check assumes anything. */
        UNKNOWN
    }

    private final ImmutableMap<String, Subject> subjects;
    private final ImmutableListMultimap<String, Subject> children;

    SubjectTree(Map<String, Subject> subjects) {
        this.subjects = ImmutableMap.copyOf(subjects);
        ImmutableListMultimap.Builder<String, Subject> kids = ImmutableListMultimap.builder();
        for (Subject s : subjects.values()) {
            s.parent().ifPresent(p -> kids.put(p, s));
        }
        this.children = kids.build();
    }

    /**
     * {@return the subject with this id, if the table has it}
     *
     * @param id the id
     */
    public Optional<Subject> subject(String id) {
        return Optional.ofNullable(subjects.get(id));
    }

    /**
     * {@return the subjects whose parent is {@code id}, in table order}
     *
     * @param id the id
     */
    public List<Subject> children(String id) {
        return children.get(id);
    }

    /**
     * {@return the ids of the ancestors of {@code id}, nearest first (not including itself)}
     *
     * @param id the id
     */
    public List<String> ancestors(String id) {
        List<String> result = new ArrayList<>();
        Subject s = subjects.get(id);
        Set<String> seen = new HashSet<>();
        while (s != null && s.parent().isPresent() && seen.add(s.id())) {
            String p = s.parent().get();
            result.add(p);
            s = subjects.get(p);
        }
        return result;
    }

    /**
     * {@return whether {@code ancestor} is {@code id} or contains it}
     *
     * @param ancestor the ancestor
     * @param id the id
     */
    public boolean isAncestorOrSelf(String ancestor, String id) {
        return ancestor.equals(id) || ancestors(id).contains(ancestor);
    }

    /**
     * {@return how two single subjects relate}
     *
     * @param a one subject
     * @param b the other subject
     */
    public Overlap overlap(String a, String b) {
        if (isAncestorOrSelf(a, b) || isAncestorOrSelf(b, a)) {
            return Overlap.OVERLAPPING;
        }
        List<String> ancestorsOfA = ancestors(a);
        for (String ancestor : ancestors(b)) {
            if (ancestorsOfA.contains(ancestor)) {
                return Overlap.DISJOINT;
            }
        }
        return Overlap.UNKNOWN;
    }

    /**
     * {@return how two subjects or unions relate: disjoint when every part of one is disjoint from
     * every part of the other; overlapping when some parts overlap; unknown otherwise}
     *
     * @param a one subject
     * @param b the other subject
     */
    public Overlap overlap(SubjectRef a, SubjectRef b) {
        boolean allDisjoint = true;
        for (String x : a.parts()) {
            for (String y : b.parts()) {
                Overlap o = overlap(x, y);
                if (o == Overlap.OVERLAPPING) {
                    return Overlap.OVERLAPPING;
                }
                allDisjoint &= o == Overlap.DISJOINT;
            }
        }
        return allDisjoint ? Overlap.DISJOINT : Overlap.UNKNOWN;
    }

    /**
     * {@return whether the parts of {@code union} are pairwise disjoint by the table}
     *
     * @param union the union
     */
    public boolean isDisjointUnion(SubjectRef union) {
        List<String> parts = union.parts();
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                if (overlap(parts.get(i), parts.get(j)) != Overlap.DISJOINT) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Returns the first subject on a parent cycle, if any (a malformed table). */
    Optional<String> findCycle() {
        for (Subject s : subjects.values()) {
            Set<String> seen = new HashSet<>();
            Subject cur = s;
            while (cur != null && cur.parent().isPresent()) {
                if (!seen.add(cur.id())) {
                    return Optional.of(cur.id());
                }
                cur = subjects.get(cur.parent().get());
            }
        }
        return Optional.empty();
    }
}
