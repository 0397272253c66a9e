package org.treatylab.app.negotiation;

import java.util.List;

/**
 * A tournament: every pair of the agents on every (bilateral) scenario, in both role orders, repeated.
 *
 * @param threads worker threads (the server's jobs run on one)
 */
public record TournamentRequest(List<NegotiationScenarioRef> scenarios, List<String> agents, int repetitions,
        int rounds, long seed, int threads) {
    public TournamentRequest {
        scenarios = List.copyOf(scenarios);
        agents = List.copyOf(agents);
    }
}
