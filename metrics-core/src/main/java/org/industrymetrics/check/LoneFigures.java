package org.industrymetrics.check;

import static org.industrymetrics.check.CheckContext.HUNDRED;
import static org.industrymetrics.check.CheckContext.MC;

import java.math.BigDecimal;
import java.util.List;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.period.ReportingPeriod;

/**
 * What lone relative figures imply: for a share with its whole but not its part (or the part but
 * not the whole), a growth or a multiple with one of its two periods, the missing level as an
 * interval, with the arithmetic. The relation used is the one its check would test: part = share ×
 * whole, current = base × (1 + growth) or base × multiple.
 */
final class LoneFigures {

    private LoneFigures() {
    }

    static void run(CheckContext ctx, boolean shares, boolean growths, boolean multiples) {
        for (Observation r : ctx.dataset.observations()) {
            Measure m = r.measure();
            if (m == Measure.SHARE && shares) {
                share(ctx, r);
            } else if ((m == Measure.GROWTH && growths) || (m == Measure.MULTIPLE && multiples)) {
                growth(ctx, r);
            }
        }
    }

    private static void share(CheckContext ctx, Observation s) {
        List<Observation> parts = RelationChecks.same(s, ctx.dataset.levels(s.subject(), s.metric(), s.period()));
        List<Observation> wholes = RelationChecks.same(s, ctx.dataset.levels(s.baseSubject(), s.metric(), s.period()));
        if (parts.isEmpty() == wholes.isEmpty()) {
            return; // both levels are stated (the share check compares them), or neither: nothing implied
        }
        // a share as a fraction: 21 % is [0.205, 0.215]
        Interval fraction = ctx.interval(s).times(BigDecimal.ONE.divide(HUNDRED));
        String shareText = s.figure().display() + " %";
        if (parts.isEmpty()) {
            for (Observation w : wholes) {
                add(ctx, s, w, s.subject(), s.period(), ctx.interval(w).times(fraction),
                        w.figure().display() + Text.unit(w.effectiveUnit()) + " × " + shareText, w.figure().precision());
            }
        } else if (fraction.isLowBounded() && fraction.low().signum() > 0) {
            for (Observation p : parts) {
                add(ctx, s, p, s.baseSubject(), s.period(), ctx.interval(p).dividedBy(fraction, MC),
                        p.figure().display() + Text.unit(p.effectiveUnit()) + " / " + shareText, p.figure().precision());
            }
        }
    }

    private static void growth(CheckContext ctx, Observation g) {
        ReportingPeriod base = g.basePeriod();
        List<Observation> now = RelationChecks.same(g, ctx.dataset.levels(g.subject(), g.metric(), g.period()));
        List<Observation> before = RelationChecks.baseCompatible(g, ctx.dataset.levels(g.subject(), g.metric(), base));
        if (now.isEmpty() == before.isEmpty()) {
            return; // both levels are stated (the growth check compares them), or neither: nothing implied
        }
        boolean growth = g.measure() == Measure.GROWTH;
        // the factor from the base period to the period: 1 + growth / 100, or the multiple
        Interval factor = growth ? ctx.interval(g).times(BigDecimal.ONE.divide(HUNDRED)).plus(Interval.point(BigDecimal.ONE))
                : ctx.interval(g);
        String factorText = growth ? "(1 + " + g.figure().display() + " %)" : g.figure().display();
        if (before.isEmpty()) {
            if (factor.isLowBounded() && factor.low().signum() > 0) {
                for (Observation c : now) {
                    add(ctx, g, c, g.subject(), base, ctx.interval(c).dividedBy(factor, MC),
                            c.figure().display() + Text.unit(c.effectiveUnit()) + " / " + factorText, c.figure().precision());
                }
            }
        } else {
            for (Observation b : before) {
                add(ctx, g, b, g.subject(), g.period(), ctx.interval(b).times(factor),
                        b.figure().display() + Text.unit(b.effectiveUnit()) + " × " + factorText, b.figure().precision());
            }
        }
    }

    private static void add(CheckContext ctx, Observation relative, Observation level, SubjectRef subject, ReportingPeriod period,
            Interval implied, String arithmetic, int precision) {
        ObservationUnit unit = level.effectiveUnit();
        if (CheckContext.isRatio(unit)) {
            return;
        }
        Interval shown = implied.roundOutward(Math.max(0, precision + 1));
        ctx.implied(new Implied(List.of(relative.id(), level.id()), subject, relative.metric(), period, shown,
                unit.toString(), arithmetic));
    }
}
