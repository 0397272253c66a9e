package org.treatylab.app.talks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.treatylab.app.common.Copies;

/**
 * A talks scenario as clients that play it need it: calendar, issues, delegations.
 *
 * @param dates the date of each round
 * @param delegations by party code
 * @param agentsAvailable the engine agents a delegation may be given
 */
public record ScenarioView(String id, String name, List<String> parties, LocalDate firstRound, LocalDate deadline,
        int rounds, int roundDays, List<LocalDate> dates, List<ScenarioIssue> issues, Map<String, ScenarioDelegation> delegations,
        List<String> agentsAvailable) {
    public ScenarioView {
        parties = List.copyOf(parties);
        dates = List.copyOf(dates);
        issues = List.copyOf(issues);
        delegations = Copies.ordered(delegations);
        agentsAvailable = List.copyOf(agentsAvailable);
    }

    /** An issue and its options. */
    public record ScenarioIssue(String id, String label, List<String> values, String note) {
        public ScenarioIssue {
            values = List.copyOf(values);
        }
    }

    /**
     * A delegation: its agent and its weighted criteria.
     *
     * @param weights by criterion, weights normalised to sum to 1
     */
    public record ScenarioDelegation(String agent, Map<String, CriterionWeight> weights) {
        public ScenarioDelegation {
            weights = Copies.ordered(weights);
        }
    }

    /** A criterion's weight and its source or rationale. */
    public record CriterionWeight(double weight, String rationale) {
    }
}
