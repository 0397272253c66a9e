package org.treatylab.app.negotiation;

import java.util.Map;
import java.util.Objects;
import org.treatylab.app.common.Copies;

/**
 * A person's move as a request gives it.
 *
 * @param kind offer, accept or end
 * @param outcome the outcome offered, or (with accept, optionally) the offer seen on the table; else null
 * @param party the person's party as the client believes it, or null
 */
public record NegotiationMove(String kind, Map<String, IssueValue> outcome, String party) {
    public NegotiationMove {
        Objects.requireNonNull(kind, "kind");
        outcome = Copies.ordered(outcome);
    }
}
