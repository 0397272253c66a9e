package org.treatylab.app.negotiation;

import java.util.List;

/**
 * A tournament: on every scenario of n parties, every line-up of n of the agents (every combination in every role
 * order; for two parties every pair both ways), or a seeded sample of line-ups, repeated.
 *
 * @param threads worker threads (the server's jobs run on one)
 * @param sample line-ups played per scenario, drawn from the seed; 0 for all
 */
public record TournamentRequest(List<NegotiationScenarioRef> scenarios, List<String> agents, int repetitions,
        int rounds, long seed, int threads, int sample) {
    public TournamentRequest {
        scenarios = List.copyOf(scenarios);
        agents = List.copyOf(agents);
    }
}
