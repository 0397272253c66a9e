package org.treatylab.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.negotiation.agent.Agents;
import org.treatylab.negotiation.io.Scenario;
import org.treatylab.negotiation.io.Scenarios;
import org.treatylab.negotiation.preference.Profile;
import org.treatylab.report.NegotiationViews;

/**
 * Routes over the general negotiation engine: agents, shipped scenarios, analysis of a shipped or uploaded scenario,
 * and sessions (agents only, run to the end at once, or with a person who moves through the API).
 */
final class NegotiationRoutes {
    static final int MAX_ROUNDS = 1000;
    private static final String SCENARIO_BODY = "{scenario: NAME} or {domain: FILE, profiles: [FILE, ...]}, "
            + "FILE = {name: ending in .xml (GENIUS) or .json (GeniusWeb), text}";

    private final LiveRegistry<NegotiationPlay> sessions = new LiveRegistry<>("negotiation-", 50);

    List<Route> routes() {
        return List.of(
                Route.get("/api/negotiation/agents", "negotiation", "The named agents (strategies) and their sources")
                        .handle(ctx -> ctx.json(Agents.all().stream().map(NegotiationRoutes::agent).toList())),
                Route.get("/api/negotiation/scenarios", "negotiation", "Shipped scenarios: issues and profiles")
                        .handle(ctx -> ctx.json(Scenarios.shippedNames().stream()
                                .map(n -> scenario(Scenarios.shipped(n))).toList())),
                Route.post("/api/negotiation/analyze", "negotiation", "Exact Pareto frontier and bargaining solutions "
                        + "(the JSON of 'treatylab analyze --format json')")
                        .json(SCENARIO_BODY, "{\"scenario\": \"lease-genius\"}")
                        .answers(404, "no such shipped scenario")
                        .answers(422, "the analysis is above the server's limits").handle(this::analyze),
                Route.post("/api/negotiation/sessions", "negotiation", "Start a session; one party may be a person. "
                        + "Without a person it runs to its end at once")
                        .json(SCENARIO_BODY + ", agents: [NAME or person, one per profile], rounds?: 1-" + MAX_ROUNDS
                                + " (180), seed?: integer (1)",
                                "{\"scenario\": \"lease-genius\", \"agents\": [\"boulware\", \"person\"], "
                                        + "\"rounds\": 20, \"seed\": 1}")
                        .answers(201, "started; the state (with 'result' once over, the JSON of 'treatylab negotiate "
                                + "--format json')")
                        .answers(404, "no such shipped scenario").handle(this::start),
                Route.get("/api/negotiation/sessions/{id}", "negotiation", "A session's state (poll)")
                        .answers(404, "no such session")
                        .handle(ctx -> ctx.json(sessions.get(ctx.pathParam("id")).state())),
                Route.post("/api/negotiation/sessions/{id}/moves", "negotiation", "The person's move: offer, accept "
                        + "or end")
                        .json("{move: offer|accept|end, outcome?: {issue: value} (offer; with accept, the offer "
                                + "accepted), party?: the person's party}",
                                "{\"move\": \"offer\", \"outcome\": {\"rent\": 10, \"term\": \"1 year\", \"pets\": "
                                        + "\"cats\", \"furnished\": \"no\"}}")
                        .answers(404, "no such session")
                        .answers(409, "not the person's move now (no person plays, the session is over, out of turn, "
                                + "nothing to accept, or the offer on the table changed); nothing is changed")
                        .handle(this::move),
                Route.get("/api/negotiation/sessions/{id}/events", "negotiation", "Server-sent events: the state "
                        + "now and after each move").answers(404, "no such session")
                        .handle(sessions.events(NegotiationPlay::state)));
    }

    private void analyze(Context ctx) {
        JsonNode body = Requests.json(ctx);
        Scenario s = NegotiationInput.scenario(body, NegotiationInput.ANALYZE_OUTCOMES);
        boolean shipped = body.hasNonNull("scenario");
        ctx.json(NegotiationViews.analysis(NegotiationInput.engine(() -> NegotiationInput.analyze(s, shipped)),
                s.notices()));
    }

    private void start(Context ctx) {
        JsonNode body = Requests.json(ctx);
        Scenario s = NegotiationInput.scenario(body, NegotiationInput.PLAY_OUTCOMES);
        List<String> agents = NegotiationInput.agents(body, s.profiles().size(), true);
        int rounds = (int) Requests.number(body, "rounds", 180, 1, MAX_ROUNDS);
        long seed = Requests.number(body, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        NegotiationPlay play = NegotiationPlay.start(s, body.hasNonNull("scenario"), agents, rounds, seed);
        play.id(sessions.add(play));
        ctx.status(201).json(play.state());
    }

    private void move(Context ctx) {
        String id = ctx.pathParam("id");
        NegotiationPlay play = sessions.get(id);
        NegotiationPlay.Request r = NegotiationPlay.Request.parse(play.scenario(), Requests.json(ctx));
        Map<String, Object> state = play.play(r);
        sessions.publish(id, "state", state);
        ctx.json(state);
    }

    private static Map<String, Object> agent(Agents.Spec a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.name());
        m.put("description", a.description());
        m.put("source", a.source());
        return m;
    }

    private static Map<String, Object> scenario(Scenario s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("domain", s.domain().name());
        m.put("outcomes", s.domain().outcomeCount());
        m.put("issues", OutcomeInput.issues(s.domain()));
        m.put("profiles", s.profiles().stream().map(Profile::name).toList());
        m.put("reservations", s.profiles().stream().map(Profile::reservation).toList());
        return m;
    }
}
