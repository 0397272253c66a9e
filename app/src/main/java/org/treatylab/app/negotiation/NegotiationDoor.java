package org.treatylab.app.negotiation;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.treatylab.app.common.Sessions;
import org.treatylab.domain.InputException;
import org.treatylab.domain.session.InMemorySessionStore;
import org.treatylab.domain.session.SessionStore;
import org.treatylab.domain.session.StoredSession;
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
    /** Sessions kept at most (the least recently played beyond it are dropped). */
    public static final int KEPT_SESSIONS = 50;
    private final Sessions<NegotiationPlay> sessions;

    /** The door with sessions kept in memory only (the command line). */
    public NegotiationDoor() {
        this(new InMemorySessionStore(), Clock.systemUTC());
    }

    /** The door with sessions kept in {@code store}, idle time measured on {@code clock}. */
    public NegotiationDoor(SessionStore store, Clock clock) {
        this.sessions = new Sessions<>("negotiation", "negotiation session", KEPT_SESSIONS, store, clock, true,
                this::restore);
    }

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
     * Starts a session; agents named {@link NegotiationPlay#PERSON} are seats for people. Without a person it runs to
     * its end at once. The starter takes the only person's seat when there is one (the answer carries its secret).
     * Every problem names the request field.
     */
    public NegotiationState start(NegotiationScenarioRef ref, List<String> agents, int rounds, long seed,
            NegotiationLimits limits) {
        return start(new NegotiationStart(ref, agents, rounds, seed, null, false, limits));
    }

    /**
     * Starts a session in a room: agents named {@link NegotiationPlay#PERSON} are seats; the starter takes the seat
     * {@code play} (or the only person's seat when there is exactly one), else watches. Kept in the store from here.
     */
    public NegotiationState start(NegotiationStart r) {
        Scenario s = load(r.scenario(), r.limits().playOutcomes(), r.limits());
        List<String> agents = r.agents();
        if (agents.size() != s.profiles().size()) {
            throw new InputException("field 'agents' must be an array of " + s.profiles().size() + " agent names, one"
                    + " per profile in turn order");
        }
        int people = 0;
        int only = -1;
        for (int i = 0; i < agents.size(); i++) {
            String name = agents.get(i);
            if (name.equals(NegotiationPlay.PERSON)) {
                people++;
                only = i;
            } else if (Agents.byName(name).isEmpty()) {
                throw new InputException("field 'agents[" + i + "]': unknown agent '" + name + "' (known: "
                        + String.join(", ", Agents.names()) + ", or " + NegotiationPlay.PERSON + ")");
            }
        }
        String play = r.play() != null ? r.play() : people == 1
                ? NegotiationViews.partyIds(s.profiles()).get(only).name() : null;
        String id = sessions.newId();
        NegotiationPlay game = new NegotiationPlay(id, s, r, analysisOf(s, r), sessions);
        NegotiationState seen = game.seatStarter(play);
        sessions.add(id, game, NegotiationSpec.encode(r), game.seatsState(), List.of());
        return seen;
    }

    private java.util.function.Supplier<Optional<Analysis>> analysisOf(Scenario s, NegotiationStart r) {
        boolean shipped = r.scenario() instanceof NegotiationScenarioRef.Shipped;
        return () -> analysisIfSmall(s, shipped, r.limits());
    }

    private NegotiationPlay restore(StoredSession stored) {
        NegotiationStart r = NegotiationSpec.decode(stored.spec());
        Scenario s = load(r.scenario(), r.limits().playOutcomes(), r.limits());
        return NegotiationPlay.restore(stored, s, r, analysisOf(s, r), sessions);
    }

    /** What the holder of {@code secret} sees (a watcher without one; FORBIDDEN for a wrong one). */
    public NegotiationState state(String id, String secret) {
        NegotiationPlay p = sessions.get(id);
        return p.state(p.viewer(secret));
    }

    /** A watcher's view of session {@code id}. */
    public NegotiationState state(String id) {
        return state(id, null);
    }

    /** Takes a seat of room {@code id} (the first open one when {@code party} is null); the answer has its secret. */
    public NegotiationState join(String id, String party) {
        NegotiationState s = sessions.get(id).join(party);
        published(id);
        return s;
    }

    /** A seat's move in session {@code id}; watchers are told of the new state. */
    public NegotiationState move(String id, String secret, NegotiationMove m) {
        NegotiationState s = sessions.get(id).play(secret, m);
        published(id);
        return s;
    }

    private void published(String id) {
        NegotiationPlay p = sessions.get(id);
        sessions.publish(id, "state", p::state);
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
