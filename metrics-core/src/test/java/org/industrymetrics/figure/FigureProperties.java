package org.industrymetrics.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.InvalidValueException;
import net.jqwik.api.constraints.IntRange;

class FigureProperties {

    @Provide
    Arbitrary<BigDecimal> values() {
        Arbitrary<Integer> scale = Arbitraries.integers().between(0, 4);
        Arbitrary<BigDecimal> unscaled = Arbitraries.bigDecimals().between(new BigDecimal("-99999"), new BigDecimal("99999")).ofScale(0);
        return Combinators.combine(unscaled, scale).as((u, s) -> u.movePointLeft(s));
    }

    @Provide
    Arbitrary<ReportedFigure> figures() {
        Arbitrary<Qualifier> qualifier = Arbitraries.of(Qualifier.class);
        Arbitrary<Integer> precision = Arbitraries.integers().between(-4, 4);
        Arbitrary<Boolean> explicit = Arbitraries.of(true, false);
        return Combinators.combine(values(), values(), qualifier, precision, explicit).as((a, b, q, p, e) -> {
            ReportedFigure figure = q == Qualifier.RANGE
                    ? ReportedFigure.of(a.min(b).toPlainString() + ".." + a.max(b).toPlainString(), q)
                    : ReportedFigure.of(a.toPlainString(), q);
            return e ? figure.withPrecision(p) : figure;
        });
    }

    @Property
    void reportedFigure_parse_toString_roundTrip(@ForAll("figures") ReportedFigure figure) {
        ReportedFigure parsed = ReportedFigure.parse(figure.toString());
        assertEquals(figure, parsed);
        assertEquals(figure.toString(), parsed.toString());
        assertEquals(figure.interval(QualifierWidths.DEFAULTS), parsed.interval(QualifierWidths.DEFAULTS));
    }

    /**
     * Every number text the parser accepts, {@code [+-]digits[.digits]}: with a plus sign, leading
     * zeros, a negative zero, trailing zeros, and more digits than a {@code long} holds.
     */
    @Provide
    Arbitrary<String> numberTexts() {
        Arbitrary<String> sign = Arbitraries.of("", "", "-", "+");
        Arbitrary<String> integer = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(4),
                Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(30),
                Arbitraries.of("0", "00", "000"));
        Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(4).map(f -> "." + f),
                Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(25).map(f -> "." + f),
                Arbitraries.of(".0", ".00"));
        return Combinators.combine(sign, integer, fraction).as((s, i, f) -> s + i + f);
    }

    /** The value texts of a dataset row: a number, or a range of two with its low end first. */
    @Provide
    Arbitrary<String> valueTexts() {
        Arbitrary<String> range = Combinators.combine(numberTexts(), numberTexts())
                .as((a, b) -> new BigDecimal(a).compareTo(new BigDecimal(b)) <= 0 ? a + ".." + b : b + ".." + a);
        return Arbitraries.oneOf(numberTexts(), range);
    }

    /**
     * A single number of up to 18 digits and a scale of 0 to 18 has a long value, and nothing else
     * has: the value is the unscaled long at the scale, the display and interval those of the number.
     */
    @Property
    void reportedFigure_longValue_isTheValue(@ForAll("valueTexts") String text, @ForAll Qualifier qualifier) {
        boolean range = text.contains("..");
        ReportedFigure figure = ReportedFigure.of(text, range ? Qualifier.RANGE : qualifier == Qualifier.RANGE ? Qualifier.EXACT : qualifier);
        BigDecimal v = figure.value();
        boolean fits = !range && v.scale() >= 0 && v.scale() <= 18 && v.precision() <= 18;
        assertEquals(fits, figure.hasLongValue());
        assertEquals(v.scale(), figure.scale());
        if (fits) {
            assertEquals(v, BigDecimal.valueOf(figure.unscaledLong(), figure.scale()));
            assertEquals(v, figure.high());
            assertEquals(Math.max(v.scale(), 0), figure.precision());
        } else {
            assertThrows(IllegalStateException.class, figure::unscaledLong);
        }
        ReportedFigure viaSlice = ReportedFigure.of("|" + text + "|", 1, text.length() + 1, figure.qualifier());
        assertEquals(figure, viaSlice);
        assertEquals(figure.hasLongValue(), viaSlice.hasLongValue());
        assertEquals(figure.interval(), viaSlice.interval());
    }

    @Property
    void reportedFigure_text_isTheValueTextRead(@ForAll("valueTexts") String text) {
        ReportedFigure figure = ReportedFigure.of(text, Qualifier.EXACT);
        assertEquals(text, figure.text());
        int dots = text.indexOf("..");
        String low = dots < 0 ? text : text.substring(0, dots);
        String high = dots < 0 ? text : text.substring(dots + 2);
        // the number with the scale as written, as BigDecimal reads it
        assertEquals(new BigDecimal(low), figure.value());
        assertEquals(new BigDecimal(high), figure.high());
        String plain = dots < 0 ? figure.value().toPlainString()
                : figure.value().toPlainString() + ".." + figure.high().toPlainString();
        assertEquals(plain.equals(text), figure.isPlainText());
        ReportedFigure parsed = ReportedFigure.parse(figure.toString());
        assertEquals(text, parsed.text());
        assertEquals(figure, parsed);
        assertEquals(figure.hashCode(), parsed.hashCode());
        assertEquals(figure.toString(), parsed.toString());
        String word = dots < 0 ? "over" : "";
        ReportedFigure qualified = ReportedFigure.parse(word.isEmpty() ? text : word + " " + text);
        assertEquals(text, qualified.text());
        assertEquals(word.isEmpty() ? text.replace("..", " to ") : word + " " + text, qualified.display());
        // the builder's text is the display text, after what the builder held
        assertEquals("x" + figure.display(), figure.appendDisplay(new StringBuilder("x")).toString());
        assertEquals("x" + qualified.display(), qualified.appendDisplay(new StringBuilder("x")).toString());
    }

    @Property
    void reportedFigure_equalsExactlyWhenTheTextsAre(@ForAll("valueTexts") String a, @ForAll("valueTexts") String b,
            @ForAll boolean sameText) {
        String other = sameText ? new String(a) : b;
        ReportedFigure x = ReportedFigure.of(a, Qualifier.EXACT);
        ReportedFigure y = ReportedFigure.of(other, Qualifier.EXACT);
        assertEquals(a.equals(other), x.equals(y), () -> a + " / " + other);
        assertEquals(a.equals(other), y.equals(x), () -> other + " / " + a);
        if (a.equals(other)) {
            assertEquals(x.hashCode(), y.hashCode());
        }
        assertEquals(a.equals(other), x.withPrecision(2).equals(y.withPrecision(2)));
    }

    /**
     * The interval of an exact figure or a range is {@code [value − h, high + h]} made canonical,
     * with the same bounds and scales, whether it was worked out in longs (numbers that fit) or in
     * BigDecimal (longer numbers, precisions far from the scale written).
     */
    @Property
    void reportedFigure_interval_isTheBigDecimalArithmetic(@ForAll("valueTexts") String text,
            @ForAll @IntRange(min = -40, max = 40) int precision, @ForAll boolean explicit) {
        ReportedFigure written = ReportedFigure.of(text, Qualifier.EXACT);
        ReportedFigure figure = explicit ? written.withPrecision(precision) : written;
        BigDecimal h = figure.halfWidth();
        Interval expected = Interval.closed(figure.value().subtract(h), figure.high().add(h));
        Interval interval = figure.interval();
        assertEquals(expected, interval);
        assertEquals(expected.low().scale(), interval.low().scale());
        assertEquals(expected.high().scale(), interval.high().scale());
        assertEquals(expected.toString(), interval.toString());
    }

    /** Value cells as a reader may find them: good ones, and anything made of a number's characters. */
    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.oneOf(valueTexts(), Arbitraries.strings().withChars("0123456789+-. ,eE").ofMaxLength(12));
    }

    @Property
    void reportedFigure_ofSlice_isOfTheCellAsAString(@ForAll("cells") String cell, @ForAll Qualifier qualifier) {
        String line = "a," + cell + ",b";
        ReportedFigure expected;
        try {
            expected = ReportedFigure.of(cell, qualifier);
        } catch (FigureParseException e) {
            FigureParseException slice = assertThrows(FigureParseException.class,
                    () -> ReportedFigure.of(line, 2, 2 + cell.length(), qualifier));
            assertEquals(e.getMessage(), slice.getMessage());
            assertEquals(e.input(), slice.input());
            assertEquals(e.index(), slice.index());
            return;
        }
        ReportedFigure figure = ReportedFigure.of(new StringBuilder(line), 2, 2 + cell.length(), qualifier);
        assertEquals(expected, figure);
        assertEquals(cell, figure.text());
        assertEquals(expected.toString(), figure.toString());
        assertEquals(expected.value(), figure.value());
        assertEquals(expected.high(), figure.high());
        assertEquals(expected.qualifier(), figure.qualifier());
        assertEquals(expected.precision(), figure.precision());
    }

    @Property
    void reportedFigure_intervalContainsTheNumberUnlessStrict(@ForAll("figures") ReportedFigure figure) {
        Interval interval = figure.interval(QualifierWidths.DEFAULTS);
        Qualifier q = figure.qualifier();
        boolean strict = q == Qualifier.OVER || q == Qualifier.NEARLY || q == Qualifier.UNDER;
        assertEquals(!strict, interval.contains(figure.value()), figure + " -> " + interval);
        assertTrue(interval.isBounded());
        assertTrue(interval.contains(figure.value().add(figure.high()).divide(BigDecimal.valueOf(2))) || strict);
    }

    @Property
    void reportedFigure_roundedValueIsInItsInterval(@ForAll("values") BigDecimal exact, @ForAll @IntRange(min = -4, max = 6) int p) {
        ReportedFigure figure = ReportedFigure.rounded(exact, p);
        assertTrue(figure.interval(QualifierWidths.DEFAULTS).contains(exact), () -> exact + " -> " + figure);
        assertEquals(p, figure.precision());
        assertEquals(figure, ReportedFigure.parse(figure.toString()));
    }

    @Property
    void reportedFigure_widerWidthsGiveWiderIntervals(@ForAll("figures") ReportedFigure figure) {
        QualifierWidths wider = QualifierWidths.of(new BigDecimal("0.2"), new BigDecimal("0.3"), new BigDecimal("0.2"));
        assertTrue(figure.interval(wider).encloses(figure.interval(QualifierWidths.DEFAULTS)));
    }

    // ------------------------------------------------------------------------------------------
    // relative figures

    @Provide
    Arbitrary<Growth> growths() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-100"), new BigDecimal("1000")).ofScale(2).map(Growth::ofPercent);
    }

    @Provide
    Arbitrary<BigDecimal> levels() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1000000"), new BigDecimal("1000000")).ofScale(3);
    }

    @Property
    void growth_thenInverse_returnsTheBase(@ForAll("growths") Growth growth, @ForAll("levels") BigDecimal base) {
        if (growth.percent().compareTo(BigDecimal.valueOf(-100)) == 0) {
            return;
        }
        BigDecimal current = growth.applyTo(base);
        assertEquals(0, base.compareTo(growth.baseFrom(current, MathContext.DECIMAL128)), () -> growth + " on " + base);
        if (base.signum() != 0) {
            assertEquals(growth, Growth.between(base, current, MathContext.DECIMAL128));
        }
    }

    @Property
    void growth_compound_matchesApplyingTwice(@ForAll("growths") Growth a, @ForAll("growths") Growth b, @ForAll("levels") BigDecimal base) {
        assertEquals(0, b.applyTo(a.applyTo(base)).compareTo(a.compound(b).applyTo(base)));
        assertEquals(a.compound(b), b.compound(a));
    }

    @Property(tries = 300)
    void growth_annualised_compoundsBack(@ForAll("growths") Growth total, @ForAll @IntRange(min = 1, max = 30) int years) {
        Growth yearly = Growth.annualised(total, years, MathContext.DECIMAL64);
        Growth compounded = yearly;
        for (int i = 1; i < years; i++) {
            compounded = compounded.compound(yearly);
        }
        BigDecimal error = compounded.percent().subtract(total.percent()).abs();
        assertTrue(error.compareTo(new BigDecimal("1e-10")) < 0, () -> yearly + " over " + years + " years gives " + total);
    }

    @Property
    void growth_minusPoints_plusPoints(@ForAll("growths") Growth growth, @ForAll("levels") BigDecimal points) {
        PercentagePoints pp = PercentagePoints.of(points.movePointLeft(3));
        Growth lower;
        try {
            lower = growth.minus(pp);
        } catch (InvalidValueException e) {
            assertTrue(growth.percent().subtract(pp.value()).compareTo(BigDecimal.valueOf(-100)) < 0);
            return;
        }
        assertEquals(growth, lower.plus(pp));
        assertEquals(pp, PercentagePoints.between(lower, growth));
    }

    @Property
    void growth_multiple_agree(@ForAll("growths") Growth growth, @ForAll("levels") BigDecimal base) {
        Multiple multiple = growth.toMultiple();
        assertEquals(0, growth.applyTo(base).compareTo(multiple.applyTo(base)));
        assertEquals(growth, multiple.toGrowth());
    }

    @Property
    void relative_parse_toString_roundTrip(@ForAll("values") BigDecimal value) {
        BigDecimal percent = value.abs().min(BigDecimal.valueOf(100));
        Growth growth = Growth.ofPercent(value.max(BigDecimal.valueOf(-100)));
        assertEquals(growth, Growth.parse(growth.toString()));
        Share share = Share.ofPercent(percent);
        assertEquals(share, Share.parse(share.toString()));
        PercentagePoints points = PercentagePoints.of(value);
        assertEquals(points, PercentagePoints.parse(points.toString()));
        Contribution contribution = Contribution.ofPercent(value);
        assertEquals(contribution, Contribution.parse(contribution.toString()));
        Multiple multiple = Multiple.ofTimesAsMuch(value.abs());
        assertEquals(multiple, Multiple.parse(multiple.toString()));
        assertEquals(multiple.toString(), Multiple.parse(multiple.toString()).toString());
    }

    @Property
    void share_applyTo_wholeFrom(@ForAll("levels") BigDecimal whole, @ForAll @IntRange(min = 1, max = 100) int percent) {
        Share share = Share.ofPercent(BigDecimal.valueOf(percent));
        BigDecimal part = share.applyTo(whole);
        assertEquals(0, whole.compareTo(share.wholeFrom(part, MathContext.DECIMAL128)));
        if (whole.signum() != 0) {
            assertEquals(share, Share.of(part, whole, MathContext.DECIMAL128));
        }
    }
}
