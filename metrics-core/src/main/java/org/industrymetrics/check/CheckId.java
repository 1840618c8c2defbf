package org.industrymetrics.check;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.industrymetrics.FigureParseException;

/** The checks of FORMAT.md §7, with their ids. */
public enum CheckId {
    /** A share figure against level(subject) / level(base). */
    SHARE("share"),
    /** A growth figure against the levels of the two periods. */
    GROWTH("growth"),
    /** A multiple figure against the levels of the two periods. */
    MULTIPLE("multiple"),
    /** A growth_pp figure against the two growth figures. */
    GROWTH_PP("growth-pp"),
    /** A share_pp figure against the two share figures. */
    SHARE_PP("share-pp"),
    /** A contribution figure against the changes of the two levels. */
    CONTRIBUTION("contribution"),
    /** A union's level against the sum of its parts; the children of a subject against it. */
    PARTS_SUM("parts-sum"),
    /** The shares of disjoint subjects of one whole must not exceed 100 %. */
    DISJOINT_SHARES("disjoint-shares"),
    /** The levels of the months (quarters, halves) of a period against the level of that period. */
    PERIOD_SUM("period-sum"),
    /** Two levels of the same subject, metric and period must overlap. */
    AGREE("agree"),
    /** Two levels in different currencies, one converted at the reference rate against the other. */
    FX("fx"),
    /** Each row of the rules table. */
    RULE("rule");

    private final String id;

    CheckId(String id) {
        this.id = id;
    }

    /** {@return the id used in reports and on the command line ({@code growth-pp})} */
    public String id() {
        return id;
    }

    @JsonValue
    @Override
    public String toString() {
        return id;
    }

    /**
     * Obtains a check from its id, ignoring case ({@code growth_pp} is read as {@code growth-pp}).
     *
     * @param text the text to read
     * @return the check id
     * @throws FigureParseException for an unknown id, listing the ids
     */
    @JsonCreator
    public static CheckId parse(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (CheckId c : values()) {
            if (c.id.equals(key)) {
                return c;
            }
        }
        StringBuilder ids = new StringBuilder();
        for (CheckId c : values()) {
            ids.append(ids.length() == 0 ? "" : ", ").append(c.id);
        }
        throw new FigureParseException(text, 0, "unknown check \"" + text + "\", expected one of " + ids);
    }
}
