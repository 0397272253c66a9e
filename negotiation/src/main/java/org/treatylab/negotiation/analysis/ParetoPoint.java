package org.treatylab.negotiation.analysis;

import java.util.List;
import java.util.Objects;
import org.treatylab.negotiation.model.Outcome;

/**
 * A Pareto-optimal outcome with each party's utility; {@code rational} when every party gets at least its
 * reservation value.
 */
public record ParetoPoint(List<Double> utilities, Outcome outcome, boolean rational) {
    public ParetoPoint {
        utilities = List.copyOf(utilities);
        Objects.requireNonNull(outcome, "outcome");
    }
}
