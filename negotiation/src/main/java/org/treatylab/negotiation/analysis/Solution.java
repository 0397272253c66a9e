package org.treatylab.negotiation.analysis;

import java.util.List;
import java.util.Objects;
import org.treatylab.negotiation.model.Outcome;

/**
 * A bargaining solution: the outcome, each party's utility and the value the solution maximises (the Nash product,
 * the Kalai-Smorodinsky smallest normalised gain, or the welfare).
 */
public record Solution(List<Double> utilities, Outcome outcome, double value) {
    public Solution {
        utilities = List.copyOf(utilities);
        Objects.requireNonNull(outcome, "outcome");
    }
}
