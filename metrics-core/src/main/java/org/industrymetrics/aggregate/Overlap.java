package org.industrymetrics.aggregate;

import java.util.Objects;
import org.industrymetrics.observation.Observation;

/**
 * Two levels of one group of a sum that may describe the same amount, why, and what the
 * {@link OverlapPolicy} did about it. This class is immutable and thread-safe.
 *
 * @param group the group both levels are in, not null
 * @param first the level with the smaller id, not null
 * @param second the other level, not null
 * @param kind how they overlap, not null
 * @param reason why they may describe the same amount, such as {@code CN-SC is a part of CN}, not null
 * @param resolution what the policy did, not null
 * @param rule the rule that resolved it ({@code subject=broadest}), or empty when none did
 */
public record Overlap(GroupKey group, Observation first, Observation second, Kind kind, String reason,
        Resolution resolution, String rule) {

    /** How two levels overlap. */
    public enum Kind {
        /** The same subject, metric and period: another source, another unit or currency, or the same row twice. */
        SAME_LEVEL,
        /** One subject contains the other (subject tree), or a union and one of its parts, or two unions sharing a part. */
        SUBJECT,
        /** The same subject, and one period contains or overlaps the other. */
        PERIOD,
        /** Both the subjects and the periods overlap, and neither is the same. */
        SUBJECT_AND_PERIOD
    }

    /** What the policy did with an overlap. */
    public enum Resolution {
        /** The first level was left out of the total. */
        DROPPED_FIRST,
        /** The second level was left out of the total. */
        DROPPED_SECOND,
        /** Both were added, as the policy allows, with a warning. */
        ADDED_BOTH,
        /** Both are in the group but no rule resolves it: the sum is refused. */
        REFUSED,
        /** No rule resolved it, but one of the two was dropped for another overlap. */
        MOOT
    }

    /**
     * Validates the components.
     *
     * @param group the group
     * @param first the first
     * @param second the second
     * @param kind the kind
     * @param reason why
     * @param resolution how the overlap was resolved
     * @param rule the rule
     */
    public Overlap {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * Returns {@code cn-out and sc-out overlap: CN-SC is a part of CN; dropped sc-out (subject=broadest)}.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(first.id()).append(" and ").append(second.id()).append(" overlap: ").append(reason);
        switch (resolution) {
            case DROPPED_FIRST:
                return sb.append("; dropped ").append(first.id()).append(" (").append(rule).append(')').toString();
            case DROPPED_SECOND:
                return sb.append("; dropped ").append(second.id()).append(" (").append(rule).append(')').toString();
            case ADDED_BOTH:
                return sb.append("; both added (allow)").toString();
            case MOOT:
                return sb.append("; one of them dropped for another overlap").toString();
            default:
                return sb.append("; refused").toString();
        }
    }
}
