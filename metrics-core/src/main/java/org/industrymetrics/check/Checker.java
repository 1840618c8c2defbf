package org.industrymetrics.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
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
 * once and finds the others by the dataset's indexes (built on first use, those the checks run
 * need). The checks are independent of one another: {@link #check(Dataset, CheckSettings, Executor)}
 * runs them in parallel on an executor the caller gives.
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
        return check(dataset, settings, Runnable::run);
    }

    /**
     * Runs the checks the settings enable, the independent ones as tasks on {@code executor}, and
     * waits for them: with an executor of several threads (such as
     * {@link java.util.concurrent.ForkJoinPool#commonPool()}) the checks run in parallel, on threads
     * the caller chose; the library starts none. The report is the same as
     * {@link #check(Dataset, CheckSettings)}'s, whatever the executor: each task has its own
     * findings, and they are put together in one order. The rule check runs first, on the calling
     * thread, so an unreadable rule fails before any other work.
     *
     * @param dataset the dataset, not null
     * @param settings the qualifier widths, the checks to run, the rate policy and extra rates, not null
     * @param executor runs the checks; {@code Runnable::run} runs them one after the other on the calling thread
     * @return the report, findings in a stable order
     * @throws org.industrymetrics.FigureParseException if the rule check runs and a rule of the
     *     rules table cannot be read (the problem names the rule's id, the index the character)
     * @throws java.util.concurrent.RejectedExecutionException if the executor refuses a task
     */
    public static Report check(Dataset dataset, CheckSettings settings, Executor executor) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(executor, "executor");
        List<Consumer<CheckContext>> checks = new ArrayList<>();
        if (settings.runs(CheckId.RULE)) {
            checks.add(RuleCheck::run);
        }
        if (settings.runs(CheckId.SHARE)) {
            checks.add(RelationChecks::share);
        }
        if (settings.runs(CheckId.GROWTH)) {
            checks.add(ctx -> RelationChecks.growth(ctx, Measure.GROWTH));
        }
        if (settings.runs(CheckId.MULTIPLE)) {
            checks.add(ctx -> RelationChecks.growth(ctx, Measure.MULTIPLE));
        }
        if (settings.runs(CheckId.GROWTH_PP)) {
            checks.add(ctx -> RelationChecks.pp(ctx, Measure.GROWTH_PP));
        }
        if (settings.runs(CheckId.SHARE_PP)) {
            checks.add(ctx -> RelationChecks.pp(ctx, Measure.SHARE_PP));
        }
        if (settings.runs(CheckId.CONTRIBUTION)) {
            checks.add(RelationChecks::contribution);
        }
        // the checks that group the levels themselves start first: they need no lookup index, so
        // they work while the first check that needs one builds it (a second would wait for it)
        List<Consumer<CheckContext>> early = new ArrayList<>();
        if (settings.runs(CheckId.PARTS_SUM)) {
            Consumer<CheckContext> partsSum = SumChecks::partsSum;
            checks.add(partsSum);
            early.add(partsSum);
        }
        if (settings.runs(CheckId.DISJOINT_SHARES)) {
            checks.add(SumChecks::disjointShares);
        }
        if (settings.runs(CheckId.PERIOD_SUM)) {
            Consumer<CheckContext> periodSum = SumChecks::periodSum;
            checks.add(periodSum);
            early.add(periodSum);
        }
        if (settings.runs(CheckId.AGREE) || settings.runs(CheckId.FX)) {
            checks.add(ctx -> PairChecks.run(ctx, settings.runs(CheckId.AGREE), settings.runs(CheckId.FX)));
        }
        List<CheckContext> contexts = new ArrayList<>(checks.size());
        int next = 0;
        if (settings.runs(CheckId.RULE)) {
            // first, so an unreadable rule fails before any other work
            CheckContext rules = new CheckContext(dataset, settings);
            checks.get(next++).accept(rules);
            sort(rules.findings());
            contexts.add(rules);
        }
        List<Consumer<CheckContext>> rest = checks.subList(next, checks.size());
        List<Consumer<CheckContext>> order = new ArrayList<>(early);
        for (Consumer<CheckContext> check : rest) {
            if (!early.contains(check)) {
                order.add(check);
            }
        }
        // started in that order, put together in the order of the checks
        Map<Consumer<CheckContext>, CompletableFuture<CheckContext>> started = new IdentityHashMap<>();
        for (Consumer<CheckContext> check : order) {
            started.put(check, CompletableFuture.supplyAsync(() -> {
                // a context per task: its caches and findings are its own, the dataset is shared
                CheckContext ctx = new CheckContext(dataset, settings);
                check.accept(ctx);
                // sorted here, in parallel: the report's stable sort then only merges these runs
                sort(ctx.findings());
                return ctx;
            }, executor));
        }
        List<CompletableFuture<CheckContext>> tasks = new ArrayList<>(rest.size());
        for (Consumer<CheckContext> check : rest) {
            tasks.add(started.get(check));
        }
        for (CompletableFuture<CheckContext> task : tasks) {
            try {
                contexts.add(task.join());
            } catch (CompletionException e) {
                throw rethrow(e.getCause());
            }
        }
        return report(contexts);
    }

    /**
     * The report of the tasks' findings, each task's sorted: put one after the other in the order
     * of their first findings they are in order when no two tasks' checks interleave (each check is
     * one task's), which the boundaries between them show; otherwise sorted as a whole.
     */
    private static Report report(List<CheckContext> contexts) {
        List<List<Finding>> runs = new ArrayList<>(contexts.size());
        List<Implied> implied = new ArrayList<>();
        int total = 0;
        for (CheckContext ctx : contexts) {
            if (!ctx.findings().isEmpty()) {
                runs.add(ctx.findings());
                total += ctx.findings().size();
            }
            implied.addAll(ctx.implied());
        }
        runs.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        List<Finding> findings = new ArrayList<>(total);
        boolean inOrder = true;
        for (List<Finding> run : runs) {
            if (!findings.isEmpty() && findings.get(findings.size() - 1).compareTo(run.get(0)) > 0) {
                inOrder = false;
            }
            findings.addAll(run);
        }
        if (!inOrder) {
            sort(findings);
        }
        return Report.ofSorted(findings, implied);
    }

    /**
     * Sorts findings into their order ({@link Finding#compareTo}) by a key beside each: the check and
     * the start of the first observation's id decide nearly every comparison, and are read from
     * small objects made one after the other rather than through each finding's list of ids and
     * the id strings spread over the heap (a sort of 100,000 findings that way was mostly waiting
     * for memory). Ties go to {@code compareTo}; stable.
     */
    static void sort(List<Finding> findings) {
        int n = findings.size();
        Keyed[] keys = new Keyed[n];
        for (int i = 0; i < n; i++) {
            keys[i] = new Keyed(findings.get(i));
        }
        Arrays.sort(keys);
        for (int i = 0; i < n; i++) {
            findings.set(i, keys[i].finding);
        }
    }

    /**
     * A finding and the start of its sort key: the check's position and the first observation's
     * id, its first 32 characters packed a byte each into four {@code long}s that compare as the
     * characters do. A character past a byte ends the packed part with {@code 0xFF} (and zeros
     * after it), an id shorter than 32 characters with zeros: two keys that differ then order the
     * ids as {@link String#compareTo} does, and equal keys leave the order to the ids themselves.
     */
    private static final class Keyed implements Comparable<Keyed> {
        /** The characters of an id packed into the key. */
        private static final int PACKED = 32;

        final int check;
        final long k0;
        final long k1;
        final long k2;
        final long k3;
        final String first;
        final Finding finding;

        Keyed(Finding finding) {
            this.check = finding.check().ordinal();
            this.first = finding.observations().get(0);
            this.finding = finding;
            int end = Math.min(first.length(), PACKED);
            int wide = -1;
            for (int i = 0; i < end; i++) {
                if (first.charAt(i) >= 0xFF) {
                    wide = i;
                    end = i;
                    break;
                }
            }
            this.k0 = word(first, 0, end, wide);
            this.k1 = word(first, 8, end, wide);
            this.k2 = word(first, 16, end, wide);
            this.k3 = word(first, 24, end, wide);
        }

        /** Characters {@code from} to {@code from + 7} a byte each: those before {@code end}, {@code 0xFF} at {@code wide}, else zeros. */
        private static long word(String id, int from, int end, int wide) {
            long w = 0;
            for (int i = from; i < from + 8; i++) {
                w = w << 8 | (i < end ? id.charAt(i) : i == wide ? 0xFF : 0);
            }
            return w;
        }

        @Override
        public int compareTo(Keyed o) {
            if (check != o.check) {
                return check < o.check ? -1 : 1;
            }
            int c = k0 != o.k0 ? Long.compareUnsigned(k0, o.k0) : k1 != o.k1 ? Long.compareUnsigned(k1, o.k1)
                    : k2 != o.k2 ? Long.compareUnsigned(k2, o.k2) : Long.compareUnsigned(k3, o.k3);
            if (c != 0) {
                return c;
            }
            c = first.compareTo(o.first);
            return c != 0 ? c : finding.compareTo(o.finding);
        }
    }

    /** The exception of a check, as it was thrown. */
    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        return cause instanceof RuntimeException ? (RuntimeException) cause : new IllegalStateException(cause);
    }
}
