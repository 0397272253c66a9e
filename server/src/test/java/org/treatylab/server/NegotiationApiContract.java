package org.treatylab.server;

import static org.treatylab.server.ServerContract.isError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatylab.negotiation.agent.Agents;
import org.treatylab.negotiation.io.Scenario;
import org.treatylab.negotiation.io.Scenarios;
import org.treatylab.negotiation.model.DiscreteValue;
import org.treatylab.negotiation.model.IntegerValue;
import org.treatylab.negotiation.model.IssueId;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.report.Json;
import org.treatylab.app.negotiation.NegotiationDoor;
import org.treatylab.app.negotiation.NegotiationLimits;
import org.treatylab.app.negotiation.NegotiationScenarioRef;
import org.treatylab.app.negotiation.SessionView;

/** Runs on each store through its subclasses; the server's state lives in static fields shared by helpers. */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
abstract class NegotiationApiContract {
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

    /** A shipped scenario file as a client would upload it. */
    static ObjectNode shippedFile(String scenario, String name) throws Exception {
        try (InputStream in = Scenarios.class.getResourceAsStream("/org/treatylab/negotiation/scenarios/" + scenario
                + "/" + name)) {
            return file(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static ObjectNode file(String name, String text) {
        ObjectNode f = Json.MAPPER.createObjectNode();
        f.put("name", name);
        f.put("text", text);
        return f;
    }

    static ObjectNode upload(ObjectNode domain, ObjectNode... profiles) {
        ObjectNode b = Json.MAPPER.createObjectNode();
        b.set("domain", domain);
        ArrayNode ps = b.putArray("profiles");
        for (ObjectNode p : profiles) {
            ps.add(p);
        }
        return b;
    }

    private static ObjectNode session(String scenario, String a, String b, int rounds) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("scenario", scenario).put("rounds", rounds);
        body.putArray("agents").add(a).add(b);
        return body;
    }

    /** The JSON a client would read (parsed from text, so number node types match the server's answers). */
    static JsonNode tree(Object o) {
        try {
            return Json.MAPPER.readTree(Json.compact(o));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void agentsAndScenarios_listWhatTheEngineKnows() {
        JsonNode agents = api.get("/api/negotiation/agents").json();
        List<String> names = new ArrayList<>();
        agents.forEach(a -> names.add(a.get("name").asText()));
        assertThat(names).containsExactlyElementsOf(Agents.names());
        assertThat(agents.get(0).get("source").asText()).contains("Faratin");
        JsonNode scenarios = api.get("/api/negotiation/scenarios").json();
        assertThat(scenarios).hasSize(3);
        JsonNode lease = scenarios.get(0);
        assertThat(lease.get("name").asText()).isEqualTo("lease-genius");
        assertThat(lease.get("outcomes").asLong()).isEqualTo(5 * 3 * 3 * 2);
        assertThat(lease.get("issues").get(0).toString()).isEqualTo("{\"name\":\"rent\",\"type\":\"integer\","
                + "\"low\":8,\"high\":12}");
        assertThat(lease.get("issues").get(1).get("values").toString()).isEqualTo("[\"6 months\",\"1 year\","
                + "\"2 years\"]");
        assertThat(lease.get("profiles").toString()).isEqualTo("[\"landlord\",\"tenant\"]");
        assertThat(lease.get("reservations").get(0).asDouble()).isEqualTo(0.66);
    }

    @Test
    void analyze_shippedScenario_isTheCliJson() {
        JsonNode j = api.postJson("/api/negotiation/analyze", "{\"scenario\": \"grid-nonlinear\"}").json();
        assertThat(j).isEqualTo(tree(new NegotiationDoor().analyze(new NegotiationScenarioRef.FolderOrName(
                "grid-nonlinear"), NegotiationLimits.commandLine(20_000_000L))));
        assertThat(j.get("notices")).as("the shipped files are read as they are").isEmpty();
        // hand-worked in the CLI's tests: 12 outcomes, 5 frontier points, Nash over the rational (1,1)/(2,1)
        assertThat(j.get("outcomes").asLong()).isEqualTo(12);
        assertThat(j.get("pareto")).hasSize(5);
        assertThat(j.get("nash").get("product").asDouble()).isCloseTo((7 / 11.0 - 0.5) * (7 / 12.0 - 0.3),
                within(1e-12));
    }

    @Test
    void analyze_uploadedFilesInBothFormats_analyseLikeTheShippedScenario() throws Exception {
        ObjectNode body = upload(shippedFile("lease-genius", "lease.xml"), shippedFile("lease-genius", "landlord.xml"),
                shippedFile("lease-geniusweb", "tenant.json"));
        JsonNode uploaded = api.postJson("/api/negotiation/analyze", body.toString()).json();
        JsonNode shipped = api.postJson("/api/negotiation/analyze", "{\"scenario\": \"lease-genius\"}").json();
        assertThat(uploaded).isEqualTo(shipped);
        assertThat(uploaded.get("method").asText()).isEqualTo("merged");
        assertThat(uploaded.get("pareto")).hasSize(23);
    }

    @Test
    void analyze_badInput_oneJsonErrorEach() throws Exception {
        String url = "/api/negotiation/analyze";
        isError(api.postJson(url, "{\"scenario\": "), 400, "not valid JSON");
        isError(api.postJson(url, "{}"), 400, "exactly one of 'scenario'");
        isError(api.postJson(url, "{\"scenario\": \"atlantis\"}"), 404, "no shipped scenario 'atlantis'");
        isError(api.postJson(url, "{\"scenario\": 3}"), 400, "field 'scenario' must be a string");
        ObjectNode both = upload(shippedFile("lease-genius", "lease.xml"), shippedFile("lease-genius", "landlord.xml"),
                shippedFile("lease-genius", "tenant.xml")).put("scenario", "lease-genius");
        isError(api.postJson(url, both.toString()), 400, "exactly one of");
        isError(api.postJson(url, upload(shippedFile("lease-genius", "lease.xml"), shippedFile("lease-genius", "landlord.xml"))
                .toString()), 400, "field 'profiles' must be an array of 2 to 8 files");
        isError(api.postJson(url, upload(file("lease.txt", "x"), shippedFile("lease-genius", "landlord.xml"),
                shippedFile("lease-genius", "tenant.xml")).toString()), 400, "field 'domain.name' must end in .xml");
        isError(api.postJson(url, upload(file("lease.xml", "<negotiation_template>\n<utility_space>"),
                shippedFile("lease-genius", "landlord.xml"), shippedFile("lease-genius", "tenant.xml")).toString()), 400,
                "lease.xml line 2: not well-formed XML");
        ObjectNode noText = upload(shippedFile("lease-genius", "lease.xml"), shippedFile("lease-genius", "landlord.xml"),
                shippedFile("lease-genius", "tenant.xml"));
        ((ObjectNode) noText.get("profiles").get(1)).remove("text");
        isError(api.postJson(url, noText.toString()), 400, "field 'profiles[1].text' is required");
        String huge = "{\"name\": \"huge\", \"issuesValues\": {\"n\": {\"range\": {\"low\": 0, \"high\": 1999999, "
                + "\"step\": 1}}}}";
        isError(api.postJson(url, upload(file("huge.json", huge), file("a.json", "{}"), file("b.json", "{}"))
                .toString()), 400, "huge.json: domain 'huge' has 2000000 outcomes; the server takes at most 1000000");
    }

    /** One integer issue {@code a} from 0 to {@code high}; profile p prefers high values, q low ones. */
    static ObjectNode line(int high) {
        String domain = "{\"name\": \"line\", \"issuesValues\": {\"a\": {\"range\": {\"low\": 0, \"high\": " + high
                + ", \"step\": 1}}}}";
        String profile = "{\"LinearAdditiveUtilitySpace\": {\"issueUtilities\": {\"a\": {\"NumberValueSetUtilities\": "
                + "{\"lowValue\": 0, \"lowUtility\": %d, \"highValue\": " + high + ", \"highUtility\": %d}}}, "
                + "\"issueWeights\": {\"a\": 1}, \"name\": \"%s\"}}";
        return upload(file("line.json", domain), file("p.json", String.format(profile, 0, 1, "p")),
                file("q.json", String.format(profile, 1, 0, "q")));
    }

    @Test
    void analyze_frontierAboveTheServersLimit_is422() {
        // opposed preferences on one issue: every one of the 20,001 outcomes is Pareto-optimal
        isError(api.postJson("/api/negotiation/analyze", line(20_000).toString()), 422, "Pareto frontier of domain "
                + "'line' has more than 10000 points");
        JsonNode small = api.postJson("/api/negotiation/analyze", line(100).toString()).json();
        assertThat(small.get("pareto")).hasSize(101);
    }

    @Test
    void agentsOnlySession_runsToItsEndOnStart_resultIsTheCliJson() {
        ApiClient.Reply r = api.postJson("/api/negotiation/sessions", session("lease-genius", "boulware", "conceder",
                50).put("seed", 7).toString());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode state = r.json();
        assertThat(state.get("over").asBoolean()).isTrue();
        assertThat(state.get("person").isNull()).isTrue();
        assertThat(state.get("your_turn").asBoolean()).isFalse();
        // the CLI's 'negotiate --scenario lease-genius --agent boulware --agent conceder --rounds 50 --seed 7'
        SessionView expected = new NegotiationDoor().negotiate(new NegotiationScenarioRef.FolderOrName("lease-genius"),
                List.of("boulware", "conceder"), 50, null, 7, NegotiationLimits.commandLine(20_000_000L));
        assertThat(state.get("result")).isEqualTo(tree(expected));
        assertThat(state.get("result").get("end").asText()).isEqualTo("agreement");
        assertThat(api.get("/api/negotiation/sessions/" + state.get("id").asText()).json()).isEqualTo(state);
        isError(api.postJson("/api/negotiation/sessions/" + state.get("id").asText() + "/moves",
                "{\"move\": \"end\"}"), 409, "no person plays in this session");
    }

    @Test
    void agentsOnlySession_hardliners_deadlineWithReservationUtilities() {
        JsonNode result = api.postJson("/api/negotiation/sessions", session("lease-geniusweb", "hardliner",
                "hardliner", 10).toString()).json().get("result");
        assertThat(result.get("agreement").isNull()).isTrue();
        assertThat(result.get("end").asText()).isEqualTo("deadline");
        assertThat(result.get("rounds").asInt()).isEqualTo(10);
        assertThat(result.get("utilities").get(0).asDouble()).isEqualTo(0.66);
        assertThat(result.get("trace")).hasSize(20);
    }

    @Test
    void startSession_badInput_isRefusedAndRegistersNothing() {
        String url = "/api/negotiation/sessions";
        isError(api.postJson(url, ""), 400, "body is empty");
        isError(api.postJson(url, "[]"), 400, "must be a JSON object");
        isError(api.postJson(url, session("atlantis", "boulware", "linear", 10).toString()), 404,
                "no shipped scenario 'atlantis'");
        isError(api.postJson(url, session("lease-genius", "boulware", "sphinx", 10).toString()), 400,
                "field 'agents[1]': unknown agent 'sphinx' (known: boulware, linear");
        isError(api.postJson(url, session("lease-genius", "person", "person", 10).put("play", "janitor").toString()),
                400, "field 'play': no party 'janitor'");
        isError(api.postJson(url, "{\"scenario\": \"lease-genius\", \"agents\": [\"linear\"]}"), 400,
                "field 'agents' must be an array of 2 agent names");
        isError(api.postJson(url, session("lease-genius", "linear", "linear", 0).toString()), 400,
                "field 'rounds' must be between 1 and 1000, got 0");
        isError(api.postJson(url, session("lease-genius", "linear", "linear", 10).put("seed", "x").toString()), 400,
                "field 'seed' must be a whole number");
        ObjectNode large = line(199_999);
        large.putArray("agents").add("linear").add("micro");
        isError(api.postJson(url, large.toString()), 400, "domain 'line' has 200000 outcomes; the server takes at "
                + "most 100000 here");
        isError(api.get("/api/negotiation/sessions/negotiation-999999"), 404, "negotiation-999999");
    }

    /** Starts a session with one person, whose seat the starter takes: the session's path and the seat's query. */
    private record Seat(String id, String secret) {
        String url() {
            return "/api/negotiation/sessions/" + id;
        }

        String mine() {
            return url() + "?seat=" + secret;
        }

        String moves() {
            return url() + "/moves?seat=" + secret;
        }
    }

    private static Seat start(String first, String second) {
        ApiClient.Reply r = api.postJson("/api/negotiation/sessions", session("lease-genius", first, second, 30)
                .toString());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("seat_secret").asText()).hasSize(64);
        return new Seat(r.json().get("id").asText(), r.json().get("seat_secret").asText());
    }

    private static String offer(int rent, String term, String pets, String furnished) {
        return "{\"move\": \"offer\", \"outcome\": {\"rent\": " + rent + ", \"term\": \"" + term + "\", \"pets\": \""
                + pets + "\", \"furnished\": \"" + furnished + "\"}}";
    }

    @Test
    void personSession_badMoves_are4xxAndChangeNothing() {
        Seat seat = start("boulware", "person");
        String url = seat.mine();
        JsonNode before = api.get(url).json();
        assertThat(before.get("person").asText()).isEqualTo("tenant");
        assertThat(before.get("your_turn").asBoolean()).isTrue();
        assertThat(before.get("history")).hasSize(1);
        String moves = seat.moves();
        isError(api.postJson(seat.url() + "/moves", "{\"move\": \"end\"}"), 403, "a watcher cannot move");
        isError(api.postJson(moves, "{\"move\": "), 400, "not valid JSON");
        isError(api.postJson(moves, "{\"move\": \"dance\"}"), 400, "field 'move' must be offer, accept or end");
        isError(api.postJson(moves, "{\"move\": \"offer\"}"), 400, "field 'outcome' is required");
        isError(api.postJson(moves, offer(13, "1 year", "no", "no")), 400,
                "field 'outcome.rent' must be a whole number from 8 to 12, got 13");
        isError(api.postJson(moves, offer(10, "1 year", "dogs", "no")), 400,
                "field 'outcome.pets' must be one of [no, cats, cats and dogs], got \"dogs\"");
        isError(api.postJson(moves, "{\"move\": \"offer\", \"outcome\": {\"rent\": \"10\", \"term\": \"1 year\", "
                + "\"pets\": \"no\", \"furnished\": \"no\"}}"), 400, "field 'outcome.rent' must be a whole number");
        isError(api.postJson(moves, "{\"move\": \"offer\", \"outcome\": {\"rent\": 10, \"colour\": \"red\"}}"), 400,
                "unknown issue 'colour' (issues: [rent, term, pets, furnished])");
        isError(api.postJson(moves, "{\"move\": \"offer\", \"outcome\": {\"rent\": 10, \"term\": \"1 year\"}}"), 400,
                "no value for the issues [furnished, pets]");
        isError(api.postJson(moves, offer(10, "1 year", "no", "no").replace("}}", "}, \"party\": \"landlord\"}")),
                409, "this seat plays tenant, not landlord");
        isError(api.postJson(moves, "{\"move\": \"end\", \"party\": \"janitor\"}"), 400, "no party 'janitor'");
        JsonNode table = before.get("offer_on_table").get("outcome");
        ObjectNode stale = Json.MAPPER.createObjectNode().put("move", "accept");
        stale.set("outcome", ((ObjectNode) table.deepCopy()).put("rent", table.get("rent").asInt() == 8 ? 9 : 8));
        isError(api.postJson(moves, stale.toString()), 409, "the offer on the table is");
        isError(api.postJson("/api/negotiation/sessions/nope/moves", "{\"move\": \"end\"}"), 404, "nope");
        assertThat(api.get(url).json()).isEqualTo(before);
    }

    @Test
    void personSession_offerThenAccept_playsThroughToTheCliResult() {
        Seat seat = start("boulware", "person");
        String moves = seat.moves();
        ApiClient.Reply r = api.postJson(moves, offer(8, "1 year", "cats and dogs", "yes").replace("}}",
                "}, \"party\": \"tenant\"}"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode state = r.json();
        JsonNode mine = state.get("history").get(1);
        assertThat(mine.get("party").asText()).isEqualTo("tenant");
        assertThat(mine.get("outcome").toString()).isEqualTo("{\"rent\":8,\"term\":\"1 year\",\"pets\":"
                + "\"cats and dogs\",\"furnished\":\"yes\"}");
        // the tenant's best lease: every issue at its best value, utility 1
        assertThat(mine.get("your_utility").asDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(state.get("history")).hasSize(3);
        assertThat(state.get("your_turn").asBoolean()).isTrue();
        JsonNode table = state.get("offer_on_table");
        assertThat(table.get("by").asText()).isEqualTo("landlord");
        Scenario s = Scenarios.shipped("lease-genius");
        Outcome o = s.domain().outcome(Map.of(IssueId.of("rent"), new IntegerValue(table.get("outcome").get("rent")
                .asLong()), IssueId.of("term"), new DiscreteValue(table.get("outcome").get("term").asText()),
                IssueId.of("pets"), new DiscreteValue(table.get("outcome").get("pets").asText()),
                IssueId.of("furnished"), new DiscreteValue(table.get("outcome").get("furnished").asText())));
        assertThat(table.get("your_utility").asDouble()).isEqualTo(s.profiles().get(1).utility(o));
        ObjectNode accept = Json.MAPPER.createObjectNode().put("move", "accept");
        accept.set("outcome", table.get("outcome"));
        JsonNode end = api.postJson(moves, accept.toString()).json();
        assertThat(end.get("over").asBoolean()).isTrue();
        JsonNode result = end.get("result");
        assertThat(result.get("end").asText()).isEqualTo("agreement");
        assertThat(result.get("agreement")).isEqualTo(table.get("outcome"));
        assertThat(result.get("parties").toString()).isEqualTo("[\"landlord\",\"tenant\"]");
        assertThat(result.get("utilities").get(1).asDouble()).isEqualTo(s.profiles().get(1).utility(o));
        assertThat(result.get("trace")).hasSize(4);
        assertThat(result.get("pareto_distance").asDouble()).isGreaterThanOrEqualTo(0);
        isError(api.postJson(moves, "{\"move\": \"end\"}"), 409, "the session is over");
        assertThat(api.get(seat.mine()).json()).isEqualTo(end);
    }

    @Test
    void personSession_personOpens_cannotAccept_endEndsIt() {
        Seat seat = start("person", "micro");
        String moves = seat.moves();
        JsonNode before = api.get(seat.mine()).json();
        assertThat(before.get("history")).isEmpty();
        assertThat(before.get("offer_on_table").isNull()).isTrue();
        assertThat(before.get("your_reservation").asDouble()).isEqualTo(0.66);
        isError(api.postJson(moves, "{\"move\": \"accept\"}"), 409, "no offer on the table to accept");
        assertThat(api.get(seat.mine()).json()).isEqualTo(before);
        JsonNode end = api.postJson(moves, "{\"move\": \"end\"}").json();
        assertThat(end.get("result").get("end").asText()).isEqualTo("ended_by_party");
        assertThat(end.get("result").get("agreement").isNull()).isTrue();
        assertThat(end.get("result").get("utilities").get(0).asDouble()).isEqualTo(0.66);
    }

    @Test
    void sessionEvents_streamTheStateNowAndAfterEachMove() throws Exception {
        Seat seat = start("conceder", "person");
        String id = seat.id();
        try (SseReader sse = new SseReader(server, seat.url() + "/events?seat=" + seat.secret())) {
            assertThat(sse.status()).isEqualTo(200);
            assertThat(sse.contentType()).startsWith("text/event-stream");
            SseReader.Event first = sse.next();
            assertThat(first.name()).isEqualTo("state");
            assertThat(first.data().get("id").asText()).isEqualTo(id);
            assertThat(first.data().get("history")).hasSize(1);
            JsonNode afterOffer = api.postJson(seat.moves(), offer(8, "1 year", "cats and dogs", "yes")).json();
            SseReader.Event second = sse.next();
            assertThat(second.name()).isEqualTo("state");
            assertThat(second.data()).isEqualTo(afterOffer);
            api.postJson(seat.moves(), "{\"move\": \"end\"}");
            SseReader.Event third = sse.next();
            assertThat(third.data().get("over").asBoolean()).isTrue();
            assertThat(third.data().get("result").get("end").asText()).isEqualTo("ended_by_party");
        }
    }

    @Test
    void sessionEvents_unknownSession_isAnErrorEvent() throws Exception {
        try (SseReader sse = new SseReader(server, "/api/negotiation/sessions/nope/events")) {
            SseReader.Event e = sse.next();
            assertThat(e.name()).isEqualTo("error");
            assertThat(e.data().get("error").asText()).isEqualTo("not found");
        }
    }

    @Test
    void room_twoPeople_eachTakesASeat_wrongSeatAndStaleMovesAre409() {
        JsonNode started = api.postJson("/api/negotiation/sessions", session("lease-genius", "person", "person", 30)
                .put("classroom", true).toString()).json();
        String url = "/api/negotiation/sessions/" + started.get("id").asText();
        assertThat(started.get("person").isNull()).isTrue();
        assertThat(started.get("seat_secret").isNull()).isTrue();
        assertThat(started.get("open_seats").toString()).isEqualTo("[\"landlord\",\"tenant\"]");
        ApiClient.Reply landlord = api.postJson(url + "/seats", "{\"party\": \"landlord\"}");
        assertThat(landlord.status()).as(landlord.body()).isEqualTo(201);
        String l = landlord.json().get("seat_secret").asText();
        String t = api.postJson(url + "/seats", "{}").json().get("seat_secret").asText();
        isError(api.postJson(url + "/seats", "{}"), 409, "every seat of this game is taken");
        isError(api.postJson(url + "/moves?seat=" + t, offer(10, "1 year", "no", "no")), 409,
                "out of turn: it is landlord's turn, not tenant's");
        JsonNode afterLandlord = api.postJson(url + "/moves?seat=" + l, offer(12, "1 year", "no", "no")
                .replace("}}", "}, \"round\": 1}")).json();
        assertThat(afterLandlord.get("your_turn").asBoolean()).isFalse();
        api.postJson(url + "/moves?seat=" + t, offer(8, "1 year", "no", "no"));
        JsonNode before = api.get(url + "?seat=" + l).json();
        isError(api.postJson(url + "/moves?seat=" + l, "{\"move\": \"end\", \"round\": 1}"), 409,
                "stale move: round 1 was already played");
        assertThat(api.get(url + "?seat=" + l).json()).isEqualTo(before);
        // classroom mode: a watcher sees both parties' utilities while the session runs
        JsonNode watcher = api.get(url).json();
        assertThat(watcher.get("reservations")).hasSize(2);
        assertThat(watcher.get("history").get(0).get("utilities")).hasSize(2);
        assertThat(before.get("history").get(0).get("utilities").isNull()).isTrue();
    }
}
