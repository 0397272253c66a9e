package org.treatylab.app.negotiation;

import java.util.Map;
import java.util.Objects;
import org.treatylab.app.common.Copies;

/**
 * A seat's move as a request gives it.
 *
 * @param kind offer, accept or end
 * @param outcome the outcome offered, or (with accept, optionally) the offer seen on the table; else null
 * @param party the seat's party as the client believes it, or null
 * @param round the round the mover saw, or null; a move for a round already played is refused (stale)
 */
public record NegotiationMove(String kind, Map<String, IssueValue> outcome, String party, Integer round) {
    public NegotiationMove {
        Objects.requireNonNull(kind, "kind");
        outcome = Copies.ordered(outcome);
    }

    public NegotiationMove(String kind, Map<String, IssueValue> outcome, String party) {
        this(kind, outcome, party, null);
    }
}
