package org.industrymetrics.observation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.industrymetrics.FigureParseException;
import org.industrymetrics.Suggestion;

/**
 * What kind of figure an observation reports (FORMAT.md, Measures).
 */
public enum Measure {
    /** An amount, in the observation's unit. */
    LEVEL("level", ""),
    /** The subject's level as a percentage of the level of the whole named in {@code base}. */
    SHARE("share", "%"),
    /** Relative change against the base period: {@code level(P) = level(base) × (1 + g/100)}. */
    GROWTH("growth", "%"),
    /** {@code level(P) = level(base) × m}. */
    MULTIPLE("multiple", "x"),
    /** Change, in percentage points, of the subject's growth figure against that of the base period. */
    GROWTH_PP("growth_pp", "pp"),
    /** Change, in percentage points, of the subject's share against its share in the base period. */
    SHARE_PP("share_pp", "pp"),
    /** The subject's change in level as a percentage of the change of the whole named in {@code base}. */
    CONTRIBUTION("contribution", "%");

    private final String id;
    private final String impliedUnit;

    Measure(String id, String impliedUnit) {
        this.id = id;
        this.impliedUnit = impliedUnit;
    }

    /** {@return the identifier used in files: {@code level}, {@code growth_pp}} */
    public String id() {
        return id;
    }

    /** {@return the unit a figure of this measure has implicitly ({@code %}, {@code pp}, {@code x}), empty for a level} */
    public String impliedUnit() {
        return impliedUnit;
    }

    /** {@return whether the {@code base} column names a whole (a subject) rather than a period} */
    public boolean baseIsSubject() {
        return this == SHARE || this == CONTRIBUTION;
    }

    /** {@return whether the {@code base} column names a period (defaulting to a year earlier)} */
    public boolean baseIsPeriod() {
        return this == GROWTH || this == MULTIPLE || this == GROWTH_PP || this == SHARE_PP;
    }

    /** Returns the identifier. */
    @JsonValue
    @Override
    public String toString() {
        return id;
    }

    /**
     * Obtains a measure from its identifier, ignoring case ({@code share}, {@code growth-pp} is read as {@code growth_pp}).
     *
     * @param text the text to read
     * @return the measure
     * @throws FigureParseException if it is none of the measures, with the list of measures
     */
    @JsonCreator
    public static Measure parse(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (Measure m : values()) {
            if (m.id.equals(key)) {
                return m;
            }
        }
        Suggestion hint = null;
        for (Measure m : values()) {
            if (key.length() > 2 && (m.id.startsWith(key) || key.startsWith(m.id))) {
                hint = Suggestion.replaceWith(m.id);
                break;
            }
        }
        if (hint == null) {
            List<String> ids = new ArrayList<>();
            for (Measure m : values()) {
                ids.add(m.id);
            }
            hint = Suggestion.nearest(key, ids).orElse(null);
        }
        throw new FigureParseException(text, 0, "unknown measure \"" + text + "\""
                + ", expected one of level, share, growth, multiple, growth_pp, share_pp, contribution", hint);
    }
}
