package org.industrymetrics.aggregate;

import java.util.Objects;
import org.industrymetrics.observation.Observation;

/**
 * A level an {@link OverlapPolicy} left out of a total, and why. This class is immutable and thread-safe.
 *
 * @param group the group it was in, not null
 * @param observation the level left out, not null
 * @param count how many levels this entry stands for: 1, or more when the same subject, metric,
 *     period, source and unit was given several times (the others are not kept one by one)
 * @param keptInstead the level it overlaps that stays in the total; where every level it overlaps
 *     was left out too, the one whose overlap dropped it; not null
 * @param rule the rule that dropped it ({@code subject=broadest}), not null
 * @param reason why the two may describe the same amount, not null
 */
public record Dropped(GroupKey group, Observation observation, long count, Observation keptInstead, String rule, String reason) {

    /**
     * Validates the components.
     *
     * @param group the group
     * @param observation the observation
     * @param count the count
     * @param keptInstead the observation kept in its place
     * @param rule the rule
     * @param reason why
     */
    public Dropped {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(observation, "observation");
        Objects.requireNonNull(keptInstead, "keptInstead");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        if (count < 1) {
            throw new IllegalArgumentException("a dropped entry stands for at least one level, found " + count);
        }
    }

    /** Returns {@code sc-out (kept cn-out: CN-SC is a part of CN; subject=broadest)}. */
    @Override
    public String toString() {
        return observation.id() + (count > 1 ? " and " + (count - 1) + " more like it" : "")
                + " (kept " + keptInstead.id() + ": " + reason + "; " + rule + ")";
    }
}
