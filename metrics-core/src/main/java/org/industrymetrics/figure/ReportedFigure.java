package org.industrymetrics.figure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.industrymetrics.DecimalText;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.InvalidValueException;
import org.industrymetrics.Suggestion;
import org.industrymetrics.internal.Decimals;

/**
 * A number exactly as a report prints it, and what it means: {@code 88.9}, {@code -18.1},
 * {@code over 210}, {@code about 2.75}, {@code 12..15}.
 * <p>
 * A printed figure is rounded, and often qualified, so it stands for an interval of possible
 * true values, not a point: {@link #interval(QualifierWidths)} gives that interval, following
 * the table of the dataset format (FORMAT.md, "Qualifiers and what a figure means"). The
 * rounding half-width is {@code h = 0.5 × 10^-precision}, where the precision is the number of
 * decimals written ({@code 88.9} → 1, {@code 21} → 0) unless set explicitly with
 * {@link #withPrecision(int)} (which may be negative: {@code -3} = rounded to thousands).
 * <p>
 * The text is kept as printed, because the digits written are part of the figure's meaning:
 * {@code 88.90} was rounded to two decimals and {@code 88.9} to one, so they stand for different
 * intervals and are <em>not</em> equal. Equality is on the value text, the qualifier and the
 * explicit precision (if any).
 * <p>
 * {@link #toString()} writes the qualifier's word, the value, and an explicit precision as a
 * suffix: {@code over 210}, {@code 12..15}, {@code 2000 (precision -3)}; {@link #parse} reads
 * that back. {@link #display()} is the figure as a report would print it.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ReportedFigure {

    private static final String PRECISION_PREFIX = " (precision ";
    private static final int MAX_PRECISION = Decimals.MAX_EXPONENT;

    /** The most digits of a number kept in {@link #unscaled}: any 18 digits fit a long. */
    private static final int LONG_DIGITS = 18;

    /**
     * The value of a single number ({@code 225.7}: not a range) of at most 18 digits and a scale of
     * 0 to 18, as {@code unscaled × 10^-scale}; a reader keeps a million figures, and a long in the
     * figure saves the BigDecimal beside it (40 bytes and an object for the collector to copy). The
     * BigDecimal is made when {@link #value()} asks. Nothing else (a range, a longer number) is kept
     * here: then {@link #rest} holds the numbers, and these fields are 0.
     */
    private final long unscaled;
    private final int scale;
    private final Qualifier qualifier;
    /**
     * What few figures have, or null: a text that is not the plain rendering of the numbers
     * ({@code +5}, {@code 007}, {@code -0}), numbers not kept in {@link #unscaled} (a range, more
     * digits), an explicit precision. Nearly every figure is a number alone, 32 bytes in all.
     */
    private final Rest rest;

    /** The rare parts of a figure (see {@link #rest}). */
    private static final class Rest {
        /** The value text as printed, or null when it is the plain rendering of the numbers. */
        final String text;
        /** The numbers, or both null when the value is in {@code unscaled} and {@code scale}. */
        final BigDecimal value;
        final BigDecimal high;
        /** The explicit precision, or null if none was given. */
        final Integer explicitPrecision;

        Rest(String text, BigDecimal value, BigDecimal high, Integer explicitPrecision) {
            this.text = text;
            this.value = value;
            this.high = high;
            this.explicitPrecision = explicitPrecision;
        }
    }

    private ReportedFigure(long unscaled, int scale, Qualifier qualifier, Rest rest) {
        this.unscaled = unscaled;
        this.scale = scale;
        this.qualifier = qualifier;
        this.rest = rest;
    }

    /**
     * The figure of numbers {@code value..high} (the same number twice but for a range): kept in a
     * long when it is one number that fits, with its text only if not the plain rendering.
     */
    private static ReportedFigure ofNumbers(String keptText, BigDecimal value, BigDecimal high, Qualifier qualifier,
            Integer explicitPrecision) {
        if (qualifier != Qualifier.RANGE && fitsLong(value)) {
            Rest rest = keptText == null && explicitPrecision == null ? null : new Rest(keptText, null, null, explicitPrecision);
            return new ReportedFigure(unscaledOf(value), value.scale(), qualifier, rest);
        }
        return new ReportedFigure(0, 0, qualifier, new Rest(keptText, value, high, explicitPrecision));
    }

    /** Whether a single number is kept in a long: at most 18 digits, a scale of 0 to 18. */
    private static boolean fitsLong(BigDecimal v) {
        return v.scale() >= 0 && v.scale() <= LONG_DIGITS && v.precision() <= LONG_DIGITS;
    }

    /** Whether the value is in {@link #unscaled} and {@link #scale}. */
    private boolean isLong() {
        return rest == null || rest.value == null;
    }

    // -----------------------------------------------------------------------------------------
    // factories

    /**
     * Obtains a figure from the text of its value and a qualifier, as a dataset row gives them.
     * A value {@code LOW..HIGH} is a range, and its qualifier is {@link Qualifier#RANGE} whether
     * {@code qualifier} is {@code RANGE} or {@code EXACT}.
     *
     * @param valueText the number as printed, {@code .} as the decimal point, no group
     *     separators and no exponent, or {@code LOW..HIGH}; not null
     * @param qualifier the qualifier, not null
     * @return the figure
     * @throws FigureParseException if the value is not a number or a range, a range has its low
     *     end above its high end, a range has a qualifier other than {@code exact} or
     *     {@code range}, or the qualifier is {@code range} and the value is not a range
     */
    public static ReportedFigure of(String valueText, Qualifier qualifier) {
        Objects.requireNonNull(valueText, "valueText");
        Objects.requireNonNull(qualifier, "qualifier");
        try {
            return value(valueText, 0, valueText.length(), qualifier, valueText, null);
        } catch (FigureParseException e) {
            // "over 200", "12.5GWh": the number alone, the rest in the qualifier and unit columns
            Optional<Suggestion> hint = e.suggestion().isPresent() ? Optional.empty() : ValueHint.forCell(valueText);
            throw hint.isEmpty() ? e : new FigureParseException(e.input(), e.index(), e.problem(), hint.get());
        }
    }

    /**
     * Obtains a figure from the value in {@code text[begin, end)} and a qualifier, exactly as
     * {@link #of(String, Qualifier)} does from that part of {@code text} as a string, for a reader
     * that holds a row's cells in one buffer: a plain number or range of up to 18 digits a side is
     * read without making a string of the cell.
     *
     * @param text the characters holding the value, not null
     * @param begin the index of the value's first character
     * @param end the index after the value's last character
     * @param qualifier the qualifier, not null
     * @return the figure, equal to {@code of(text.subSequence(begin, end).toString(), qualifier)}
     * @throws IndexOutOfBoundsException if {@code begin} and {@code end} are not a range of {@code text}
     * @throws FigureParseException as {@link #of(String, Qualifier)}, naming the value as a string
     */
    public static ReportedFigure of(CharSequence text, int begin, int end, Qualifier qualifier) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.checkFromToIndex(begin, end, text.length());
        try {
            return value(text, begin, end, qualifier, null, null);
        } catch (FigureParseException e) {
            // a bad value is read again as a string: the same problem, index and hint as of(String)
            return of(text.subSequence(begin, end).toString(), qualifier);
        }
    }

    /**
     * Obtains a figure from text: an optional qualifier word and a space, then the value:
     * {@code 88.9}, {@code -18.1}, {@code 12..15}, {@code over 210}, {@code more than 85},
     * {@code at least 5}, {@code nearly 250}, {@code 突破500}. Qualifier ids ({@code at_least 5})
     * are accepted too. An explicit precision follows as {@code (precision N)}:
     * {@code 2000 (precision -3)}. Case is ignored in words; nothing depends on the locale.
     *
     * @param text the text, not null
     * @return the figure
     * @throws FigureParseException if the text is not a figure; an unknown qualifier word is
     *     named with a close match, if there is one
     */
    @JsonCreator
    public static ReportedFigure parse(String text) {
        Objects.requireNonNull(text, "text");
        int end = text.length();
        Integer explicit = null;
        int suffix = text.lastIndexOf(PRECISION_PREFIX);
        if (suffix >= 0 && text.endsWith(")")) {
            explicit = precisionSuffix(text, suffix + PRECISION_PREFIX.length(), end - 1);
            end = suffix;
        }
        int begin = 0;
        Qualifier qualifier = Qualifier.EXACT;
        if (end > 0 && !startsNumber(text.charAt(0))) {
            String word = Qualifier.matchPrefix(text, 0);
            if (word == null) {
                int wordEnd = 0;
                while (wordEnd < end && !startsNumber(text.charAt(wordEnd))) {
                    wordEnd++;
                }
                int trimmed = wordEnd;
                while (trimmed > 0 && text.charAt(trimmed - 1) == ' ') {
                    trimmed--;
                }
                // throws, naming the word and a close match; if the word is known, the space is missing
                Qualifier.parse(text, 0, trimmed, text);
                throw new FigureParseException(text, wordEnd, "found " + found(text, wordEnd, end)
                        + ", expected a space after \"" + text.substring(0, wordEnd) + "\"");
            }
            qualifier = Qualifier.parse(text, 0, word.length(), text);
            begin = word.length();
            while (begin < end && text.charAt(begin) == ' ') {
                begin++;
            }
        }
        try {
            return value(text, begin, end, qualifier, text, explicit);
        } catch (FigureParseException e) {
            // "over 200 GWh": a figure has no unit
            Optional<Suggestion> hint = e.suggestion().isPresent() || explicit != null ? Optional.empty()
                    : ValueHint.forFigure(text, begin);
            throw hint.isEmpty() ? e : new FigureParseException(e.input(), e.index(), e.problem(), hint.get());
        }
    }

    private static boolean startsNumber(char c) {
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
    }

    private static Integer precisionSuffix(String text, int begin, int end) {
        int i = begin;
        boolean negative = i < end && text.charAt(i) == '-';
        if (negative) {
            i++;
        }
        if (i >= end) {
            throw new FigureParseException(text, i, "found " + found(text, i, end) + ", expected the digits of a precision");
        }
        long value = 0;
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new FigureParseException(text, i, "found " + found(text, i, end) + ", expected a digit of a precision");
            }
            value = Math.min(value * 10 + (c - '0'), Integer.MAX_VALUE);
        }
        if (value > MAX_PRECISION) {
            throw new FigureParseException(text, begin, "found precision " + text.substring(begin, end)
                    + ", expected one from -" + MAX_PRECISION + " to " + MAX_PRECISION);
        }
        return (int) (negative ? -value : value);
    }

    /**
     * Reads the value in {@code text[begin, end)}; errors name {@code whole}, or if it is null
     * {@code text[begin, end)} as a string. No string is made of a plain value of up to 18 digits a
     * side, and no BigDecimal of a plain single number of up to 18 digits.
     */
    private static ReportedFigure value(CharSequence text, int begin, int end, Qualifier qualifier, String whole,
            Integer explicit) {
        if (qualifier != Qualifier.RANGE) {
            ReportedFigure plain = plainNumber(text, begin, end, qualifier, explicit);
            if (plain != null) {
                return plain;
            }
        }
        int dots = indexOfDots(text, begin, end);
        if (dots < 0) {
            if (qualifier == Qualifier.RANGE) {
                throw problem(text, begin, end, whole, end, "found " + found(text, end, whole == null ? end : whole.length())
                        + ", expected a range LOW..HIGH for the qualifier range");
            }
            BigDecimal v = Decimals.parse(text, begin, end, false, whole);
            String kept = isPlain(text, begin, end, v) ? null : text.subSequence(begin, end).toString();
            return ofNumbers(kept, v, v, qualifier, explicit);
        }
        if (qualifier != Qualifier.EXACT && qualifier != Qualifier.RANGE) {
            throw problem(text, begin, end, whole, dots, "found a range, expected a single number after the qualifier "
                    + qualifier.id() + " (a range LOW..HIGH takes no qualifier)");
        }
        BigDecimal low = Decimals.parse(text, begin, dots, false, whole);
        BigDecimal high = Decimals.parse(text, dots + 2, end, false, whole);
        if (low.compareTo(high) > 0) {
            throw problem(text, begin, end, whole, begin, "found a range from " + text.subSequence(begin, dots)
                    + " down to " + text.subSequence(dots + 2, end) + ", expected LOW..HIGH with LOW at most HIGH");
        }
        String kept = isPlain(text, begin, dots, low) && isPlain(text, dots + 2, end, high) ? null
                : text.subSequence(begin, end).toString();
        return ofNumbers(kept, low, high, Qualifier.RANGE, explicit);
    }

    /**
     * The figure of {@code text[begin, end)} if it is a number in its plain rendering of at most 18
     * digits ({@code -?D+(.D+)?}, no leading zero, not a negative zero), read straight into a long;
     * null for anything else (a range, a longer number, a text to keep, a bad value), which the
     * general reading then reads or names the problem of.
     */
    private static ReportedFigure plainNumber(CharSequence text, int begin, int end, Qualifier qualifier, Integer explicit) {
        int i = begin;
        boolean negative = i < end && text.charAt(i) == '-';
        if (negative) {
            i++;
        }
        int intStart = i;
        long digits = 0;
        while (i < end) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            digits = digits * 10 + (c - '0');
            i++;
        }
        int intDigits = i - intStart;
        if (intDigits == 0 || intDigits > LONG_DIGITS || (intDigits > 1 && text.charAt(intStart) == '0')) {
            return null;
        }
        int fraction = 0;
        if (i < end) {
            if (text.charAt(i) != '.') {
                return null;
            }
            int fracStart = ++i;
            while (i < end) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return null; // a range's "..", an exponent, a stray character
                }
                digits = digits * 10 + (c - '0');
                i++;
            }
            fraction = i - fracStart;
            if (fraction == 0 || intDigits + fraction > LONG_DIGITS) {
                return null;
            }
        }
        if (negative && digits == 0) {
            return null; // "-0" is kept as written
        }
        return new ReportedFigure(negative ? -digits : digits, fraction, qualifier,
                explicit == null ? null : new Rest(null, null, null, explicit));
    }

    /** The index of the first {@code ..} in {@code text[begin, end)}, or -1. */
    private static int indexOfDots(CharSequence text, int begin, int end) {
        for (int i = begin; i + 1 < end; i++) {
            if (text.charAt(i) == '.' && text.charAt(i + 1) == '.') {
                return i;
            }
        }
        return -1;
    }

    /** The problem at {@code index}: of {@code whole}, or of {@code text[begin, end)} made a string now. */
    private static FigureParseException problem(CharSequence text, int begin, int end, String whole, int index, String message) {
        if (whole != null) {
            return new FigureParseException(whole, index, message);
        }
        return new FigureParseException(text.subSequence(begin, end).toString(), index - begin, message);
    }

    /**
     * Whether {@code text[begin, end)}, a number the parser accepted ({@code [+-]digits[.digits]}),
     * is exactly {@code v.toPlainString()}: no {@code +}, no leading zero, no {@code -} on a zero.
     */
    private static boolean isPlain(CharSequence text, int begin, int end, BigDecimal v) {
        int i = begin;
        char first = text.charAt(i);
        if (first == '+' || (first == '-' && v.signum() == 0)) {
            return false;
        }
        if (first == '-') {
            i++;
        }
        return !(text.charAt(i) == '0' && i + 1 < end && text.charAt(i + 1) != '.');
    }

    private static String found(CharSequence text, int i, int end) {
        return i >= end ? "the end" : "'" + text.charAt(i) + "'";
    }

    /**
     * Returns the figure a report would print for {@code value} rounded to {@code precision}
     * decimals, half up: {@code rounded(548.4049, 1)} is {@code 548.4},
     * {@code rounded(548449, -3)} is {@code 548000 (precision -3)}.
     *
     * @param value the value, not null
     * @param precision the decimals to round to, may be negative (-3: thousands)
     * @return the exact figure
     * @throws InvalidValueException if {@code precision} is beyond ±1000
     */
    public static ReportedFigure rounded(BigDecimal value, int precision) {
        Objects.requireNonNull(value, "value");
        checkPrecision(precision);
        BigDecimal r = value.setScale(precision, RoundingMode.HALF_UP);
        // read back from its plain form (a negative scale made zero), which is then the figure's text
        BigDecimal parsed = new BigDecimal(r.toPlainString());
        return ofNumbers(null, parsed, parsed, Qualifier.EXACT, precision < 0 ? Integer.valueOf(precision) : null);
    }

    /**
     * Returns a copy with an explicit precision, overriding the decimals written: the dataset's
     * {@code precision} column. {@code ReportedFigure.parse("2000").withPrecision(-3)} is 2000
     * rounded to thousands, the interval {@code [1500, 2500]}.
     * This instance is immutable and unaffected by this method call.
     *
     * @param precision the decimals the figure was rounded to, may be negative
     * @return the figure with this precision
     * @throws InvalidValueException if {@code precision} is beyond ±1000
     */
    public ReportedFigure withPrecision(int precision) {
        checkPrecision(precision);
        Rest r = rest;
        return new ReportedFigure(unscaled, scale, qualifier,
                r == null ? new Rest(null, null, null, precision) : new Rest(r.text, r.value, r.high, precision));
    }

    private static void checkPrecision(int precision) {
        if (precision < -MAX_PRECISION || precision > MAX_PRECISION) {
            throw new InvalidValueException(null, "precision", "precision must be from -" + MAX_PRECISION + " to " + MAX_PRECISION
                    + ", found " + precision);
        }
    }

    // -----------------------------------------------------------------------------------------
    // accessors

    /** {@return the value as printed, without qualifier: {@code 210}, {@code 12..15}} */
    public String text() {
        Rest r = rest;
        if (r != null && r.text != null) {
            return r.text;
        }
        if (isLong()) {
            return plain(unscaled, scale);
        }
        return qualifier == Qualifier.RANGE ? DecimalText.plain(r.value) + ".." + DecimalText.plain(r.high)
                : DecimalText.plain(r.value);
    }

    /**
     * {@return whether {@link #text()} is the plain rendering of the numbers: {@code value().toPlainString()},
     * or for a range {@code value().toPlainString() + ".." + high().toPlainString()}} True for nearly
     * every figure; false for a text written otherwise ({@code +5}, {@code 007}, {@code -0}). A
     * figure with plain text is given again by its qualifier and numbers alone (and its explicit
     * precision, if any), which lets a caller keep them without the text.
     */
    public boolean isPlainText() {
        return rest == null || rest.text == null;
    }

    /**
     * {@return the number; for a range, its low end} A figure keeps a number of up to 18 digits in
     * a long ({@link #hasLongValue()}), and makes the BigDecimal when asked.
     */
    public BigDecimal value() {
        return isLong() ? BigDecimal.valueOf(unscaled, scale) : rest.value;
    }

    /** {@return the high end of a range; for any other figure, the same as {@link #value()}} */
    public BigDecimal high() {
        return isLong() ? BigDecimal.valueOf(unscaled, scale) : rest.high;
    }

    /**
     * {@return whether the figure is a single number (not a range) of at most 18 digits and a scale
     * from 0 to 18} Nearly every figure is; its value is then {@link #unscaledLong()} × 10^-{@link #scale()},
     * which a caller adding millions of figures reads without making a BigDecimal ({@link #value()} makes one).
     */
    public boolean hasLongValue() {
        return isLong();
    }

    /**
     * {@return the unscaled value of {@link #value()} as a long, if {@link #hasLongValue()}}
     *
     * @throws IllegalStateException if the figure has no long value (a range, or a longer number)
     */
    public long unscaledLong() {
        if (!isLong()) {
            throw new IllegalStateException("figure " + this + " has no long value");
        }
        return unscaled;
    }

    /** {@return the scale of {@link #value()}: the decimals written, for a range those of its low end} */
    public int scale() {
        return isLong() ? scale : rest.value.scale();
    }

    /** {@return whether this figure is a range {@code LOW..HIGH}} */
    public boolean isRange() {
        return qualifier == Qualifier.RANGE;
    }

    /** {@return the qualifier} */
    public Qualifier qualifier() {
        return qualifier;
    }

    /**
     * {@return the decimals the figure was rounded to: the explicit precision if there is one,
     * else the decimals written (for a range, those of the end with fewer)}
     */
    public int precision() {
        Rest r = rest;
        if (r == null) {
            return scale;
        }
        if (r.explicitPrecision != null) {
            return r.explicitPrecision;
        }
        // the decimals written: for a range, the coarser of its ends, so the interval is never too narrow
        return r.value == null ? scale : Math.max(Math.min(r.value.scale(), r.high.scale()), 0);
    }

    /** {@return the explicit precision, if one was given} */
    public OptionalInt explicitPrecision() {
        Rest r = rest;
        return r != null && r.explicitPrecision != null ? OptionalInt.of(r.explicitPrecision) : OptionalInt.empty();
    }

    /** {@return the half-width of rounding, {@code 0.5 × 10^-precision}: 0.05 for {@code 88.9}} */
    public BigDecimal halfWidth() {
        // 5 × 10^-(precision + 1), exact for any precision
        return BigDecimal.valueOf(5, precision() + 1);
    }

    // -----------------------------------------------------------------------------------------
    // meaning

    /**
     * Returns the interval of true values this figure allows, with {@code h} the
     * {@linkplain #halfWidth() half-width} and {@code a}, {@code o}, {@code n} from {@code widths}:
     * <table>
     * <caption>Intervals by qualifier</caption>
     * <tr><th>qualifier</th><th>interval for value v</th></tr>
     * <tr><td>exact</td><td>{@code [v − h, v + h]}</td></tr>
     * <tr><td>about</td><td>{@code [v·(1 − a) − h, v·(1 + a) + h]}</td></tr>
     * <tr><td>over</td><td>{@code (v, v·(1 + o) + h]}</td></tr>
     * <tr><td>at_least</td><td>{@code [v, v·(1 + o) + h]}</td></tr>
     * <tr><td>nearly</td><td>{@code [v·(1 − n) − h, v)}</td></tr>
     * <tr><td>under</td><td>{@code [v·(1 − o) − h, v)}</td></tr>
     * <tr><td>at_most</td><td>{@code [v·(1 − o) − h, v]}</td></tr>
     * <tr><td>range</td><td>{@code [LOW − h, HIGH + h]}</td></tr>
     * </table>
     * For a negative value the qualifier applies to the magnitude, and the interval is mirrored:
     * {@code over -18} is a fall of more than 18, {@code [−18·(1 + o) − h, −18)}.
     * The arithmetic is exact.
     *
     * @param widths the qualifier widths of the check run, not null
     * @return the interval, bounded
     */
    public Interval interval(QualifierWidths widths) {
        Objects.requireNonNull(widths, "widths");
        return intervalWith(widths);
    }

    /**
     * Returns the interval of true values this figure stands for, with the dataset format's default
     * qualifier widths ({@link QualifierWidths#DEFAULTS}: about 5 %, over 10 %, nearly 5 %):
     * {@code 58.7} is {@code [58.65, 58.75]}, {@code over 210} is {@code (210, 231.5]}.
     *
     * @return the interval, bounded
     */
    public Interval interval() {
        return intervalWith(QualifierWidths.DEFAULTS);
    }

    private Interval intervalWith(QualifierWidths widths) {
        if (qualifier == Qualifier.EXACT || qualifier == Qualifier.RANGE) {
            Interval fast = roundingInterval();
            if (fast != null) {
                return fast;
            }
            BigDecimal h = halfWidth();
            return Interval.closed(value().subtract(h), high().add(h));
        }
        BigDecimal h = halfWidth();
        BigDecimal value = value();
        BigDecimal m = value.abs();
        Interval magnitude;
        switch (qualifier) {
            case ABOUT:
                magnitude = Interval.closed(below(m, widths.about(), h), above(m, widths.about(), h));
                break;
            case OVER:
                magnitude = Interval.openClosed(m, above(m, widths.over(), h));
                break;
            case AT_LEAST:
                magnitude = Interval.closed(m, above(m, widths.over(), h));
                break;
            case NEARLY:
                magnitude = Interval.closedOpen(below(m, widths.nearly(), h), m);
                break;
            case UNDER:
                magnitude = Interval.closedOpen(below(m, widths.over(), h), m);
                break;
            case AT_MOST:
                magnitude = Interval.closed(below(m, widths.over(), h), m);
                break;
            default:
                throw new AssertionError(qualifier);
        }
        return value.signum() < 0 ? magnitude.negate() : magnitude;
    }

    /** Powers of ten that fit a long. */
    private static final long[] POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L,
        100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L,
        1_000_000_000_000_000_000L};

    /**
     * {@code [value − h, high + h]} worked out in longs at one scale when the numbers fit (nearly
     * every figure: at most 18 digits), the bounds made canonical as {@link Interval} keeps them;
     * null when they do not fit, and the caller does it in BigDecimal. The same interval either way
     * (a property test says so): the long path saves a BigDecimal per step and the canonical form's
     * BigInteger, the largest cost of the checks.
     */
    private Interval roundingInterval() {
        int p = precision();
        long lowUnscaled;
        long highUnscaled;
        int sv;
        int sh;
        if (isLong()) {
            lowUnscaled = unscaled;
            highUnscaled = unscaled;
            sv = scale;
            sh = scale;
        } else {
            BigDecimal value = rest.value;
            BigDecimal high = rest.high;
            if (!fitsLong(value) || !fitsLong(high)) {
                return null;
            }
            lowUnscaled = unscaledOf(value);
            highUnscaled = unscaledOf(high);
            sv = value.scale();
            sh = high.scale();
        }
        // every number at scale k: the values' scales and that of h = 5 × 10^-(p + 1)
        int k = Math.max(Math.max(sv, sh), p + 1);
        if (k - sv >= POWERS.length || k - sh >= POWERS.length || k - (p + 1) >= POWERS.length) {
            return null;
        }
        try {
            long h = Math.multiplyExact(5L, POWERS[k - (p + 1)]);
            long lo = Math.subtractExact(Math.multiplyExact(lowUnscaled, POWERS[k - sv]), h);
            long hi = Math.addExact(Math.multiplyExact(highUnscaled, POWERS[k - sh]), h);
            return Interval.canonicalClosed(Interval.canonical(lo, k), Interval.canonical(hi, k));
        } catch (ArithmeticException overflow) {
            return null;
        }
    }

    /** The unscaled value of a number of at most 18 digits and a scale of zero or more, without a BigInteger. */
    private static long unscaledOf(BigDecimal v) {
        // moving the point makes a whole number of scale 0, whose long value is its unscaled value
        return v.scale() == 0 ? v.longValue() : v.movePointRight(v.scale()).longValue();
    }

    /** {@code m·(1 + w) + h}. */
    private static BigDecimal above(BigDecimal m, BigDecimal w, BigDecimal h) {
        return m.multiply(BigDecimal.ONE.add(w)).add(h);
    }

    /** {@code m·(1 − w) − h}. */
    private static BigDecimal below(BigDecimal m, BigDecimal w, BigDecimal h) {
        return m.multiply(BigDecimal.ONE.subtract(w)).subtract(h);
    }

    /**
     * Returns the figure as a report prints it: the qualifier's word and the value, a range as
     * {@code 12 to 15}, without the explicit precision: {@code over 210}, {@code 88.9}.
     *
     * @return the printed figure
     */
    public String display() {
        if (rest == null && qualifier.word().isEmpty()) {
            return plain(unscaled, scale); // the common case: the number alone, one string made
        }
        return appendDisplay(new StringBuilder(24)).toString();
    }

    /**
     * Appends {@link #display()}'s text to a builder, the numbers written into it without a string
     * of their own: a check's messages print millions of figures.
     *
     * @param sb the builder, not null
     * @return {@code sb}
     */
    public StringBuilder appendDisplay(StringBuilder sb) {
        String word = qualifier.word();
        if (!word.isEmpty()) {
            sb.append(word).append(' ');
        }
        Rest r = rest;
        if (r != null && r.text != null) {
            return sb.append(isRange() ? r.text.replace("..", " to ") : r.text);
        }
        if (isLong()) {
            return DecimalText.appendPlain(sb, unscaled, scale);
        }
        DecimalText.appendPlain(sb, r.value);
        return isRange() ? DecimalText.appendPlain(sb.append(" to "), r.high) : sb;
    }

    /** {@code BigDecimal.valueOf(unscaled, scale).toPlainString()} for a scale of 0 to 18, from the digits. */
    private static String plain(long unscaled, int scale) {
        if (scale == 0) {
            return Long.toString(unscaled);
        }
        return DecimalText.appendPlain(new StringBuilder(LONG_DIGITS + 3), unscaled, scale).toString();
    }

    // -----------------------------------------------------------------------------------------
    // object

    /**
     * Returns whether {@code obj} is a figure with the same value text, qualifier and explicit
     * precision. {@code 88.90} and {@code 88.9} differ: they were rounded differently.
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof ReportedFigure)) {
            return false;
        }
        ReportedFigure other = (ReportedFigure) obj;
        return qualifier == other.qualifier && Objects.equals(explicit(), other.explicit()) && sameText(other);
    }

    private Integer explicit() {
        return rest == null ? null : rest.explicitPrecision;
    }

    private String keptText() {
        return rest == null ? null : rest.text;
    }

    /**
     * Whether the value texts are equal, without rebuilding them: a text is kept exactly when it is
     * not the plain rendering of its numbers, so two figures' texts are equal when both are kept and
     * equal, or both are not kept and the numbers are equal with their scales. Whether a number is
     * kept in a long depends on the number alone, so equal numbers are kept alike.
     */
    private boolean sameText(ReportedFigure other) {
        String text = keptText();
        String otherText = other.keptText();
        if (text != null || otherText != null) {
            return text != null && text.equals(otherText);
        }
        if (isLong() || other.isLong()) {
            return isLong() && other.isLong() && unscaled == other.unscaled && scale == other.scale;
        }
        return rest.value.equals(other.rest.value) && rest.high.equals(other.rest.high);
    }

    @Override
    public int hashCode() {
        String text = keptText();
        int h = text != null ? text.hashCode() : 31 * value().hashCode() + high().hashCode();
        return 31 * (31 * h + qualifier.hashCode()) + Objects.hashCode(explicit());
    }

    /**
     * Returns the figure as {@link #parse} reads it: {@code over 210}, {@code 12..15},
     * {@code 88.9}, {@code 2000 (precision -3)}.
     */
    @JsonValue
    @Override
    public String toString() {
        String word = qualifier.word();
        String number = text();
        String s = word.isEmpty() ? number : word + " " + number;
        Integer explicit = explicit();
        return explicit == null ? s : s + PRECISION_PREFIX + explicit + ")";
    }
}
