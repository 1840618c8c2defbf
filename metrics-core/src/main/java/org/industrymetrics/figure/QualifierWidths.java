package org.industrymetrics.figure;

import java.math.BigDecimal;
import java.util.Objects;
import org.industrymetrics.InvalidValueException;
import org.industrymetrics.internal.Decimals;

/**
 * How far a qualified figure may stretch, as fractions of its value: {@code a} for "about",
 * {@code o} for "over", "under", "at least" and "at most", {@code n} for "nearly". With the
 * defaults, "about 100" allows 95 to 105 and "over 100" up to 110 (plus the rounding of the
 * number itself); see {@link ReportedFigure#interval(QualifierWidths)}.
 * <p>
 * These are settings of a check run, not facts: pass them explicitly, starting from
 * {@link #DEFAULTS}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class QualifierWidths {

    /** The defaults of the dataset format: about 0.05, over 0.10, nearly 0.05. */
    public static final QualifierWidths DEFAULTS =
            new QualifierWidths(new BigDecimal("0.05"), new BigDecimal("0.10"), new BigDecimal("0.05"));

    private final BigDecimal about;
    private final BigDecimal over;
    private final BigDecimal nearly;

    private QualifierWidths(BigDecimal about, BigDecimal over, BigDecimal nearly) {
        this.about = about;
        this.over = over;
        this.nearly = nearly;
    }

    /**
     * Obtains widths.
     *
     * @param about the width {@code a} of "about", not null, from 0 (inclusive) to 1 (exclusive)
     * @param over the width {@code o} of "over", "under", "at least", "at most", likewise
     * @param nearly the width {@code n} of "nearly", likewise
     * @return the widths
     * @throws InvalidValueException if a width is negative or 1 or more
     */
    public static QualifierWidths of(BigDecimal about, BigDecimal over, BigDecimal nearly) {
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(over, "over");
        Objects.requireNonNull(nearly, "nearly");
        return new QualifierWidths(check(about, "about"), check(over, "over"), check(nearly, "nearly"));
    }

    private static BigDecimal check(BigDecimal width, String name) {
        Objects.requireNonNull(width, name);
        if (width.signum() < 0 || width.compareTo(BigDecimal.ONE) >= 0) {
            // a setting a user gives (a check run's options): a fault of the input, not of the program
            throw new InvalidValueException("width " + name, name, "must be at least 0 and below 1, found "
                    + width.toPlainString());
        }
        return width;
    }

    /**
     * Returns a copy with another width for "about".
     * This instance is immutable and unaffected by this method call.
     *
     * @param about the width, from 0 to below 1
     * @return the new widths
     */
    public QualifierWidths withAbout(BigDecimal about) {
        return of(about, over, nearly);
    }

    /**
     * Returns a copy with another width for "over", "under", "at least" and "at most".
     *
     * @param over the width, from 0 to below 1
     * @return the new widths
     */
    public QualifierWidths withOver(BigDecimal over) {
        return of(about, over, nearly);
    }

    /**
     * Returns a copy with another width for "nearly".
     *
     * @param nearly the width, from 0 to below 1
     * @return the new widths
     */
    public QualifierWidths withNearly(BigDecimal nearly) {
        return of(about, over, nearly);
    }

    /** {@return the width {@code a} of "about"} */
    public BigDecimal about() {
        return about;
    }

    /** {@return the width {@code o} of "over", "under", "at least" and "at most"} */
    public BigDecimal over() {
        return over;
    }

    /** {@return the width {@code n} of "nearly"} */
    public BigDecimal nearly() {
        return nearly;
    }

    /** Returns whether the three widths are numerically equal. */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof QualifierWidths)) {
            return false;
        }
        QualifierWidths other = (QualifierWidths) obj;
        return about.compareTo(other.about) == 0 && over.compareTo(other.over) == 0
                && nearly.compareTo(other.nearly) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Decimals.normalize(about), Decimals.normalize(over), Decimals.normalize(nearly));
    }

    /** Returns the widths as {@code QualifierWidths[about=0.05, over=0.10, nearly=0.05]}. */
    @Override
    public String toString() {
        return "QualifierWidths[about=" + about.toPlainString() + ", over=" + over.toPlainString()
                + ", nearly=" + nearly.toPlainString() + "]";
    }
}
