package org.industrymetrics.internal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Argument checks that return their argument, so constructors stay one line a field
 * (after Strata's {@code ArgChecker}). Not part of the public API.
 */
public final class Checks {

    private Checks() {
    }

    /** Returns {@code value}, or throws {@link NullPointerException} naming it. */
    public static <T> T notNull(T value, String name) {
        return Objects.requireNonNull(value, name);
    }

    /** Returns {@code value} if it is above zero, else throws {@link IllegalArgumentException} naming it. */
    public static BigDecimal positive(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be above zero, found " + value.toPlainString());
        }
        return value;
    }

    /** Returns {@code value} if it is zero or more, else throws {@link IllegalArgumentException} naming it. */
    public static BigDecimal notNegative(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative, found " + value.toPlainString());
        }
        return value;
    }

    /** Returns {@code text} if it is not blank, else throws {@link IllegalArgumentException} naming it. */
    public static String notBlank(String text, String name) {
        Objects.requireNonNull(text, name);
        if (text.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return text;
    }
}
