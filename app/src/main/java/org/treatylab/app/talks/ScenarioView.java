package org.treatylab.app.talks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.treatylab.app.common.Copies;

/**
 * A talks scenario as clients that play it need it: calendar, issues, delegations.
 *
 * @param deadline the deadline (START I's lapse for start-2009)
 * @param deadlineKind hard (the talks end there) or soft (they may go on to {@code end}, at a cost)
 * @param end the last day of the calendar
 * @param rounds rounds in the calendar; {@code roundsBeforeDeadline} of them before the deadline
 * @param horizonYears the years over which a delay past the deadline is costed
 * @param dates the date of each round
 * @param delegations by party code
 * @param agentsAvailable the engine agents a delegation may be given
 */
public record ScenarioView(String id, String name, List<String> parties, LocalDate firstRound, LocalDate deadline,
        String deadlineKind, LocalDate end, int rounds, int roundsBeforeDeadline, int roundDays, double horizonYears,
        List<LocalDate> dates, List<ScenarioIssue> issues, Map<String, ScenarioDelegation> delegations,
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
     * @param weights by criterion (the derived ones first, then ranked issues), weights normalised to sum to 1
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
