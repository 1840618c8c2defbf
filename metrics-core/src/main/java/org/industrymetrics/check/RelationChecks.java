package org.industrymetrics.check;

import static org.industrymetrics.check.CheckContext.HUNDRED;
import static org.industrymetrics.check.CheckContext.MC;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.industrymetrics.check.CheckContext.Incomparable;
import org.industrymetrics.check.CheckContext.Outcome;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.figure.Relations;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.period.ReportingPeriod;

/**
 * The checks of a relative figure against the figures it is computed from: {@code share},
 * {@code growth}, {@code multiple}, {@code growth-pp}, {@code share-pp}, {@code contribution}.
 * Each iterates the figures of its measure once and finds the operands through the dataset's
 * indexes. Where a slot has several figures (two sources for one level), there is one finding per
 * combination.
 */
final class RelationChecks {

    /** About the length of a message, so its builder is made large enough at once. */
    private static final int MESSAGE_LENGTH = 96;

    private RelationChecks() {
    }

    // -----------------------------------------------------------------------------------------
    // share

    /**
     * A share figure against level(subject) / level(whole), the part converted to the whole's unit;
     * where only one of the two levels is stated, what the share implies for the other.
     */
    static void share(CheckContext ctx) {
        for (Observation s : ctx.dataset.withMeasure(Measure.SHARE)) {
            List<Observation> parts = same(s, ctx.dataset.levels(s.subject(), s.metric(), s.period()));
            List<Observation> wholes = same(s, ctx.dataset.levels(s.baseSubject(), s.metric(), s.period()));
            LoneFigures.share(ctx, s, parts, wholes);
            if (parts.isEmpty()) {
                continue;
            }
            Interval stated = ctx.interval(s);
            int scale = CheckContext.displayScale(ObservationUnit.PERCENT, s.figure().precision());
            if (wholes.isEmpty() && s.baseSubject().isUnion() && ctx.dataset.subjectTree().isDisjointUnion(s.baseSubject())) {
                unionWhole(ctx, s, parts, stated, scale);
                continue;
            }
            for (Observation w : wholes) {
                ObservationUnit target = w.effectiveUnit();
                Term whole = ctx.term(w, target, true);
                for (Observation p : parts) {
                    Term part;
                    try {
                        part = ctx.term(p, target, true);
                    } catch (Incomparable e) {
                        ctx.addIncomparable(CheckId.SHARE, List.of(s, p, w), stated, ObservationUnit.PERCENT,
                                "undetermined: " + e.getMessage() + ", " + Text.stated(s));
                        continue;
                    }
                    Interval derived = Relations.sharePercent(part.interval(), whole.interval(), MC);
                    Outcome out = CheckContext.outcome(stated, derived, scale, false);
                    BigDecimal nominal = exact(part, whole) ? divide(part.nominal().multiply(HUNDRED), whole.nominal()) : null;
                    StringBuilder message = new StringBuilder(MESSAGE_LENGTH);
                    whole.appendText(part.appendText(message).append(" / ")).append(" = ");
                    Text.stated(result(message, nominal, out, s, "%").append(", "), s);
                    ctx.add(CheckId.SHARE, out, ObservationUnit.PERCENT, undetermined(message, out, derived), s, p, w);
                }
            }
        }
    }

    /**
     * A share of a union none of whose levels is stated, against the sum of the levels of its
     * parts (disjoint by the subject tree): every part needs a level.
     */
    private static void unionWhole(CheckContext ctx, Observation s, List<Observation> parts, Interval stated, int scale) {
        List<String> names = s.baseSubject().parts();
        List<List<Observation>> levels = new ArrayList<>();
        for (String name : names) {
            List<Observation> l = same(s, ctx.dataset.levels(org.industrymetrics.observation.SubjectRef.of(name), s.metric(), s.period()));
            if (l.isEmpty()) {
                return;
            }
            levels.add(l);
        }
        ObservationUnit target = levels.get(0).get(0).effectiveUnit();
        for (Observation p : parts) {
            List<List<Term>> slots = new ArrayList<>();
            try {
                slots.add(List.of(ctx.term(p, target, true)));
                for (List<Observation> l : levels) {
                    List<Term> terms = new ArrayList<>();
                    for (Observation o : l) {
                        terms.add(ctx.term(o, target, true));
                    }
                    slots.add(terms);
                }
            } catch (Incomparable e) {
                ctx.addIncomparable(CheckId.SHARE, List.of(s, p), stated, ObservationUnit.PERCENT,
                        "undetermined: " + e.getMessage() + ", " + Text.stated(s));
                continue;
            }
            for (List<Term> t : CheckContext.choices(slots)) {
                Term part = t.get(0);
                List<Term> whole = t.subList(1, t.size());
                Interval wholeInterval = SumChecks.sum(whole);
                Interval derived = Relations.sharePercent(part.interval(), wholeInterval, MC);
                Outcome out = CheckContext.outcome(stated, derived, scale, false);
                StringBuilder w = new StringBuilder("(");
                for (int i = 0; i < whole.size(); i++) {
                    w.append(i == 0 ? "" : " + ");
                    whole.get(i).appendText(w).append(" (").append(names.get(i)).append(')');
                }
                w.append(')');
                BigDecimal nominal = null;
                if (Term.allExact(t)) {
                    BigDecimal sum = BigDecimal.ZERO;
                    for (Term x : whole) {
                        sum = sum.add(x.nominal());
                    }
                    nominal = divide(part.nominal().multiply(HUNDRED), sum);
                }
                String message = part.text() + " / " + w + " = " + result(nominal, out, s, "%") + ", " + Text.stated(s)
                        + undetermined(out, derived);
                ctx.add(CheckId.SHARE, out, ObservationUnit.PERCENT, message, CheckContext.observations(s, t));
            }
        }
    }

    // -----------------------------------------------------------------------------------------
    // growth and multiple

    /**
     * A growth or multiple figure against the levels of its period and base period, in one currency;
     * where only one of the two levels is stated, what the figure implies for the other.
     */
    static void growth(CheckContext ctx, Measure measure) {
        CheckId check = measure == Measure.GROWTH ? CheckId.GROWTH : CheckId.MULTIPLE;
        ObservationUnit unit = measure == Measure.GROWTH ? ObservationUnit.PERCENT : ObservationUnit.MULTIPLE;
        for (Observation g : ctx.dataset.withMeasure(measure)) {
            List<Observation> current = same(g, ctx.dataset.levels(g.subject(), g.metric(), g.period()));
            List<Observation> base = baseCompatible(g, ctx.dataset.levels(g.subject(), g.metric(), g.basePeriod()));
            LoneFigures.growth(ctx, g, current, base);
            if (current.isEmpty()) {
                continue;
            }
            Interval stated = ctx.interval(g);
            int scale = CheckContext.displayScale(unit, g.figure().precision());
            for (Observation c : current) {
                Term now = ctx.term(c, c.effectiveUnit(), false);
                for (Observation b : base) {
                    Term before;
                    try {
                        before = ctx.term(b, c.effectiveUnit(), false);
                    } catch (Incomparable e) {
                        ctx.addIncomparable(check, List.of(g, c, b), stated, unit, "undetermined: " + e.getMessage() + ", " + Text.stated(g));
                        continue;
                    }
                    if (before == null) {
                        continue; // another currency: a growth is taken in one currency
                    }
                    Interval derived;
                    BigDecimal nominal = null;
                    StringBuilder message = new StringBuilder(MESSAGE_LENGTH);
                    before.appendText(now.appendText(message).append(" / "));
                    if (measure == Measure.GROWTH) {
                        derived = Relations.growthPercent(now.interval(), before.interval(), MC);
                        if (exact(now, before)) {
                            BigDecimal q = divide(now.nominal(), before.nominal());
                            nominal = q == null ? null : q.subtract(BigDecimal.ONE).multiply(HUNDRED);
                        }
                        message.append(" - 1 = ");
                    } else {
                        derived = Relations.multiple(now.interval(), before.interval(), MC);
                        nominal = exact(now, before) ? divide(now.nominal(), before.nominal()) : null;
                        message.append(" = ");
                    }
                    Outcome out = CheckContext.outcome(stated, derived, scale, false);
                    Text.stated(result(message, nominal, out, g, unit.toString()).append(", "), g);
                    ctx.add(check, out, unit, undetermined(message, out, derived), g, c, b);
                }
            }
        }
    }

    // -----------------------------------------------------------------------------------------
    // growth-pp and share-pp

    /**
     * A growth_pp (share_pp) figure against the growth (share) figures of its period and its base
     * period: the difference in percentage points. The two growth figures must be taken against
     * bases the same distance back (both year on year); the two shares must be of the same whole.
     */
    static void pp(CheckContext ctx, Measure measure) {
        boolean growth = measure == Measure.GROWTH_PP;
        CheckId check = growth ? CheckId.GROWTH_PP : CheckId.SHARE_PP;
        Measure of = growth ? Measure.GROWTH : Measure.SHARE;
        ObservationUnit unit = ObservationUnit.PERCENTAGE_POINTS;
        for (Observation x : ctx.dataset.withMeasure(measure)) {
            ReportingPeriod basePeriod = x.basePeriod();
            List<Observation> now = same(x, ctx.dataset.find(x.subject(), x.metric(), x.period(), of));
            List<Observation> before = baseCompatible(x, ctx.dataset.find(x.subject(), x.metric(), basePeriod, of));
            Interval stated = ctx.interval(x);
            int scale = CheckContext.displayScale(unit, x.figure().precision());
            if (growth && (now.isEmpty() || before.isEmpty())) {
                // a growth not stated is derived from its levels, year on year, as the growth check would compare it
                List<Rate> nowRates = now.isEmpty() ? derivedGrowths(ctx, x, x.period()) : statedRates(ctx, now);
                List<Rate> beforeRates = before.isEmpty() ? derivedGrowths(ctx, x, basePeriod) : statedRates(ctx, before);
                for (Rate n : nowRates) {
                    for (Rate b : beforeRates) {
                        Interval derived = Relations.ppDifference(n.interval(), b.interval());
                        Outcome out = CheckContext.outcome(stated, derived, scale, false);
                        List<Observation> used = new ArrayList<>(List.of(x));
                        used.addAll(n.observations);
                        used.addAll(b.observations);
                        ctx.add(check, out, unit, n.text + " - " + b.text + " = " + out.shown + " pp, " + Text.stated(x), used.toArray(new Observation[0]));
                    }
                }
                continue;
            }
            for (Observation n : now) {
                for (Observation b : before) {
                    if (growth ? !sameDistanceBack(n, b, x.period(), basePeriod) : !n.baseSubject().equals(b.baseSubject())) {
                        continue;
                    }
                    Interval derived = Relations.ppDifference(ctx.interval(n), ctx.interval(b));
                    Outcome out = CheckContext.outcome(stated, derived, scale, false);
                    boolean exact = n.figure().qualifier() == Qualifier.EXACT && b.figure().qualifier() == Qualifier.EXACT;
                    String result = exact
                            ? Text.plain(CheckContext.nominal(n.figure()).subtract(CheckContext.nominal(b.figure()))) + " pp"
                            : out.shown + " pp";
                    String message = Text.figure(n) + " - " + Text.figure(b) + " = " + result + ", " + Text.stated(x);
                    ctx.add(check, out, unit, message, x, n, b);
                }
            }
        }
    }

    /** A growth rate, stated or derived from two levels: its interval in %, how it reads, the figures it uses. */
    private record Rate(Interval interval, String text, List<Observation> observations) {
    }

    private static List<Rate> statedRates(CheckContext ctx, List<Observation> growths) {
        List<Rate> out = new ArrayList<>(growths.size());
        for (Observation g : growths) {
            out.add(new Rate(ctx.interval(g), Text.figure(g), List.of(g)));
        }
        return out;
    }

    /** The growths of {@code period} over the year before, from the levels of both, one per pair of levels in one currency. */
    private static List<Rate> derivedGrowths(CheckContext ctx, Observation x, ReportingPeriod period) {
        List<Rate> out = new ArrayList<>();
        if (!canShift(period, 1)) {
            return out; // the year 0 has no year before it in the model
        }
        ReportingPeriod previous = period.previousYear();
        List<Observation> now = same(x, ctx.dataset.levels(x.subject(), x.metric(), period));
        List<Observation> before = baseCompatible(x, ctx.dataset.levels(x.subject(), x.metric(), previous));
        for (Observation c : now) {
            Term cur = ctx.term(c, c.effectiveUnit(), false);
            for (Observation b : before) {
                Term base;
                try {
                    base = ctx.term(b, c.effectiveUnit(), false);
                } catch (Incomparable e) {
                    continue;
                }
                if (base == null || !base.interval().isLowBounded() || base.interval().low().signum() <= 0) {
                    continue; // another currency, or a base that may be zero
                }
                Interval g = Relations.growthPercent(cur.interval(), base.interval(), MC);
                out.add(new Rate(g, "(" + cur.text() + " / " + base.text() + " - 1 = " + g.roundOutward(2) + " %)", List.of(c, b)));
            }
        }
        return out;
    }

    /** Whether two growth figures are taken against bases as far back from their periods as {@code base} is from {@code period}. */
    private static boolean sameDistanceBack(Observation now, Observation before, ReportingPeriod period, ReportingPeriod base) {
        int years = period.year() - base.year();
        if (!canShift(period, years) || !canShift(now.basePeriod(), years)) {
            return false;
        }
        if (!period.minusYears(years).equals(base)) {
            return true; // not a whole number of years apart: nothing to compare the bases by
        }
        return now.basePeriod().minusYears(years).equals(before.basePeriod());
    }

    /** Whether {@code period.minusYears(years)} stays within the years of the model. */
    private static boolean canShift(ReportingPeriod period, int years) {
        long first = (long) period.firstDay().getYear() - years;
        long last = (long) period.lastDay().getYear() - years;
        return first >= ReportingPeriod.MIN_YEAR && last <= ReportingPeriod.MAX_YEAR;
    }

    // -----------------------------------------------------------------------------------------
    // contribution

    /**
     * A contribution figure against (part(P) − part(P−1)) / (whole(P) − whole(P−1)) × 100, the
     * whole being the base subject, all in the unit of the whole's level of P, in one currency.
     */
    static void contribution(CheckContext ctx) {
        for (Observation c : ctx.dataset.withMeasure(Measure.CONTRIBUTION)) {
            List<Observation> partNow = same(c, ctx.dataset.levels(c.subject(), c.metric(), c.period()));
            List<Observation> wholeNow = same(c, ctx.dataset.levels(c.baseSubject(), c.metric(), c.period()));
            if (partNow.isEmpty() || wholeNow.isEmpty()) {
                continue;
            }
            ReportingPeriod before = c.basePeriod();
            List<Observation> partBefore = baseCompatible(c, ctx.dataset.levels(c.subject(), c.metric(), before));
            List<Observation> wholeBefore = baseCompatible(c, ctx.dataset.levels(c.baseSubject(), c.metric(), before));
            if (partBefore.isEmpty() || wholeBefore.isEmpty()) {
                continue;
            }
            Interval stated = ctx.interval(c);
            int scale = CheckContext.displayScale(ObservationUnit.PERCENT, c.figure().precision());
            for (Observation wn : wholeNow) {
                ObservationUnit target = wn.effectiveUnit();
                List<List<Term>> slots = new ArrayList<>();
                try {
                    slots.add(terms(ctx, partNow, target));
                    slots.add(terms(ctx, partBefore, target));
                    slots.add(List.of(ctx.term(wn, target, false)));
                    slots.add(terms(ctx, wholeBefore, target));
                } catch (Incomparable e) {
                    List<Observation> used = new ArrayList<>(List.of(c, wn));
                    used.addAll(partNow);
                    ctx.addIncomparable(CheckId.CONTRIBUTION, used, stated, ObservationUnit.PERCENT,
                            "undetermined: " + e.getMessage() + ", " + Text.stated(c));
                    continue;
                }
                if (slots.stream().anyMatch(List::isEmpty)) {
                    continue;
                }
                for (List<Term> t : CheckContext.choices(slots)) {
                    Term pn = t.get(0);
                    Term pb = t.get(1);
                    Term w = t.get(2);
                    Term wb = t.get(3);
                    Interval derived = Relations.contributionPercent(pn.interval(), pb.interval(), w.interval(), wb.interval(), MC);
                    Outcome out = CheckContext.outcome(stated, derived, scale, false);
                    BigDecimal nominal = Term.allExact(t)
                            ? divide(pn.nominal().subtract(pb.nominal()).multiply(HUNDRED), w.nominal().subtract(wb.nominal()))
                            : null;
                    String message = "(" + pn.text() + " - " + pb.text() + ") / (" + w.text() + " - " + wb.text() + ") = "
                            + result(nominal, out, c, "%") + ", " + Text.stated(c) + undetermined(out, derived);
                    ctx.add(CheckId.CONTRIBUTION, out, ObservationUnit.PERCENT, message, CheckContext.observations(c, t));
                }
            }
        }
    }

    // -----------------------------------------------------------------------------------------
    // helpers

    /** The terms of levels in {@code target}, without those in another currency. */
    private static List<Term> terms(CheckContext ctx, List<Observation> levels, ObservationUnit target) {
        List<Term> result = new ArrayList<>(levels.size());
        for (Observation o : levels) {
            Term t = ctx.term(o, target, false);
            if (t != null) {
                result.add(t);
            }
        }
        return result;
    }

    /** The figures that may be combined with {@code checked} for its own period. */
    static List<Observation> same(Observation checked, List<Observation> candidates) {
        if (candidates.isEmpty()) {
            return candidates;
        }
        List<Observation> result = new ArrayList<>(candidates.size());
        for (Observation o : candidates) {
            if (CheckContext.sameClass(checked, o)) {
                result.add(o);
            }
        }
        return result;
    }

    /** The figures of a base period that may serve {@code checked}. */
    static List<Observation> baseCompatible(Observation checked, List<Observation> candidates) {
        if (candidates.isEmpty()) {
            return candidates;
        }
        List<Observation> result = new ArrayList<>(candidates.size());
        for (Observation o : candidates) {
            if (CheckContext.baseCompatible(checked, o)) {
                result.add(o);
            }
        }
        return result;
    }

    private static boolean exact(Term a, Term b) {
        return a.exact && b.exact && a.hasNominal() && b.hasNominal();
    }

    /** {@code a / b} to 34 digits, or null when {@code b} is zero. */
    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return b.signum() == 0 ? null : a.divide(b, MC);
    }

    /**
     * The result of the arithmetic as printed: the nominal value to two decimals more than the
     * stated figure when every operand is exact, else the derived interval (the qualifiers'
     * words make the nominal arithmetic meaningless).
     */
    static String result(BigDecimal nominal, Outcome out, Observation stated, String unit) {
        return result(new StringBuilder(), nominal, out, stated, unit).toString();
    }

    /** Appends {@link #result(BigDecimal, Outcome, Observation, String)}'s text. */
    static StringBuilder result(StringBuilder sb, BigDecimal nominal, Outcome out, Observation stated, String unit) {
        if (nominal != null) {
            return Text.unit(sb.append(Text.round(nominal, stated.figure().precision() + 2)), unit);
        }
        return Text.unit(sb.append(out.shown), unit);
    }

    /** The reason of an undetermined verdict, as the end of a message; empty otherwise. */
    static String undetermined(Outcome out, Interval derived) {
        return out.verdict == Verdict.UNDETERMINED ? "; " + CheckContext.unboundedReason(derived) : "";
    }

    /** The message ended with the reason of an undetermined verdict (out of line: the rare case). */
    static String undetermined(StringBuilder message, Outcome out, Interval derived) {
        return out.verdict == Verdict.UNDETERMINED ? message.append(undetermined(out, derived)).toString() : message.toString();
    }
}
