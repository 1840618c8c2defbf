package org.industrymetrics.check;

/** The outcome of one check (FORMAT.md §7). */
public enum Verdict {
    /** The stated and derived intervals overlap: some true values make every figure right. */
    CONSISTENT,
    /** They do not overlap: no true values make every figure right. */
    INCONSISTENT,
    /** The derived interval is unbounded, or the inputs cannot be compared (a currency without a rate). */
    UNDETERMINED
}
