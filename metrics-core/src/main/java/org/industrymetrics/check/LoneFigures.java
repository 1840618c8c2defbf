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
 * whole, current = base × (1 + growth) or base × multiple. The share and growth checks call these
 * with the levels they found, where one of the two is missing.
 */
final class LoneFigures {

    private LoneFigures() {
    }

    /**
     * What a share with levels of only one of its subject and its whole implies for the other; the
     * levels are those the share check looked up (of the share's class), so nothing is looked up twice.
     */
    static void share(CheckContext ctx, Observation s, List<Observation> parts, List<Observation> wholes) {
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

    /**
     * What a growth or multiple with levels of only one of its two periods implies for the other;
     * the levels are those the growth check looked up.
     */
    static void growth(CheckContext ctx, Observation g, List<Observation> now, List<Observation> before) {
        ReportingPeriod base = g.basePeriod();
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
