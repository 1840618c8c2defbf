package org.industrymetrics.observation;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.industrymetrics.InputLocation;
import org.industrymetrics.InputProblem;
import org.industrymetrics.InvalidInputException;
import org.industrymetrics.InvalidValueException;
import org.industrymetrics.money.FxRateTable;
import org.industrymetrics.period.Granularity;
import org.industrymetrics.period.ReportingPeriod;

/**
 * A set of observations with the tables that give them meaning: subjects, metrics, exchange
 * rates, rules and sources (FORMAT.md). Immutable, validated on construction, and indexed, so the
 * lookups the checks and sums need are answered by index rather than by scanning: the levels of
 * a subject, metric and period; every share of a whole; the children of a subject.
 * <p>
 * Construction collects every problem (duplicate ids, an unknown parent, a parent cycle, a level
 * whose unit does not convert to its metric's unit) and throws one {@link InvalidInputException}
 * listing them. This class is immutable and thread-safe.
 */
public final class Dataset {

    private static final String OBSERVATIONS = "observations";
    private static final String SUBJECTS = "subjects";
    private static final String METRICS = "metrics";
    private static final String RATES = "rates";
    private static final String SOURCES = "sources";

    private final String name;
    private final ImmutableList<Observation> observations;
    private final ImmutableMap<String, Subject> subjects;
    private final ImmutableMap<String, Metric> metrics;
    private final ImmutableList<RateEntry> rates;
    private final ImmutableList<Rule> rules;
    private final ImmutableMap<String, Source> sources;
    /** Where each observation was read, by position (8 bytes each; none for a dataset built in code without origins). */
    private final Origins origins;

    // indexes: the ids at construction (they find duplicates); the others when a lookup first needs them
    private final IdTable byId;
    /** The observations of each measure, in dataset order: every check starts from one of these lists. */
    private final Map<Measure, List<Observation>> byMeasure;
    private final SubjectTree tree;
    private final FxRateTable rateTable;
    // built on first use, once, whichever thread asks first (a memoizing supplier is thread-safe)
    private final Supplier<ObservationGroups> byKey = Suppliers.memoize(this::buildByKey);
    private final Supplier<ObservationGroups> bySeries = Suppliers.memoize(this::buildBySeries);
    private final Supplier<ObservationGroups> sharesByWhole = Suppliers.memoize(this::buildSharesByWhole);

    private Dataset(Builder b) {
        this.name = b.name;
        this.observations = ImmutableList.copyOf(b.observations);
        this.subjects = ImmutableMap.copyOf(b.subjects);
        this.metrics = ImmutableMap.copyOf(b.metrics);
        this.rates = ImmutableList.copyOf(b.rates);
        this.rules = ImmutableList.copyOf(b.rules);
        this.sources = ImmutableMap.copyOf(b.sources);
        this.tree = new SubjectTree(subjects);

        IdTable ids = new IdTable(observations);
        this.origins = b.observationOrigins.copy();
        List<InputProblem> problems = new ArrayList<>();
        // the builder's duplicates of subjects, metrics and sources, on the rows that repeat an id
        b.duplicates.forEach(d -> problems.add(duplicate(d.table, d.id, d.origin, d.first)));
        // the level's metric, looked up again only when the metric changes (rows come grouped by metric)
        String lastMetric = null;
        Metric metric = null;
        // one pass: the ids, the units of the levels and the lists by measure, each observation read once
        List<List<Observation>> measures = new ArrayList<>(Measure.values().length);
        for (int m = 0; m < Measure.values().length; m++) {
            measures.add(new ArrayList<>());
        }
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            measures.get(o.measure().ordinal()).add(o);
            int first = ids.putIfAbsent(i, b.idHashes);
            if (first >= 0) {
                problems.add(duplicate(OBSERVATIONS, o.id(), origins.get(i), origins.get(first)));
            }
            if (o.measure() != Measure.LEVEL) {
                continue;
            }
            if (!o.metric().equals(lastMetric)) {
                lastMetric = o.metric();
                metric = metrics.get(lastMetric);
            }
            Optional<String> unitProblem = metric == null ? Optional.empty() : metric.unitProblem(o.effectiveUnit());
            if (unitProblem.isPresent()) {
                problems.add(InputProblem.of(at(origins.get(i), OBSERVATIONS, o.id(), "unit"), unitProblem.get()));
            }
        }
        for (Subject s : subjects.values()) {
            if (s.parent().isPresent() && !subjects.containsKey(s.parent().get())) {
                problems.add(InputProblem.of(at(b.subjectOrigins.get(s.id()), SUBJECTS, s.id(), "parent"),
                        "parent \"" + s.parent().get() + "\" is not in the subjects table"));
            }
        }
        tree.findCycle().ifPresent(id -> problems.add(InputProblem.of(at(b.subjectOrigins.get(id), SUBJECTS, id, null),
                "the parents form a cycle")));
        FxRateTable.Builder table = FxRateTable.builder();
        for (int i = 0; i < rates.size(); i++) {
            RateEntry r = rates.get(i);
            String source = r.source().orElse(name + " rates");
            try {
                if (r.date().granularity() == Granularity.DAY && r.date().isSingle()) {
                    table.add(r.date().firstDay(), r.pair(), r.rate(), source);
                } else {
                    table.addAverage(r.date().firstDay(), r.date().lastDay(), r.pair(), r.rate(), source);
                }
            } catch (InvalidValueException e) {
                InputLocation origin = b.rateOrigins.get(i);
                problems.add(InputProblem.of(origin != null ? origin.field("rate")
                        : InputLocation.ofEntry(name, RATES, r.pair() + " " + r.date()), e.problem()));
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.ofFirst(problems);
        }
        this.byId = ids;
        this.rateTable = table.build();
        Map<Measure, List<Observation>> lists = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            if (!measures.get(m.ordinal()).isEmpty()) {
                lists.put(m, ImmutableList.copyOf(measures.get(m.ordinal())));
            }
        }
        this.byMeasure = lists;
    }

    /** The place of a problem of a row: its cell (or the row) where it was read, else the row by id. */
    private InputLocation at(InputLocation origin, String table, String id, String field) {
        if (origin == null) {
            return InputLocation.ofEntry(name, table, id);
        }
        return field == null ? origin.withEntry(table, id) : origin.field(field);
    }

    /** A second row with an id: on its id cell, naming the first where both were read. */
    private InputProblem duplicate(String table, String id, InputLocation origin, InputLocation first) {
        if (origin == null) {
            return InputProblem.of(InputLocation.ofEntry(name, table, id),
                    "duplicate id: ids must be unique within a dataset");
        }
        return InputProblem.ofDuplicateId(id, origin, first);
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a dataset of observations alone.
     *
     * @param observations the observations
     * @return the dataset
     */
    public static Dataset of(Iterable<Observation> observations) {
        return builder().addObservations(observations).build();
    }

    /** {@return a builder holding this dataset's tables, to add to or replace them} */
    public Builder toBuilder() {
        Builder b = builder().name(name);
        for (int i = 0; i < observations.size(); i++) {
            b.addObservation(observations.get(i), originAt(i));
        }
        subjects.values().forEach(b::addSubject);
        metrics.values().forEach(b::addMetric);
        rates.forEach(b::addRate);
        rules.forEach(b::addRule);
        sources.values().forEach(b::addSource);
        return b;
    }

    /** {@return the name used in messages (a file or folder name), {@code dataset} unless given} */
    public String name() {
        return name;
    }

    /**
     * Returns where an observation of this dataset was read: its file (or document) and line, and
     * its JSON path; empty for an observation added in code without an origin, or not of this dataset.
     *
     * @param observation the observation, not null
     * @return the origin
     */
    public Optional<InputLocation> origin(Observation observation) {
        Objects.requireNonNull(observation, "observation");
        int i = byId.indexOf(observation.id());
        return i >= 0 && observations.get(i).equals(observation) ? Optional.ofNullable(originAt(i)) : Optional.empty();
    }

    private InputLocation originAt(int position) {
        return origins.get(position);
    }

    /**
     * Returns the place to name in a problem with an observation: where it was read, naming it by id
     * ({@code observations.csv:14: observation yibin-growth}), or else the dataset and the id
     * ({@code cn-2024: observation yibin-growth}).
     *
     * @param observation the observation, not null
     * @return the location
     */
    public InputLocation locate(Observation observation) {
        return origin(observation).map(o -> o.withEntry(OBSERVATIONS, observation.id()))
                .orElseGet(() -> InputLocation.ofEntry(name, OBSERVATIONS, observation.id()));
    }

    /** {@return the observations, in the order they were added} */
    public List<Observation> observations() {
        return observations;
    }

    /** {@return the number of observations} */
    public int size() {
        return observations.size();
    }

    /** {@return the subjects table, in order} */
    public Collection<Subject> subjects() {
        return subjects.values();
    }

    /** {@return the metrics table, in order} */
    public Collection<Metric> metrics() {
        return metrics.values();
    }

    /** {@return the rates table, in order} */
    public List<RateEntry> rates() {
        return rates;
    }

    /** {@return the rules table, in order} */
    public List<Rule> rules() {
        return rules;
    }

    /** {@return the sources table, in order} */
    public Collection<Source> sources() {
        return sources.values();
    }

    /**
     * {@return the observation with this id}
     *
     * @param id the id
     */
    public Optional<Observation> observation(String id) {
        int i = byId.indexOf(Objects.requireNonNull(id, "id"));
        return i < 0 ? Optional.empty() : Optional.of(observations.get(i));
    }

    /**
     * {@return the subject with this id, if the subjects table has it}
     *
     * @param id the id
     */
    public Optional<Subject> subject(String id) {
        return Optional.ofNullable(subjects.get(id));
    }

    /**
     * {@return the metric with this id, if the metrics table has it}
     *
     * @param id the id
     */
    public Optional<Metric> metric(String id) {
        return Optional.ofNullable(metrics.get(id));
    }

    /**
     * {@return the kind of a metric, if the metrics table says}
     *
     * @param metricId the metric id
     */
    public Optional<MetricKind> metricKind(String metricId) {
        Metric m = metrics.get(metricId);
        return m == null ? Optional.empty() : m.kind();
    }

    /**
     * {@return the source with this id, if the sources table has it}
     *
     * @param id the id
     */
    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /** {@return the subject tree and its overlap rule} */
    public SubjectTree subjectTree() {
        return tree;
    }

    /** {@return the exchange rates of the rates table, as a dated table} */
    public FxRateTable rateTable() {
        return rateTable;
    }

    /**
     * {@return the observations of a subject, metric, period and measure}
     *
     * @param subject the subject
     * @param metric the metric id
     * @param period the period
     * @param measure the measure
     */
    public List<Observation> find(SubjectRef subject, String metric, ReportingPeriod period, Measure measure) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(measure, "measure");
        return byKey.get().get(new ObservationGroups.Probe() {
            @Override
            public int hash() {
                return keyHash(subject, metric, period, measure);
            }

            @Override
            public boolean matches(Observation o) {
                return o.measure() == measure && o.period().equals(period) && o.subject().equals(subject)
                        && o.metric().equals(metric);
            }
        });
    }

    /**
     * {@return the levels of a subject, metric and period}
     *
     * @param subject the subject
     * @param metric the metric id
     * @param period the period
     */
    public List<Observation> levels(SubjectRef subject, String metric, ReportingPeriod period) {
        return find(subject, metric, period, Measure.LEVEL);
    }

    /**
     * Returns the observations of one measure that share their subject, metric and period with
     * another: each such group in dataset order (as {@link #find} gives it), the groups in the
     * order of their first observations. Answered by the index {@link #find} uses, in one pass
     * over it rather than a lookup per observation; empty when every key is stated once.
     *
     * @param measure the measure, not null
     * @return the groups of two or more observations
     */
    public List<List<Observation>> repeated(Measure measure) {
        Objects.requireNonNull(measure, "measure");
        return byKey.get().several(o -> o.measure() == measure);
    }

    /**
     * {@return the observations of a subject, metric and measure whose periods have this granularity}
     *
     * @param subject the subject
     * @param metric the metric id
     * @param measure the measure
     * @param granularity the granularity
     */
    public List<Observation> series(SubjectRef subject, String metric, Measure measure, Granularity granularity) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(granularity, "granularity");
        return bySeries.get().get(new ObservationGroups.Probe() {
            @Override
            public int hash() {
                return seriesHash(subject, metric, measure, granularity);
            }

            @Override
            public boolean matches(Observation o) {
                return o.measure() == measure && o.period().granularity() == granularity && o.subject().equals(subject)
                        && o.metric().equals(metric);
            }
        });
    }

    /**
     * {@return every share figure of {@code whole} for a metric and period}
     *
     * @param whole the whole
     * @param metric the metric id
     * @param period the period
     */
    public List<Observation> sharesOf(SubjectRef whole, String metric, ReportingPeriod period) {
        Objects.requireNonNull(whole, "whole");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(period, "period");
        return sharesByWhole.get().get(new ObservationGroups.Probe() {
            @Override
            public int hash() {
                return shareHash(whole, metric, period);
            }

            @Override
            public boolean matches(Observation o) {
                return o.period().equals(period) && o.metric().equals(metric) && o.baseSubject().equals(whole);
            }
        });
    }

    /**
     * {@return the observations of one measure, in dataset order}
     *
     * @param measure the measure
     */
    public List<Observation> withMeasure(Measure measure) {
        return byMeasure.getOrDefault(Objects.requireNonNull(measure, "measure"), List.of());
    }

    // The lookup indexes are built on first use, once, in one pass each: a dataset that is only
    // written builds none, a check run those its checks look up. The ids and the lists by measure
    // are made at construction, in its one pass over the observations.

    private static int keyHash(SubjectRef subject, String metric, ReportingPeriod period, Measure measure) {
        int h = ObservationGroups.combine(subject.hashCode(), metric.hashCode());
        return ObservationGroups.combine(ObservationGroups.combine(h, period.hashCode()), measure.ordinal());
    }

    private static int seriesHash(SubjectRef subject, String metric, Measure measure, Granularity granularity) {
        int h = ObservationGroups.combine(subject.hashCode(), metric.hashCode());
        return ObservationGroups.combine(ObservationGroups.combine(h, measure.ordinal()), granularity.ordinal());
    }

    private static int shareHash(SubjectRef whole, String metric, ReportingPeriod period) {
        return ObservationGroups.combine(ObservationGroups.combine(whole.hashCode(), metric.hashCode()), period.hashCode());
    }

    private ObservationGroups buildByKey() {
        // most keys are stated once: a table for as many groups as observations, made at once
        return new ObservationGroups(observations, new ObservationGroups.KeyOf() {
            @Override
            public int hash(Observation o) {
                return keyHash(o.subject(), o.metric(), o.period(), o.measure());
            }

            @Override
            public boolean sameKey(Observation a, Observation b) {
                return a.measure() == b.measure() && a.period().equals(b.period())
                        && a.subject().equals(b.subject()) && a.metric().equals(b.metric());
            }
        }, observations.size());
    }

    private ObservationGroups buildBySeries() {
        // a series holds several periods: a table for a sixteenth of the observations at first
        return new ObservationGroups(observations, new ObservationGroups.KeyOf() {
            @Override
            public int hash(Observation o) {
                return seriesHash(o.subject(), o.metric(), o.measure(), o.period().granularity());
            }

            @Override
            public boolean sameKey(Observation a, Observation b) {
                return a.measure() == b.measure() && a.period().granularity() == b.period().granularity()
                        && a.subject().equals(b.subject()) && a.metric().equals(b.metric());
            }
        }, observations.size() / 16);
    }

    private ObservationGroups buildSharesByWhole() {
        // several shares of each whole, of the share figures alone
        return new ObservationGroups(observations, new ObservationGroups.KeyOf() {
            @Override
            public boolean includes(Observation o) {
                return o.measure() == Measure.SHARE;
            }

            @Override
            public int hash(Observation o) {
                return shareHash(o.baseSubject(), o.metric(), o.period());
            }

            @Override
            public boolean sameKey(Observation a, Observation b) {
                return a.period().equals(b.period()) && a.metric().equals(b.metric())
                        && a.baseSubject().equals(b.baseSubject());
            }
        }, withMeasure(Measure.SHARE).size() / 4);
    }


    /**
     * {@return the subjects whose parent is {@code id}}
     *
     * @param id the id
     */
    public List<Subject> children(String id) {
        return tree.children(id);
    }

    /**
     * {@return a dataset with the observations that pass the filter and the same tables}
     *
     * @param filter the test an observation must pass
     */
    public Dataset filter(Predicate<Observation> filter) {
        Builder b = toBuilder();
        b.observations.clear();
        b.observationOrigins.clear();
        for (int i = 0; i < observations.size(); i++) {
            if (filter.test(observations.get(i))) {
                b.addObservation(observations.get(i), originAt(i));
            }
        }
        return b.build();
    }

    /** Datasets are equal when their tables are equal, in order. The name is not compared. */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Dataset)) {
            return false;
        }
        Dataset d = (Dataset) obj;
        return observations.equals(d.observations) && subjects.equals(d.subjects) && metrics.equals(d.metrics)
                && rates.equals(d.rates) && rules.equals(d.rules) && sources.equals(d.sources);
    }

    @Override
    public int hashCode() {
        return Objects.hash(observations, subjects, metrics, rates, rules, sources);
    }

    /** Returns a one-line summary: the name and the size of each table. */
    @Override
    public String toString() {
        return "Dataset[" + name + ": " + observations.size() + " observations, " + subjects.size() + " subjects, "
                + metrics.size() + " metrics, " + rates.size() + " rates, " + rules.size() + " rules, "
                + sources.size() + " sources]";
    }

    /**
     * Builds datasets. Each row may be added with its origin, the place a reader found it
     * ({@link InputLocation}): the dataset's own problems are then placed on that row, and
     * {@link Dataset#origin(Observation)} gives it back to whoever reports a problem later. Not thread-safe.
     */
    public static final class Builder {
        private String name = "dataset";
        private final List<Observation> observations = new ArrayList<>();
        private final Origins observationOrigins = new Origins();
        /**
         * The hash of each observation's id, by position, taken as it is added: a reader's new id is
         * then in the cache, and the id table is built from this array without reading a million ids
         * (one cache miss each) from memory again.
         */
        private int[] idHashes = new int[16];
        private final Map<String, Subject> subjects = new LinkedHashMap<>();
        private final Map<String, InputLocation> subjectOrigins = new HashMap<>();
        private final Map<String, Metric> metrics = new LinkedHashMap<>();
        private final Map<String, InputLocation> metricOrigins = new HashMap<>();
        private final List<RateEntry> rates = new ArrayList<>();
        private final List<InputLocation> rateOrigins = new ArrayList<>();
        private final List<Rule> rules = new ArrayList<>();
        private final Map<String, Source> sources = new LinkedHashMap<>();
        private final Map<String, InputLocation> sourceOrigins = new HashMap<>();
        private final List<Duplicate> duplicates = new ArrayList<>();

        /** A row that repeats the id of an earlier one; the origins are null where not given. */
        private record Duplicate(String table, String id, InputLocation origin, InputLocation first) {
        }

        private Builder() {
        }

        /**
         * Sets the name used in messages, such as the file or folder the dataset was read from.
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Adds an observation.
         *
         * @param o the observation
         * @return this builder
         */
        public Builder addObservation(Observation o) {
            return addObservation(o, null);
        }

        /**
         * Adds an observation read from an input.
         *
         * @param o the observation, not null
         * @param origin where it was read (its row), or null if not read from an input
         * @return this builder
         */
        public Builder addObservation(Observation o, InputLocation origin) {
            add(o);
            observationOrigins.add(origin);
            return this;
        }

        /**
         * Adds an observation read from a line of an input, as
         * {@code addObservation(o, InputLocation.of(input, line))} does, without making the location:
         * a reader adds a million rows, and the dataset keeps each row's place as a number.
         *
         * @param o the observation, not null
         * @param input the name of the input it was read from, such as {@code observations.csv}; not null
         * @param line the one-based line of its row, or 0 if not known
         * @return this builder
         * @throws IllegalArgumentException if {@code line} is negative
         */
        public Builder addObservation(Observation o, String input, long line) {
            Objects.requireNonNull(input, "input");
            if (line < 0) {
                throw new IllegalArgumentException("line must not be negative, found " + line);
            }
            add(o);
            observationOrigins.add(input, line);
            return this;
        }

        private void add(Observation o) {
            int n = observations.size();
            observations.add(Objects.requireNonNull(o, "observation"));
            if (n == idHashes.length) {
                idHashes = Arrays.copyOf(idHashes, n + (n >> 1) + 16);
            }
            idHashes[n] = o.id().hashCode();
        }

        /**
         * Adds the observations of another builder, in its order and with their origins, after this
         * builder's, as if each were added here; its other tables are not added, and it is left as
         * it was. A reader that reads its input in parts, each on a thread of its own into a builder
         * of its own, puts them together so in order: the observations are copied as a block, and
         * what a part worked out as it added them (the hashes of the ids) is not worked out again.
         *
         * @param part the builder whose observations to add, not null
         * @return this builder
         */
        public Builder addObservationsOf(Builder part) {
            Objects.requireNonNull(part, "part");
            int n = observations.size();
            int m = part.observations.size();
            observations.addAll(part.observations);
            if (n + m > idHashes.length) {
                idHashes = Arrays.copyOf(idHashes, Math.max(n + m, n + (n >> 1) + 16));
            }
            System.arraycopy(part.idHashes, 0, idHashes, n, m);
            observationOrigins.addAll(part.observationOrigins);
            return this;
        }

        /**
         * Adds observations.
         *
         * @param os the observations
         * @return this builder
         */
        public Builder addObservations(Iterable<Observation> os) {
            os.forEach(this::addObservation);
            return this;
        }

        /**
         * Adds a subject; a second subject with the same id is a problem reported by {@link #build()}.
         *
         * @param s the subject
         * @return this builder
         */
        public Builder addSubject(Subject s) {
            return addSubject(s, null);
        }

        /**
         * Adds a subject read from an input; a second subject with the same id is a problem reported
         * by {@link #build()}, on the second one's row.
         *
         * @param s the subject, not null
         * @param origin where it was read (its row), or null if not read from an input
         * @return this builder
         */
        public Builder addSubject(Subject s, InputLocation origin) {
            add(SUBJECTS, s.id(), s, origin, subjects, subjectOrigins);
            return this;
        }

        /**
         * Adds a metric; a second metric with the same id is a problem reported by {@link #build()}.
         *
         * @param m the metric
         * @return this builder
         */
        public Builder addMetric(Metric m) {
            return addMetric(m, null);
        }

        /**
         * Adds a metric read from an input; a second metric with the same id is a problem reported
         * by {@link #build()}, on the second one's row.
         *
         * @param m the metric, not null
         * @param origin where it was read (its row), or null if not read from an input
         * @return this builder
         */
        public Builder addMetric(Metric m, InputLocation origin) {
            add(METRICS, m.id(), m, origin, metrics, metricOrigins);
            return this;
        }

        /**
         * Adds an exchange rate row.
         *
         * @param r the rate row
         * @return this builder
         */
        public Builder addRate(RateEntry r) {
            return addRate(r, null);
        }

        /**
         * Adds an exchange rate row read from an input.
         *
         * @param r the rate, not null
         * @param origin where it was read (its row), or null if not read from an input
         * @return this builder
         */
        public Builder addRate(RateEntry r, InputLocation origin) {
            rates.add(Objects.requireNonNull(r, "rate"));
            rateOrigins.add(origin);
            return this;
        }

        /**
         * Adds a rule.
         *
         * @param r the rule
         * @return this builder
         */
        public Builder addRule(Rule r) {
            rules.add(Objects.requireNonNull(r, "rule"));
            return this;
        }

        /**
         * Adds a rule read from an input.
         *
         * @param r the rule, not null
         * @param origin where it was read (its row), or null if not read from an input
         * @return this builder
         */
        public Builder addRule(Rule r, InputLocation origin) {
            // a rule's own problems are found when it is read or run, not by the dataset
            return addRule(r);
        }

        /**
         * Adds a source; a second source with the same id is a problem reported by {@link #build()}.
         *
         * @param s the source
         * @return this builder
         */
        public Builder addSource(Source s) {
            return addSource(s, null);
        }

        /**
         * Adds a source read from an input; a second source with the same id is a problem reported
         * by {@link #build()}, on the second one's row.
         *
         * @param s the source, not null
         * @param origin where it was read (its row), or null if not read from an input
         * @return this builder
         */
        public Builder addSource(Source s, InputLocation origin) {
            add(SOURCES, s.id(), s, origin, sources, sourceOrigins);
            return this;
        }

        private <T> void add(String table, String id, T value, InputLocation origin, Map<String, T> values,
                Map<String, InputLocation> origins) {
            if (values.putIfAbsent(id, value) != null) {
                duplicates.add(new Duplicate(table, id, origin, origins.get(id)));
            } else if (origin != null) {
                origins.put(id, origin);
            }
        }

        /**
         * Builds the dataset.
         *
         * @throws InvalidInputException listing every problem found
         * @return the dataset
         */
        public Dataset build() {
            return new Dataset(this);
        }
    }
}
