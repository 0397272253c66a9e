package org.treatylab.app.negotiation;

import java.util.List;
import java.util.Map;
import org.treatylab.app.common.Copies;

/**
 * A negotiation session as its person (if any) sees it: whose turn, the offer on the table, the history with the
 * person's own utilities, and, once over, the result.
 *
 * @param person the party the person plays, or null
 * @param turn whose turn it is, null once over
 * @param yourReservation the person's reservation value, or null
 * @param result the session's end once over, else null
 */
public record NegotiationState(String id, String scenario, List<String> parties, List<String> agents, String person,
        long seed, int deadlineRounds, List<IssueSpec> issues, int round, boolean over, String turn, boolean yourTurn,
        Double yourReservation, TableOutcome offerOnTable, List<HistoryMove> history, SessionView result) {
    public NegotiationState {
        parties = List.copyOf(parties);
        agents = List.copyOf(agents);
        issues = List.copyOf(issues);
        history = List.copyOf(history);
    }

    /** The offer on the table, by whom, and the person's utility of it (null without a person). */
    public record TableOutcome(String by, Map<String, IssueValue> outcome, Double yourUtility) {
        public TableOutcome {
            outcome = Copies.ordered(outcome);
        }
    }

    /** One move so far, with the person's utility of its outcome (null for an end or without a person). */
    public record HistoryMove(int round, String party, String move, Map<String, IssueValue> outcome, Double yourUtility) {
        public HistoryMove {
            outcome = Copies.ordered(outcome);
        }
    }
}
