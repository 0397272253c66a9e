package org.treatylab.app.talks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.treatylab.app.common.Copies;

/**
 * Talks played by people (and engine agents) in a room, as one viewer sees them: the person in one seat, or a
 * watcher. A seat sees its own values; a watcher sees every delegation's values only once the talks are over, or
 * live when the room was created in classroom mode. Nobody sees another seat's secret.
 *
 * @param id the room code (also the id in the routes)
 * @param play the delegation of the seat this state is for, or null for a watcher
 * @param agents by party code: the agent's name, or {@code person}
 * @param openSeats the delegations played by a person whose seat nobody has taken yet
 * @param classroom whether watchers see every delegation's values live
 * @param seatSecret the seat's secret, only in the answer that gave the seat (keep it: the seat's link)
 * @param date the date of the current round
 * @param daysLeft days from that date to the deadline
 * @param turn the delegation whose move it is, or null once over
 * @param yourReservation the seat's value of no treaty, or null for a watcher
 * @param reservations every delegation's value of no treaty when a watcher may see them (else null)
 * @param offerOnTable the offer a seat may accept, or null
 * @param yourTurn whether it is this seat's move now
 * @param result the evaluated run once over, else null
 */
public record TalksState(String id, String scenario, String play, Map<String, String> agents, List<String> openSeats,
        boolean classroom, String seatSecret, int round, int rounds, LocalDate date, LocalDate deadline, long daysLeft,
        String turn, Double yourReservation, Map<String, Double> reservations, TableOffer offerOnTable, boolean over,
        boolean yourTurn, TalksRun result, List<TalksMove> history) {
    public TalksState {
        agents = Copies.ordered(agents);
        openSeats = List.copyOf(openSeats);
        reservations = Copies.ordered(reservations);
        history = List.copyOf(history);
    }

    /** The same state without the seat's secret (what a seat sees at every later look). */
    public TalksState withoutSecret() {
        return new TalksState(id, scenario, play, agents, openSeats, classroom, null, round, rounds, date, deadline,
                daysLeft, turn, yourReservation, reservations, offerOnTable, over, yourTurn, result, history);
    }

    /**
     * The offer on the table.
     *
     * @param options the terms as issue id to option
     * @param yourValue the seat's value of it, or null for a watcher
     */
    public record TableOffer(String by, TermsView terms, Map<String, String> options, Double yourValue) {
        public TableOffer {
            options = Copies.ordered(options);
        }
    }

    /**
     * One move so far.
     *
     * @param move offer, accept or end
     * @param yourValue the seat's value of the terms, or null (an end, or a watcher)
     * @param utilities every delegation's value of the terms (scenario order) when the viewer may see them, else null
     */
    public record TalksMove(int round, LocalDate date, String party, String move, TermsView terms, Double yourValue,
            List<Double> utilities) {
    }
}
