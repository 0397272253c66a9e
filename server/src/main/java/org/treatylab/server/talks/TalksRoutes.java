package org.treatylab.server.talks;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import org.treatylab.app.talks.EnsembleSize;
import java.util.Set;
import org.treatylab.app.talks.ExplainView;
import org.treatylab.app.talks.RankedTerms;
import org.treatylab.app.talks.ScenarioRef;
import org.treatylab.app.talks.ScenarioView;
import org.treatylab.app.talks.TalksAnalysis;
import org.treatylab.app.talks.TalksComparison;
import org.treatylab.app.talks.TalksDoor;
import org.treatylab.app.talks.TalksMoveRequest;
import org.treatylab.app.talks.TalksRun;
import org.treatylab.app.talks.TalksStart;
import org.treatylab.app.talks.TalksState;
import org.treatylab.app.talks.TalksSweep;
import org.treatylab.domain.Party;
import org.treatylab.server.http.Answers;
import org.treatylab.server.http.ApiError;
import org.treatylab.server.http.EventStreams;
import org.treatylab.server.http.Requests;
import org.treatylab.server.http.Route;

/**
 * Routes over the talks door: scenarios, runs, explanations, sweeps, and talks in rooms played by people move by move
 * (a room code to join, a secret per seat, watchers).
 */
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
                Route.post("/api/talks/sessions", "talks", "Start talks in a room: delegations played by people "
                        + "(seats) and engine agents")
                        .json(Bodies.TalksSessionBody.class, "scenario; people (delegations played by people, seats "
                                + "others take with the room code); play (the seat you take, one of people or else "
                                + "added to them; none: you watch); classroom (watchers see every delegation's values "
                                + "live); seed (1); agents for the other delegations",
                                "{\"scenario\": \"start-2009\", \"people\": [\"US\", \"RU\"], \"play\": "
                                        + "\"US\", \"seed\": 1}")
                        .returns(TalksState.class).answers(201, "started; the state as your seat sees it (with its "
                                + "seat_secret: keep it, it is the seat's link) or as a watcher sees it")
                        .answers(404, "no such scenario").handle(this::start),
                Route.get("/api/talks/sessions/{id}", "talks", "A room's talks as a seat (?seat=SECRET) or a watcher "
                        + "sees them (poll)").query("seat", "string", "the seat's secret (a watcher without it)")
                        .returns(TalksState.class).answers(403, "the secret is no seat's")
                        .answers(404, "no such room (or it expired)")
                        .handle(ctx -> Answers.json(ctx, door.state(ctx.pathParam("id"), ctx.queryParam("seat")))),
                Route.post("/api/talks/sessions/{id}/seats", "talks", "Take a seat in a room (a delegation played "
                        + "by a person)")
                        .json(Bodies.TalksSeatBody.class, "party (the seat to take; the first open one when absent)",
                                "{\"party\": \"RU\"}")
                        .returns(TalksState.class).answers(201, "taken; the state as the seat sees it, with its "
                                + "seat_secret (given only here)")
                        .answers(404, "no such room").answers(409, "the seat is taken, or every seat is")
                        .handle(this::join),
                Route.post("/api/talks/sessions/{id}/moves", "talks", "A seat's move: offer, accept or end")
                        .query("seat", "string", "the seat's secret")
                        .json(Bodies.TalksMoveBody.class, "move (offer, accept or end), terms ({issue: option}) for an"
                                + " offer, round (the round you saw: a move for a round already played is refused)",
                                "{\"move\": \"offer\", \"terms\": {\"warheads\": \"1550\"}, \"round\": 1}")
                        .returns(TalksState.class).answers(403, "no seat's secret (watchers cannot move)")
                        .answers(404, "no such room")
                        .answers(409, "the talks are over, the round was already played, or it is another seat's "
                                + "turn; nothing is changed")
                        .handle(this::move),
                Route.get("/api/talks/sessions/{id}/best", "talks", "A seat's best outcomes with its value of each")
                        .query("seat", "string", "the seat's secret").query("n", "integer", "how many (1-100, 10)")
                        .returnsList(RankedTerms.class).answers(403, "no seat's secret").answers(404, "no such room")
                        .handle(ctx -> Answers.json(ctx, door.best(ctx.pathParam("id"), ctx.queryParam("seat"),
                                Requests.queryInt(ctx, "n", 10, 1, 100)))),
                Route.get("/api/talks/sessions/{id}/events", "talks", "Server-sent events: the state (as the seat "
                        + "?seat=SECRET or a watcher sees it) now and after each move or seat taken")
                        .query("seat", "string", "the seat's secret (a watcher without it)")
                        .returnsText("text/event-stream").answers(403, "the secret is no seat's")
                        .answers(404, "no such room")
                        .handle(EventStreams.of(door.sessions(), (id, secret) -> door.session(id).viewer(secret),
                                (id, viewer) -> door.session(id).state(viewer))));
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
        String play = Requests.text(body, "play");
        Party me = play == null ? null : Requests.party("play", play);
        Set<Party> people = new LinkedHashSet<>();
        List<String> named = Requests.texts(body, "people");
        if (named != null) {
            for (int i = 0; i < named.size(); i++) {
                people.add(Requests.party("people[" + i + "]", named.get(i)));
            }
        }
        if (me == null && people.isEmpty()) {
            throw ApiError.badRequest("give 'play' (the delegation you play) or 'people' (delegations played by "
                    + "people, who take their seats with the room code)");
        }
        boolean classroom = Requests.flag(body, "classroom");
        Answers.json(ctx, 201, door.start(new TalksStart(s, agents(body), seed(body), people, me, classroom, true),
                note -> { }));
    }

    private void join(Context ctx) {
        String id = ctx.pathParam("id");
        door.session(id);
        String body = ctx.body();
        Party party = null;
        if (!body.isBlank()) {
            String p = Requests.text(Requests.json(ctx), "party");
            party = p == null ? null : Requests.party("party", p);
        }
        Answers.json(ctx, 201, door.join(id, party));
    }

    private void move(Context ctx) {
        String id = ctx.pathParam("id");
        door.session(id);
        JsonNode body = Requests.json(ctx);
        String kind = Requests.requiredText(body, "move");
        if (!List.of("offer", "accept", "end").contains(kind)) {
            throw ApiError.badRequest("field 'move' must be offer, accept or end, got '" + kind + "'");
        }
        JsonNode r = body.get("round");
        Integer round = r == null || r.isNull() ? null : (int) Requests.number(body, "round", 0, 1, 100_000);
        Answers.json(ctx, door.move(id, ctx.queryParam("seat"), new TalksMoveRequest(kind, terms(body.get("terms")),
                round)));
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
