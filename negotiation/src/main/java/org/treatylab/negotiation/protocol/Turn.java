package org.treatylab.negotiation.protocol;

import java.util.Objects;

/** One move in a session's history: the round it was made in (from 1), who made it, and the normalised time. */
public record Turn(int round, PartyId party, Move move, double time) {
    public Turn {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(move, "move");
    }
}
