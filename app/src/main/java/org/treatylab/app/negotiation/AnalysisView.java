package org.treatylab.app.negotiation;

import java.util.List;
import java.util.Map;
import org.treatylab.app.common.Copies;

/**
 * The exact Pareto frontier of a scenario and its bargaining solutions (the JSON of {@code treatylab analyze} and
 * {@code POST /api/negotiation/analyze}).
 *
 * @param method merged (two additive profiles, without enumerating) or enumerated
 * @param nash the Nash solution, or null when no outcome is individually rational
 * @param kalaiSmorodinsky the Kalai-Smorodinsky solution, or null likewise
 * @param notices what reading the scenario's files noticed (weights normalised, files skipped); empty for shipped ones
 */
public record AnalysisView(String domain, long outcomes, String method, List<Double> reservations,
        List<FrontierPoint> pareto, BargainingSolution nash, BargainingSolution kalaiSmorodinsky,
        BargainingSolution maxWelfare, double opposition, List<String> notices) {
    public AnalysisView {
        reservations = List.copyOf(reservations);
        pareto = List.copyOf(pareto);
        notices = List.copyOf(notices);
    }

    /** A point of the frontier: each profile's utility, the outcome, and whether every party prefers it to none. */
    public record FrontierPoint(List<Double> utilities, Map<String, IssueValue> outcome, boolean rational) {
        public FrontierPoint {
            utilities = List.copyOf(utilities);
            outcome = Copies.ordered(outcome);
        }
    }

    /**
     * A bargaining solution.
     *
     * @param product the Nash product of this point (over the reservation values)
     * @param welfare the sum of the utilities
     */
    public record BargainingSolution(List<Double> utilities, Map<String, IssueValue> outcome, double product, double welfare) {
        public BargainingSolution {
            utilities = List.copyOf(utilities);
            outcome = Copies.ordered(outcome);
        }
    }
}
