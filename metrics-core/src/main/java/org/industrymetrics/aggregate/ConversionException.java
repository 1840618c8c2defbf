package org.industrymetrics.aggregate;

import org.industrymetrics.MetricsException;

/**
 * A figure of a dataset that cannot be expressed in the unit a sum or a check asks for: a unit of
 * another dimension ({@code 12 t} in {@code GWh}), or money without an exchange rate for its period
 * in the tables. A fault of the data (or of the rates given), so sums and checks report it as a
 * problem of the observation, or a finding they cannot decide; any other exception from them is a bug.
 */
public final class ConversionException extends MetricsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what could not be converted to what, and why
     */
    public ConversionException(String message) {
        super(message);
    }
}
