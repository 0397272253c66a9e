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
import org.treatylab.app.negotiation.NegotiationState;
import org.treatylab.server.http.Answers;
import org.treatylab.server.http.ApiError;
import org.treatylab.server.http.EventStreams;
import org.treatylab.server.http.Requests;
import org.treatylab.server.http.Route;

/**
 * Routes over the general negotiation engine: agents, shipped scenarios, analysis of a shipped or uploaded scenario,
 * and sessions (agents only, run to the end at once, or with a person who moves through the API).
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
                Route.post("/api/negotiation/sessions", "negotiation", "Start a session; one party may be a person. "
                        + "Without a person it runs to its end at once")
                        .json(Bodies.NegotiationSessionBody.class, "the scenario, agents (a name or person, one per profile),"
                                + " rounds (1-" + NegotiationDoor.MAX_ROUNDS + ", 180), seed (1)",
                                "{\"scenario\": \"lease-genius\", \"agents\": [\"boulware\", \"person\"], "
                                        + "\"rounds\": 20, \"seed\": 1}")
                        .returns(NegotiationState.class)
                        .answers(201, "started; the state (with 'result' once over, the JSON of 'treatylab negotiate "
                                + "--format json')")
                        .answers(404, "no such shipped scenario").handle(this::start),
                Route.get("/api/negotiation/sessions/{id}", "negotiation", "A session's state (poll)")
                        .returns(NegotiationState.class).answers(404, "no such session")
                        .handle(ctx -> Answers.json(ctx, door.state(ctx.pathParam("id")))),
                Route.post("/api/negotiation/sessions/{id}/moves", "negotiation", "The person's move: offer, accept "
                        + "or end")
                        .json(Bodies.NegotiationMoveBody.class, "move (offer, accept or end), outcome ({issue: value}; with"
                                + " accept, the offer accepted), party (the person's party)",
                                "{\"move\": \"offer\", \"outcome\": {\"rent\": 10, \"term\": \"1 year\", \"pets\": "
                                        + "\"cats\", \"furnished\": \"no\"}}")
                        .returns(NegotiationState.class).answers(404, "no such session")
                        .answers(409, "not the person's move now (no person plays, the session is over, out of turn, "
                                + "nothing to accept, or the offer on the table changed); nothing is changed")
                        .handle(this::move),
                Route.get("/api/negotiation/sessions/{id}/events", "negotiation", "Server-sent events: the state "
                        + "now and after each move").returnsText("text/event-stream")
                        .answers(404, "no such session")
                        .handle(EventStreams.of(door.sessions(), door::state)));
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
        Answers.json(ctx, 201, door.start(scenario, agents, rounds, seed, NegotiationLimits.SERVER));
    }

    private void move(Context ctx) {
        String id = ctx.pathParam("id");
        door.state(id);
        JsonNode body = Requests.json(ctx);
        Answers.json(ctx, door.move(id, new NegotiationMove(Requests.requiredText(body, "move"),
                NegotiationRequests.outcome(body.get("outcome")), Requests.text(body, "party"))));
    }
}
