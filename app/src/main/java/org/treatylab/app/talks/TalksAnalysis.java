package org.treatylab.app.talks;

import java.util.List;

/**
 * The exact analysis of a scenario's outcome space.
 *
 * @param pareto each frontier point's utilities, in the parties' order
 * @param nash the Nash bargaining point, or null when no outcome is individually rational
 */
public record TalksAnalysis(List<String> parties, long outcomes, List<List<Double>> pareto, List<Double> reservations,
        NashPoint nash) {
    public TalksAnalysis {
        parties = List.copyOf(parties);
        pareto = pareto.stream().map(List::copyOf).toList();
        reservations = List.copyOf(reservations);
    }

    /** The Nash point's utilities and terms. */
    public record NashPoint(List<Double> utilities, TermsView agreement) {
        public NashPoint {
            utilities = List.copyOf(utilities);
        }
    }
}
