package org.treatylab.negotiation.tournament;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.treatylab.negotiation.protocol.EndReason;

/**
 * One tournament session: who played which profile (role by role; the first opens), the outcome, each party's
 * score (its utility of the agreement, or its reservation value, discounted by the time of the end), the welfare (sum
 * of undiscounted utilities) and the distances to the Pareto frontier and the Nash point (of the undiscounted
 * utilities; without agreement, of the reservation values).
 */
public record SessionRecord(int index, String scenario, int repetition, List<String> agents, List<String> profiles,
        long seed, EndReason reason, int rounds, List<Double> scores, double welfare, double paretoDistance,
        OptionalDouble nashDistance, String agreement) {
    public SessionRecord {
        agents = List.copyOf(agents);
        profiles = List.copyOf(profiles);
        scores = List.copyOf(scores);
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(nashDistance, "nashDistance");
        Objects.requireNonNull(agreement, "agreement");
        if (profiles.size() != agents.size() || scores.size() != agents.size() || agents.size() < 2) {
            throw new IllegalArgumentException("a session needs one agent, profile and score per party (2 or more), "
                    + "got " + agents.size() + " agents, " + profiles.size() + " profiles, " + scores.size()
                    + " scores");
        }
    }

    public boolean isAgreement() {
        return reason == EndReason.AGREEMENT;
    }

    /** The number of parties. */
    public int parties() {
        return agents.size();
    }
}
