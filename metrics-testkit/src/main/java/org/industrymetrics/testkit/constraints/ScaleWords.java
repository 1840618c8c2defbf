package org.industrymetrics.testkit.constraints;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.industrymetrics.quantity.Scale;

/**
 * Narrows generated quantities and money to these scale words:
 * {@code @ForAll @ScaleWords({Scale.BILLION, Scale.YI}) Money m}; {@link Scale#ONE} is none.
 */
@Target({ElementType.ANNOTATION_TYPE, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ScaleWords {

    /**
     * The scale words.
     *
     * @return the scale words
     */
    Scale[] value();
}
