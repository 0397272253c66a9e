package org.treatylab.negotiation.tournament;

import java.util.List;
import java.util.Objects;
import org.treatylab.negotiation.agent.Agents;
import org.treatylab.negotiation.io.Scenario;
import org.treatylab.negotiation.protocol.Deadline;

/**
 * A tournament: scenarios of two or more parties, the agents (by name), repetitions, the deadline of every session,
 * the seed from which every session's seed derives, the number of worker threads, and the sample size.
 *
 * <p>On a scenario of n parties every line-up of n distinct agents plays: every combination of n agents, in every
 * role order (for two parties: every pair, both ways). With {@code sample} > 0, only that many line-ups per scenario
 * play, drawn without replacement from the seed; 0 means all.
 */
public record TournamentSpec(List<Scenario> scenarios, List<String> agents, int repetitions, Deadline deadline,
        long seed, int threads, int sample) {
    public TournamentSpec {
        scenarios = List.copyOf(scenarios);
        agents = List.copyOf(agents);
        Objects.requireNonNull(deadline, "deadline");
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("a tournament needs at least one scenario");
        }
        if (agents.size() < 2) {
            throw new IllegalArgumentException("a tournament needs at least 2 agents, got " + agents);
        }
        if (agents.stream().distinct().count() != agents.size()) {
            throw new IllegalArgumentException("agents: each agent may be listed once, got " + agents);
        }
        for (String a : agents) {
            if (Agents.byName(a).isEmpty()) {
                throw new IllegalArgumentException("unknown agent '" + a + "'; known agents: "
                        + String.join(", ", Agents.names()));
            }
        }
        for (Scenario s : scenarios) {
            if (s.profiles().size() > agents.size()) {
                throw new IllegalArgumentException("scenario '" + s.name() + "' has " + s.profiles().size()
                        + " parties; a tournament on it needs at least " + s.profiles().size() + " agents, got "
                        + agents.size());
            }
        }
        if (repetitions < 1) {
            throw new IllegalArgumentException("repetitions: expected at least 1, got " + repetitions);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads: expected at least 1, got " + threads);
        }
        if (sample < 0) {
            throw new IllegalArgumentException("sample: expected 0 (all line-ups) or more, got " + sample);
        }
        long n = 0;
        for (Scenario s : scenarios) {
            long lineups = Lineups.count(agents.size(), s.profiles().size());
            n += (sample == 0 ? lineups : Math.min(sample, lineups)) * repetitions;
            if (n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("the tournament would run more than " + Integer.MAX_VALUE
                        + " sessions; give a sample size");
            }
        }
    }

    /** Every line-up of every scenario (no sample). */
    public TournamentSpec(List<Scenario> scenarios, List<String> agents, int repetitions, Deadline deadline,
            long seed, int threads) {
        this(scenarios, agents, repetitions, deadline, seed, threads, 0);
    }

    /** The line-ups that play on {@code scenario}: all, or the sample. */
    public long lineups(Scenario scenario) {
        long all = Lineups.count(agents.size(), scenario.profiles().size());
        return sample == 0 ? all : Math.min(sample, all);
    }

    /** Sessions to run: over the scenarios, line-ups x repetitions (for two parties: pairs x 2 role orders). */
    public int sessionCount() {
        long n = 0;
        for (Scenario s : scenarios) {
            n += lineups(s) * repetitions;
        }
        return (int) n;
    }

    /** The most parties of any scenario. */
    public int maxParties() {
        return scenarios.stream().mapToInt(s -> s.profiles().size()).max().orElse(2);
    }
}
