package org.industrymetrics.io;

import java.io.IOException;

/**
 * Thrown by a dataset writer, CSV or JSON, for a text it would not read back as it is (FORMAT.md,
 * "Text in cells" and "Sizes"): one longer than a reader reads, or one that is not Unicode (a lone
 * surrogate, which no UTF-8 file can hold). The writer never writes what it could not read back;
 * the message names the table, the column and the row.
 */
public final class UnwritableTextException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what cannot be written and where, not null
     */
    public UnwritableTextException(String message) {
        super(message);
    }
}
