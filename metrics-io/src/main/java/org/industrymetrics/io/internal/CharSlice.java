package org.industrymetrics.io.internal;

import java.util.Objects;

/**
 * A range of a character buffer seen as text, without copying it: a cell of a CSV row where the
 * reader read it. A view, reused for the next row: look it up or copy it ({@link #toString()}), never
 * keep it. Not thread-safe. Not part of the public API.
 */
public final class CharSlice implements CharSequence {

    private char[] chars;
    private int start;
    private int end;

    /** Creates an empty slice, to be pointed at a range with {@link #set}. */
    public CharSlice() {
        this.chars = new char[0];
    }

    /**
     * Points the slice at {@code chars[start, end)}.
     *
     * @param chars the buffer, not null
     * @param start the index of the first character
     * @param end the index after the last character
     * @return this slice
     */
    public CharSlice set(char[] chars, int start, int end) {
        Objects.checkFromToIndex(start, end, chars.length);
        this.chars = chars;
        this.start = start;
        this.end = end;
        return this;
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public char charAt(int index) {
        return chars[start + Objects.checkIndex(index, end - start)];
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        Objects.checkFromToIndex(from, to, end - start);
        return new String(chars, start + from, to - from);
    }

    /**
     * Returns the polynomial hash {@link String#hashCode()} gives the same characters, four
     * characters a step (31^4 h + 31^3 a + 31^2 b + 31 c + d is four steps of 31 h + x), so that the
     * chain of multiplications a cell's hash waits on is a quarter as long.
     */
    int stringHash() {
        char[] a = chars;
        int h = 0;
        int i = start;
        for (; i + 3 < end; i += 4) {
            h = 923521 * h + 29791 * a[i] + 961 * a[i + 1] + 31 * a[i + 2] + a[i + 3];
        }
        for (; i < end; i++) {
            h = 31 * h + a[i];
        }
        return h;
    }

    /**
     * Returns whether the characters are those of {@code s}, compared from the last: texts of one
     * column that differ (periods, ids) mostly differ at the end.
     */
    boolean contentEquals(String s) {
        int n = end - start;
        if (s.length() != n) {
            return false;
        }
        char[] a = chars;
        for (int i = n - 1; i >= 0; i--) {
            if (a[start + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Returns the characters as a new String. */
    @Override
    public String toString() {
        return new String(chars, start, end - start);
    }
}
