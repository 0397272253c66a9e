package org.treatylab.server.negotiation;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.treatylab.app.negotiation.AgentView;
import org.treatylab.app.negotiation.AnalysisView;
import org.treatylab.app.negotiation.NegotiationDoor;
import org.treatylab.app.negotiation.NegotiationLimits;
import org.treatylab.app.negotiation.NegotiationMove;
import org.treatylab.app.negotiation.NegotiationScenarioView;
import org.treatylab.app.negotiation.NegotiationStart;
import org.treatylab.app.negotiation.NegotiationState;
import org.treatylab.server.http.Answers;
import org.treatylab.server.http.ApiError;
import org.treatylab.server.http.EventStreams;
import org.treatylab.server.http.Requests;
import org.treatylab.server.http.Route;

/**
 * Routes over the general negotiation engine: agents, shipped scenarios, analysis of a shipped or uploaded scenario,
 * and sessions in rooms (agents only, run to the end at once, or with people in seats who move through the API).
 */
public final class NegotiationRoutes {
    private final NegotiationDoor door;

    public NegotiationRoutes(NegotiationDoor door) {
        this.door = door;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/negotiation/agents", "negotiation", "The named agents (strategies) and their sources")
                        .returnsList(AgentView.class).handle(ctx -> Answers.json(ctx, door.agents())),
                Route.get("/api/negotiation/scenarios", "negotiation", "Shipped scenarios: issues and profiles")
                        .returnsList(NegotiationScenarioView.class).handle(ctx -> Answers.json(ctx, door.scenarios())),
                Route.post("/api/negotiation/analyze", "negotiation", "Exact Pareto frontier and bargaining solutions "
                        + "(the JSON of 'treatylab analyze --format json')")
                        .json(Bodies.NegotiationScenarioBody.class, "scenario (a shipped name) or domain with profiles"
                                + " (files {name: ending in .xml (GENIUS) or .json (GeniusWeb), text})",
                                "{\"scenario\": \"lease-genius\"}")
                        .returns(AnalysisView.class).answers(404, "no such shipped scenario")
                        .answers(422, "the analysis is above the server's limits").handle(this::analyze),
                Route.post("/api/negotiation/sessions", "negotiation", "Start a session in a room; parties may be "
                        + "played by people (seats). Without a person it runs to its end at once")
                        .json(Bodies.NegotiationSessionBody.class, "the scenario, agents (a name or person, one per "
                                + "profile), rounds (1-" + NegotiationDoor.MAX_ROUNDS + ", 180), seed (1), play (the "
                                + "party whose seat you take; by default the only person's), classroom (watchers see "
                                + "every party's utilities live)",
                                "{\"scenario\": \"lease-genius\", \"agents\": [\"boulware\", \"person\"], "
                                        + "\"rounds\": 20, \"seed\": 1}")
                        .returns(NegotiationState.class)
                        .answers(201, "started; the state as your seat sees it (with its seat_secret) or a watcher "
                                + "sees it (with 'result' once over, the JSON of 'treatylab negotiate --format json')")
                        .answers(404, "no such shipped scenario").handle(this::start),
                Route.get("/api/negotiation/sessions/{id}", "negotiation", "A session as a seat (?seat=SECRET) or a "
                        + "watcher sees it (poll)").query("seat", "string", "the seat's secret (a watcher without it)")
                        .returns(NegotiationState.class).answers(403, "the secret is no seat's")
                        .answers(404, "no such session")
                        .handle(ctx -> Answers.json(ctx, door.state(ctx.pathParam("id"), ctx.queryParam("seat")))),
                Route.post("/api/negotiation/sessions/{id}/seats", "negotiation", "Take a seat (a party played by a "
                        + "person)")
                        .json(Bodies.NegotiationSeatBody.class, "party (the seat to take; the first open one when "
                                + "absent)", "{\"party\": \"Tenant\"}")
                        .returns(NegotiationState.class).answers(201, "taken; the state as the seat sees it, with its"
                                + " seat_secret (given only here)")
                        .answers(404, "no such session").answers(409, "the seat is taken, or every seat is")
                        .handle(this::join),
                Route.post("/api/negotiation/sessions/{id}/moves", "negotiation", "A seat's move: offer, accept "
                        + "or end").query("seat", "string", "the seat's secret")
                        .json(Bodies.NegotiationMoveBody.class, "move (offer, accept or end), outcome ({issue: value}; with"
                                + " accept, the offer accepted), party (the seat's party), round (the round you saw)",
                                "{\"move\": \"offer\", \"outcome\": {\"rent\": 10, \"term\": \"1 year\", \"pets\": "
                                        + "\"cats\", \"furnished\": \"no\"}}")
                        .returns(NegotiationState.class).answers(403, "no seat's secret (watchers cannot move)")
                        .answers(404, "no such session")
                        .answers(409, "not the seat's move now (no person plays, the session is over, a round "
                                + "already played, out of turn, nothing to accept, or the offer on the table "
                                + "changed); nothing is changed")
                        .handle(this::move),
                Route.get("/api/negotiation/sessions/{id}/events", "negotiation", "Server-sent events: the state "
                        + "(as the seat ?seat=SECRET or a watcher sees it) now and after each move")
                        .query("seat", "string", "the seat's secret (a watcher without it)")
                        .returnsText("text/event-stream").answers(403, "the secret is no seat's")
                        .answers(404, "no such session")
                        .handle(EventStreams.of(door.sessions(), (id, secret) -> door.sessions().get(id)
                                .viewer(secret), (id, viewer) -> door.sessions().get(id).state(viewer))));
    }

    private void analyze(Context ctx) {
        JsonNode body = Requests.json(ctx);
        Answers.json(ctx, door.analyze(NegotiationRequests.scenario(body, shippedNames()), NegotiationLimits.SERVER));
    }

    private List<String> shippedNames() {
        return door.scenarios().stream().map(NegotiationScenarioView::name).toList();
    }

    private void start(Context ctx) {
        JsonNode body = Requests.json(ctx);
        var scenario = NegotiationRequests.scenario(body, shippedNames());
        JsonNode a = body.get("agents");
        if (a == null || !a.isArray()) {
            throw ApiError.badRequest("field 'agents' must be an array of agent names, one per profile in turn order");
        }
        List<String> agents = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).isTextual()) {
                throw ApiError.badRequest("field 'agents[" + i + "]' must be a string");
            }
            agents.add(a.get(i).asText());
        }
        int rounds = (int) Requests.number(body, "rounds", 180, 1, NegotiationDoor.MAX_ROUNDS);
        long seed = Requests.number(body, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        Answers.json(ctx, 201, door.start(new NegotiationStart(scenario, agents, rounds, seed,
                Requests.text(body, "play"), Requests.flag(body, "classroom"), NegotiationLimits.SERVER)));
    }

    private void join(Context ctx) {
        String id = ctx.pathParam("id");
        door.state(id);
        String party = ctx.body().isBlank() ? null : Requests.text(Requests.json(ctx), "party");
        Answers.json(ctx, 201, door.join(id, party));
    }

    private void move(Context ctx) {
        String id = ctx.pathParam("id");
        door.state(id);
        JsonNode body = Requests.json(ctx);
        JsonNode r = body.get("round");
        Integer round = r == null || r.isNull() ? null : (int) Requests.number(body, "round", 0, 1, 100_000);
        Answers.json(ctx, door.move(id, ctx.queryParam("seat"), new NegotiationMove(Requests.requiredText(body,
                "move"), NegotiationRequests.outcome(body.get("outcome")), Requests.text(body, "party"), round)));
    }
}
