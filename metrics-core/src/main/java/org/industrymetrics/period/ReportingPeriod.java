package org.industrymetrics.period;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.industrymetrics.FigureParseException;

/**
 * The period a figure is reported for: a calendar year ({@code 2024}), a half year
 * ({@code 2024-H1}), a quarter ({@code 2024-Q2}), a month ({@code 2024-05}), a day
 * ({@code 2024-06-26}), or an inclusive range of units of one of these granularities
 * ({@code 2024-01/2024-05}, January to May; {@code 2021/2022}).
 * <p>
 * A period is a granularity and a run of whole, consecutive units of it. A range of one unit
 * <em>is</em> that unit: {@code parse("2024-05/2024-05")} equals {@code parse("2024-05")}.
 * Periods of different granularities are never equal, even when they cover the same days:
 * {@code 2024} is one year, {@code 2024-01/2024-12} is twelve months, and a check that adds up
 * months needs to tell them apart.
 * <p>
 * The text forms are those of the dataset format: {@code 2024-S1} is read as {@code 2024-H1} and
 * {@code 2024-M05} as {@code 2024-05}, letters in either case; {@link #toString()} writes the
 * canonical form, and {@code parse(p.toString())} equals {@code p}. Years run from 0000 to 9999.
 * <p>
 * The natural order is by first day, then by last day, then coarser granularity first; it agrees
 * with {@link #equals}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ReportingPeriod implements Comparable<ReportingPeriod> {

    /** The earliest year a period may fall in (years are written with four digits). */
    public static final int MIN_YEAR = 0;
    /** The latest year a period may fall in. */
    public static final int MAX_YEAR = 9999;

    private final Granularity granularity;
    private final LocalDate firstDay;
    private final LocalDate lastDay;

    private ReportingPeriod(Granularity granularity, LocalDate firstDay, LocalDate lastDay) {
        this.granularity = granularity;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    // -----------------------------------------------------------------------------------------
    // factories

    /**
     * Obtains a calendar year.
     *
     * @param year the year, from 0 to 9999
     * @return the year
     * @throws IllegalArgumentException if the year is out of range
     */
    public static ReportingPeriod ofYear(int year) {
        return unit(Granularity.YEAR, LocalDate.of(checkYear(year), 1, 1));
    }

    /**
     * Obtains a half year.
     *
     * @param year the year, from 0 to 9999
     * @param half 1 for January to June, 2 for July to December
     * @return the half year
     * @throws IllegalArgumentException if the year or the half is out of range
     */
    public static ReportingPeriod ofHalf(int year, int half) {
        checkRange(half, 1, 2, "half");
        return unit(Granularity.HALF, LocalDate.of(checkYear(year), half * 6 - 5, 1));
    }

    /**
     * Obtains a quarter.
     *
     * @param year the year, from 0 to 9999
     * @param quarter from 1 to 4
     * @return the quarter
     * @throws IllegalArgumentException if the year or the quarter is out of range
     */
    public static ReportingPeriod ofQuarter(int year, int quarter) {
        checkRange(quarter, 1, 4, "quarter");
        return unit(Granularity.QUARTER, LocalDate.of(checkYear(year), quarter * 3 - 2, 1));
    }

    /**
     * Obtains a calendar month.
     *
     * @param year the year, from 0 to 9999
     * @param month from 1 to 12
     * @return the month
     * @throws IllegalArgumentException if the year or the month is out of range
     */
    public static ReportingPeriod ofMonth(int year, int month) {
        checkRange(month, 1, 12, "month");
        return unit(Granularity.MONTH, LocalDate.of(checkYear(year), month, 1));
    }

    /**
     * Obtains a single day.
     *
     * @param day the day, not null, in the years 0 to 9999
     * @return the day as a period
     * @throws IllegalArgumentException if the year is out of range
     */
    public static ReportingPeriod ofDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        checkYear(day.getYear());
        return new ReportingPeriod(Granularity.DAY, day, day);
    }

    /**
     * Obtains the unit of a granularity that contains a day: {@code containing(QUARTER, 2024-05-17)}
     * is {@code 2024-Q2}.
     *
     * @param granularity the granularity, not null
     * @param day the day, not null, in the years 0 to 9999
     * @return the single-unit period that contains {@code day}
     * @throws IllegalArgumentException if the year is out of range
     */
    public static ReportingPeriod containing(Granularity granularity, LocalDate day) {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(day, "day");
        checkYear(day.getYear());
        return unit(granularity, day);
    }

    /**
     * Obtains the inclusive range from the start of {@code first} to the end of {@code last}.
     * A range of one unit is that unit: {@code range(2024-05, 2024-05)} is {@code 2024-05}.
     *
     * @param first the first unit (or range), not null
     * @param last the last unit (or range), not null
     * @return the range
     * @throws IllegalArgumentException if the granularities differ, or {@code last} starts before
     *     {@code first} starts or ends before {@code first} ends
     */
    public static ReportingPeriod range(ReportingPeriod first, ReportingPeriod last) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (first.granularity != last.granularity) {
            throw new IllegalArgumentException("cannot make a range from " + describe(first) + " to "
                    + describe(last) + ": both ends must be of the same granularity");
        }
        if (last.firstDay.isBefore(first.firstDay) || last.lastDay.isBefore(first.lastDay)) {
            throw new IllegalArgumentException("cannot make a range from " + first + " to " + last
                    + ": the end is before the start");
        }
        return new ReportingPeriod(first.granularity, first.firstDay, last.lastDay);
    }

    private static ReportingPeriod unit(Granularity granularity, LocalDate day) {
        return new ReportingPeriod(granularity, unitStart(granularity, day), unitEnd(granularity, day));
    }

    private static LocalDate unitStart(Granularity granularity, LocalDate day) {
        switch (granularity) {
            case YEAR:
                return LocalDate.of(day.getYear(), 1, 1);
            case HALF:
                return LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
            case QUARTER:
                return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case MONTH:
                return day.withDayOfMonth(1);
            default:
                return day;
        }
    }

    private static LocalDate unitEnd(Granularity granularity, LocalDate day) {
        switch (granularity) {
            case YEAR:
                return LocalDate.of(day.getYear(), 12, 31);
            case HALF:
                return unitStart(granularity, day).plusMonths(6).minusDays(1);
            case QUARTER:
                return unitStart(granularity, day).plusMonths(3).minusDays(1);
            case MONTH:
                return day.withDayOfMonth(day.lengthOfMonth());
            default:
                return day;
        }
    }

    private static int checkYear(int year) {
        return checkRange(year, MIN_YEAR, MAX_YEAR, "year");
    }

    private static int checkRange(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be from " + min + " to " + max + ", found " + value);
        }
        return value;
    }

    // -----------------------------------------------------------------------------------------
    // parsing

    /**
     * Obtains a period from its text: {@code 2024}, {@code 2024-H1} (or {@code 2024-S1}),
     * {@code 2024-Q2}, {@code 2024-05} (or {@code 2024-M05}), {@code 2024-06-26}, or two of these
     * of the same granularity joined by {@code /} for an inclusive range ({@code 2024-01/2024-05}).
     * No white space is allowed.
     *
     * @param text the text, not null
     * @return the period
     * @throws FigureParseException naming the input, the index and what was expected, if the text
     *     is not a period, a month, quarter, half or day does not exist ({@code 2024-13},
     *     {@code 2024-Q5}, {@code 2023-02-29}), the ends of a range differ in granularity, or a
     *     range ends before it starts
     */
    @JsonCreator
    public static ReportingPeriod parse(String text) {
        Objects.requireNonNull(text, "text");
        int slash = text.indexOf('/');
        if (slash < 0) {
            return parseUnit(text, 0, text.length());
        }
        int second = text.indexOf('/', slash + 1);
        if (second >= 0) {
            throw new FigureParseException(text, second,
                    "found a second '/', expected one '/' between the start and the end of a range");
        }
        ReportingPeriod start = parseUnit(text, 0, slash);
        ReportingPeriod end = parseUnit(text, slash + 1, text.length());
        if (start.granularity != end.granularity) {
            throw new FigureParseException(text, slash + 1, "found " + describe(end) + " after "
                    + describe(start) + ", expected both ends of a range to be of the same granularity");
        }
        if (end.firstDay.isBefore(start.firstDay)) {
            throw new FigureParseException(text, slash + 1, "found an end (" + end + ") before the start ("
                    + start + "), expected an end on or after the start");
        }
        return new ReportingPeriod(start.granularity, start.firstDay, end.lastDay);
    }

    /** Reads one unit from {@code text[begin, end)}. */
    private static ReportingPeriod parseUnit(String text, int begin, int end) {
        int year = digits(text, begin, 4, end, "a four-digit year");
        int i = begin + 4;
        if (i == end) {
            return ofYear(year);
        }
        if (text.charAt(i) != '-') {
            throw new FigureParseException(text, i, "found " + found(text, i, end) + ", expected '-' after the year");
        }
        i++;
        if (i == end) {
            throw new FigureParseException(text, i,
                    "found the end, expected H1, H2, Q1 to Q4 or a month 01 to 12 after '" + text.substring(begin, i) + "'");
        }
        char c = Character.toUpperCase(text.charAt(i));
        ReportingPeriod result;
        int next;
        if (c == 'H' || c == 'S') {
            int half = digits(text, i + 1, 1, end, "the digit of a half year (H1 or H2)");
            if (half < 1 || half > 2) {
                throw new FigureParseException(text, i + 1, "found half " + half + ", expected H1 or H2");
            }
            result = ofHalf(year, half);
            next = i + 2;
        } else if (c == 'Q') {
            int quarter = digits(text, i + 1, 1, end, "the digit of a quarter (Q1 to Q4)");
            if (quarter < 1 || quarter > 4) {
                throw new FigureParseException(text, i + 1, "found quarter " + quarter + ", expected Q1 to Q4");
            }
            result = ofQuarter(year, quarter);
            next = i + 2;
        } else if (c == 'M') {
            result = ofMonth(year, month(text, i + 1, end));
            next = i + 3;
        } else if (c >= '0' && c <= '9') {
            int month = month(text, i, end);
            next = i + 2;
            if (next < end && text.charAt(next) == '-') {
                int dayIndex = next + 1;
                int day = digits(text, dayIndex, 2, end, "a two-digit day");
                int length = LocalDate.of(year, month, 1).lengthOfMonth();
                if (day < 1 || day > length) {
                    throw new FigureParseException(text, dayIndex, "found day " + text.substring(dayIndex, dayIndex + 2)
                            + ", expected 01 to " + length + " for " + ofMonth(year, month));
                }
                result = ofDay(LocalDate.of(year, month, day));
                next = dayIndex + 2;
            } else {
                result = ofMonth(year, month);
            }
        } else {
            throw new FigureParseException(text, i, "found " + found(text, i, end)
                    + ", expected H1, H2, Q1 to Q4 or a month 01 to 12");
        }
        if (next < end) {
            throw new FigureParseException(text, next, "found " + found(text, next, end)
                    + ", expected the end of " + describe(result));
        }
        return result;
    }

    private static int month(String text, int i, int end) {
        int month = digits(text, i, 2, end, "a two-digit month");
        if (month < 1 || month > 12) {
            throw new FigureParseException(text, i, "found month " + text.substring(i, i + 2) + ", expected 01 to 12");
        }
        return month;
    }

    /** Reads exactly {@code count} ASCII digits at {@code i}. */
    private static int digits(String text, int i, int count, int end, String expected) {
        int value = 0;
        for (int k = i; k < i + count; k++) {
            char c = k < end ? text.charAt(k) : 0;
            if (k >= end || c < '0' || c > '9') {
                throw new FigureParseException(text, k, "found " + found(text, k, end) + ", expected " + expected);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static String found(String text, int i, int end) {
        return i >= end ? "the end" : "'" + text.charAt(i) + "'";
    }

    private static String describe(ReportingPeriod period) {
        return article(period.granularity) + " (" + period + ")";
    }

    private static String article(Granularity granularity) {
        switch (granularity) {
            case YEAR:
                return "a year";
            case HALF:
                return "a half year";
            case QUARTER:
                return "a quarter";
            case MONTH:
                return "a month";
            default:
                return "a day";
        }
    }

    private static String plural(Granularity granularity) {
        return granularity == Granularity.HALF ? "half years" : granularity.name().toLowerCase(Locale.ROOT) + "s";
    }

    // -----------------------------------------------------------------------------------------
    // accessors

    /** {@return the granularity of the units this period is made of} */
    public Granularity granularity() {
        return granularity;
    }

    /** {@return the first day of the period} */
    public LocalDate firstDay() {
        return firstDay;
    }

    /** {@return the last day of the period, inclusive} */
    public LocalDate lastDay() {
        return lastDay;
    }

    /** {@return the number of days in the period, counting both the first and the last} */
    public long days() {
        return ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
    }

    /** {@return the year of the first day} */
    public int year() {
        return firstDay.getYear();
    }

    /** {@return whether this period is one unit of its granularity, not a range of several} */
    public boolean isSingle() {
        return unitEnd(granularity, firstDay).equals(lastDay);
    }

    /** {@return the first unit of this period (this period itself if it is a single unit)} */
    public ReportingPeriod first() {
        return isSingle() ? this : unit(granularity, firstDay);
    }

    /** {@return the last unit of this period (this period itself if it is a single unit)} */
    public ReportingPeriod last() {
        return isSingle() ? this : unit(granularity, lastDay);
    }

    // -----------------------------------------------------------------------------------------
    // shifting

    /**
     * Returns the same period {@code years} years earlier: {@code 2024-01/2024-05} gives
     * {@code 2023-01/2023-05}. A period that starts or ends on 29 February moves to 28 February
     * in a common year, so the year-earlier period of {@code 2024-01-01/2024-02-29} is
     * {@code 2023-01-01/2023-02-28}, and of {@code 2024-02-29} it is {@code 2023-02-28}.
     * <p>
     * This instance is immutable and unaffected by this method call.
     *
     * @param years the years to go back, may be negative to go forward
     * @return the shifted period
     * @throws IllegalArgumentException if the result falls outside the years 0 to 9999
     */
    public ReportingPeriod minusYears(int years) {
        long target = (long) firstDay.getYear() - years;
        long targetEnd = (long) lastDay.getYear() - years;
        if (target < MIN_YEAR || targetEnd > MAX_YEAR) {
            throw new IllegalArgumentException("cannot shift " + this + " by " + years
                    + " years: years must be from " + MIN_YEAR + " to " + MAX_YEAR);
        }
        LocalDate first = unitStart(granularity, firstDay.minusYears(years));
        LocalDate last = unitEnd(granularity, lastDay.minusYears(years));
        return new ReportingPeriod(granularity, first, last);
    }

    /**
     * Returns the same period {@code years} years later; see {@link #minusYears(int)}.
     *
     * @param years the years to go forward, may be negative
     * @return the shifted period
     * @throws IllegalArgumentException if the result falls outside the years 0 to 9999
     */
    public ReportingPeriod plusYears(int years) {
        if (years == Integer.MIN_VALUE) {
            throw new IllegalArgumentException("cannot shift " + this + " by " + years + " years");
        }
        return minusYears(-years);
    }

    /**
     * Returns the same period one year earlier: the default base period of a growth figure.
     *
     * @return the period a year earlier
     * @throws IllegalArgumentException if this period is in the year 0
     */
    public ReportingPeriod previousYear() {
        return minusYears(1);
    }

    // -----------------------------------------------------------------------------------------
    // relations

    /**
     * Returns whether every day of {@code other} is a day of this period.
     *
     * @param other the other period, not null
     * @return true if this period covers {@code other}
     */
    public boolean contains(ReportingPeriod other) {
        Objects.requireNonNull(other, "other");
        return !other.firstDay.isBefore(firstDay) && !other.lastDay.isAfter(lastDay);
    }

    /**
     * Returns whether a day lies in this period.
     *
     * @param day the day, not null
     * @return true if {@code day} is in this period
     */
    public boolean contains(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    /**
     * Returns whether the two periods have at least one day in common.
     *
     * @param other the other period, not null
     * @return true if they overlap
     */
    public boolean overlaps(ReportingPeriod other) {
        Objects.requireNonNull(other, "other");
        return !other.lastDay.isBefore(firstDay) && !other.firstDay.isAfter(lastDay);
    }

    /**
     * Returns the single units of a granularity that make up this period, in order:
     * {@code 2024-01/2024-05} split into months is the five months January to May;
     * {@code 2024-H1} split into quarters is {@code 2024-Q1, 2024-Q2}.
     *
     * @param finer the granularity, not null, the same as this period's or finer
     * @return the units, not empty, unmodifiable
     * @throws IllegalArgumentException if {@code finer} is coarser than this period's granularity
     */
    public List<ReportingPeriod> split(Granularity finer) {
        Objects.requireNonNull(finer, "finer");
        if (!finer.isFinerOrEqual(granularity)) {
            throw new IllegalArgumentException("cannot split " + describe(this) + " into " + plural(finer)
                    + ": " + plural(finer) + " are coarser than " + plural(granularity));
        }
        List<ReportingPeriod> units = new ArrayList<>();
        LocalDate day = firstDay;
        while (!day.isAfter(lastDay)) {
            ReportingPeriod unit = unit(finer, day);
            units.add(unit);
            day = unit.lastDay.plusDays(1);
        }
        return Collections.unmodifiableList(units);
    }

    /**
     * Returns whether {@code parts} cover {@code whole} exactly: every day of the whole in exactly
     * one part, and no part reaching outside it. Parts may be of different granularities
     * ({@code 2024-H1}, {@code 2024-Q3}, {@code 2024-10/2024-12} tile {@code 2024}) and in any
     * order. No parts never tile anything.
     *
     * @param parts the parts, not null, no null element
     * @param whole the whole, not null
     * @return true if the parts tile the whole without gap or overlap
     */
    public static boolean tiles(Collection<ReportingPeriod> parts, ReportingPeriod whole) {
        Objects.requireNonNull(parts, "parts");
        Objects.requireNonNull(whole, "whole");
        List<ReportingPeriod> sorted = new ArrayList<>(parts.size());
        for (ReportingPeriod part : parts) {
            sorted.add(Objects.requireNonNull(part, "parts element"));
        }
        if (sorted.isEmpty()) {
            return false;
        }
        Collections.sort(sorted);
        LocalDate expected = whole.firstDay;
        for (ReportingPeriod part : sorted) {
            if (!part.firstDay.equals(expected) || part.lastDay.isAfter(whole.lastDay)) {
                return false;
            }
            expected = part.lastDay.plusDays(1);
        }
        return expected.equals(whole.lastDay.plusDays(1));
    }

    // -----------------------------------------------------------------------------------------
    // object

    /**
     * Compares by first day, then by last day, then coarser granularity first
     * ({@code 2024} before {@code 2024-01/2024-12}). Agrees with {@link #equals}.
     *
     * @param other the other period, not null
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(ReportingPeriod other) {
        int cmp = firstDay.compareTo(other.firstDay);
        if (cmp == 0) {
            cmp = lastDay.compareTo(other.lastDay);
        }
        if (cmp == 0) {
            cmp = granularity.compareTo(other.granularity);
        }
        return cmp;
    }

    /**
     * Returns whether {@code obj} is a period of the same granularity, first day and last day.
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof ReportingPeriod)) {
            return false;
        }
        ReportingPeriod other = (ReportingPeriod) obj;
        return granularity == other.granularity && firstDay.equals(other.firstDay) && lastDay.equals(other.lastDay);
    }

    @Override
    public int hashCode() {
        // from the days' numbers and the granularity's ordinal: LocalDate's hash keeps its low bits
        // nearly constant across months, and an enum's hash differs from run to run
        return Long.hashCode((firstDay.toEpochDay() * 31 + lastDay.toEpochDay()) * 31 + granularity.ordinal());
    }

    /**
     * Returns the canonical text: {@code 2024}, {@code 2024-H1}, {@code 2024-Q2}, {@code 2024-05},
     * {@code 2024-06-26}, or {@code FIRST/LAST} for a range of several units.
     */
    @JsonValue
    @Override
    public String toString() {
        if (isSingle()) {
            return unitText(granularity, firstDay);
        }
        return unitText(granularity, firstDay) + "/" + unitText(granularity, lastDay);
    }

    private static String unitText(Granularity granularity, LocalDate day) {
        String year = String.format(Locale.ROOT, "%04d", day.getYear());
        int month = day.getMonthValue();
        switch (granularity) {
            case YEAR:
                return year;
            case HALF:
                return year + "-H" + (month <= 6 ? 1 : 2);
            case QUARTER:
                return year + "-Q" + ((month - 1) / 3 + 1);
            case MONTH:
                return year + (month < 10 ? "-0" : "-") + month;
            default:
                return day.toString();
        }
    }
}
