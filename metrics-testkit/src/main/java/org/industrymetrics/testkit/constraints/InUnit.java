package org.industrymetrics.testkit.constraints;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Narrows generated quantities, and the levels of generated observations, to these units, exactly
 * as written: {@code @ForAll @InUnit("GWh") Energy e}, {@code @ForAll @InUnit({"GWh", "billion kWh"}) Quantity q}.
 */
@Target({ElementType.ANNOTATION_TYPE, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface InUnit {

    /**
     * The units, as {@link org.industrymetrics.quantity.Unit#parse} reads them (for observations,
     * {@link org.industrymetrics.observation.ObservationUnit#parse}).
     *
     * @return the units
     */
    String[] value();
}
