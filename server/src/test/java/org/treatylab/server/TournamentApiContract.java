package org.treatylab.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatylab.server.NegotiationApiContract.shippedFile;
import static org.treatylab.server.ServerContract.isError;
import static org.treatylab.server.NegotiationApiContract.upload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatylab.negotiation.agent.Agents;
import org.treatylab.report.Json;
import org.treatylab.app.negotiation.NegotiationDoor;
import org.treatylab.app.negotiation.NegotiationScenarioRef;
import org.treatylab.app.negotiation.TournamentRequest;
import org.treatylab.app.negotiation.TournamentView;
import org.treatylab.app.negotiation.Tournaments;
import org.treatylab.report.TournamentCsv;

/** Runs on each store through its subclasses; the server's state lives in static fields shared by helpers. */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
abstract class TournamentApiContract {
    abstract Backends backend();

    private static TreatyLabServer server;
    private static ApiClient api;

    @BeforeAll
    void start() {
        server = TreatyLabServer.start(backend().options());
        api = new ApiClient(server);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private static final String SMALL = "{\"scenarios\": [\"lease-genius\", \"grid-nonlinear\"], \"agents\": "
            + "[\"boulware\", \"conceder\", \"micro\"], \"repetitions\": 2, \"rounds\": 40, \"seed\": 5}";

    /** Every agent on the shipped scenarios at the longest deadline: long enough to be running when asked. */
    private static String big() {
        return "{\"scenarios\": [\"lease-genius\", \"grid-nonlinear\", \"lease-geniusweb\"], \"agents\": "
                + Json.compact(Agents.names()) + ", \"repetitions\": 9, \"rounds\": 1000}";
    }

    private static JsonNode started(String body) {
        ApiClient.Reply r = api.postJson("/api/tournaments", body);
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        return r.json();
    }

    /** Polls until the job leaves queued/running (the liveness guard, not a timing assertion). */
    private static JsonNode ended(String id) throws InterruptedException {
        for (int i = 0; i < 6000; i++) {
            JsonNode j = api.get("/api/tournaments/" + id).json();
            String status = j.get("status").asText();
            if (!status.equals("queued") && !status.equals("running")) {
                return j;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("tournament " + id + " did not end within two minutes");
    }

    @Test
    void tournament_runsInTheBackground_resultsAreTheCliFiles() throws Exception {
        JsonNode job = started(SMALL);
        String id = job.get("id").asText();
        assertThat(job.get("total").asInt()).isEqualTo(2 * 3 * 2 * 2);
        assertThat(job.get("request").toString()).isEqualTo("{\"scenarios\":[\"lease-genius\",\"grid-nonlinear\"],"
                + "\"agents\":[\"boulware\",\"conceder\",\"micro\"],\"repetitions\":2,\"rounds\":40,\"seed\":5,"
                + "\"sample\":0}");
        JsonNode done = ended(id);
        assertThat(done.get("status").asText()).isEqualTo("done");
        assertThat(done.get("done").asInt()).isEqualTo(24);
        // the CLI's 'tournament --scenario lease-genius grid-nonlinear --agents boulware,conceder,micro
        // --repetitions 2 --rounds 40 --seed 5 --threads 2'
        TournamentView expected = Tournaments.withThreads(new NegotiationDoor(), 1, 1).run(new TournamentRequest(
                List.of(new NegotiationScenarioRef.FolderOrName("lease-genius"),
                        new NegotiationScenarioRef.FolderOrName("grid-nonlinear")),
                List.of("boulware", "conceder", "micro"), 2, 40, 5, 2, 0), (d, t) -> { });
        JsonNode file = NegotiationApiContract.tree(expected);
        assertThat(done.get("summary")).isEqualTo(file.get("summary"));
        assertThat(done.get("sessions")).isEqualTo(file.get("sessions"));
        assertThat(done.get("summary")).hasSize(3);
        assertThat(done.get("summary").get(0).get("sessions").asInt()).isEqualTo(16);

        ApiClient.Reply csv = api.get("/api/tournaments/" + id + "/results.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).isEqualTo(TournamentCsv.of(expected));
        assertThat(csv.body().lines().findFirst().orElseThrow()).isEqualTo("session,scenario,repetition,agent_a,"
                + "agent_b,profile_a,profile_b,seed,end,agreement,rounds,utility_a,utility_b,welfare,pareto_distance,"
                + "nash_distance,outcome");
        assertThat(csv.body().lines()).hasSize(25);

        isError(api.delete("/api/tournaments/" + id), 409, "has already ended (done)");
        try (SseReader sse = new SseReader(server, "/api/tournaments/" + id + "/events")) {
            SseReader.Event e = sse.next();
            assertThat(e.name()).isEqualTo("state");
            assertThat(e.data().get("status").asText()).isEqualTo("done");
            assertThat(e.data().get("done").asInt()).isEqualTo(24);
        }
    }

    @Test
    void tournament_badInput_oneJsonErrorEach() throws Exception {
        String url = "/api/tournaments";
        isError(api.postJson(url, "{\"scenarios\": ["), 400, "not valid JSON");
        isError(api.postJson(url, "{\"agents\": [\"linear\", \"micro\"]}"), 400, "field 'scenarios' must be an array "
                + "of 1 to 4 scenarios");
        isError(api.postJson(url, "{\"scenarios\": [\"atlantis\"], \"agents\": [\"linear\", \"micro\"]}"), 404,
                "no shipped scenario 'atlantis'");
        isError(api.postJson(url, "{\"scenarios\": [7], \"agents\": [\"linear\", \"micro\"]}"), 400,
                "field 'scenarios[0]' must be a shipped scenario name or an object");
        isError(api.postJson(url, "{\"scenarios\": [\"lease-genius\"], \"agents\": [\"linear\", \"sphinx\"]}"), 400,
                "field 'agents[1]': unknown agent 'sphinx'");
        isError(api.postJson(url, "{\"scenarios\": [\"lease-genius\"], \"agents\": [\"linear\", \"linear\"]}"), 400,
                "agent 'linear' is listed twice");
        isError(api.postJson(url, "{\"scenarios\": [\"lease-genius\"], \"agents\": [\"linear\"]}"), 400,
                "field 'agents' must be an array of 2 or more");
        isError(api.postJson(url, "{\"scenarios\": [\"lease-genius\"], \"agents\": [\"linear\", \"micro\"], "
                + "\"repetitions\": 11}"), 400, "field 'repetitions' must be between 1 and 10, got 11");
        isError(api.postJson(url, "{\"scenarios\": [\"lease-genius\"], \"agents\": [\"linear\", \"micro\"], "
                + "\"rounds\": 1001}"), 400, "field 'rounds' must be between 1 and 1000, got 1001");
        isError(api.postJson(url, "{\"scenarios\": [\"lease-genius\", \"lease-genius\", \"grid-nonlinear\", "
                + "\"lease-geniusweb\"], \"agents\": " + Json.compact(Agents.names()) + ", \"repetitions\": 10}"), 400,
                "the tournament would run 2880 sessions; the server runs at most 2000");
        ObjectNode three = upload(shippedFile("lease-genius", "lease.xml"), shippedFile("lease-genius", "landlord.xml"),
                shippedFile("lease-genius", "tenant.xml"), shippedFile("lease-genius", "landlord.xml"));
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.putArray("scenarios").add(three);
        body.putArray("agents").add("linear").add("micro");
        isError(api.postJson(url, body.toString()), 400, "field 'scenarios[0]': 'lease' has 3 parties, more than "
                + "the 2 agents");
        ObjectNode large = Json.MAPPER.createObjectNode();
        large.putArray("scenarios").add(NegotiationApiContract.line(199_999));
        large.putArray("agents").add("linear").add("micro");
        isError(api.postJson(url, large.toString()), 400, "domain 'line' has 200000 outcomes; the server takes at "
                + "most 100000");
        isError(api.get("/api/tournaments/tournament-99999"), 404, "tournament-99999");
        isError(api.get("/api/tournaments/tournament-99999/results.csv"), 404, "tournament-99999");
        isError(api.delete("/api/tournaments/tournament-99999"), 404, "tournament-99999");
    }

    @Test
    void tournament_threeParties_everyLineupOrASample_withProgressAndTheCliFiles() throws Exception {
        ObjectNode three = upload(shippedFile("lease-genius", "lease.xml"), shippedFile("lease-genius", "landlord.xml"),
                shippedFile("lease-genius", "tenant.xml"), shippedFile("lease-genius", "landlord.xml"));
        ObjectNode body = Json.MAPPER.createObjectNode().put("rounds", 30).put("seed", 3);
        body.putArray("scenarios").add(three);
        body.putArray("agents").add("linear").add("micro").add("boulware").add("conceder");
        JsonNode job = started(body.toString());
        assertThat(job.get("total").asInt()).as("4 x 3 x 2 line-ups").isEqualTo(24);
        JsonNode done = ended(job.get("id").asText());
        assertThat(done.get("status").asText()).isEqualTo("done");
        assertThat(done.get("done").asInt()).isEqualTo(24);
        assertThat(done.get("sessions").get(0).get("agents")).hasSize(3);
        assertThat(done.get("sessions").get(0).get("utilities")).hasSize(3);
        assertThat(done.get("summary")).hasSize(4);
        assertThat(done.get("summary").get(0).get("sessions").asInt()).isEqualTo(18);
        String csv = api.get("/api/tournaments/" + job.get("id").asText() + "/results.csv").body();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("session,scenario,repetition,agent_a,agent_b,"
                + "agent_c,profile_a,profile_b,profile_c,seed,end,agreement,rounds,utility_a,utility_b,utility_c,"
                + "welfare,pareto_distance,nash_distance,outcome");
        body.put("sample", 5);
        JsonNode sampled = ended(started(body.toString()).get("id").asText());
        assertThat(sampled.get("total").asInt()).isEqualTo(5);
        assertThat(sampled.get("request").get("sample").asInt()).isEqualTo(5);
    }

    @Test
    void tournament_uploadedScenario_isPlayedLikeTheShippedOne() throws Exception {
        ObjectNode body = Json.MAPPER.createObjectNode().put("rounds", 30);
        body.putArray("scenarios").add(upload(shippedFile("lease-genius", "lease.xml"), shippedFile("lease-genius", "landlord.xml"),
                shippedFile("lease-genius", "tenant.xml")));
        body.putArray("agents").add("linear").add("tit-for-tat");
        JsonNode uploaded = ended(started(body.toString()).get("id").asText());
        JsonNode shipped = ended(started("{\"scenarios\": [\"lease-genius\"], \"agents\": [\"linear\", "
                + "\"tit-for-tat\"], \"rounds\": 30}").get("id").asText());
        assertThat(uploaded.get("request").get("scenarios").toString()).isEqualTo("[\"lease\"]");
        assertThat(uploaded.get("summary")).isEqualTo(shipped.get("summary"));
    }

    @Test
    void tournament_atMostTwoRunning_cancelFreesASlot_unfinishedHasNoCsv() throws Exception {
        String a = started(big()).get("id").asText();
        String b = started(big()).get("id").asText();
        isError(api.postJson("/api/tournaments", SMALL), 429, "2 tournaments are running");
        String unused = "tournament-" + (Integer.parseInt(b.substring("tournament-".length())) + 1);
        isError(api.get("/api/tournaments/" + unused), 404, unused);
        isError(api.get("/api/tournaments/" + a + "/results.csv"), 409, "results exist once it is done");
        try (SseReader sse = new SseReader(server, "/api/tournaments/" + a + "/events")) {
            JsonNode first = sse.next().data();
            assertThat(first.get("status").asText()).isIn("queued", "running");
            JsonNode next = sse.next().data();
            assertThat(next.get("done").asInt()).isGreaterThanOrEqualTo(first.get("done").asInt());
            ApiClient.Reply cancel = api.delete("/api/tournaments/" + a);
            assertThat(cancel.status()).as(cancel.body()).isEqualTo(202);
            assertThat(cancel.json().get("cancel_requested").asBoolean()).isTrue();
            JsonNode last = next;
            while (!last.get("status").asText().equals("cancelled")) {
                last = sse.next().data();
            }
            assertThat(last.get("done").asInt()).isLessThan(last.get("total").asInt());
        }
        assertThat(api.delete("/api/tournaments/" + b).status()).isEqualTo(202);
        assertThat(ended(a).get("status").asText()).isEqualTo("cancelled");
        assertThat(ended(b).get("status").asText()).isEqualTo("cancelled");
        assertThat(ended(b).get("summary").isNull()).isTrue();
        isError(api.get("/api/tournaments/" + b + "/results.csv"), 409, "is cancelled");
        JsonNode after = started(SMALL);
        assertThat(after.get("id").asText()).as("the refused request took no id").isEqualTo(unused);
        assertThat(ended(unused).get("status").asText()).isEqualTo("done");
    }
}
