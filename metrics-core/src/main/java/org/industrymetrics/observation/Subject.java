package org.industrymetrics.observation;

import java.util.Optional;
import org.immutables.value.Value;
import org.industrymetrics.InvalidValueException;

/**
 * A region or entity (FORMAT.md §2): id, display name, parent, kind. Subjects with a common
 * ancestor, neither an ancestor of the other, are disjoint (see {@link SubjectTree}).
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Subject {

    Subject() {
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Obtains a subject with an id and, optionally, a parent id. */
    public static Subject of(String id, String parent) {
        Builder b = builder().id(id);
        if (parent != null) {
            b.parent(parent);
        }
        return b.build();
    }

    /** Builds subjects. */
    public static final class Builder extends ImmutableSubject.Builder {
        Builder() {
        }
    }

    /** Returns the id used in observations. */
    public abstract String id();

    /** Returns the display name. */
    public abstract Optional<String> name();

    /** Returns the id of the subject that contains this one. */
    public abstract Optional<String> parent();

    /** Returns the kind: country, province, city, company, plant, or another word. */
    public abstract Optional<String> kind();

    @Value.Check
    void check() {
        if (id().isBlank() || id().contains("+") || id().chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidValueException(null, "id", "subject id \"" + id() + "\" must be non-blank, without '+' or spaces");
        }
        if (parent().isPresent() && parent().get().equals(id())) {
            throw new InvalidValueException("subject " + id(), "parent", "cannot be its own parent");
        }
    }
}
