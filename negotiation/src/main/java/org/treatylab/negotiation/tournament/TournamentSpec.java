package org.treatylab.negotiation.tournament;

import java.util.List;
import java.util.Objects;
import org.treatylab.negotiation.agent.Agents;
import org.treatylab.negotiation.io.Scenario;
import org.treatylab.negotiation.protocol.Deadline;

/**
 * A tournament: bilateral scenarios, the agents (by name), repetitions, the deadline of every session, the seed from
 * which every session's seed derives, and the number of worker threads.
 */
public record TournamentSpec(List<Scenario> scenarios, List<String> agents, int repetitions, Deadline deadline,
        long seed, int threads) {
    public TournamentSpec {
        scenarios = List.copyOf(scenarios);
        agents = List.copyOf(agents);
        Objects.requireNonNull(deadline, "deadline");
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("a tournament needs at least one scenario");
        }
        for (Scenario s : scenarios) {
            if (s.profiles().size() != 2) {
                throw new IllegalArgumentException("scenario '" + s.name() + "' has " + s.profiles().size()
                        + " profiles; tournaments are bilateral (2 profiles)");
            }
        }
        if (agents.size() < 2) {
            throw new IllegalArgumentException("a tournament needs at least 2 agents, got " + agents);
        }
        for (String a : agents) {
            if (Agents.byName(a).isEmpty()) {
                throw new IllegalArgumentException("unknown agent '" + a + "'; known agents: "
                        + String.join(", ", Agents.names()));
            }
        }
        if (repetitions < 1) {
            throw new IllegalArgumentException("repetitions: expected at least 1, got " + repetitions);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads: expected at least 1, got " + threads);
        }
    }

    /** Sessions to run: scenarios x agent pairs x 2 role orders x repetitions. */
    public int sessionCount() {
        int pairs = agents.size() * (agents.size() - 1) / 2;
        return scenarios.size() * pairs * 2 * repetitions;
    }
}
