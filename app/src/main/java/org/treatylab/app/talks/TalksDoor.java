package org.treatylab.app.talks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.treatylab.app.common.Sessions;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.negotiation.agent.Agents;
import org.treatylab.negotiation.analysis.Analysis;
import org.treatylab.negotiation.analysis.ParetoPoint;
import org.treatylab.negotiation.protocol.Agent;
import org.treatylab.negotiation.protocol.ExternalAgent;
import org.treatylab.talks.derive.Explanation;
import org.treatylab.talks.play.Sweep;
import org.treatylab.talks.play.Talks;
import org.treatylab.talks.scenario.Scenario;
import org.treatylab.talks.scenario.Scenarios;

/**
 * The talks' front door: scenarios, runs with engine agents, explanations, analyses, sweeps over a priority, and
 * talks in which a person plays one delegation (at the console or over HTTP, the same session).
 *
 * <p>Shipped scenarios are prepared once; runs of a shipped scenario are kept (the last {@value #KEPT_RUNS}).
 */
public final class TalksDoor {
    static final int KEPT_RUNS = 256;
    private final Map<String, Talks> prepared = new ConcurrentHashMap<>();
    private final Map<String, TalksRun> runs = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TalksRun> eldest) {
            return size() > KEPT_RUNS;
        }
    });
    private final Sessions<TalksSession> sessions = new Sessions<>("talks-", "talks session", 200);

    public List<ScenarioView> scenarios() {
        return Scenarios.SHIPPED.stream().map(id -> TalksViews.scenario(talks(new ScenarioRef.Shipped(id)).scenario()))
                .toList();
    }

    public ScenarioView scenario(ScenarioRef ref) {
        return TalksViews.scenario(talks(ref).scenario());
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
     * Plays the talks to the end with engine agents and evaluates the result.
     *
     * @param agents agent names overriding the scenario's, by party
     */
    public TalksRun run(ScenarioRef ref, Map<Party, String> agents, long seed) {
        Talks t = talks(ref);
        Map<Party, String> names = agentNames(t, agents);
        if (!(ref instanceof ScenarioRef.Shipped)) {
            return TalksViews.run(t.run(names, seed));
        }
        String key = t.scenario().id() + "/" + seed + "/" + names;
        TalksRun kept = runs.get(key);
        if (kept == null) {
            kept = TalksViews.run(t.run(names, seed));
            runs.put(key, kept);
        }
        return kept;
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

    /** Starts talks in which a person plays {@code play}; the engine agents move until the person's turn. */
    public TalksSession start(ScenarioRef ref, Party play, Map<Party, String> agents, long seed) {
        Talks t = talks(ref);
        if (!t.scenario().parties().contains(play)) {
            throw new InputException(play + " is not a delegation of " + t.scenario().id());
        }
        Map<Party, String> names = agentNames(t, agents);
        Map<Party, Agent> live = new LinkedHashMap<>();
        for (Party p : t.scenario().parties()) {
            live.put(p, p.equals(play) ? new ExternalAgent() : Agents.create(names.get(p)));
        }
        names.put(play, "person");
        TalksSession s = new TalksSession(t, play, names, seed, t.session(live, seed));
        s.id(sessions.add(s));
        return s;
    }

    /** A person's talks by id; NOT_FOUND when unknown. */
    public TalksSession session(String id) {
        return sessions.get(id);
    }

    /** The sessions, for watchers of their changes. */
    public Sessions<TalksSession> sessions() {
        return sessions;
    }

    /** The person's offer in session {@code id} (see {@link TalksSession#offer}); watchers are told. */
    public TalksState offer(String id, Map<String, String> changes) {
        return published(id, session(id).offer(changes));
    }

    public TalksState accept(String id) {
        return published(id, session(id).accept());
    }

    public TalksState end(String id) {
        return published(id, session(id).end());
    }

    private TalksState published(String id, TalksState s) {
        sessions.publish(id, "state", s);
        return s;
    }

    private Talks talks(ScenarioRef ref) {
        if (ref instanceof ScenarioRef.Shipped s) {
            if (!Scenarios.SHIPPED.contains(s.id())) {
                throw InputException.notFound("no talks scenario '" + s.id() + "' (shipped: " + Scenarios.SHIPPED + ")");
            }
            return prepared.computeIfAbsent(s.id(), k -> Talks.prepare(Scenarios.resolve(k)));
        }
        String value = ((ScenarioRef.NameOrFile) ref).value();
        if (Scenarios.SHIPPED.contains(value) && !java.nio.file.Files.exists(java.nio.file.Path.of(value))) {
            return talks(new ScenarioRef.Shipped(value));
        }
        Scenario s = Scenarios.resolve(value);
        return Talks.prepare(s);
    }

    private static Map<Party, String> agentNames(Talks t, Map<Party, String> overrides) {
        Map<Party, String> names = t.agentNames(overrides);
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
