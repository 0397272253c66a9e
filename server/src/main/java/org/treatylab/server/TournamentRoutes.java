package org.treatylab.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.negotiation.io.Scenario;
import org.treatylab.negotiation.protocol.Deadline;
import org.treatylab.negotiation.tournament.TournamentSpec;

/**
 * Tournaments as background jobs: start one (bounded in agents, scenarios, repetitions, rounds and sessions), follow
 * its progress by polling or server-sent events, read the summary and results, download the CSV, or cancel it.
 */
final class TournamentRoutes {
    static final int MAX_SCENARIOS = 4;
    static final int MAX_REPETITIONS = 10;
    static final int MAX_SESSIONS = 2000;
    static final int RUNNING_JOBS = 2;

    private final TournamentJobs jobs = TournamentJobs.withThreads(RUNNING_JOBS, 20);

    List<Route> routes() {
        return List.of(
                Route.post("/api/tournaments", "tournaments", "Start a tournament in the background: on every "
                        + "scenario of n parties, every line-up of n agents (every combination in every role order; "
                        + "for two parties every pair both ways) or a seeded sample of them, repeated")
                        .json("{scenarios: [NAME or {domain: FILE, profiles: [FILE, FILE, ...]}] (1-" + MAX_SCENARIOS
                                + "), agents: [NAME, ...] (2 or more, distinct, at least as many as the parties), "
                                + "repetitions?: 1-" + MAX_REPETITIONS + " (1), rounds?: 1-"
                                + NegotiationRoutes.MAX_ROUNDS + " (180), seed?: integer (1), sample?: line-ups per "
                                + "scenario, 0 = all (0)}; at most " + MAX_SESSIONS + " sessions",
                                "{\"scenarios\": [\"lease-genius\", \"grid-nonlinear\"], \"agents\": [\"boulware\", "
                                        + "\"conceder\", \"micro\"], \"repetitions\": 2, \"rounds\": 60}")
                        .answers(202, "started; the job's status").answers(404, "no such shipped scenario")
                        .answers(422, "a scenario is above the server's analysis limits")
                        .answers(429, RUNNING_JOBS + " tournaments are already running").handle(this::start),
                Route.get("/api/tournaments/{id}", "tournaments", "Status, progress (done/total) and, once done, the "
                        + "summary per agent and every session").answers(404, "no such tournament")
                        .handle(ctx -> ctx.json(jobs.get(ctx.pathParam("id")).view(true))),
                Route.get("/api/tournaments/{id}/results.csv", "tournaments", "The results as CSV, one row per "
                        + "session (the file of 'treatylab tournament --out x.csv')")
                        .answers(404, "no such tournament").answers(409, "the tournament is not done")
                        .handle(this::csv),
                Route.get("/api/tournaments/{id}/events", "tournaments", "Server-sent events: the status now, after "
                        + "each finished session and at the end").answers(404, "no such tournament")
                        .handle(jobs.events()),
                Route.delete("/api/tournaments/{id}", "tournaments", "Cancel a queued or running tournament")
                        .answers(202, "cancelling; the job's status").answers(404, "no such tournament")
                        .answers(409, "the tournament has already ended").handle(this::cancel));
    }

    private void start(Context ctx) {
        JsonNode body = Requests.json(ctx);
        JsonNode items = body.get("scenarios");
        if (items == null || !items.isArray() || items.isEmpty() || items.size() > MAX_SCENARIOS) {
            throw ApiError.badRequest("field 'scenarios' must be an array of 1 to " + MAX_SCENARIOS + " scenarios");
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Scenario s = NegotiationInput.scenarioItem("scenarios[" + i + "]", items.get(i),
                    NegotiationInput.PLAY_OUTCOMES);
            boolean shipped = items.get(i).isTextual();
            NegotiationInput.engine(() -> NegotiationInput.analyze(s, shipped));
            scenarios.add(s);
        }
        List<String> agents = agents(body);
        int repetitions = (int) Requests.number(body, "repetitions", 1, 1, MAX_REPETITIONS);
        int rounds = (int) Requests.number(body, "rounds", 180, 1, NegotiationRoutes.MAX_ROUNDS);
        long seed = Requests.number(body, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        int sample = (int) Requests.number(body, "sample", 0, 0, MAX_SESSIONS);
        for (int i = 0; i < scenarios.size(); i++) {
            if (scenarios.get(i).profiles().size() > agents.size()) {
                throw ApiError.badRequest("field 'scenarios[" + i + "]': '" + scenarios.get(i).name() + "' has "
                        + scenarios.get(i).profiles().size() + " parties, more than the " + agents.size() + " agents");
            }
        }
        TournamentSpec spec = NegotiationInput.engine(() -> new TournamentSpec(scenarios, agents, repetitions,
                Deadline.rounds(rounds), seed, 1, sample));
        if (spec.sessionCount() > MAX_SESSIONS) {
            throw ApiError.badRequest("the tournament would run " + spec.sessionCount() + " sessions; the server runs "
                    + "at most " + MAX_SESSIONS + " (fewer agents, scenarios or repetitions)");
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("scenarios", scenarios.stream().map(Scenario::name).toList());
        request.put("agents", agents);
        request.put("repetitions", repetitions);
        request.put("rounds", rounds);
        request.put("seed", seed);
        request.put("sample", sample);
        TournamentJob job = new TournamentJob(spec, request);
        jobs.start(job);
        ctx.status(202).json(job.view(true));
    }

    private static List<String> agents(JsonNode body) {
        JsonNode a = body.get("agents");
        if (a == null || !a.isArray() || a.size() < 2) {
            throw ApiError.badRequest("field 'agents' must be an array of 2 or more agent names");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            String field = "agents[" + i + "]";
            if (!a.get(i).isTextual()) {
                throw ApiError.badRequest("field '" + field + "' must be a string");
            }
            String name = NegotiationInput.agentName(field, a.get(i).asText(), false);
            if (out.contains(name)) {
                throw ApiError.badRequest("field '" + field + "': agent '" + name + "' is listed twice");
            }
            out.add(name);
        }
        return out;
    }

    private void csv(Context ctx) {
        String id = ctx.pathParam("id");
        String text = jobs.get(id).csv();
        ctx.header("Content-Disposition", "attachment; filename=\"" + id + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(text);
    }

    private void cancel(Context ctx) {
        TournamentJob job = jobs.get(ctx.pathParam("id"));
        job.cancel();
        ctx.status(202).json(job.view(false));
    }
}
