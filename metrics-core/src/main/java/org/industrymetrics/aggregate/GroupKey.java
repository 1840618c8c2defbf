package org.industrymetrics.aggregate;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;

/**
 * The values of the grouping fields of one group, such as {@code subject=CN, period=2024}.
 * Ordered by field (subject, metric, period) then value. This class is immutable and thread-safe.
 */
public final class GroupKey implements Comparable<GroupKey> {

    private final ImmutableMap<GroupBy, String> values;

    GroupKey(Map<GroupBy, String> values) {
        // canonical field order, whatever order the fields were asked in
        ImmutableMap.Builder<GroupBy, String> b = ImmutableMap.builder();
        for (GroupBy g : GroupBy.values()) {
            if (values.containsKey(g)) {
                b.put(g, values.get(g));
            }
        }
        this.values = b.build();
    }

    /** {@return the grouping fields and their values, in the order subject, metric, period} */
    public Map<GroupBy, String> values() {
        return values;
    }

    /**
     * {@return the value of one field, or null when the sum is not grouped by it}
     *
     * @param field the field
     */
    public String get(GroupBy field) {
        return values.get(field);
    }

    @Override
    public int compareTo(GroupKey o) {
        for (GroupBy g : GroupBy.values()) {
            String a = values.get(g);
            String b = o.values.get(g);
            if (!Objects.equals(a, b)) {
                if (a == null) {
                    return -1;
                }
                if (b == null) {
                    return 1;
                }
                return a.compareTo(b);
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof GroupKey && ((GroupKey) obj).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** Returns {@code subject=CN, period=2024}, or {@code all} for the single group of an ungrouped sum. */
    @Override
    public String toString() {
        if (values.isEmpty()) {
            return "all";
        }
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k.id()).append('=').append(v));
        return sb.toString();
    }
}
