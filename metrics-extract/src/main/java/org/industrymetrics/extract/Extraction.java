package org.industrymetrics.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@link FigureExtractor#extract(String)} found in a text: the figures in order, the
 * numbers that could not be read, and the document date used for relative periods.
 */
public final class Extraction {

    private final List<FoundFigure> figures;
    private final List<TextProblem> problems;
    private final LocalDate documentDate;

    Extraction(List<FoundFigure> figures, List<TextProblem> problems, LocalDate documentDate) {
        this.figures = List.copyOf(figures);
        this.problems = List.copyOf(problems);
        this.documentDate = documentDate;
    }

    /** {@return the figures in text order; a conversion is inside the figure it converts} */
    public List<FoundFigure> figures() {
        return figures;
    }

    /** {@return every figure, conversions after the figure they convert} */
    public List<FoundFigure> allFigures() {
        List<FoundFigure> all = new ArrayList<>();
        for (FoundFigure f : figures) {
            all.add(f);
            f.conversion().ifPresent(all::add);
        }
        return all;
    }

    /** {@return the numbers that look like figures but cannot be read, in text order} */
    public List<TextProblem> problems() {
        return problems;
    }

    /** {@return the document date relative periods were resolved against, if there was one} */
    public Optional<LocalDate> documentDate() {
        return Optional.ofNullable(documentDate);
    }
}
