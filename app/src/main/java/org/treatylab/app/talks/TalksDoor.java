package org.treatylab.app.talks;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.treatylab.app.common.Seats;
import org.treatylab.app.common.Sessions;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.session.InMemorySessionStore;
import org.treatylab.domain.session.SessionStore;
import org.treatylab.domain.session.StoredSession;
import org.treatylab.negotiation.agent.Agents;
import org.treatylab.negotiation.analysis.Analysis;
import org.treatylab.negotiation.analysis.ParetoPoint;
import org.treatylab.talks.derive.Explanation;
import org.treatylab.talks.play.Alternatives;
import org.treatylab.talks.play.Ensemble;
import org.treatylab.talks.play.Sweep;
import org.treatylab.talks.play.Talks;
import org.treatylab.talks.scenario.Scenario;
import org.treatylab.talks.scenario.Scenarios;

/**
 * The talks' front door: scenarios, runs with engine agents, explanations, analyses, sweeps over a priority, and
 * talks in rooms where people play delegations (at the console or over HTTP, the same session), kept in a store.
 *
 * <p>Shipped scenarios are prepared once; runs of a shipped scenario are kept (the last {@value #KEPT_RUNS}).
 */
public final class TalksDoor {
    static final int KEPT_RUNS = 256;
    static final int KEPT_SCENARIOS = 8;
    /** The note given when the talks are prepared. */
    public static final String DERIVING = "deriving the delegations' preferences (restructuring under every set of "
            + "ceilings)...";
    /** Preparing the talks derives every delegation's preferences: slow, so each scenario is prepared once. */
    private final Map<Scenario, Talks> prepared = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Scenario, Talks> eldest) {
            return size() > KEPT_SCENARIOS;
        }
    });
    private final Map<String, TalksRun> runs = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TalksRun> eldest) {
            return size() > KEPT_RUNS;
        }
    });
    private final Map<String, Scenario> shipped = new ConcurrentHashMap<>();
    /** Ensembles played, by scenario (its value: a file read twice is the same scenario), spec and offers. */
    private final Map<List<Object>, Ensemble.Robustness> ensembles = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Object>, Ensemble.Robustness> eldest) {
                    return size() > KEPT_SCENARIOS;
                }
            });
    /** Rooms kept at most (the least recently played beyond it are dropped). */
    public static final int KEPT_ROOMS = 200;
    private final Sessions<TalksSession> sessions;

    /** The talks door with rooms kept in memory only (the command line). */
    public TalksDoor() {
        this(new InMemorySessionStore(), Clock.systemUTC());
    }

    /** The talks door with rooms kept in {@code store}, idle time measured on {@code clock}. */
    public TalksDoor(SessionStore store, Clock clock) {
        this.sessions = new Sessions<>("talks", "talks session", KEPT_ROOMS, store, clock, true, this::restore);
    }

    public List<ScenarioView> scenarios() {
        return Scenarios.SHIPPED.stream().map(id -> TalksViews.scenario(read(new ScenarioRef.Shipped(id)))).toList();
    }

    /** A scenario's calendar, issues and delegations (read, not prepared). */
    public ScenarioView scenario(ScenarioRef ref) {
        return TalksViews.scenario(read(ref));
    }

    /** True when the scenario gives a bilateral alternative to compare with ({@link #compare}). */
    public boolean hasBilateral(ScenarioRef ref) {
        return !read(ref).setup().bilateral().isEmpty();
    }

    /** How each option's value is derived, issue by issue. */
    public ExplainView explain(ScenarioRef ref) {
        return TalksViews.explain(Explanation.of(talks(ref).derivation()));
    }

    /** The Pareto frontier, the reservation values and the Nash point of the scenario's outcome space. */
    public TalksAnalysis analysis(ScenarioRef ref) {
        Talks t = talks(ref);
        Analysis a = t.analysis();
        List<List<Double>> front = new ArrayList<>();
        for (ParetoPoint p : a.pareto()) {
            front.add(p.utilities());
        }
        return new TalksAnalysis(t.scenario().parties().stream().map(Party::code).toList(), a.outcomes(), front,
                a.reservations(), a.nash().map(n -> new TalksAnalysis.NashPoint(n.utilities(),
                        TalksViews.terms(t.derivation().terms(n.outcome())))).orElse(null));
    }

    /**
     * Plays the talks to the end with engine agents (opponent-aware offers, no ensemble) and evaluates the result.
     *
     * @param agents agent names overriding the scenario's, by party
     */
    public TalksRun run(ScenarioRef ref, Map<Party, String> agents, long seed) {
        return run(ref, agents, seed, true, EnsembleSize.OFF, note -> { });
    }

    /**
     * Plays the talks to the end with engine agents, evaluates the result and, unless {@code ensemble} is OFF, plays
     * the ensemble and gives its distribution beside the run.
     *
     * @param agents agent names overriding the scenario's, by party
     * @param opponentAwareOffers whether time-dependent agents offer, among offers of near-equal own utility, the one
     *     best for their model of the other side (otherwise the first above their target)
     * @param progress hears a line before each slow step (preparing the talks, playing the ensemble)
     */
    public TalksRun run(ScenarioRef ref, Map<Party, String> agents, long seed, boolean opponentAwareOffers,
            EnsembleSize ensemble, Consumer<String> progress) {
        Scenario s = read(ref);
        Map<Party, String> names = agentNames(s, agents);
        Talks t = prepare(s, progress).withOpponentAwareOffers(opponentAwareOffers);
        String key = s.id() + "/" + seed + "/" + names + "/" + opponentAwareOffers;
        TalksRun run = ref instanceof ScenarioRef.Shipped ? runs.get(key) : null;
        if (run == null) {
            run = TalksViews.run(t.run(names, seed));
            if (ref instanceof ScenarioRef.Shipped) {
                runs.put(key, run);
            }
        }
        if (ensemble == EnsembleSize.OFF) {
            return run;
        }
        Ensemble.Spec spec = spec(s, ensemble);
        Ensemble.Robustness e = ensemble(t, spec, progress);
        return run.withRobustness(TalksViews.robustness(t, spec, e, t.analysis().nash().map(x -> x.outcome())
                .map(t.derivation()::terms)));
    }

    /**
     * The talks among all the scenario's parties against its bilateral alternative ({@code bilateral = A, B}), each
     * over the ensemble ({@code DEFAULT}: the scenario's own when it gives one).
     *
     * @throws InputException when the scenario gives no bilateral alternative, or the ensemble is OFF
     */
    public TalksComparison compare(ScenarioRef ref, boolean opponentAwareOffers, EnsembleSize ensemble,
            Consumer<String> progress) {
        Scenario s = read(ref);
        if (s.setup().bilateral().isEmpty()) {
            throw new InputException("scenario " + s.id() + " gives no bilateral alternative ('bilateral = A, B')");
        }
        if (ensemble == EnsembleSize.OFF) {
            throw new InputException("a comparison is made over an ensemble: --ensemble default or full");
        }
        Ensemble.Spec spec = spec(s, ensemble);
        Talks all = prepare(s, progress).withOpponentAwareOffers(opponentAwareOffers);
        Ensemble.Robustness allRuns = ensemble(all, spec, progress);
        Scenario b = s.bilateral();
        progress.accept("the bilateral alternative (" + b.parties().get(0) + " and " + b.parties().get(1) + ", "
                + b.setup().outside().stream().map(Party::code).collect(java.util.stream.Collectors.joining(", "))
                + " outside):");
        Talks two = prepare(b, progress).withOpponentAwareOffers(opponentAwareOffers);
        Ensemble.Robustness twoRuns = ensemble(two, spec, progress);
        return TalksViews.comparison(Alternatives.compare(all, allRuns, two, twoRuns));
    }

    /** The ensemble's agents and seeds: the scenario's own for DEFAULT when it gives one. */
    private static Ensemble.Spec spec(Scenario s, EnsembleSize size) {
        if (size == EnsembleSize.FULL) {
            return Ensemble.FULL;
        }
        return s.setup().ownEnsemble() ? new Ensemble.Spec(s.setup().ensembleAgents(), s.setup().ensembleSeeds())
                : Ensemble.DEFAULT;
    }

    /** The ensemble of the prepared talks (kept: a run and a comparison share it). */
    private Ensemble.Robustness ensemble(Talks t, Ensemble.Spec spec, Consumer<String> progress) {
        List<Object> key = List.of(t.scenario(), spec, t.opponentAwareOffers());
        Ensemble.Robustness e = ensembles.get(key);
        if (e == null) {
            int n = (int) Math.pow(spec.agents().size(), t.scenario().parties().size()) * spec.seeds().size();
            progress.accept("playing the ensemble: " + n + " runs...");
            e = Ensemble.run(t, spec);
            ensembles.put(key, e);
        }
        return e;
    }

    /** Runs the talks once per value of one priority ({@code PARTY.CRITERION}), the rest unchanged. */
    public TalksSweep sweep(ScenarioRef ref, String vary, List<Double> values, Map<Party, String> agents, long seed) {
        Sweep.Priority priority = Sweep.Priority.parse(vary);
        Talks t = talks(ref);
        checkAgents(agents.values());
        List<TalksSweep.Run> out = new ArrayList<>();
        for (Sweep.Row r : Sweep.run(t, priority, values, agents, seed)) {
            out.add(new TalksSweep.Run(r.value(), TalksViews.run(r.result())));
        }
        return new TalksSweep(t.scenario().id(), priority.toString(), out);
    }

    /**
     * Starts talks in which a person plays {@code play} against the engine agents and takes the seat; the answer
     * carries the seat's secret.
     */
    public TalksState start(ScenarioRef ref, Party play, Map<Party, String> agents, long seed) {
        return start(TalksStart.person(ref, play, agents, seed), note -> { });
    }

    /**
     * Starts talks in a room: the people's delegations are seats, the others engine agents, which move until a
     * person's turn. The starter takes the seat {@code play} (the answer carries its secret) or none (a watcher's
     * view). The room is kept in the store from here on.
     *
     * @param progress hears a line before preparing the talks
     */
    public TalksState start(TalksStart r, Consumer<String> progress) {
        Scenario scenario = read(r.scenario());
        if (r.people().isEmpty()) {
            throw new InputException("talks in a room need at least one delegation played by a person (for engine "
                    + "agents alone, run the talks)");
        }
        for (Party p : r.people()) {
            if (!scenario.parties().contains(p)) {
                throw new InputException(p + " is not a delegation of " + scenario.id() + " (delegations: "
                        + scenario.parties() + ")");
            }
        }
        Map<Party, String> names = agentNames(scenario, r.agents());
        Map<String, String> players = new LinkedHashMap<>();
        for (Party p : scenario.parties()) {
            players.put(p.code(), r.people().contains(p) ? Seats.PERSON : names.get(p));
        }
        TalksGameSpec spec = new TalksGameSpec(refText(r.scenario(), scenario), r.seed(), r.opponentAwareOffers(),
                r.classroom(), players);
        Talks t = prepare(scenario, progress).withOpponentAwareOffers(r.opponentAwareOffers());
        String id = sessions.newId();
        TalksSession game = new TalksSession(id, t, spec, sessions);
        TalksState seen = game.seatStarter(r.play());
        sessions.add(id, game, spec.encode(), game.seatsState(), List.of());
        return seen;
    }

    /** Takes a seat of room {@code id} (the first open one when {@code party} is null); the answer has its secret. */
    public TalksState join(String id, Party party) {
        TalksState s = session(id).join(party == null ? null : party.code());
        published(id);
        return s;
    }

    /** What the holder of {@code secret} sees (a watcher without one; FORBIDDEN for a wrong one). */
    public TalksState state(String id, String secret) {
        TalksSession g = session(id);
        return g.state(g.viewer(secret));
    }

    /** A seat's move (see {@link TalksSession#move}); watchers are told. */
    public TalksState move(String id, String secret, TalksMoveRequest m) {
        TalksState s = session(id).move(secret, m);
        published(id);
        return s;
    }

    /** A seat's {@code n} best outcomes with its value of each, best first. */
    public List<RankedTerms> best(String id, String secret, int n) {
        return session(id).best(secret, n);
    }

    /** The room's talks by id; NOT_FOUND when unknown (rebuilt from the store after a restart). */
    public TalksSession session(String id) {
        return sessions.get(id);
    }

    /** The rooms, for watchers of their changes. */
    public Sessions<TalksSession> sessions() {
        return sessions;
    }

    private void published(String id) {
        TalksSession g = sessions.get(id);
        sessions.publish(id, "state", g::state);
    }

    /** Rebuilds kept talks: the scenario prepared once, the people's moves played again. */
    private TalksSession restore(StoredSession stored) {
        TalksGameSpec spec = TalksGameSpec.decode(stored.spec());
        ScenarioRef ref = spec.scenario().startsWith("shipped:") ? new ScenarioRef.Shipped(spec.scenario().substring(8))
                : new ScenarioRef.NameOrFile(spec.scenario().substring(5));
        Talks t = prepare(read(ref), note -> { }).withOpponentAwareOffers(spec.opponentAwareOffers());
        return TalksSession.restore(stored, t, sessions);
    }

    private static String refText(ScenarioRef ref, Scenario s) {
        if (ref instanceof ScenarioRef.Shipped || Scenarios.SHIPPED.contains(s.id())
                && !java.nio.file.Files.exists(java.nio.file.Path.of(((ScenarioRef.NameOrFile) ref).value()))) {
            return "shipped:" + s.id();
        }
        return "file:" + java.nio.file.Path.of(((ScenarioRef.NameOrFile) ref).value()).toAbsolutePath();
    }

    private Talks talks(ScenarioRef ref) {
        return prepare(read(ref), note -> { });
    }

    /** The talks of a scenario, prepared once (the note is given when they are prepared now). */
    private Talks prepare(Scenario s, Consumer<String> progress) {
        Talks t = prepared.get(s);
        if (t == null) {
            progress.accept(DERIVING);
            t = Talks.prepare(s);
            prepared.put(s, t);
        }
        return t;
    }

    /** Reads the scenario a reference names; a shipped one once. */
    private Scenario read(ScenarioRef ref) {
        if (ref instanceof ScenarioRef.Shipped s) {
            if (!Scenarios.SHIPPED.contains(s.id())) {
                throw InputException.notFound("no talks scenario '" + s.id() + "' (shipped: " + Scenarios.SHIPPED + ")");
            }
            return shipped.computeIfAbsent(s.id(), Scenarios::resolve);
        }
        String value = ((ScenarioRef.NameOrFile) ref).value();
        if (Scenarios.SHIPPED.contains(value) && !java.nio.file.Files.exists(java.nio.file.Path.of(value))) {
            return read(new ScenarioRef.Shipped(value));
        }
        return Scenarios.resolve(value);
    }

    /** The scenario's agents with the overrides, each a known agent. */
    private static Map<Party, String> agentNames(Scenario s, Map<Party, String> overrides) {
        Map<Party, String> names = new LinkedHashMap<>();
        for (Party p : s.parties()) {
            names.put(p, overrides.getOrDefault(p, s.delegation(p).agent()));
        }
        checkAgents(names.values());
        return names;
    }

    private static void checkAgents(java.util.Collection<String> names) {
        for (String n : names) {
            if (Agents.byName(n).isEmpty()) {
                throw new InputException("unknown agent '" + n + "' (known: " + String.join(", ", Agents.names()) + ")");
            }
        }
    }
}
