package org.treatylab.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.negotiation.agent.Agents;
import org.treatylab.negotiation.analysis.Analysis;
import org.treatylab.negotiation.analysis.ParetoPoint;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.protocol.Accept;
import org.treatylab.negotiation.protocol.Agent;
import org.treatylab.negotiation.protocol.EndNegotiation;
import org.treatylab.negotiation.protocol.ExternalAgent;
import org.treatylab.negotiation.protocol.Move;
import org.treatylab.negotiation.protocol.Offer;
import org.treatylab.negotiation.protocol.Session;
import org.treatylab.report.TalksViews;
import org.treatylab.talks.derive.Explanation;
import org.treatylab.talks.play.Sweep;
import org.treatylab.talks.play.Talks;
import org.treatylab.talks.play.TalksResult;
import org.treatylab.talks.scenario.Scenario;
import org.treatylab.talks.scenario.Scenarios;
import org.treatylab.talks.scenario.TalksIssue;
import org.treatylab.talks.terms.Terms;

/** Routes over the talks: scenarios, runs, explanations, sweeps, and talks played by a person move by move. */
final class TalksRoutes {
    private final Map<String, Talks> prepared = new ConcurrentHashMap<>();
    private final Map<String, String> runs = new ConcurrentHashMap<>();
    private final LiveRegistry<Live> sessions = new LiveRegistry<>("talks-", 200);

    List<Route> routes() {
        return List.of(
                Route.get("/api/talks/scenarios", "talks", "Shipped talks scenarios").handle(ctx -> ctx.json(
                        Scenarios.SHIPPED.stream().map(id -> withAgents(TalksViews.scenario(talks(id).scenario())))
                                .toList())),
                Route.get("/api/talks/scenarios/{id}", "talks", "One scenario: calendar, issues, delegations")
                        .answers(404, "no such scenario")
                        .handle(ctx -> ctx.json(TalksViews.scenario(talks(ctx.pathParam("id")).scenario()))),
                Route.get("/api/talks/scenarios/{id}/explain", "talks", "How each option's value is derived")
                        .answers(404, "no such scenario")
                        .handle(ctx -> ctx.json(TalksViews.explain(Explanation.of(talks(ctx.pathParam("id")).derivation())))),
                Route.get("/api/talks/scenarios/{id}/analysis", "talks", "Pareto frontier, Nash point, reservations")
                        .answers(404, "no such scenario").handle(this::analysis),
                Route.post("/api/talks/runs", "talks", "Play the talks with engine agents and evaluate the result")
                        .json("{scenario, seed?, agents?: {US: name, RU: name}}",
                                "{\"scenario\": \"start-2009\", \"seed\": 1, \"agents\": {\"US\": \"boulware\"}}")
                        .answers(404, "no such scenario").handle(this::run),
                Route.post("/api/talks/sweeps", "talks", "Run the talks once per value of one priority")
                        .json("{scenario, vary: PARTY.CRITERION, values: [w, ...], seed?, agents?}",
                                "{\"scenario\": \"start-2009\", \"vary\": \"RU.missile_defense\", \"values\": [0, 0.2]}")
                        .handle(this::sweep),
                Route.post("/api/talks/sessions", "talks", "Start talks in which a person plays one delegation")
                        .json("{scenario, play: US|RU, seed?, agents?}",
                                "{\"scenario\": \"start-2009\", \"play\": \"RU\", \"seed\": 1}")
                        .answers(201, "started; the state is returned").handle(this::startSession),
                Route.get("/api/talks/sessions/{id}", "talks", "The state of a person's talks (poll)")
                        .answers(404, "no such session").handle(ctx -> ctx.json(state(ctx.pathParam("id")))),
                Route.post("/api/talks/sessions/{id}/moves", "talks", "The person's move: offer, accept or end")
                        .json("{move: offer|accept|end, terms?: {issue: option, ...}}",
                                "{\"move\": \"offer\", \"terms\": {\"warheads\": \"1550\"}}")
                        .answers(404, "no such session").answers(409, "the talks are over").handle(this::move),
                Route.get("/api/talks/sessions/{id}/events", "talks", "Server-sent events: the state after each move")
                        .answers(404, "no such session").handle(sessions.events(Live::state)));
    }

    private static Map<String, Object> withAgents(Map<String, Object> scenario) {
        Map<String, Object> m = new LinkedHashMap<>(scenario);
        m.put("agents_available", Agents.names());
        return m;
    }

    private Talks talks(String id) {
        if (!Scenarios.SHIPPED.contains(id)) {
            throw ApiError.notFound("no talks scenario '" + id + "' (shipped: " + Scenarios.SHIPPED + ")");
        }
        return prepared.computeIfAbsent(id, k -> Talks.prepare(Scenarios.resolve(k)));
    }

    private void analysis(Context ctx) {
        Talks t = talks(ctx.pathParam("id"));
        Analysis a = t.analysis();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("parties", t.scenario().parties().stream().map(Party::code).toList());
        m.put("outcomes", a.outcomes());
        List<List<Double>> front = new ArrayList<>();
        for (ParetoPoint p : a.pareto()) {
            front.add(p.utilities());
        }
        m.put("pareto", front);
        m.put("reservations", a.reservations());
        m.put("nash", a.nash().map(n -> Map.of("utilities", n.utilities(), "agreement",
                TalksViews.terms(t.derivation().terms(n.outcome())))).orElse(null));
        ctx.json(m);
    }

    private static long seed(JsonNode body) {
        return Requests.number(body, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
    }

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
            Party p = Requests.party("agents", e.getKey());
            String name = e.getValue().asText();
            if (Agents.byName(name).isEmpty()) {
                throw ApiError.badRequest("field 'agents': unknown agent '" + name + "' (known: " + Agents.names() + ")");
            }
            out.put(p, name);
        }
        return out;
    }

    private void run(Context ctx) {
        JsonNode body = Requests.json(ctx);
        Talks t = talks(Requests.requiredText(body, "scenario"));
        long seed = seed(body);
        Map<Party, String> names = t.agentNames(agents(body));
        String key = t.scenario().id() + "/" + seed + "/" + names;
        String json = runs.computeIfAbsent(key, k -> org.treatylab.report.Json.compact(
                TalksViews.result(t.run(names, seed))));
        ctx.contentType("application/json").result(json);
    }

    private void sweep(Context ctx) {
        JsonNode body = Requests.json(ctx);
        Talks t = talks(Requests.requiredText(body, "scenario"));
        Sweep.Priority priority;
        try {
            priority = Sweep.Priority.parse(Requests.requiredText(body, "vary"));
        } catch (InputException e) {
            throw ApiError.badRequest(e.getMessage());
        }
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
        List<Map<String, Object>> rows = new ArrayList<>();
        try {
            for (Sweep.Row r : Sweep.run(t, priority, values, agents(body), seed(body))) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("value", r.value());
                m.put("result", TalksViews.result(r.result()));
                rows.add(m);
            }
        } catch (InputException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        ctx.json(Map.of("scenario", t.scenario().id(), "vary", priority.toString(), "runs", rows));
    }

    private void startSession(Context ctx) {
        JsonNode body = Requests.json(ctx);
        Talks t = talks(Requests.requiredText(body, "scenario"));
        Party me = Requests.party("play", Requests.requiredText(body, "play"));
        if (!t.scenario().parties().contains(me)) {
            throw ApiError.badRequest("field 'play': " + me + " is not a delegation of " + t.scenario().id());
        }
        Map<Party, String> names = t.agentNames(agents(body));
        Map<Party, Agent> live = new LinkedHashMap<>();
        for (Party p : t.scenario().parties()) {
            live.put(p, p.equals(me) ? new ExternalAgent() : t.agent(names.get(p)));
        }
        names.put(me, "person");
        long seed = seed(body);
        Live l = new Live(t, me, names, seed, t.session(live, seed));
        String id = sessions.add(l);
        l.id = id;
        synchronized (l) {
            l.advance();
        }
        ctx.status(201).json(l.state());
    }

    private Map<String, Object> state(String id) {
        Live l = sessions.get(id);
        synchronized (l) {
            return l.state();
        }
    }

    private void move(Context ctx) {
        Live l = sessions.get(ctx.pathParam("id"));
        JsonNode body = Requests.json(ctx);
        String kind = Requests.requiredText(body, "move");
        Map<String, Object> state;
        synchronized (l) {
            if (l.session.isOver()) {
                throw ApiError.conflict("the talks are over");
            }
            Move m = switch (kind) {
                case "accept" -> new Accept(l.session.offerOnTable()
                        .orElseThrow(() -> ApiError.badRequest("there is no offer on the table to accept")));
                case "end" -> new EndNegotiation();
                case "offer" -> new Offer(l.outcome(body.get("terms")));
                default -> throw ApiError.badRequest("field 'move' must be offer, accept or end, got '" + kind + "'");
            };
            l.session.submit(m);
            l.advance();
            state = l.state();
        }
        sessions.publish(l.id, "state", state);
        ctx.json(state);
    }

    /** A session in which a person plays one delegation; one thread at a time drives it. */
    private static final class Live {
        final Talks talks;
        final Party person;
        final Map<Party, String> names;
        final long seed;
        final Session session;
        String id;
        /** The evaluated result, once the talks are over (evaluated once, not at every poll). */
        private TalksResult result;

        Live(Talks talks, Party person, Map<Party, String> names, long seed, Session session) {
            this.talks = talks;
            this.person = person;
            this.names = names;
            this.seed = seed;
            this.session = session;
        }

        /** Lets the engine agents move until it is the person's turn or the talks end. */
        void advance() {
            while (!session.isOver() && !session.awaitingExternalMove()) {
                session.step();
            }
        }

        Outcome outcome(JsonNode terms) {
            Scenario s = talks.scenario();
            Map<String, String> opts = new LinkedHashMap<>();
            session.offerOnTable().ifPresentOrElse(o -> opts.putAll(talks.derivation().terms(o).options(s)),
                    () -> s.issues().forEach(i -> opts.put(i.id(), i.values().get(0))));
            if (terms != null && !terms.isNull()) {
                if (!terms.isObject()) {
                    throw ApiError.badRequest("field 'terms' must be an object of issue to option");
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = terms.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    TalksIssue issue = s.issue(e.getKey()).orElseThrow(() -> ApiError.badRequest("field 'terms': unknown "
                            + "issue '" + e.getKey() + "' (issues: " + s.issues().stream().map(TalksIssue::id).toList() + ")"));
                    String v = e.getValue().asText();
                    if (!issue.values().contains(v)) {
                        throw ApiError.badRequest("field 'terms': issue '" + e.getKey() + "' takes " + issue.values()
                                + ", not '" + v + "'");
                    }
                    opts.put(e.getKey(), v);
                }
            }
            return talks.derivation().outcome(Terms.of(opts));
        }

        Map<String, Object> state() {
            Scenario s = talks.scenario();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("scenario", s.id());
            m.put("play", person.code());
            m.put("agents", TalksViews.byParty(names));
            int round = Math.min(session.round(), s.rounds());
            LocalDate date = s.dateOf(Math.max(0, round - 1));
            m.put("round", round);
            m.put("rounds", s.rounds());
            m.put("date", date.toString());
            m.put("deadline", s.deadline().toString());
            m.put("days_left", ChronoUnit.DAYS.between(date, s.deadline()));
            m.put("your_reservation", talks.derivation().profile(person).reservation());
            Map<String, Object> table = null;
            if (session.offerOnTable().isPresent()) {
                Outcome o = session.offerOnTable().get();
                table = new LinkedHashMap<>();
                table.put("by", session.offeredBy().map(p -> p.name()).orElse(null));
                table.put("terms", TalksViews.terms(talks.derivation().terms(o)));
                table.put("options", talks.derivation().terms(o).options(s));
                table.put("your_value", talks.derivation().profile(person).utility(o));
            }
            m.put("offer_on_table", table);
            m.put("over", session.isOver());
            if (result == null && session.result().isPresent()) {
                result = talks.evaluate(session.result().get(), names, seed);
            }
            TalksResult r = result;
            m.put("your_turn", !session.isOver() && session.awaitingExternalMove());
            m.put("result", r == null ? null : TalksViews.result(r));
            List<Map<String, Object>> history = new ArrayList<>();
            session.history().forEach(t -> {
                Map<String, Object> h = new LinkedHashMap<>();
                h.put("round", t.round());
                h.put("date", s.dateOf(t.round() - 1).toString());
                h.put("party", t.party().name());
                Outcome o = t.move() instanceof Offer off ? off.outcome() : t.move() instanceof Accept a ? a.outcome() : null;
                h.put("move", t.move() instanceof Offer ? "offer" : t.move() instanceof Accept ? "accept" : "end");
                h.put("terms", o == null ? null : TalksViews.terms(talks.derivation().terms(o)));
                h.put("your_value", o == null ? null : talks.derivation().profile(person).utility(o));
                h.put("utilities", o == null ? null : talks.derivation().profiles().stream().map(p -> p.utility(o)).toList());
                history.add(h);
            });
            m.put("history", history);
            return m;
        }
    }
}
