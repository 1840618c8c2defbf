package org.industrymetrics.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.industrymetrics.observation.Status;
import org.industrymetrics.period.ReportingPeriod;

/**
 * A figure found in a text: the {@link FigurePhrase} read, where it is, the words around it, and
 * what the text proposes for the rest of a dataset row.
 * <p>
 * The span {@code [start, end)} is in Java {@code String} indices (UTF-16 code units) into the
 * text given to {@link FigureExtractor#extract(String)}; {@code text.substring(start, end)} is the
 * phrase, which {@link FigurePhrase#parse} reads on its own (the measure of a bare percent may
 * then differ: beside the figure the clause says whether it is a growth or a share). Proposals
 * are empty where the text does not say. Instances are immutable.
 */
public final class FoundFigure {

    private final int start;
    private final int end;
    private final String text;
    private final String quote;
    private final FigurePhrase phrase;
    private final FoundFigure conversion;
    private final ReportingPeriod period;
    private final String base;
    private final String metricHint;
    private final Status status;
    private final List<String> notes;

    FoundFigure(int start, int end, String text, String quote, FigurePhrase phrase, FoundFigure conversion,
            ReportingPeriod period, String base, String metricHint, Status status, List<String> notes) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.quote = quote;
        this.phrase = phrase;
        this.conversion = conversion;
        this.period = period;
        this.base = base;
        this.metricHint = metricHint;
        this.status = status;
        this.notes = List.copyOf(notes);
    }

    /** {@return the index of the first character of the figure phrase, inclusive} */
    public int start() {
        return start;
    }

    /** {@return the index after the last character of the figure phrase, exclusive} */
    public int end() {
        return end;
    }

    /** {@return the figure phrase as printed: the text of the span} */
    public String text() {
        return text;
    }

    /** {@return the clause around the figure, as printed: what a dataset's {@code quote} column holds} */
    public String quote() {
        return quote;
    }

    /** {@return the figure read} */
    public FigurePhrase phrase() {
        return phrase;
    }

    /**
     * {@return the same amount in another currency that the text gives right after this one:
     * {@code USD 2.75 billion} in {@code 20 billion yuan (about USD 2.75 billion)}}
     */
    public Optional<FoundFigure> conversion() {
        return Optional.ofNullable(conversion);
    }

    /**
     * {@return the period the text gives near the figure ({@code in 2022}, {@code from January to
     * May}, {@code the first half of this year}), relative words resolved against the document date}
     */
    public Optional<ReportingPeriod> period() {
        return Optional.ofNullable(period);
    }

    /** {@return the whole a share is of, as a subject id, where the text names it ({@code CN})} */
    public Optional<String> base() {
        return Optional.ofNullable(base);
    }

    /** {@return a metric id proposed from the noun phrase near the figure ({@code output_value})} */
    public Optional<String> metricHint() {
        return Optional.ofNullable(metricHint);
    }

    /** {@return {@code target} or {@code forecast} where the sentence says the figure is one} */
    public Optional<Status> status() {
        return Optional.ofNullable(status);
    }

    /** {@return what an analyst should know: other readings, why a proposal is empty, unit notes} */
    public List<String> notes() {
        return notes;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof FoundFigure)) {
            return false;
        }
        FoundFigure o = (FoundFigure) obj;
        return start == o.start && end == o.end && text.equals(o.text) && quote.equals(o.quote) && phrase.equals(o.phrase)
                && Objects.equals(conversion, o.conversion) && Objects.equals(period, o.period)
                && Objects.equals(base, o.base) && Objects.equals(metricHint, o.metricHint) && status == o.status
                && notes.equals(o.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, phrase);
    }

    /** Returns {@code [start, end) "text" → phrase}. */
    @Override
    public String toString() {
        return "[" + start + ", " + end + ") \"" + text + "\" → " + phrase
                + (conversion == null ? "" : " (≈ " + conversion.phrase() + ")");
    }
}
