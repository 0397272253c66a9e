package org.treatylab.app.negotiation;

import java.util.List;
import java.util.Map;
import org.treatylab.app.common.Copies;

/**
 * The end of a negotiation session (the JSON of {@code treatylab negotiate} and a finished session's {@code result}).
 *
 * @param agreement the agreed outcome, or null
 * @param paretoDistance distance of the result to the frontier, null when the scenario is too large to analyse
 * @param nashDistance distance to the Nash point, null likewise or when no outcome is individually rational
 * @param end agreement, deadline, ended_by_party, protocol_violation or agent_failure
 * @param culprit the party that ended it by a violation or failure, or null
 * @param time the normalised time at the end
 */
public record SessionView(Map<String, IssueValue> agreement, int rounds, List<Double> utilities,
        List<Double> discountedUtilities, Double paretoDistance, Double nashDistance, String end, String detail,
        String culprit, List<String> parties, double time, List<SessionTurn> trace) {
    public SessionView {
        agreement = Copies.ordered(agreement);
        utilities = List.copyOf(utilities);
        discountedUtilities = List.copyOf(discountedUtilities);
        parties = List.copyOf(parties);
        trace = List.copyOf(trace);
    }

    /**
     * One move.
     *
     * @param move offer, accept or end
     * @param outcome the outcome offered or accepted, null for an end
     * @param utilities every party's utility of it, null for an end
     */
    public record SessionTurn(int round, String party, String move, Map<String, IssueValue> outcome, List<Double> utilities) {
        public SessionTurn {
            outcome = Copies.ordered(outcome);
        }
    }
}
