package org.industrymetrics.check;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.industrymetrics.figure.QualifierWidths;
import org.industrymetrics.money.FxRateTable;
import org.industrymetrics.money.RatePolicy;

/**
 * The settings of a check run: the qualifier widths, which checks to run, the exchange-rate policy
 * (how stale a day's rate may be) and rate tables beyond the dataset's own.
 * This class is immutable and thread-safe.
 */
public final class CheckSettings {

    /** All checks, the default widths, a staleness of 7 days, no extra rates. */
    public static final CheckSettings DEFAULTS = builder().build();

    private final QualifierWidths widths;
    private final Set<CheckId> checks;
    private final RatePolicy ratePolicy;
    private final FxRateTable rates;

    private CheckSettings(Builder b) {
        this.widths = b.widths;
        this.checks = Sets.immutableEnumSet(b.checks);
        this.ratePolicy = b.ratePolicy;
        this.rates = b.rates.build();
    }

    /** {@return a builder with the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder with these settings} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.widths = widths;
        b.checks = EnumSet.copyOf(checks);
        b.ratePolicy = ratePolicy;
        b.rates.addAll(rates);
        return b;
    }

    /** {@return the qualifier widths} */
    public QualifierWidths widths() {
        return widths;
    }

    /** {@return the checks to run} */
    public Set<CheckId> checks() {
        return checks;
    }

    /**
     * {@return whether a check runs}
     *
     * @param id the id
     */
    public boolean runs(CheckId id) {
        return checks.contains(id);
    }

    /** {@return the exchange-rate policy: how old a day's quote may be, and how flows convert} */
    public RatePolicy ratePolicy() {
        return ratePolicy;
    }

    /** {@return the rates consulted after the dataset's own rates} */
    public FxRateTable rates() {
        return rates;
    }

    @Override
    public String toString() {
        return "CheckSettings[widths=" + widths + ", checks=" + checks + ", ratePolicy=" + ratePolicy + ", rates=" + rates + "]";
    }

    /** Builds settings. */
    public static final class Builder {
        private QualifierWidths widths = QualifierWidths.DEFAULTS;
        private EnumSet<CheckId> checks = EnumSet.allOf(CheckId.class);
        private RatePolicy ratePolicy = RatePolicy.DEFAULT;
        private final FxRateTable.Builder rates = FxRateTable.builder();

        private Builder() {
        }

        /**
         * Sets the qualifier widths.
         *
         * @param w the qualifier widths
         * @return this builder
         */
        public Builder widths(QualifierWidths w) {
            this.widths = Objects.requireNonNull(w, "widths");
            return this;
        }

        /**
         * Runs only these checks.
         *
         * @param ids the ids
         * @return this builder
         */
        public Builder only(Set<CheckId> ids) {
            if (ids.isEmpty()) {
                throw new IllegalArgumentException("at least one check must run");
            }
            this.checks = EnumSet.copyOf(ids);
            return this;
        }

        /**
         * Runs only these checks.
         *
         * @param ids the ids
         * @return this builder
         */
        public Builder only(CheckId... ids) {
            return only(Set.of(ids));
        }

        /**
         * Sets the exchange-rate policy.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder ratePolicy(RatePolicy policy) {
            this.ratePolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Adds a rate table consulted after the dataset's own rates.
         *
         * @param table the table
         * @return this builder
         */
        public Builder addRates(FxRateTable table) {
            rates.addAll(Objects.requireNonNull(table, "table"));
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return the check settings
         */
        public CheckSettings build() {
            return new CheckSettings(this);
        }
    }
}
