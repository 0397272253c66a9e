package org.treatylab.server.negotiation;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.treatylab.app.negotiation.JobStatus;
import org.treatylab.app.negotiation.JobView;
import org.treatylab.app.negotiation.NegotiationDoor;
import org.treatylab.app.negotiation.NegotiationScenarioRef;
import org.treatylab.app.negotiation.TournamentRequest;
import org.treatylab.app.negotiation.Tournaments;
import org.treatylab.report.TournamentCsv;
import org.treatylab.server.http.Answers;
import org.treatylab.server.http.ApiError;
import org.treatylab.server.http.EventStreams;
import org.treatylab.server.http.Requests;
import org.treatylab.server.http.Route;

/**
 * Tournaments as background jobs: start one (bounded in agents, scenarios, repetitions, rounds and sessions), follow
 * its progress by polling or server-sent events, read the summary and results, download the CSV, or cancel it.
 */
public final class TournamentRoutes {
    private final Tournaments jobs;
    private final List<String> agentNames;

    public TournamentRoutes(Tournaments jobs, NegotiationDoor negotiation) {
        this.jobs = jobs;
        this.agentNames = negotiation.agentNames();
        Bodies.describeSchemas();
    }

    public List<Route> routes() {
        return List.of(
                Route.post("/api/tournaments", "tournaments", "Start a tournament in the background: on every "
                        + "scenario of n parties, every line-up of n agents (every combination in every role order; "
                        + "for two parties every pair both ways) or a seeded sample of them, repeated")
                        .json(Bodies.TournamentBody.class, "scenarios (1-" + Tournaments.MAX_SCENARIOS + ", each a"
                                + " shipped name or {domain, profiles}), agents (2 or more, distinct, at least as many "
                                + "as the parties), repetitions (1-" + Tournaments.MAX_REPETITIONS + ", 1), rounds (1-"
                                + NegotiationDoor.MAX_ROUNDS + ", 180), seed (1), sample (line-ups per scenario, 0 = "
                                + "all; 0); at most " + Tournaments.MAX_SESSIONS + " sessions",
                                "{\"scenarios\": [\"lease-genius\", \"grid-nonlinear\"], \"agents\": [\"boulware\", "
                                        + "\"conceder\", \"micro\"], \"repetitions\": 2, \"rounds\": 60}")
                        .returns(JobView.class).answers(202, "started; the job's status")
                        .answers(404, "no such shipped scenario")
                        .answers(422, "a scenario is above the server's analysis limits")
                        .answers(429, Tournaments.RUNNING_JOBS + " tournaments are already running").handle(this::start),
                Route.get("/api/tournaments/{id}", "tournaments", "Status, progress (done/total) and, once done, the "
                        + "summary per agent and every session").returns(JobView.class)
                        .answers(404, "no such tournament")
                        .handle(ctx -> Answers.json(ctx, jobs.job(ctx.pathParam("id")))),
                Route.get("/api/tournaments/{id}/results.csv", "tournaments", "The results as CSV, one row per "
                        + "session (the file of 'treatylab tournament --out x.csv')").returnsText("text/csv")
                        .answers(404, "no such tournament").answers(409, "the tournament is not done")
                        .handle(this::csv),
                Route.get("/api/tournaments/{id}/events", "tournaments", "Server-sent events: the status now, after "
                        + "each finished session and at the end").returnsText("text/event-stream")
                        .answers(404, "no such tournament")
                        .handle(EventStreams.of(jobs.jobs(), jobs::status)),
                Route.delete("/api/tournaments/{id}", "tournaments", "Cancel a queued or running tournament")
                        .returns(JobStatus.class).answers(202, "cancelling; the job's status")
                        .answers(404, "no such tournament").answers(409, "the tournament has already ended")
                        .handle(ctx -> Answers.json(ctx, 202, jobs.cancel(ctx.pathParam("id")))));
    }

    private void start(Context ctx) {
        JsonNode body = Requests.json(ctx);
        JsonNode items = body.get("scenarios");
        if (items == null || !items.isArray() || items.isEmpty() || items.size() > Tournaments.MAX_SCENARIOS) {
            throw ApiError.badRequest("field 'scenarios' must be an array of 1 to " + Tournaments.MAX_SCENARIOS
                    + " scenarios");
        }
        List<NegotiationScenarioRef> scenarios = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            scenarios.add(NegotiationRequests.scenarioItem("scenarios[" + i + "]", items.get(i)));
        }
        List<String> agents = agents(body);
        int repetitions = (int) Requests.number(body, "repetitions", 1, 1, Tournaments.MAX_REPETITIONS);
        int rounds = (int) Requests.number(body, "rounds", 180, 1, NegotiationDoor.MAX_ROUNDS);
        long seed = Requests.number(body, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        int sample = (int) Requests.number(body, "sample", 0, 0, Tournaments.MAX_SESSIONS);
        Answers.json(ctx, 202, jobs.start(new TournamentRequest(scenarios, agents, repetitions, rounds, seed, 1,
                sample)));
    }

    private List<String> agents(JsonNode body) {
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
            String name = a.get(i).asText();
            if (!agentNames.contains(name)) {
                throw ApiError.badRequest("field '" + field + "': unknown agent '" + name + "' (known: "
                        + String.join(", ", agentNames) + ")");
            }
            if (out.contains(name)) {
                throw ApiError.badRequest("field '" + field + "': agent '" + name + "' is listed twice");
            }
            out.add(name);
        }
        return out;
    }

    private void csv(Context ctx) {
        String id = ctx.pathParam("id");
        String text = TournamentCsv.of(jobs.results(id));
        ctx.header("Content-Disposition", "attachment; filename=\"" + id + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(text);
    }
}
