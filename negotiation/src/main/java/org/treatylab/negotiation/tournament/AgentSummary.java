package org.treatylab.negotiation.tournament;

import java.util.OptionalDouble;

/**
 * One agent's record over a tournament: sessions played, mean score, share of sessions that ended in agreement,
 * mean welfare, mean distances to the Pareto frontier and to the Nash point (over sessions that have one).
 */
public record AgentSummary(String agent, int sessions, double meanScore, double agreementRate, double meanWelfare,
        double meanParetoDistance, OptionalDouble meanNashDistance) {
}
