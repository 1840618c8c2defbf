package org.industrymetrics.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.industrymetrics.check.CheckContext.Incomparable;
import org.industrymetrics.check.CheckContext.Outcome;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.observation.Measure;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.Rule;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.period.ReportingPeriod;

/**
 * The {@code rule} check: each rule of the rules table, for every subject and period where each of
 * its metrics has a level, all converted to the unit of the left side's first metric. The stated
 * interval is the left side, the derived one the right side; for {@code >=} the derived interval
 * is everything from the right side's low end up (the left side may be any amount above), for
 * {@code <=} everything up to its high end.
 */
final class RuleCheck {

    private RuleCheck() {
    }

    /**
     * Runs every rule.
     *
     * @throws org.industrymetrics.FigureParseException for a rule that cannot be read, before any is run
     */
    static void run(CheckContext ctx) {
        List<Rule> rules = ctx.dataset.rules();
        if (rules.isEmpty()) {
            return;
        }
        List<RuleExpression> parsed = new ArrayList<>(rules.size());
        Map<String, List<Observation>> byMetric = new HashMap<>();
        for (Rule r : rules) {
            RuleExpression e = RuleExpression.parse(r);
            parsed.add(e);
            byMetric.put(e.left().get(0).metric(), new ArrayList<>());
        }
        for (Observation o : ctx.dataset.withMeasure(Measure.LEVEL)) {
            List<Observation> list = byMetric.get(o.metric());
            if (list != null) {
                list.add(o);
            }
        }
        for (int k = 0; k < rules.size(); k++) {
            RuleExpression e = parsed.get(k);
            String anchor = e.left().get(0).metric();
            for (Observation o : byMetric.get(anchor)) {
                if (ctx.dataset.levels(o.subject(), anchor, o.period()).get(0) == o) {
                    evaluate(ctx, rules.get(k), e, o.subject(), o.period());
                }
            }
        }
    }

    private static void evaluate(CheckContext ctx, Rule rule, RuleExpression e, SubjectRef subject, ReportingPeriod period) {
        List<RuleExpression.Term> all = new ArrayList<>(e.left());
        all.addAll(e.right());
        int leftSize = e.left().size();
        for (Observation c : ctx.dataset.levels(subject, e.left().get(0).metric(), period)) {
            ObservationUnit target = c.effectiveUnit();
            List<List<Term>> slots = new ArrayList<>(all.size());
            slots.add(List.of(ctx.term(c, target, true)));
            try {
                for (int k = 1; k < all.size(); k++) {
                    List<Term> terms = new ArrayList<>();
                    for (Observation o : ctx.dataset.levels(subject, all.get(k).metric(), period)) {
                        if (CheckContext.sameClass(c, o)) {
                            terms.add(ctx.term(o, target, true));
                        }
                    }
                    if (terms.isEmpty()) {
                        return; // not every metric has a level here
                    }
                    slots.add(terms);
                }
            } catch (Incomparable x) {
                ctx.addIncomparable(CheckId.RULE, List.of(c), ctx.interval(c), target,
                        "undetermined: " + e + " (rule " + rule.id() + "): " + x.getMessage());
                continue;
            }
            int scale = CheckContext.displayScale(target, c.figure().precision());
            boolean oneSided = e.relation() != RuleExpression.Relation.EQUAL;
            for (List<Term> t : CheckContext.choices(slots)) {
                List<Term> left = t.subList(0, leftSize);
                List<Term> right = t.subList(leftSize, t.size());
                Interval stated = side(left, e.left());
                Interval r = side(right, e.right());
                Interval derived;
                switch (e.relation()) {
                    case AT_LEAST:
                        derived = Interval.of(r.low(), r.isLowOpen(), null, true);
                        break;
                    case AT_MOST:
                        derived = Interval.of(null, true, r.high(), r.isHighOpen());
                        break;
                    default:
                        derived = r;
                        break;
                }
                Outcome out = CheckContext.outcome(stated, derived, scale, oneSided);
                StringBuilder sb = new StringBuilder().append(e).append(" (rule ").append(rule.id()).append("): ");
                sb.append(arithmetic(right, e.right(), r.roundOutward(scale))).append(Text.unit(target)).append(", stated ");
                if (left.size() == 1 && !e.left().get(0).negative()) {
                    sb.append(Text.figure(c)).append(Text.quote(c));
                } else {
                    sb.append(arithmetic(left, e.left(), stated)).append(Text.unit(target));
                }
                ctx.add(CheckId.RULE, out, target, sb.toString(), CheckContext.observations(t));
            }
        }
    }

    /** The interval of a side: the sum of its terms with their signs. */
    private static Interval side(List<Term> terms, List<RuleExpression.Term> signs) {
        Interval total = null;
        for (int i = 0; i < terms.size(); i++) {
            Interval x = signs.get(i).negative() ? terms.get(i).interval().negate() : terms.get(i).interval();
            total = total == null ? x : total.plus(x);
        }
        return total;
    }

    /** {@code 12000 + 8000 = 20000}; a single term is written alone. */
    private static String arithmetic(List<Term> terms, List<RuleExpression.Term> signs, Interval total) {
        StringBuilder sb = new StringBuilder();
        BigDecimal nominal = BigDecimal.ZERO;
        for (int i = 0; i < terms.size(); i++) {
            boolean negative = signs.get(i).negative();
            sb.append(i == 0 ? (negative ? "-" : "") : (negative ? " - " : " + "));
            terms.get(i).appendText(sb);
            if (terms.get(i).nominal() != null) {
                nominal = negative ? nominal.subtract(terms.get(i).nominal()) : nominal.add(terms.get(i).nominal());
            }
        }
        if (terms.size() == 1) {
            return sb.toString();
        }
        return sb + " = " + (Term.allExact(terms) ? Text.plain(nominal) : total.toString());
    }
}
