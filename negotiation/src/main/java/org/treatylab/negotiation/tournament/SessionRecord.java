package org.treatylab.negotiation.tournament;

import java.util.Objects;
import java.util.OptionalDouble;
import org.treatylab.negotiation.protocol.EndReason;

/**
 * One tournament session: who played which profile (A opens), the outcome, each side's score (its utility of the
 * agreement, or its reservation value, discounted by the time of the end), the welfare and the distances to the
 * Pareto frontier and the Nash point (of the undiscounted utilities; without agreement, of the reservation values).
 */
public record SessionRecord(int index, String scenario, int repetition, String agentA, String agentB,
        String profileA, String profileB, long seed, EndReason reason, int rounds, double scoreA, double scoreB,
        double welfare, double paretoDistance, OptionalDouble nashDistance, String agreement) {
    public SessionRecord {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(nashDistance, "nashDistance");
    }

    public boolean isAgreement() {
        return reason == EndReason.AGREEMENT;
    }
}
