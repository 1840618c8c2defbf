package org.industrymetrics.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.industrymetrics.extract.FigureGrammar.Reading;

/**
 * Finds every figure in a text, as {@link FigurePhrase#parse} reads one: over 20 billion yuan,
 * 21% of, up over 30%, an increase of 4.5 times, nine global bases. It skips what is not a
 * reported figure: dates and years used as dates, times of day, phone numbers, product and model
 * numbers ({@code 21700 type}), ranks ({@code 33rd}, {@code top 10}, {@code No. 2}), list markers,
 * durations ({@code every six seconds}), size classes ({@code a 100-billion-level cluster}) and
 * identifiers glued to letters. A conversion right after an amount ({@code 20 billion yuan (about
 * USD 2.75 billion)}) is kept with it. Figures coordinated with a previous one ({@code increased by
 * 10.4 percentage points and 9.7 percentage points}) take its direction.
 * <p>
 * For each figure it proposes, where the sentence says it, a period ({@code in 2022},
 * {@code from January to May}, {@code the first half of this year}, {@code last year}: relative
 * words resolved against the document date, given or read from the head of the text), the whole
 * of a share ({@code of China's output} → {@code CN}), a metric ({@code output value} →
 * {@code output_value}) and a status ({@code target}, {@code forecast}).
 * <p>
 * Instances are immutable and thread-safe; {@link #extract} keeps no state between calls.
 */
public final class FigureExtractor {

    private static final FigureExtractor DEFAULT = new FigureExtractor(null);

    private final LocalDate documentDate;

    private FigureExtractor(LocalDate documentDate) {
        this.documentDate = documentDate;
    }

    /**
     * Returns an extractor that reads the document date from the head of each text (a date such as
     * {@code Jun 26,2024} or {@code 2023-02-09} in its first lines), if it has one.
     *
     * @return the extractor
     */
    public static FigureExtractor create() {
        return DEFAULT;
    }

    /**
     * Returns an extractor that resolves {@code this year}, {@code last year} and months without a
     * year against this date, whatever the text says.
     *
     * @param date the date the document was published, not null
     * @return the extractor
     */
    public FigureExtractor withDocumentDate(LocalDate date) {
        return new FigureExtractor(Objects.requireNonNull(date, "date"));
    }

    /**
     * Finds the figures of a text.
     *
     * @param text the text, decoded; not null
     * @return the figures, the numbers that could not be read, and the document date used
     */
    public Extraction extract(String text) {
        Objects.requireNonNull(text, "text");
        LocalDate date = documentDate != null ? documentDate : documentDate(text).orElse(null);
        FigureGrammar g = new FigureGrammar(text, false);
        Proposals proposals = new Proposals(text, g.lower(), date);
        List<FoundFigure> found = new ArrayList<>();
        Reading previous = null;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!g.isCandidate(i)) {
                i++;
                continue;
            }
            Reading r = g.readAt(i);
            if (r == null) {
                i = Math.max(g.next, i + 1);
                continue;
            }
            if (previous != null && coordinated(g.lower(), previous, r)) {
                g.inherit(r, previous);
            }
            Reading conversion = g.conversionAfter(r);
            FoundFigure c = conversion == null ? null : proposals.figure(conversion, null);
            found.add(proposals.figure(r, c));
            previous = conversion != null ? conversion : r;
            i = Math.max(g.next, r.end);
        }
        List<TextProblem> problems = new ArrayList<>();
        for (Object[] u : g.unreadable) {
            int at = (Integer) u[0];
            int e = at;
            while (e < n && !Character.isWhitespace(text.charAt(e))) {
                e++;
            }
            problems.add(new TextProblem(at, text.substring(at, e), (String) u[1]));
        }
        return new Extraction(found, problems, date);
    }

    /** "… 10.4 percentage points and 9.7 percentage points": the second takes the first's direction. */
    private static boolean coordinated(String lower, Reading previous, Reading r) {
        if (r.direction != null || previous.direction == null || previous.unit == null || r.unit == null
                || previous.unit.kind() != r.unit.kind() || r.start < previous.end || r.start != r.numberStart
                || r.shareCue || r.contributionCue) {
            return false;
        }
        String between = lower.substring(previous.end, r.start).strip();
        return between.equals("and") || between.equals(",") || between.equals(", and") || between.equals("or");
    }

    /**
     * Reads the date a document was published from its head: the first date in its first 600
     * characters ({@code Jun 26,2024}, {@code September 25, 2024}, {@code 2023-02-09}).
     *
     * @param text the text, not null
     * @return the date, if the head has one
     */
    public static Optional<LocalDate> documentDate(String text) {
        Objects.requireNonNull(text, "text");
        return Proposals.firstDate(text.substring(0, Math.min(text.length(), 600)));
    }
}
