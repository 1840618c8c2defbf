package org.industrymetrics.html;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.industrymetrics.figure.Interval;

/**
 * Draws intervals as horizontal bars on one axis in an inline SVG: a closed end is a filled dot,
 * an open end a hollow dot, an unbounded end an arrow at the edge of the plot. The numbers are
 * real text in the SVG (and in the page beside it), the chart has a {@code <title>} and a
 * {@code <desc>}. Positions are computed in decimal and rounded to a tenth of a unit of the
 * 400-unit-wide view box only at the end, so bounds like {@code 1E-2000} do not overflow.
 */
final class IntervalChart {

    static final int WIDTH = 400;
    /** Where the plot starts and ends; the label column and the arrows are outside. */
    static final double X0 = 74;
    static final double X1 = 384;
    static final double ARROW = 9;
    private static final int ROW = 32;
    private static final int TOP = 2;
    /** A bar or a gap is at least this wide, so a point or a tiny gap is still seen. */
    private static final double MIN_WIDTH = 2.5;
    /** Average width of a character of the 13-unit font, to keep a label inside the view box. */
    private static final double CHAR_WIDTH = 7;

    private IntervalChart() {
    }

    /** One bar: its row label ({@code stated}), CSS class, interval and the text above it. */
    record Bar(String label, String cssClass, Interval interval, String text) {
    }

    /** The axis of a chart: the numbers from {@code lo} to {@code hi} fill the plot. */
    static final class Scale {
        final BigDecimal lo;
        final BigDecimal span;
        /** The axis in doubles, where they are exact enough for a tenth of a unit of the view box; else NaN. */
        private final double loDouble;
        private final double spanDouble;

        private Scale(BigDecimal lo, BigDecimal hi) {
            this.lo = lo;
            this.span = hi.subtract(lo);
            double l = lo.doubleValue();
            double s = span.doubleValue();
            // a double holds 15 digits: enough if the axis does not sit far from zero compared to its width
            boolean fits = Double.isFinite(l) && Double.isFinite(s) && s > 0 && Double.isFinite(hi.doubleValue())
                    && Math.abs(l) < s * 1e6 && Math.abs(hi.doubleValue()) < s * 1e6 && s > Double.MIN_NORMAL * 1e6;
            this.loDouble = fits ? l : Double.NaN;
            this.spanDouble = fits ? s : Double.NaN;
        }

        /**
         * The axis for these intervals: their finite bounds with a margin of 6 % each side, and
         * more room on a side where an interval is unbounded, so its arrow runs past every finite
         * end. With {@code fromZero} the axis starts at zero (or below, for negative bounds).
         */
        static Scale of(List<Interval> intervals, boolean fromZero) {
            BigDecimal min = fromZero ? BigDecimal.ZERO : null;
            BigDecimal max = fromZero ? BigDecimal.ZERO : null;
            boolean openBelow = false;
            boolean openAbove = false;
            for (Interval i : intervals) {
                for (BigDecimal b : new BigDecimal[] {i.low(), i.high()}) {
                    if (b != null) {
                        min = min == null || b.compareTo(min) < 0 ? b : min;
                        max = max == null || b.compareTo(max) > 0 ? b : max;
                    }
                }
                openBelow |= !i.isLowBounded();
                openAbove |= !i.isHighBounded();
            }
            if (min == null) {
                return new Scale(BigDecimal.ONE.negate(), BigDecimal.ONE);
            }
            BigDecimal span = max.subtract(min);
            if (span.signum() == 0) {
                span = min.signum() == 0 ? BigDecimal.ONE : min.abs().multiply(new BigDecimal("0.2"));
            }
            BigDecimal pad = span.multiply(new BigDecimal("0.06"));
            BigDecimal more = span.multiply(new BigDecimal("0.25"));
            BigDecimal lo = fromZero && min.signum() >= 0 && !openBelow ? min : min.subtract(openBelow ? more : pad);
            BigDecimal hi = max.add(openAbove ? more : pad);
            return new Scale(lo, hi);
        }

        double x(BigDecimal value) {
            if (!Double.isNaN(spanDouble)) {
                double v = value.doubleValue();
                if (Math.abs(v) < spanDouble * 1e6) {
                    return X0 + (v - loDouble) / spanDouble * (X1 - X0);
                }
            }
            return X0 + value.subtract(lo).divide(span, MathContext.DECIMAL64).doubleValue() * (X1 - X0);
        }
    }

    /**
     * Writes an SVG with one row per bar and, if {@code gapText} is not null, the gap between the
     * first two bars marked and labelled under them.
     *
     * @param id a page-unique id for the title and description
     * @param track whether to draw a faint bar from the axis start to each bar (for totals)
     */
    static void write(Html h, String id, String title, String desc, Scale scale, List<Bar> bars,
            String gapText, boolean track) {
        boolean gap = gapText != null && bars.size() >= 2 && gapEnds(bars.get(0).interval(), bars.get(1).interval()) != null;
        int height = TOP + bars.size() * ROW + (gap ? 30 : 4);
        h.raw("<svg class=\"chart\" viewBox=\"0 0 ").num(WIDTH).raw(' ').num(height)
                .raw("\" width=\"").num(WIDTH).raw("\" height=\"").num(height).raw("\" role=\"img\"")
                .attr("aria-labelledby", id + "-t " + id + "-d").raw('>');
        h.raw("<title").attr("id", id + "-t").raw('>').text(title).raw("</title>");
        h.raw("<desc").attr("id", id + "-d").raw('>').text(desc).raw("</desc>");
        if (gap) {
            writeGap(h, scale, bars.get(0).interval(), bars.get(1).interval(), height, gapText);
        }
        for (int r = 0; r < bars.size(); r++) {
            writeBar(h, scale, bars.get(r), TOP + r * ROW, track);
        }
        h.raw("</svg>");
    }

    private static void writeBar(Html h, Scale scale, Bar bar, int top, boolean track) {
        Interval i = bar.interval();
        double cy = top + 22;
        double xa = i.isLowBounded() ? scale.x(i.low()) : X0;
        double xb = i.isHighBounded() ? scale.x(i.high()) : X1;
        if (xb - xa < MIN_WIDTH) {
            double mid = (xa + xb) / 2;
            xa = mid - MIN_WIDTH / 2;
            xb = mid + MIN_WIDTH / 2;
        }
        h.raw("<g").attr("class", "bar " + bar.cssClass()).raw('>');
        h.raw("<text class=\"lbl\" x=\"4\" y=\"").num(cy + 4).raw("\">").text(bar.label()).raw("</text>");
        if (track && xa > X0) {
            h.raw("<rect class=\"track\" x=\"").num(X0).raw("\" y=\"").num(cy - 3).raw("\" width=\"").num(xa - X0)
                    .raw("\" height=\"6\"/>");
        }
        h.raw("<rect class=\"span\" x=\"").num(xa).raw("\" y=\"").num(cy - 4).raw("\" width=\"").num(xb - xa)
                .raw("\" height=\"8\"/>");
        end(h, i.isLowBounded(), i.isLowOpen(), xa, cy, -1);
        end(h, i.isHighBounded(), i.isHighOpen(), xb, cy, 1);
        double width = bar.text().length() * CHAR_WIDTH;
        // the value stays right of the row label, and inside the view box
        double x = clamp((xa + xb) / 2, X0 - 12 + width / 2, WIDTH - 2 - width / 2);
        h.raw("<text class=\"val\" text-anchor=\"middle\" x=\"").num(x).raw("\" y=\"").num(top + 11).raw("\">")
                .text(bar.text()).raw("</text>");
        h.raw("</g>");
    }

    /** A dot for a bounded end (hollow if open), an arrow pointing out of the plot for an unbounded one. */
    private static void end(Html h, boolean bounded, boolean open, double x, double cy, int direction) {
        if (bounded) {
            h.raw("<circle class=\"").raw(open ? "open" : "closed").raw("\" cx=\"").num(x).raw("\" cy=\"").num(cy)
                    .raw("\" r=\"4.5\"/>");
        } else {
            h.raw("<path class=\"arrow\" d=\"M").num(x).raw(' ').num(cy - 7).raw("L").num(x + direction * ARROW).raw(' ')
                    .num(cy).raw("L").num(x).raw(' ').num(cy + 7).raw("Z\"/>");
        }
    }

    /** The facing ends of two disjoint intervals, lower one's high end first; null if they are not both bounded. */
    private static BigDecimal[] gapEnds(Interval a, Interval b) {
        if (a.isHighBounded() && b.isLowBounded() && a.high().compareTo(b.low()) <= 0) {
            return new BigDecimal[] {a.high(), b.low()};
        }
        if (b.isHighBounded() && a.isLowBounded() && b.high().compareTo(a.low()) <= 0) {
            return new BigDecimal[] {b.high(), a.low()};
        }
        return null;
    }

    private static void writeGap(Html h, Scale scale, Interval a, Interval b, int height, String text) {
        BigDecimal[] ends = gapEnds(a, b);
        double g0 = scale.x(ends[0]);
        double g1 = scale.x(ends[1]);
        if (g1 - g0 < MIN_WIDTH) {
            double mid = (g0 + g1) / 2;
            g0 = mid - MIN_WIDTH / 2;
            g1 = mid + MIN_WIDTH / 2;
        }
        double bottom = TOP + 2 * ROW + 8;
        h.raw("<g class=\"gap\">");
        h.raw("<rect class=\"band\" x=\"").num(g0).raw("\" y=\"").num(TOP + 14).raw("\" width=\"").num(g1 - g0)
                .raw("\" height=\"").num(bottom - TOP - 14).raw("\"/>");
        h.raw("<path class=\"bracket\" d=\"M").num(g0).raw(' ').num(TOP + 14).raw("V").num(bottom).raw("H").num(g1)
                .raw("V").num(TOP + 14).raw("\"/>");
        double width = text.length() * CHAR_WIDTH;
        double x = clamp((g0 + g1) / 2, 4 + width / 2, WIDTH - 4 - width / 2);
        h.raw("<text class=\"val\" text-anchor=\"middle\" x=\"").num(x).raw("\" y=\"").num(height - 6).raw("\">")
                .text(text).raw("</text>");
        h.raw("</g>");
    }

    /** {@code x} moved into {@code [min, max]}; the middle of the view box if that is empty (a long label). */
    private static double clamp(double x, double min, double max) {
        return min > max ? WIDTH / 2.0 : Math.max(min, Math.min(max, x));
    }
}
