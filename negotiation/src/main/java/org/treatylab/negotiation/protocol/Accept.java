package org.treatylab.negotiation.protocol;

import java.util.Objects;
import org.treatylab.negotiation.model.Outcome;

/**
 * Accepts the offer on the table, named so that a stale accept (a person or a remote client that saw an older offer)
 * is caught as a protocol violation instead of agreeing to something unseen.
 */
public record Accept(Outcome outcome) implements Move {
    public Accept {
        Objects.requireNonNull(outcome, "outcome");
    }

    @Override
    public String kind() {
        return "accept";
    }
}
