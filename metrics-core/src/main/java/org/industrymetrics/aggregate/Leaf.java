package org.industrymetrics.aggregate;

import java.util.Comparator;
import java.util.Optional;
import org.industrymetrics.InputLocation;
import org.industrymetrics.observation.Observation;
import org.industrymetrics.observation.ObservationUnit;
import org.industrymetrics.observation.SubjectRef;
import org.industrymetrics.period.ReportingPeriod;

/**
 * The levels of one group that share subject, metric, period, source and unit: the state a sum keeps
 * per distinct key to find overlaps in one pass. It keeps the two smallest ids and the count, and the
 * partial sum of every level but the smallest (so a policy can keep one of them); the smallest and
 * second smallest are a min and a second min, and the partial sums merge by
 * {@link TotalAccumulator#merge}, so leaves merge in any order to the same state.
 */
final class Leaf {

    static final Comparator<Observation> BY_ID = Comparator.comparing(Observation::id);

    /** The key: subject, metric, period, source (or null) and unit. */
    record Key(SubjectRef subject, String metric, ReportingPeriod period, String source, ObservationUnit unit) {
        static Key of(Observation o) {
            Optional<String> s = o.source();
            return new Key(o.subject(), o.metric(), o.period(), s.isPresent() ? s.get() : null, o.effectiveUnit());
        }
    }

    final Key key;
    /** The first and last day of the key's period as epoch days: read once here, while the period is at hand. */
    final long firstDay;
    final long lastDay;
    Observation first;
    /** Where {@link #first} was read, or null if not known (then the dataset's origin is used). */
    InputLocation firstAt;
    Observation second;
    InputLocation secondAt;
    long count;
    /** Every level but {@link #first}, converted; null while there is none. */
    TotalAccumulator others;

    Leaf(Key key, Observation first, InputLocation firstAt) {
        this.key = key;
        this.firstDay = key.period().firstDay().toEpochDay();
        this.lastDay = key.period().lastDay().toEpochDay();
        this.first = first;
        this.firstAt = firstAt;
        this.count = 1;
    }

    /** Adds a level of this key, read at {@code at} (or null); {@code convert} adds a level to an accumulator. */
    void add(Observation o, InputLocation at, Converter convert, ObservationUnit unit) {
        if (others == null) {
            others = new TotalAccumulator(unit);
        }
        Observation loser;
        if (BY_ID.compare(o, first) < 0) {
            loser = first;
            second = first;
            secondAt = firstAt;
            first = o;
            firstAt = at;
        } else {
            loser = o;
            if (second == null || BY_ID.compare(o, second) < 0) {
                second = o;
                secondAt = at;
            }
        }
        convert.addTo(others, loser);
        count++;
    }

    /** Merges another leaf of the same key into this one. */
    void merge(Leaf other, Converter convert, ObservationUnit unit) {
        if (others == null) {
            others = new TotalAccumulator(unit);
        }
        if (other.others != null) {
            others.merge(other.others);
        }
        if (other.second != null && (second == null || BY_ID.compare(other.second, second) < 0)) {
            second = other.second;
            secondAt = other.secondAt;
        }
        Observation loser;
        InputLocation loserAt;
        if (BY_ID.compare(other.first, first) < 0) {
            loser = first;
            loserAt = firstAt;
            first = other.first;
            firstAt = other.firstAt;
        } else {
            loser = other.first;
            loserAt = other.firstAt;
        }
        if (second == null || BY_ID.compare(loser, second) < 0) {
            second = loser;
            secondAt = loserAt;
        }
        convert.addTo(others, loser);
        count += other.count;
    }

    /** Adds a level to an accumulator, converted to its unit. */
    interface Converter {
        void addTo(TotalAccumulator acc, Observation o);
    }
}
