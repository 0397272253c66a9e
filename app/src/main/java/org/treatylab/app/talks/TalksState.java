package org.treatylab.app.talks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.treatylab.app.common.Copies;

/**
 * Talks in which a person plays one delegation, as that person sees them.
 *
 * @param play the person's delegation
 * @param agents by party code ({@code person} for the person)
 * @param date the date of the current round
 * @param daysLeft days from that date to the deadline
 * @param offerOnTable the offer the person may accept, or null
 * @param result the evaluated run once over, else null
 */
public record TalksState(String id, String scenario, String play, Map<String, String> agents, int round, int rounds,
        LocalDate date, LocalDate deadline, long daysLeft, double yourReservation, TableOffer offerOnTable,
        boolean over, boolean yourTurn, TalksRun result, List<TalksMove> history) {
    public TalksState {
        agents = Copies.ordered(agents);
        history = List.copyOf(history);
    }

    /**
     * The offer on the table.
     *
     * @param options the terms as issue id to option
     */
    public record TableOffer(String by, TermsView terms, Map<String, String> options, double yourValue) {
        public TableOffer {
            options = Copies.ordered(options);
        }
    }

    /**
     * One move so far.
     *
     * @param move offer, accept or end
     * @param utilities every delegation's value of the terms, or null for an end
     */
    public record TalksMove(int round, LocalDate date, String party, String move, TermsView terms, Double yourValue,
            List<Double> utilities) {
    }
}
