package org.treatylab.negotiation.protocol;

import java.util.Objects;
import org.treatylab.negotiation.model.Outcome;

/** Proposes {@code outcome}; it replaces the offer on the table. */
public record Offer(Outcome outcome) implements Move {
    public Offer {
        Objects.requireNonNull(outcome, "outcome");
    }

    @Override
    public String kind() {
        return "offer";
    }
}
