package org.industrymetrics.testkit.constraints;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Narrows generated numbers to exactly this many decimals, as a report rounds them:
 * {@code @ForAll @Rounded(1) ReportedFigure f} is written like {@code 88.9}, with no explicit
 * precision. Applies to quantities, money, figures, intervals, growths and shares.
 */
@Target({ElementType.ANNOTATION_TYPE, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Rounded {

    /**
     * The number of decimals, at least 0.
     *
     * @return the decimals
     */
    int value();
}
