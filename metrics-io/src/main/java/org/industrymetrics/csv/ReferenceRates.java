package org.industrymetrics.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.industrymetrics.money.FxRateTable;

/**
 * The exchange rates bundled with the library: the Federal Reserve's daily yuan-per-dollar rates.
 * <p>
 * This class is immutable and thread-safe. The table is read once, on first use, and shared.
 */
public final class ReferenceRates {

    /** Where the bundled rates come from. */
    public static final String SOURCE = "Federal Reserve Board, H.10 Foreign Exchange Rates, via FRED (Federal Reserve Bank"
            + " of St. Louis), series DEXCHUS: Chinese yuan renminbi to one U.S. dollar, noon buying rates in New York,"
            + " daily, 2020-11-30 to 2025-11-28; public domain";

    private static final String RESOURCE = "DEXCHUS.csv";

    private ReferenceRates() {
    }

    /**
     * Returns the daily {@code USD/CNY} rates (yuan per dollar) of the Federal Reserve's H.10
     * release from 2020-11-30 to 2025-11-28, 1249 quotes (days without a quote are absent), with
     * the source {@code FRB H.10}. See {@link #SOURCE}.
     *
     * @return the rates, the same immutable table on every call
     */
    public static FxRateTable cnyPerUsd() {
        return Holder.CNY_PER_USD;
    }

    /** Loaded when first used (the lazy holder idiom): a final field, no mutable state. */
    private static final class Holder {
        static final FxRateTable CNY_PER_USD = load();
    }

    private static FxRateTable load() {
        InputStream in = ReferenceRates.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the bundled rates " + RESOURCE + " are missing from the class path");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return RateTables.readFred(reader, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled rates " + RESOURCE, e);
        }
    }
}
