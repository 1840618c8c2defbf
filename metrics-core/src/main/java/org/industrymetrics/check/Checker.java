package org.industrymetrics.check;

import java.util.Objects;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Measure;

/**
 * Runs the consistency checks of FORMAT.md §7 on a dataset: finds every relation its figures must
 * satisfy, tests it with interval arithmetic, and reports one {@link Finding} per relation tested.
 * No rule needs writing for the standard relations: a share figure is checked against the levels
 * of its subject and its whole wherever both are in the dataset, a growth against the levels of
 * its two periods, the months of a flow against their year, and so on. A relation whose figures
 * are not all in the dataset gives no finding.
 * <p>
 * The checks and what they compare (stated / derived):
 * <ul>
 * <li>{@code share}: a share figure / level(subject) ÷ level(whole) × 100, the part converted to the
 *     whole's unit (at the reference rate if the currencies differ);
 * <li>{@code growth}, {@code multiple}: the figure / the levels of its period and base period, in
 *     one currency (levels in another currency are left out: a growth is taken in one currency);
 * <li>{@code growth-pp}, {@code share-pp}: the figure / the difference of the growth (share)
 *     figures of its period and base period;
 * <li>{@code contribution}: the figure / (part(P) − part(P−1)) ÷ (whole(P) − whole(P−1)) × 100;
 * <li>{@code parts-sum}: a union's level / the sum of its parts' levels, when the subject tree says
 *     the parts are pairwise disjoint; and a subject's level / {@code [sum of the lows of its
 *     children's levels, +inf)}: the children present may be only some, so their sum is at most the
 *     parent (not checked where a figure may be negative);
 * <li>{@code disjoint-shares}: the sum of the shares of pairwise disjoint subjects of one whole,
 *     metric and period / {@code [0, 100]} %, one finding per largest set of pairwise disjoint subjects;
 * <li>{@code period-sum}: for a {@code flow} metric (metrics table; unknown kind is not checked), a
 *     period's level / the sum of the levels of the halves, quarters or months that tile it, one
 *     finding per period and granularity;
 * <li>{@code agree}: the later of two levels of one subject, metric and period in one dimension /
 *     the earlier, converted to its unit;
 * <li>{@code fx}: the later of two levels in different currencies / the earlier converted at the
 *     reference rate (a flow over a period at the period's average, a stock or a day at the day's
 *     rate, by the settings' {@link org.industrymetrics.money.RatePolicy}); no rate gives
 *     {@code UNDETERMINED} naming the pair and period;
 * <li>{@code rule}: each rule of the rules table, left side / right side, for every subject and
 *     period where all its metrics have levels, in the unit of the left side.
 * </ul>
 * Where a slot has several figures (two sources for one level), each combination is checked and
 * reported on its own, up to 64 combinations per relation; beyond that each slot's figures are
 * taken together as their hull. Targets and forecasts are checked only against figures of the same
 * status (and, for a base period, against what happened): missing a target is no inconsistency.
 * <p>
 * The cost grows linearly with the dataset: each check goes through the figures of its measure
 * once and finds the others by the dataset's indexes.
 * <p>
 * This class has only static methods and is thread-safe.
 */
public final class Checker {

    private Checker() {
    }

    /**
     * Runs every check with the default settings ({@link CheckSettings#DEFAULTS}).
     *
     * @param dataset the dataset, not null
     * @return the report, findings in a stable order
     * @throws org.industrymetrics.FigureParseException if a rule of the rules table cannot be read
     *     (the problem names the rule's id, the index the character)
     */
    public static Report check(Dataset dataset) {
        return check(dataset, CheckSettings.DEFAULTS);
    }

    /**
     * Runs the checks the settings enable.
     *
     * @param dataset the dataset, not null
     * @param settings the qualifier widths, the checks to run, the rate policy and extra rates, not null
     * @return the report, findings in a stable order
     * @throws org.industrymetrics.FigureParseException if the rule check runs and a rule of the
     *     rules table cannot be read (the problem names the rule's id, the index the character)
     */
    public static Report check(Dataset dataset, CheckSettings settings) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(settings, "settings");
        CheckContext ctx = new CheckContext(dataset, settings);
        if (settings.runs(CheckId.RULE)) {
            RuleCheck.run(ctx); // first, so an unreadable rule fails before any other work
        }
        if (settings.runs(CheckId.SHARE)) {
            RelationChecks.share(ctx);
        }
        if (settings.runs(CheckId.GROWTH)) {
            RelationChecks.growth(ctx, Measure.GROWTH);
        }
        if (settings.runs(CheckId.MULTIPLE)) {
            RelationChecks.growth(ctx, Measure.MULTIPLE);
        }
        if (settings.runs(CheckId.GROWTH_PP)) {
            RelationChecks.pp(ctx, Measure.GROWTH_PP);
        }
        if (settings.runs(CheckId.SHARE_PP)) {
            RelationChecks.pp(ctx, Measure.SHARE_PP);
        }
        if (settings.runs(CheckId.CONTRIBUTION)) {
            RelationChecks.contribution(ctx);
        }
        if (settings.runs(CheckId.PARTS_SUM)) {
            SumChecks.partsSum(ctx);
        }
        if (settings.runs(CheckId.DISJOINT_SHARES)) {
            SumChecks.disjointShares(ctx);
        }
        if (settings.runs(CheckId.PERIOD_SUM)) {
            SumChecks.periodSum(ctx);
        }
        if (settings.runs(CheckId.AGREE) || settings.runs(CheckId.FX)) {
            PairChecks.run(ctx, settings.runs(CheckId.AGREE), settings.runs(CheckId.FX));
        }
        LoneFigures.run(ctx, settings.runs(CheckId.SHARE), settings.runs(CheckId.GROWTH), settings.runs(CheckId.MULTIPLE));
        return Report.of(ctx.findings(), ctx.implied());
    }
}
