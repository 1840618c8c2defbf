package org.industrymetrics.testkit.constraints;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Narrows generated numbers to {@code min} to {@code max} significant digits, each count as likely:
 * {@code @ForAll @Digits(max = 1000) Quantity q} reaches the most digits the library keeps.
 * Applies to quantities, money, figures and intervals.
 */
@Target({ElementType.ANNOTATION_TYPE, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Digits {

    /**
     * The fewest significant digits.
     *
     * @return the fewest digits, at least 1
     */
    int min() default 1;

    /**
     * The most significant digits; digits and decimals together at most 1000 written out.
     *
     * @return the most digits
     */
    int max();
}
