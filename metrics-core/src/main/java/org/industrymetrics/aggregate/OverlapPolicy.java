package org.industrymetrics.aggregate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.observation.ObservationUnit;

/**
 * How a sum treats two levels of one group that may describe the same amount (an {@link Overlap}).
 * <p>
 * By default ({@link #REFUSE}) such a sum is refused, naming both observations. Each rule resolves
 * one kind of overlap by dropping one of the two levels; the dropped levels are listed in the
 * {@link SumResult} with the rule and the level kept, so no figure disappears unseen:
 * <ul>
 * <li>{@link SubjectRule}: of a subject and its ancestor (or a union and its part), keep the
 * broadest or the finest;
 * <li>{@link PeriodRule}: of a period and a period it contains, keep the whole or the part;
 * <li>{@link #preferSources}, {@link #preferUnits}: of two levels of one subject, metric and
 * period (two sources, two currencies), keep the one from the source (unit, currency) listed
 * first; {@link #keepFirst} then keeps the one with the smallest id;
 * <li>{@link #allowRest}: add the overlaps no rule resolves anyway; each is reported as a warning.
 * </ul>
 * Where a pair differs in subject and in period, the rules given for both must agree on which to
 * drop. An overlap no rule resolves (two unions sharing a part, periods that overlap without one
 * containing the other) refuses the sum unless {@link #allowRest} is set.
 * <p>
 * The text form, read by {@link #parse} and written by {@link #toString}, is a list of rules
 * separated by {@code ;}: {@code subject=broadest;period=whole;source=nbs,cabia;unit=CNY;first;allow},
 * or {@code refuse} for none. This class is immutable and thread-safe.
 */
public final class OverlapPolicy {

    /** Which of a subject and a subject that contains it to keep. */
    public enum SubjectRule {
        /** No rule: such an overlap is not resolved. */
        NONE,
        /** Keep the ancestor (or the union), drop the part. */
        BROADEST,
        /** Keep the part, drop the ancestor (or the union). */
        FINEST;

        /** {@return {@code broadest}, {@code finest} or {@code none}} */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Which of a period and a period it contains to keep. */
    public enum PeriodRule {
        /** No rule: such an overlap is not resolved. */
        NONE,
        /** Keep the longer period, drop the one it contains. */
        WHOLE,
        /** Keep the contained period, drop the longer one. */
        PARTS;

        /** {@return {@code whole}, {@code parts} or {@code none}} */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The default: every overlap refuses the sum. */
    public static final OverlapPolicy REFUSE = new OverlapPolicy(SubjectRule.NONE, PeriodRule.NONE, List.of(), List.of(), false, false);

    private final SubjectRule subjects;
    private final PeriodRule periods;
    private final ImmutableList<String> sources;
    private final ImmutableList<ObservationUnit> units;
    private final boolean keepFirst;
    private final boolean allowRest;

    private OverlapPolicy(SubjectRule subjects, PeriodRule periods, List<String> sources, List<ObservationUnit> units,
            boolean keepFirst, boolean allowRest) {
        this.subjects = Objects.requireNonNull(subjects, "subjects");
        this.periods = Objects.requireNonNull(periods, "periods");
        this.sources = ImmutableList.copyOf(sources);
        this.units = ImmutableList.copyOf(units);
        this.keepFirst = keepFirst;
        this.allowRest = allowRest;
    }

    /**
     * {@return this policy with the rule for a subject and a subject containing it}
     *
     * @param rule the rule
     */
    public OverlapPolicy withSubjects(SubjectRule rule) {
        return new OverlapPolicy(rule, periods, sources, units, keepFirst, allowRest);
    }

    /**
     * {@return this policy with the rule for a period and a period containing it}
     *
     * @param rule the rule
     */
    public OverlapPolicy withPeriods(PeriodRule rule) {
        return new OverlapPolicy(subjects, rule, sources, units, keepFirst, allowRest);
    }

    /**
     * {@return this policy preferring, of two levels of one subject, metric and period, these sources in this order}
     *
     * @param sourceIds the source ids
     */
    public OverlapPolicy preferSources(String... sourceIds) {
        List<String> all = new ArrayList<>(sources);
        for (String s : sourceIds) {
            all.add(Objects.requireNonNull(s, "source").strip());
        }
        return new OverlapPolicy(subjects, periods, all, units, keepFirst, allowRest);
    }

    /**
     * {@return this policy preferring, of two levels of one subject, metric and period, these units in
     * this order; a currency ({@code CNY}, {@code billion CNY}) stands for every amount in it, whatever
     * its scale word}
     *
     * @param preferred the preferred, first first
     */
    public OverlapPolicy preferUnits(ObservationUnit... preferred) {
        List<ObservationUnit> all = new ArrayList<>(units);
        for (ObservationUnit u : preferred) {
            all.add(Objects.requireNonNull(u, "unit"));
        }
        return new OverlapPolicy(subjects, periods, sources, all, keepFirst, allowRest);
    }

    /** {@return this policy keeping, of levels of one subject, metric and period told apart by no other rule, the smallest id} */
    public OverlapPolicy keepFirst() {
        return new OverlapPolicy(subjects, periods, sources, units, true, allowRest);
    }

    /** {@return this policy adding the overlaps no rule resolves, each reported as a warning} */
    public OverlapPolicy allowRest() {
        return new OverlapPolicy(subjects, periods, sources, units, keepFirst, true);
    }

    /** {@return the rule for subjects} */
    public SubjectRule subjects() {
        return subjects;
    }

    /** {@return the rule for periods} */
    public PeriodRule periods() {
        return periods;
    }

    /** {@return the preferred sources, best first} */
    public List<String> sources() {
        return sources;
    }

    /** {@return the preferred units and currencies, best first} */
    public List<ObservationUnit> units() {
        return units;
    }

    /** {@return whether levels told apart by no other rule keep the smallest id} */
    @JsonIgnore // not a property: without the Jackson module, writing a policy fails instead of giving a partial bean
    public boolean isKeepFirst() {
        return keepFirst;
    }

    /** {@return whether overlaps no rule resolves are added with a warning rather than refused} */
    @JsonIgnore // not a property: without the Jackson module, writing a policy fails instead of giving a partial bean
    public boolean isAllowRest() {
        return allowRest;
    }

    /**
     * Reads the text form: rules separated by {@code ;}, each {@code subject=broadest|finest},
     * {@code period=whole|parts}, {@code source=ID,...}, {@code unit=U,...}, {@code first},
     * {@code allow}; or {@code refuse}.
     *
     * @param text the text to read
     * @return the overlap policy
     * @throws FigureParseException naming the rule that is not one of these
     */
    public static OverlapPolicy parse(String text) {
        Objects.requireNonNull(text, "text");
        OverlapPolicy p = REFUSE;
        int at = 0;
        for (String rule : text.split(";", -1)) {
            String r = rule.strip();
            int eq = r.indexOf('=');
            String key = (eq < 0 ? r : r.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
            String value = eq < 0 ? null : r.substring(eq + 1).strip();
            switch (key) {
                case "refuse":
                    break;
                case "first":
                    p = p.keepFirst();
                    break;
                case "allow":
                    p = p.allowRest();
                    break;
                case "subject":
                    p = p.withSubjects(choose(text, at, value, SubjectRule.BROADEST, SubjectRule.FINEST));
                    break;
                case "period":
                    p = p.withPeriods(choose(text, at, value, PeriodRule.WHOLE, PeriodRule.PARTS));
                    break;
                case "source":
                    p = p.preferSources(list(text, at, value).toArray(new String[0]));
                    break;
                case "unit":
                    List<ObservationUnit> us = new ArrayList<>();
                    for (String u : list(text, at, value)) {
                        us.add(ObservationUnit.parse(u));
                    }
                    p = p.preferUnits(us.toArray(new ObservationUnit[0]));
                    break;
                default:
                    throw new FigureParseException(text, at, "found \"" + r + "\", expected subject=broadest|finest, "
                            + "period=whole|parts, source=ID,..., unit=U,..., first, allow or refuse");
            }
            at += rule.length() + 1;
        }
        return p;
    }

    private static <E extends Enum<E>> E choose(String text, int at, String value, E a, E b) {
        for (E e : List.of(a, b)) {
            if (e.name().equalsIgnoreCase(value == null ? "" : value)) {
                return e;
            }
        }
        throw new FigureParseException(text, at, "found " + (value == null ? "no value" : "\"" + value + "\"")
                + ", expected " + a.name().toLowerCase(Locale.ROOT) + " or " + b.name().toLowerCase(Locale.ROOT));
    }

    private static List<String> list(String text, int at, String value) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String v : value.split(",", -1)) {
                if (!v.isBlank()) {
                    out.add(v.strip());
                }
            }
        }
        if (out.isEmpty()) {
            throw new FigureParseException(text, at, "found no value, expected a list separated by commas");
        }
        return out;
    }

    /** Returns the text form {@link #parse} reads: {@code subject=broadest;source=nbs;allow}, or {@code refuse}. */
    @Override
    public String toString() {
        List<String> rules = new ArrayList<>();
        if (subjects != SubjectRule.NONE) {
            rules.add("subject=" + subjects.id());
        }
        if (periods != PeriodRule.NONE) {
            rules.add("period=" + periods.id());
        }
        if (!sources.isEmpty()) {
            rules.add("source=" + String.join(",", sources));
        }
        if (!units.isEmpty()) {
            List<String> us = new ArrayList<>();
            units.forEach(u -> us.add(u.toString()));
            rules.add("unit=" + String.join(",", us));
        }
        if (keepFirst) {
            rules.add("first");
        }
        if (allowRest) {
            rules.add("allow");
        }
        return rules.isEmpty() ? "refuse" : String.join(";", rules);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof OverlapPolicy)) {
            return false;
        }
        OverlapPolicy o = (OverlapPolicy) obj;
        return o.subjects == subjects && o.periods == periods && o.sources.equals(sources) && o.units.equals(units)
                && o.keepFirst == keepFirst && o.allowRest == allowRest;
    }

    @Override
    public int hashCode() {
        return Objects.hash(subjects, periods, sources, units, keepFirst, allowRest);
    }
}
