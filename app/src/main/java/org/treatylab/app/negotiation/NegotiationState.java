package org.treatylab.app.negotiation;

import java.util.List;
import java.util.Map;
import org.treatylab.app.common.Copies;

/**
 * A negotiation session as one viewer sees it: the person in one seat (their own utilities), or a watcher (every
 * party's utilities only once over, or live in classroom mode). Whose turn, the offer on the table, the history and,
 * once over, the result.
 *
 * @param id the room code (also the id in the routes)
 * @param agents one per party in turn order: an agent's name, or {@code person} for a seat
 * @param person the party of the seat this state is for, or null for a watcher
 * @param openSeats the parties played by a person whose seat nobody has taken yet
 * @param classroom whether watchers see every party's utilities live
 * @param seatSecret the seat's secret, only in the answer that gave the seat
 * @param turn whose turn it is, null once over
 * @param yourReservation the seat's reservation value, or null for a watcher
 * @param reservations every party's reservation value when a watcher may see them, else null
 * @param result the session's end once over, else null
 */
public record NegotiationState(String id, String scenario, List<String> parties, List<String> agents, String person,
        List<String> openSeats, boolean classroom, String seatSecret, long seed, int deadlineRounds,
        List<IssueSpec> issues, int round, boolean over, String turn, boolean yourTurn, Double yourReservation,
        List<Double> reservations, TableOutcome offerOnTable, List<HistoryMove> history, SessionView result) {
    public NegotiationState {
        parties = List.copyOf(parties);
        agents = List.copyOf(agents);
        openSeats = List.copyOf(openSeats);
        issues = List.copyOf(issues);
        reservations = reservations == null ? null : List.copyOf(reservations);
        history = List.copyOf(history);
    }

    /** The offer on the table, by whom, and the seat's utility of it (null for a watcher). */
    public record TableOutcome(String by, Map<String, IssueValue> outcome, Double yourUtility) {
        public TableOutcome {
            outcome = Copies.ordered(outcome);
        }
    }

    /**
     * One move so far: the seat's utility of its outcome (null for an end or a watcher), and every party's when the
     * viewer may see them (else null).
     */
    public record HistoryMove(int round, String party, String move, Map<String, IssueValue> outcome, Double yourUtility,
            List<Double> utilities) {
        public HistoryMove {
            outcome = Copies.ordered(outcome);
        }
    }
}
