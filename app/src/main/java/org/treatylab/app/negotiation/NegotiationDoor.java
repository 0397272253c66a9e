package org.treatylab.app.negotiation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.treatylab.app.common.Sessions;
import org.treatylab.domain.InputException;
import org.treatylab.negotiation.TooLargeException;
import org.treatylab.negotiation.agent.Agents;
import org.treatylab.negotiation.analysis.Analysis;
import org.treatylab.negotiation.analysis.Analyzer;
import org.treatylab.negotiation.io.Scenario;
import org.treatylab.negotiation.io.Scenarios;
import org.treatylab.negotiation.preference.Profile;
import org.treatylab.negotiation.protocol.Deadline;
import org.treatylab.negotiation.protocol.Negotiation;
import org.treatylab.negotiation.protocol.Participant;
import org.treatylab.negotiation.protocol.PartyId;
import org.treatylab.negotiation.protocol.SessionResult;
import org.treatylab.negotiation.protocol.SessionSetup;

/**
 * The negotiation engine's front door: agents, shipped scenarios, the exact analysis of a scenario, a session run to
 * its end, and sessions in which a person moves between requests. Analyses of shipped scenarios under the same
 * limits are computed once.
 */
public final class NegotiationDoor {
    /** Rounds of a session the server plays at most. */
    public static final int MAX_ROUNDS = 1000;
    private final Map<String, Analysis> shippedAnalyses = new ConcurrentHashMap<>();
    private final Sessions<NegotiationPlay> sessions = new Sessions<>("negotiation-", "negotiation session", 50);

    public List<AgentView> agents() {
        return Agents.all().stream().map(a -> new AgentView(a.name(), a.description(), a.source())).toList();
    }

    public List<String> agentNames() {
        return Agents.names();
    }

    public List<NegotiationScenarioView> scenarios() {
        return Scenarios.shippedNames().stream().map(n -> describe(Scenarios.shipped(n))).toList();
    }

    /** A scenario's issues, profiles, reservation values and what reading its files noticed. */
    public NegotiationScenarioView scenario(NegotiationScenarioRef ref, NegotiationLimits limits) {
        return describe(load(ref, limits.playOutcomes(), limits));
    }

    private static NegotiationScenarioView describe(Scenario s) {
        return new NegotiationScenarioView(s.name(), s.domain().name(), s.domain().outcomeCount(),
                NegotiationViews.issues(s.domain()), s.profiles().stream().map(Profile::name).toList(),
                s.profiles().stream().map(Profile::reservation).toList(), s.notices());
    }

    /** The exact Pareto frontier and the bargaining solutions; above the limits TOO_LARGE. */
    public AnalysisView analyze(NegotiationScenarioRef ref, NegotiationLimits limits) {
        Scenario s = load(ref, limits.analyzeOutcomes(), limits);
        return NegotiationViews.analysis(analysis(s, ref instanceof NegotiationScenarioRef.Shipped, limits),
                s.notices());
    }

    /**
     * One session run to its end.
     *
     * @param agents one agent name per profile, in turn order
     * @param seconds a wall-clock deadline (with at most 10,000 rounds), or null for {@code rounds}
     */
    public SessionView negotiate(NegotiationScenarioRef ref, List<String> agents, int rounds, Double seconds, long seed,
            NegotiationLimits limits) {
        Scenario s = load(ref, limits.playOutcomes(), limits);
        if (agents.size() != s.profiles().size()) {
            throw new InputException("expected one agent per profile: " + s.profiles().size() + " profiles, "
                    + agents.size() + " agents");
        }
        List<Participant> ps = new ArrayList<>();
        List<PartyId> ids = NegotiationViews.partyIds(s.profiles());
        for (int i = 0; i < agents.size(); i++) {
            String name = agents.get(i);
            ps.add(new Participant(ids.get(i), s.profiles().get(i), Engine.call(() -> Agents.create(name))));
        }
        Deadline d = seconds != null ? Deadline.time(Duration.ofNanos((long) (seconds * 1e9)), 10_000)
                : Deadline.rounds(rounds);
        SessionResult r = Negotiation.run(SessionSetup.of(s.domain(), ps, d, seed));
        return NegotiationViews.session(s.profiles(), r, analysisIfSmall(s, false, limits));
    }

    /**
     * Starts a session; one agent may be {@link NegotiationPlay#PERSON}. Without a person it runs to its end at once.
     * Every problem names the request field.
     */
    public NegotiationState start(NegotiationScenarioRef ref, List<String> agents, int rounds, long seed,
            NegotiationLimits limits) {
        Scenario s = load(ref, limits.playOutcomes(), limits);
        if (agents.size() != s.profiles().size()) {
            throw new InputException("field 'agents' must be an array of " + s.profiles().size() + " agent names, one"
                    + " per profile in turn order");
        }
        boolean person = false;
        for (int i = 0; i < agents.size(); i++) {
            String name = agents.get(i);
            if (name.equals(NegotiationPlay.PERSON)) {
                if (person) {
                    throw new InputException("field 'agents[" + i + "]': only one party may be played by a person");
                }
                person = true;
            } else if (Agents.byName(name).isEmpty()) {
                throw new InputException("field 'agents[" + i + "]': unknown agent '" + name + "' (known: "
                        + String.join(", ", Agents.names()) + ", or " + NegotiationPlay.PERSON + ")");
            }
        }
        boolean shipped = ref instanceof NegotiationScenarioRef.Shipped;
        NegotiationPlay play = new NegotiationPlay(s, agents, rounds, seed, () -> analysisIfSmall(s, shipped, limits));
        play.id(sessions.add(play));
        return play.state();
    }

    public NegotiationState state(String id) {
        return sessions.get(id).state();
    }

    /** The person's move in session {@code id}; watchers are told of the new state. */
    public NegotiationState move(String id, NegotiationMove m) {
        NegotiationState s = sessions.get(id).play(m);
        sessions.publish(id, "state", s);
        return s;
    }

    public Sessions<NegotiationPlay> sessions() {
        return sessions;
    }

    Scenario load(NegotiationScenarioRef ref, long maxOutcomes, NegotiationLimits limits) {
        return ScenarioLoader.load(ref, limits.uploadsBounded() ? maxOutcomes : Long.MAX_VALUE);
    }

    /** The analysis under the limits; shipped scenarios are analysed once. */
    Analysis analysis(Scenario s, boolean shipped, NegotiationLimits limits) {
        Analyzer.Limits l = new Analyzer.Limits(limits.analyzeOutcomes(), limits.frontierPoints(), false);
        if (shipped) {
            return shippedAnalyses.computeIfAbsent(s.name() + "/" + l, k -> Analyzer.analyze(s.profiles(), l));
        }
        return Engine.call(() -> Analyzer.analyze(s.profiles(), l));
    }

    /** The analysis, or empty when the scenario is above the limits (results then carry no distances). */
    Optional<Analysis> analysisIfSmall(Scenario s, boolean shipped, NegotiationLimits limits) {
        try {
            return Optional.of(analysis(s, shipped, limits));
        } catch (TooLargeException e) {
            return Optional.empty();
        }
    }
}
