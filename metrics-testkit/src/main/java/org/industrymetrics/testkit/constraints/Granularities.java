package org.industrymetrics.testkit.constraints;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.industrymetrics.period.Granularity;

/**
 * Narrows generated periods to these granularities: {@code @ForAll @Granularities(Granularity.MONTH) ReportingPeriod p}.
 */
@Target({ElementType.ANNOTATION_TYPE, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Granularities {

    /**
     * The granularities.
     *
     * @return the granularities
     */
    Granularity[] value();
}
