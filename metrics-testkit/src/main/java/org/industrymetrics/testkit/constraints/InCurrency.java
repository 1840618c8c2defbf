package org.industrymetrics.testkit.constraints;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Narrows generated money to these currencies: {@code @ForAll @InCurrency("CNY") Money m}.
 */
@Target({ElementType.ANNOTATION_TYPE, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface InCurrency {

    /**
     * The ISO 4217 codes of the currencies.
     *
     * @return the codes
     */
    String[] value();
}
