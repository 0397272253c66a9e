package org.treatylab.talks.scenario;

import java.util.Objects;

/** A delegation's documented priority on one criterion, with its source or rationale. */
public record Weight(Criterion criterion, double value, String rationale) {
    public Weight {
        Objects.requireNonNull(criterion, "criterion");
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("weight." + criterion.key() + " must be >= 0, got " + value);
        }
        if (rationale == null || rationale.isBlank()) {
            throw new IllegalArgumentException("weight." + criterion.key() + " needs a source or rationale after ' - '");
        }
    }
}
