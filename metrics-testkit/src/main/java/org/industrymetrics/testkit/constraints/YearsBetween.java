package org.industrymetrics.testkit.constraints;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Narrows generated periods to those starting in the years {@code min} to {@code max}:
 * {@code @ForAll @YearsBetween(min = 2020, max = 2025) ReportingPeriod p}.
 */
@Target({ElementType.ANNOTATION_TYPE, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface YearsBetween {

    /**
     * The first year.
     *
     * @return the first year, at least 0
     */
    int min();

    /**
     * The last year.
     *
     * @return the last year, at most 9999
     */
    int max();
}
