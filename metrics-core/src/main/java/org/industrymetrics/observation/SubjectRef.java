package org.industrymetrics.observation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.industrymetrics.FigureParseException;

/**
 * What an observation is about: one subject id ({@code CN}, {@code CALB.Chengdu}) or a union of
 * disjoint subjects joined with {@code +} ({@code CN-SC+CN-CQ}).
 * <p>
 * The parts of a union are kept in sorted order, so {@code CN-SC+CN-CQ} and {@code CN-CQ+CN-SC}
 * are the same subject and print the same way. This class is immutable and thread-safe.
 */
public final class SubjectRef implements Comparable<SubjectRef> {

    private final ImmutableList<String> parts;
    private final String text;

    /** A single subject: {@code id} is checked to be a valid id (not empty, no {@code +}, no white space). */
    private SubjectRef(String id) {
        this.parts = ImmutableList.of(id);
        this.text = id;
    }

    private SubjectRef(List<String> parts) {
        List<String> sorted = new ArrayList<>(parts);
        sorted.sort(null);
        this.parts = ImmutableList.copyOf(sorted);
        this.text = String.join("+", this.parts);
    }

    /**
     * Obtains a reference to a single subject.
     *
     * @param id the subject id, not blank, without {@code +}
     * @return the reference
     */
    public static SubjectRef of(String id) {
        return parse(Objects.requireNonNull(id, "id"));
    }

    /**
     * Obtains a union of subjects.
     *
     * @param ids the subject ids, at least one, distinct
     * @return the reference
     */
    public static SubjectRef union(List<String> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("a union needs at least one subject");
        }
        return parse(String.join("+", ids));
    }

    /**
     * Obtains a reference from text: an id, or ids joined with {@code +}. Spaces around ids are
     * not allowed: ids are written as in the subjects table.
     *
     * @param text the text to read
     * @return the subject ref
     * @throws FigureParseException if a part is empty, holds white space, or repeats
     */
    @JsonCreator
    public static SubjectRef parse(String text) {
        Objects.requireNonNull(text, "text");
        if (isPlainId(text)) {
            return new SubjectRef(text); // the common case, without the lists a union needs
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '+') {
                String part = text.substring(start, i);
                if (part.isEmpty()) {
                    throw new FigureParseException(text, i, "found an empty subject id, expected an id such as CN or CN-SC+CN-CQ");
                }
                for (int j = 0; j < part.length(); j++) {
                    if (Character.isWhitespace(part.charAt(j))) {
                        throw new FigureParseException(text, start + j, "found white space in a subject id, expected an id without spaces");
                    }
                }
                if (parts.contains(part)) {
                    throw new FigureParseException(text, start, "found subject \"" + part + "\" twice in a union");
                }
                parts.add(part);
                start = i + 1;
            }
        }
        return new SubjectRef(parts);
    }

    private static boolean isPlainId(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+' || Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@return the ids, sorted; one id for a single subject} */
    public List<String> parts() {
        return parts;
    }

    /** {@return whether this is a union of two or more subjects} */
    public boolean isUnion() {
        return parts.size() > 1;
    }

    /** {@return the id of a single subject} @throws IllegalStateException for a union */
    public String id() {
        if (isUnion()) {
            throw new IllegalStateException(text + " is a union, not a single subject");
        }
        return parts.get(0);
    }

    @Override
    public int compareTo(SubjectRef other) {
        return text.compareTo(other.text);
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || obj instanceof SubjectRef && ((SubjectRef) obj).text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** Returns the ids joined with {@code +}; {@link #parse(String)} reads it back. */
    @JsonValue
    @Override
    public String toString() {
        return text;
    }
}
