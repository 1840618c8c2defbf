package org.industrymetrics.aggregate;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.Objects;
import org.industrymetrics.observation.ObservationUnit;

/**
 * The totals of a sum, one per group, in key order. This class is immutable and thread-safe.
 */
public final class SumResult {

    private final ObservationUnit unit;
    private final ImmutableSortedMap<GroupKey, Total> groups;

    SumResult(ObservationUnit unit, ImmutableSortedMap<GroupKey, Total> groups) {
        this.unit = unit;
        this.groups = groups;
    }

    /** Returns the unit of every total. */
    public ObservationUnit unit() {
        return unit;
    }

    /** Returns the totals by group, in key order. */
    public Map<GroupKey, Total> groups() {
        return groups;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof SumResult && ((SumResult) obj).unit.equals(unit) && ((SumResult) obj).groups.equals(groups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, groups);
    }

    /** Returns one line per group: {@code subject=CN-SC: 548.4 GWh [548.35, 548.45] (12 observations)}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        groups.forEach((k, t) -> sb.append(sb.length() == 0 ? "" : "\n").append(k).append(": ").append(t));
        return sb.length() == 0 ? "(no levels in " + unit + ")" : sb.toString();
    }
}
