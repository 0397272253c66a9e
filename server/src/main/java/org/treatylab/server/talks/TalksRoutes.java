package org.treatylab.server.talks;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.app.talks.EnsembleSize;
import org.treatylab.app.talks.ExplainView;
import org.treatylab.app.talks.ScenarioRef;
import org.treatylab.app.talks.ScenarioView;
import org.treatylab.app.talks.TalksAnalysis;
import org.treatylab.app.talks.TalksComparison;
import org.treatylab.app.talks.TalksDoor;
import org.treatylab.app.talks.TalksRun;
import org.treatylab.app.talks.TalksState;
import org.treatylab.app.talks.TalksSweep;
import org.treatylab.domain.Party;
import org.treatylab.server.http.Answers;
import org.treatylab.server.http.ApiError;
import org.treatylab.server.http.EventStreams;
import org.treatylab.server.http.Requests;
import org.treatylab.server.http.Route;

/** Routes over the talks door: scenarios, runs, explanations, sweeps, and talks played by a person move by move. */
public final class TalksRoutes {
    private final TalksDoor door;

    public TalksRoutes(TalksDoor door) {
        this.door = door;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/talks/scenarios", "talks", "Shipped talks scenarios").returnsList(ScenarioView.class)
                        .handle(ctx -> Answers.json(ctx, door.scenarios())),
                Route.get("/api/talks/scenarios/{id}", "talks", "One scenario: calendar, issues, delegations")
                        .returns(ScenarioView.class).answers(404, "no such scenario")
                        .handle(ctx -> Answers.json(ctx, door.scenario(shipped(ctx)))),
                Route.get("/api/talks/scenarios/{id}/explain", "talks", "How each option's value is derived")
                        .returns(ExplainView.class).answers(404, "no such scenario")
                        .handle(ctx -> Answers.json(ctx, door.explain(shipped(ctx)))),
                Route.get("/api/talks/scenarios/{id}/analysis", "talks", "Pareto frontier, Nash point, reservations")
                        .returns(TalksAnalysis.class).answers(404, "no such scenario")
                        .handle(ctx -> Answers.json(ctx, door.analysis(shipped(ctx)))),
                Route.get("/api/talks/scenarios/{id}/comparison", "talks", "The talks among all parties against the"
                        + " scenario's bilateral alternative (the others outside), each over the scenario's ensemble")
                        .returns(TalksComparison.class).answers(404, "no such scenario")
                        .answers(400, "the scenario gives no bilateral alternative")
                        .handle(ctx -> Answers.json(ctx, door.compare(shipped(ctx), true, EnsembleSize.DEFAULT,
                                note -> { }))),
                Route.post("/api/talks/runs", "talks", "Play the talks with engine agents and evaluate the result")
                        .json(Bodies.TalksRunBody.class, "scenario, seed (1), agents ({US: name, RU: name, CN: name})",
                                "{\"scenario\": \"start-2009\", \"seed\": 1, \"agents\": {\"US\": \"boulware\"}}")
                        .returns(TalksRun.class).answers(404, "no such scenario").handle(this::run),
                Route.post("/api/talks/sweeps", "talks", "Run the talks once per value of one priority")
                        .json(Bodies.TalksSweepBody.class, "scenario, vary (PARTY.CRITERION), values (1 to 20 weights),"
                                + " seed, agents",
                                "{\"scenario\": \"start-2009\", \"vary\": \"RU.missile_defense\", \"values\": [0, 0.2]}")
                        .returns(TalksSweep.class).handle(this::sweep),
                Route.post("/api/talks/sessions", "talks", "Start talks in which a person plays one delegation")
                        .json(Bodies.TalksSessionBody.class, "scenario, play (a delegation: US, RU or CN), seed, agents",
                                "{\"scenario\": \"start-2009\", \"play\": \"RU\", \"seed\": 1}")
                        .returns(TalksState.class).answers(201, "started; the state is returned").handle(this::start),
                Route.get("/api/talks/sessions/{id}", "talks", "The state of a person's talks (poll)")
                        .returns(TalksState.class).answers(404, "no such session")
                        .handle(ctx -> Answers.json(ctx, door.session(ctx.pathParam("id")).state())),
                Route.post("/api/talks/sessions/{id}/moves", "talks", "The person's move: offer, accept or end")
                        .json(Bodies.TalksMoveBody.class, "move (offer, accept or end), terms ({issue: option}) for an"
                                + " offer", "{\"move\": \"offer\", \"terms\": {\"warheads\": \"1550\"}}")
                        .returns(TalksState.class).answers(404, "no such session").answers(409, "the talks are over")
                        .handle(this::move),
                Route.get("/api/talks/sessions/{id}/events", "talks", "Server-sent events: the state after each move")
                        .returnsText("text/event-stream").answers(404, "no such session")
                        .handle(EventStreams.of(door.sessions(), id -> door.session(id).state())));
    }

    private static ScenarioRef shipped(Context ctx) {
        return new ScenarioRef.Shipped(ctx.pathParam("id"));
    }

    private static long seed(JsonNode body) {
        return Requests.number(body, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** {@code agents}: party code to agent name. */
    private static Map<Party, String> agents(JsonNode body) {
        Map<Party, String> out = new LinkedHashMap<>();
        JsonNode a = body.get("agents");
        if (a == null || a.isNull()) {
            return out;
        }
        if (!a.isObject()) {
            throw ApiError.badRequest("field 'agents' must be an object like {\"US\": \"boulware\"}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(Requests.party("agents", e.getKey()), e.getValue().asText());
        }
        return out;
    }

    private static ScenarioRef scenario(JsonNode body) {
        return new ScenarioRef.Shipped(Requests.requiredText(body, "scenario"));
    }

    private void run(Context ctx) {
        JsonNode body = Requests.json(ctx);
        ScenarioRef s = scenario(body);
        Answers.kept(ctx, door.run(s, agents(body), seed(body)));
    }

    private void sweep(Context ctx) {
        JsonNode body = Requests.json(ctx);
        ScenarioRef s = scenario(body);
        String vary = Requests.requiredText(body, "vary");
        JsonNode vs = body.get("values");
        if (vs == null || !vs.isArray() || vs.isEmpty() || vs.size() > 20) {
            throw ApiError.badRequest("field 'values' must be an array of 1 to 20 numbers");
        }
        List<Double> values = new ArrayList<>();
        for (JsonNode v : vs) {
            if (!v.isNumber() || v.asDouble() < 0) {
                throw ApiError.badRequest("field 'values' must hold numbers >= 0, got " + v);
            }
            values.add(v.asDouble());
        }
        Answers.json(ctx, door.sweep(s, vary, values, agents(body), seed(body)));
    }

    private void start(Context ctx) {
        JsonNode body = Requests.json(ctx);
        ScenarioRef s = scenario(body);
        Party me = Requests.party("play", Requests.requiredText(body, "play"));
        Answers.json(ctx, 201, door.start(s, me, agents(body), seed(body)).state());
    }

    private void move(Context ctx) {
        String id = ctx.pathParam("id");
        door.session(id);
        JsonNode body = Requests.json(ctx);
        String kind = Requests.requiredText(body, "move");
        TalksState state = switch (kind) {
            case "accept" -> door.accept(id);
            case "end" -> door.end(id);
            case "offer" -> door.offer(id, terms(body.get("terms")));
            default -> throw ApiError.badRequest("field 'move' must be offer, accept or end, got '" + kind + "'");
        };
        Answers.json(ctx, state);
    }

    private static Map<String, String> terms(JsonNode terms) {
        Map<String, String> out = new LinkedHashMap<>();
        if (terms == null || terms.isNull()) {
            return out;
        }
        if (!terms.isObject()) {
            throw ApiError.badRequest("field 'terms' must be an object of issue to option");
        }
        terms.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
