package org.industrymetrics.aggregate;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.industrymetrics.observation.ObservationUnit;

/**
 * The totals of a sum, one per group, in key order. This class is immutable and thread-safe.
 */
public final class SumResult {

    private final ObservationUnit unit;
    private final ImmutableSortedMap<GroupKey, Total> groups;
    private final OverlapPolicy policy;
    private final ImmutableList<Overlap> overlaps;
    private final ImmutableList<Dropped> dropped;

    SumResult(ObservationUnit unit, ImmutableSortedMap<GroupKey, Total> groups, OverlapPolicy policy,
            List<Overlap> overlaps, List<Dropped> dropped) {
        this.unit = unit;
        this.groups = groups;
        this.policy = policy;
        this.overlaps = ImmutableList.copyOf(overlaps);
        this.dropped = ImmutableList.copyOf(dropped);
    }

    /** {@return the overlap policy the sum was made with} */
    public OverlapPolicy policy() {
        return policy;
    }

    /**
     * {@return every pair of levels of a group that may describe the same amount, and what the policy
     * did with it (dropped one, or added both with a warning), by group then id}
     */
    public List<Overlap> overlaps() {
        return overlaps;
    }

    /** {@return every level the policy left out, with the level kept in its place, by group then id} */
    public List<Dropped> dropped() {
        return dropped;
    }

    /** {@return the unit of every total} */
    public ObservationUnit unit() {
        return unit;
    }

    /** {@return the totals by group, in key order} */
    public Map<GroupKey, Total> groups() {
        return groups;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof SumResult)) {
            return false;
        }
        SumResult r = (SumResult) obj;
        return r.unit.equals(unit) && r.groups.equals(groups) && r.policy.equals(policy) && r.overlaps.equals(overlaps)
                && r.dropped.equals(dropped);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, groups, policy, overlaps, dropped);
    }

    /**
     * Returns one line per group: {@code subject=CN-SC: 548.4 GWh [548.35, 548.45] (12 observations)},
     * then a line per level dropped ({@code dropped sc-out (kept cn-out: ...)}) and per overlap added
     * anyway ({@code warning: ...}).
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        groups.forEach((k, t) -> sb.append(sb.length() == 0 ? "" : "\n").append(k).append(": ").append(t));
        dropped.forEach(d -> sb.append("\ndropped ").append(d));
        overlaps.stream().filter(o -> o.resolution() == Overlap.Resolution.ADDED_BOTH)
                .forEach(o -> sb.append("\nwarning: ").append(o));
        return sb.length() == 0 ? "(no levels in " + unit + ")" : sb.toString();
    }
}
