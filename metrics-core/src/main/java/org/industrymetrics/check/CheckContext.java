package org.industrymetrics.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.industrymetrics.aggregate.ConversionException;
import org.industrymetrics.aggregate.ConvertedFigure;
import org.industrymetrics.aggregate.LevelConverter;
import org.industrymetrics.figure.Interval;
import org.industrymetrics.figure.Qualifier;
import org.industrymetrics.figure.QualifierWidths;
import org.industrymetrics.figure.ReportedFigure;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.Status;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.observation.SubjectTree;
import org.industrymetrics.period.ReportingPeriod;

/**
 * What the checks of one run share: the dataset, the settings, the one {@link LevelConverter}
 * (so a rate is looked up once per pair and period), the findings made so far, and the rules
 * every check follows: which figures may be combined, how a figure becomes a {@link Term}, how
 * stated and derived intervals give a verdict, and how the derived interval is rounded for print.
 * Not thread-safe: one context per run.
 */
final class CheckContext {

    /** The precision of quotients; bounds are rounded outward to it, so nothing true is cut off. */
    static final MathContext MC = MathContext.DECIMAL128;
    /**
     * The most combinations of figures one relation is checked for (when a subject has several
     * figures for one slot); beyond it, each slot's figures are taken together as their hull.
     */
    static final int MAX_COMBINATIONS = 64;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    final Dataset dataset;
    final CheckSettings settings;
    final QualifierWidths widths;
    final LevelConverter converter;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Implied> implied = new ArrayList<>();
    private final Map<ReportingPeriod, String> periodTexts = new HashMap<>();
    private final Map<List<SubjectRef>, SubjectTree.Overlap> overlaps = new HashMap<>();

    CheckContext(Dataset dataset, CheckSettings settings) {
        this.dataset = dataset;
        this.settings = settings;
        this.widths = settings.widths();
        this.converter = new LevelConverter(dataset, settings.rates(), settings.ratePolicy(), widths);
    }

    /** Records what a lone relative figure implies (not a finding). */
    void implied(Implied i) {
        implied.add(i);
    }

    List<Implied> implied() {
        return implied;
    }

    List<Finding> findings() {
        return findings;
    }

    /**
     * The interval of true values of a figure under the run's widths. Worked out each time: that
     * costs about what a lookup in a map of every figure did, and holds no memory.
     */
    Interval interval(Observation o) {
        return o.interval(widths);
    }

    /** The text of a period (remembered: messages name the same periods again and again). */
    String text(ReportingPeriod p) {
        return periodTexts.computeIfAbsent(p, ReportingPeriod::toString);
    }

    /** How two subjects relate by the subject tree (remembered: the same subjects share many wholes). */
    SubjectTree.Overlap overlap(SubjectRef a, SubjectRef b) {
        return overlaps.computeIfAbsent(List.of(a, b), k -> dataset.subjectTree().overlap(a, b));
    }

    // -----------------------------------------------------------------------------------------
    // which figures may be combined

    /** A target or a forecast says what is planned or expected, not what happened. */
    static boolean isPlanned(Status s) {
        return s == Status.TARGET || s == Status.FORECAST;
    }

    /**
     * Whether two figures of the same period may be combined: both report what happened (actual,
     * estimate or provisional, in any mix), or both are of the same planned status. A target is
     * never checked against an outcome: missing a target is no inconsistency.
     */
    static boolean sameClass(Observation a, Observation b) {
        return isPlanned(a.status()) ? a.status() == b.status() : !isPlanned(b.status());
    }

    /**
     * Whether a figure of the base period may serve a checked figure: what happened then, or a
     * figure of the checked figure's own planned status ("grow 10 % on last year's actual output").
     */
    static boolean baseCompatible(Observation checked, Observation base) {
        return !isPlanned(base.status()) || base.status() == checked.status();
    }

    // -----------------------------------------------------------------------------------------
    // terms

    /** Thrown (without a stack trace) when two figures cannot be compared; the message says why. */
    static final class Incomparable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Incomparable(String message) {
            super(message, null, false, false);
        }
    }

    /** Whether a unit is a ratio ({@code %}, {@code pp}, {@code x}): levels in it do not add up. */
    static boolean isRatio(ObservationUnit unit) {
        return !unit.isQuantity() && !unit.isMoney();
    }

    /**
     * Returns a figure as a term in {@code target}: exactly for units of one dimension; for money
     * in another currency at the rate the policy picks if {@code rates} is set, else null (the
     * check leaves the figure out: a growth or a sum over periods is taken in one currency).
     *
     * @throws Incomparable if the units are of different dimensions, or no rate is found
     */
    Term term(Observation o, ObservationUnit target, boolean rates) {
        ObservationUnit from = o.effectiveUnit();
        ReportedFigure figure = o.figure();
        boolean exact = figure.qualifier() == Qualifier.EXACT;
        if (from.equals(target)) {
            return new Term(figure, widths, o, exact);
        }
        if (!from.isConvertibleTo(target)) {
            if (!(from.isMoney() && target.isMoney())) {
                throw new Incomparable("cannot compare " + from + " (" + from.dimension() + ") with " + target
                        + " (" + target.dimension() + ")");
            }
            if (!rates) {
                return null;
            }
        }
        ConvertedFigure c;
        try {
            c = converter.convert(o, target);
        } catch (ConversionException e) {
            throw new Incomparable(e.getMessage());
        }
        String text = figure.display() + Text.unit(from);
        if (c.rate() != null) {
            text += " at " + Text.rateValue(c.rate().rate().rate()) + " (" + Text.rateOrigin(c.rate()) + ")";
        }
        return new Term(c.interval(), c.nominal(), text, new Observation[] {o}, exact);
    }

    /** The number as printed; a range's midpoint. */
    static BigDecimal nominal(ReportedFigure f) {
        return f.isRange() ? f.value().add(f.high()).divide(BigDecimal.valueOf(2)) : f.value();
    }

    /**
     * Every choice of one term per slot, in order (the last slot varying fastest). When there
     * would be more than {@link #MAX_COMBINATIONS} choices, every slot with several terms is taken
     * as their hull instead (one choice, weaker but still sound: an inconsistency found holds for
     * every choice). A list the checks loop over, not a callback: each check's loop body is then
     * compiled with the check, instead of one method calling the bodies of every check by turns
     * (which the JIT compiled three times over as each new body came).
     */
    static List<List<Term>> choices(List<List<Term>> slots) {
        long count = 1;
        for (List<Term> s : slots) {
            count *= s.size();
            if (count > MAX_COMBINATIONS) {
                break;
            }
        }
        List<List<Term>> use = slots;
        if (count > MAX_COMBINATIONS) {
            use = new ArrayList<>(slots.size());
            for (List<Term> s : slots) {
                use.add(List.of(Term.hull(s)));
            }
            count = 1;
        }
        int n = use.size();
        List<List<Term>> out = new ArrayList<>((int) count);
        int[] index = new int[n];
        while (true) {
            List<Term> choice = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                choice.add(use.get(i).get(index[i]));
            }
            out.add(choice);
            int i = n - 1;
            while (i >= 0 && ++index[i] == use.get(i).size()) {
                index[i] = 0;
                i--;
            }
            if (i < 0) {
                return out;
            }
        }
    }

    // -----------------------------------------------------------------------------------------
    // verdicts

    /** The verdict on a stated and a derived interval, with the derived interval as printed. */
    static final class Outcome {
        final Verdict verdict;
        final Interval stated;
        /** The derived interval rounded outward to {@link #scale} decimals. */
        final Interval shown;
        final int scale;
        /** The distance between stated and shown; null when undetermined. */
        final BigDecimal margin;

        Outcome(Verdict verdict, Interval stated, Interval shown, int scale, BigDecimal margin) {
            this.verdict = verdict;
            this.stated = stated;
            this.shown = shown;
            this.scale = scale;
            this.margin = margin;
        }
    }

    /**
     * Decides a verdict. The intervals overlap: {@code CONSISTENT}; they do not: {@code INCONSISTENT};
     * they overlap but the derived interval is unbounded (a divisor that may be zero) and the check
     * is not one-sided by nature (a sum of some of the parts is at most the whole): {@code UNDETERMINED},
     * since nothing was tested.
     * <p>
     * The derived interval is rounded outward for print, to {@code scale} decimals, or more where
     * fewer would make the printed intervals overlap when the exact ones do not, so what is printed
     * always agrees with the verdict. The margin is the distance between the stated and the printed
     * derived interval.
     */
    static Outcome outcome(Interval stated, Interval derived, int scale, boolean oneSided) {
        boolean overlaps = stated.overlaps(derived);
        // exact bounds (of sums, of exact conversions) are shown as they are if they are short
        int decimals = decimals(derived);
        int s = decimals <= scale + 3 ? Math.max(scale, decimals) : scale;
        Interval shown = derived.roundOutward(s);
        // nothing rounded (the same interval): nothing to compare again
        while (shown != derived && shown.overlaps(stated) != overlaps && s < scale + 40) {
            s++;
            shown = derived.roundOutward(s);
        }
        if (!overlaps) {
            return new Outcome(Verdict.INCONSISTENT, stated, shown, s, stated.distanceTo(shown));
        }
        if (!oneSided && !derived.isBounded()) {
            return new Outcome(Verdict.UNDETERMINED, stated, shown, s, null);
        }
        return new Outcome(Verdict.CONSISTENT, stated, shown, s, BigDecimal.ZERO);
    }

    /** The most decimals of the interval's bounds. */
    private static int decimals(Interval i) {
        int low = i.isLowBounded() ? i.low().scale() : 0;
        int high = i.isHighBounded() ? i.high().scale() : 0;
        return Math.max(low, high);
    }

    /** The decimals a derived interval is printed to: 4 for percentages and multiples, 3 more than the figure's for levels. */
    static int displayScale(ObservationUnit unit, int precision) {
        return isRatio(unit) ? Math.max(4, precision + 2) : precision + 3;
    }

    /** The unit of a margin: percentage points between percentages, else the intervals' unit. */
    static String marginUnit(ObservationUnit unit) {
        return unit.kind() == ObservationUnit.Kind.PERCENT ? "pp" : unit.toString();
    }

    /** The reason an unbounded derived interval decides nothing. */
    static String unboundedReason(Interval derived) {
        return "undetermined: the derived interval " + derived + " is unbounded (a divisor may be zero)";
    }

    /**
     * Adds a finding.
     *
     * @param check the check
     * @param outcome the verdict and intervals
     * @param unit the unit of the intervals
     * @param message the one-line explanation
     * @param used the observations, the checked figure first: an array whatever the check, so this
     *     method, which every check calls, sees one type (a list of several kinds made the JIT
     *     compile it again as each kind came)
     */
    void add(CheckId check, Outcome outcome, ObservationUnit unit, String message, Observation... used) {
        String[] ids = new String[used.length];
        for (int i = 0; i < used.length; i++) {
            ids[i] = used[i].id();
        }
        Finding.Builder b = Finding.builder().check(check).verdict(outcome.verdict).stated(outcome.stated)
                .derived(outcome.shown).unit(unit.toString()).marginUnit(marginUnit(unit)).message(message)
                .addObservations(ids);
        if (outcome.margin != null) {
            b.margin(outcome.margin);
        }
        findings.add(b.build());
    }

    /** Adds an {@code UNDETERMINED} finding for figures that cannot be compared. */
    void addIncomparable(CheckId check, List<Observation> used, Interval stated, ObservationUnit unit, String message) {
        Finding.Builder b = Finding.builder().check(check).verdict(Verdict.UNDETERMINED).unit(unit.toString())
                .marginUnit(marginUnit(unit)).message(message);
        if (stated != null) {
            b.stated(stated);
        }
        for (Observation o : used) {
            b.addObservations(o.id());
        }
        findings.add(b.build());
    }

    /** The observations of the terms, in order, after {@code first}. */
    static Observation[] observations(Observation first, List<Term> terms) {
        Observation[] result = new Observation[1 + count(terms)];
        result[0] = first;
        copy(terms, result, 1);
        return result;
    }

    /**
     * The observations of the terms, in order (for a check whose checked figures are all terms): a
     * method of its own, not a null {@code first}, so the other checks' calls never see that branch
     * taken (the JIT compiled the shared method again when it first was).
     */
    static Observation[] observations(List<Term> terms) {
        Observation[] result = new Observation[count(terms)];
        copy(terms, result, 0);
        return result;
    }

    private static int count(List<Term> terms) {
        int n = 0;
        for (Term t : terms) {
            n += t.observations.length;
        }
        return n;
    }

    private static void copy(List<Term> terms, Observation[] out, int from) {
        int i = from;
        for (Term t : terms) {
            System.arraycopy(t.observations, 0, out, i, t.observations.length);
            i += t.observations.length;
        }
    }
}
