package org.industrymetrics.testkit.constraints;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.industrymetrics.figure.Qualifier;

/**
 * Narrows generated figures to these qualifiers: {@code @ForAll @Qualifiers(Qualifier.EXACT) ReportedFigure f}.
 */
@Target({ElementType.ANNOTATION_TYPE, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Qualifiers {

    /**
     * The qualifiers; {@link Qualifier#RANGE} makes ranges.
     *
     * @return the qualifiers
     */
    Qualifier[] value();
}
