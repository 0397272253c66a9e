package org.treatylab.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatylab.server.ServerContract.isError;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Iterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The talks routes on a real server (see the subclasses for the stores). */
abstract class TalksApiContract extends ServerContract {
    @Test
    void scenariosExplainAnalysis() {
        JsonNode list = api.get("/api/talks/scenarios").json();
        assertThat(list.get(0).get("id").asText()).isEqualTo("start-2009");
        // weekly rounds from 2009-04-24: 33 before START I lapses, 62 to the soft calendar's end 2010-06-30
        assertThat(list.get(0).get("rounds").asInt()).isEqualTo(62);
        assertThat(list.get(0).get("rounds_before_deadline").asInt()).isEqualTo(33);
        assertThat(list.get(0).get("deadline_kind").asText()).isEqualTo("soft");
        assertThat(list.get(0).get("agents_available").toString()).contains("boulware").contains("micro");
        JsonNode explain = api.get("/api/talks/scenarios/start-2009/explain").json();
        assertThat(explain.get("issues").size()).isEqualTo(10);
        assertThat(explain.get("delegations").get("RU").get("weights").get("missile_defense").get("rationale").asText())
                .contains("missile defence");
        JsonNode analysis = api.get("/api/talks/scenarios/start-2009/analysis").json();
        assertThat(analysis.get("outcomes").asLong()).isEqualTo(90720);
        assertThat(analysis.get("pareto").size()).isGreaterThan(5);
        isError(api.get("/api/talks/scenarios/nope"), 404, "no talks scenario 'nope'");
    }

    @Test
    void run_isTheContractJson_andDeterministic() {
        String body = "{\"scenario\":\"start-2009\",\"seed\":3,\"agents\":{\"US\":\"boulware\",\"RU\":\"conceder\"}}";
        JsonNode a = api.postJson("/api/talks/runs", body).json();
        JsonNode b = api.postJson("/api/talks/runs", body).json();
        assertThat(a).isEqualTo(b);
        for (String f : List.of("agreement", "agreed_on", "utilities", "reservation", "pareto_distance", "nash",
                "compared_to_new_start", "trace")) {
            assertThat(a.has(f)).as(f).isTrue();
        }
        assertThat(a.get("reservation").get("US").asDouble()).isPositive();
        isError(api.postJson("/api/talks/runs", "{\"scenario\":\"start-2009\",\"agents\":{\"US\":\"genius\"}}"), 400,
                "unknown agent 'genius'");
        isError(api.postJson("/api/talks/runs", "{\"scenario\":\"start-2009\",\"agents\":{\"FR\":\"boulware\"}}"), 400,
                "unknown party");
        isError(api.postJson("/api/talks/runs", "{\"seed\":1}"), 400, "'scenario'");
        isError(api.postJson("/api/talks/sweeps", "{\"scenario\":\"start-2009\",\"vary\":\"RU.weather\",\"values\":[0]}"),
                400, "unknown criterion");
        isError(api.postJson("/api/talks/sweeps", "{\"scenario\":\"start-2009\",\"vary\":\"RU.stability\",\"values\":[]}"),
                400, "'values'");
    }

    @Test
    void personPlaysRussia_movesAreValidated_andEventsStream() throws Exception {
        ApiClient.Reply started = api.postJson("/api/talks/sessions", "{\"scenario\":\"start-2009\",\"play\":\"RU\"}");
        assertThat(started.status()).isEqualTo(201);
        JsonNode s = started.json();
        String id = s.get("id").asText();
        String seat = s.get("seat_secret").asText();
        String moves = "/api/talks/sessions/" + id + "/moves?seat=" + seat;
        assertThat(s.get("your_turn").asBoolean()).isTrue();
        assertThat(s.get("offer_on_table").get("by").asText()).isEqualTo("US");
        assertThat(s.get("date").asText()).isEqualTo("2009-04-24");

        List<String> events = follow("/api/talks/sessions/" + id + "/events?seat=" + seat, 2);

        isError(api.postJson(moves, "{\"move\":\"offer\",\"terms\":{\"warheads\":\"1234\"}}"), 400,
                "issue 'warheads' takes");
        isError(api.postJson(moves, "{\"move\":\"dance\"}"), 400, "offer, accept or end");
        isError(api.postJson("/api/talks/sessions/" + id + "/moves", "{\"move\":\"end\"}"), 403,
                "a watcher cannot move");
        assertThat(api.get("/api/talks/sessions/" + id).json().get("history").size()).isEqualTo(1);
        JsonNode after = api.postJson(moves,
                "{\"move\":\"offer\",\"terms\":{\"warheads\":\"1500\",\"missile_defense\":\"binding-limits\"}}").json();
        assertThat(after.get("round").asInt()).isEqualTo(2);
        assertThat(after.get("seat_secret").isNull()).isTrue();
        assertThat(after.get("history").get(1).get("terms").get("warheads").asInt()).isEqualTo(1500);
        JsonNode ended = api.postJson(moves, "{\"move\":\"end\"}").json();
        assertThat(ended.get("over").asBoolean()).isTrue();
        assertThat(ended.get("result").get("agreement").isNull()).isTrue();
        isError(api.postJson(moves, "{\"move\":\"end\"}"), 409, "over");
        waitFor(events, 2);
        synchronized (events) {
            assertThat(events).anyMatch(l -> l.equals("event: state"));
            assertThat(String.join("\n", events)).contains("\"id\":\"" + id + "\"").contains("\"play\":\"RU\"");
        }
        isError(api.get("/api/talks/sessions/ZZZZ-ZZZZ"), 404, "ZZZZ-ZZZZ");
        isError(api.get("/api/talks/sessions/" + id + "?seat=" + "0".repeat(64)), 403, "not one of this game's seats");
    }

    @Test
    void room_twoPeopleAndAWatcher_refusedMovesChangeNothing_andARestartKeepsTheRoom() throws Exception {
        JsonNode us = api.postJson("/api/talks/sessions", "{\"scenario\":\"start-2009\",\"people\":[\"US\",\"RU\"],"
                + "\"play\":\"US\",\"seed\":4}").json();
        String id = us.get("id").asText();
        assertThat(id).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
        assertThat(us.get("open_seats").toString()).isEqualTo("[\"RU\"]");
        String room = "/api/talks/sessions/" + id;
        List<String> watcher = follow(room + "/events", 3);
        ApiClient.Reply joined = api.postJson(room + "/seats", "{\"party\":\"RU\"}");
        assertThat(joined.status()).isEqualTo(201);
        JsonNode ru = joined.json();
        String usSeat = us.get("seat_secret").asText();
        String ruSeat = ru.get("seat_secret").asText();
        assertThat(ru.get("play").asText()).isEqualTo("RU");
        isError(api.postJson(room + "/seats", "{\"party\":\"RU\"}"), 409, "seat RU is taken");
        isError(api.postJson(room + "/seats", ""), 409, "every seat of this game is taken");
        isError(api.postJson(room + "/seats", "{\"party\":\"FR\"}"), 400, "unknown party");

        JsonNode before = api.get(room + "?seat=" + usSeat).json();
        isError(api.postJson(room + "/moves?seat=" + ruSeat, "{\"move\":\"offer\",\"terms\":{\"warheads\":\"1500\"}}"),
                409, "it is US's turn, not RU's");
        api.postJson(room + "/moves?seat=" + usSeat, "{\"move\":\"offer\",\"terms\":{\"warheads\":\"2000\"},\"round\":1}");
        api.postJson(room + "/moves?seat=" + ruSeat, "{\"move\":\"offer\",\"terms\":{\"warheads\":\"1500\"},\"round\":1}");
        JsonNode inRound2 = api.get(room + "?seat=" + usSeat).json();
        assertThat(inRound2.get("round").asInt()).isEqualTo(2);
        assertThat(inRound2.get("history").size()).isEqualTo(2);
        isError(api.postJson(room + "/moves?seat=" + usSeat, "{\"move\":\"accept\",\"round\":1}"), 409,
                "stale move: round 1 was already played");
        assertThat(api.get(room + "?seat=" + usSeat).json()).isEqualTo(inRound2);
        assertThat(before.get("history").size()).isZero();
        JsonNode watching = api.get(room).json();
        assertThat(watching.get("play").isNull()).isTrue();
        assertThat(watching.get("reservations").isNull()).isTrue();
        assertThat(watching.get("history").get(0).get("utilities").isNull()).isTrue();
        waitFor(watcher, 3);

        restart();
        assertThat(api.get(room + "?seat=" + usSeat).json()).isEqualTo(inRound2);
        JsonNode over = api.postJson(room + "/moves?seat=" + usSeat, "{\"move\":\"accept\",\"round\":2}").json();
        assertThat(over.get("over").asBoolean()).isTrue();
        assertThat(over.get("result").get("agreement").get("warheads").asInt()).isEqualTo(1500);
        JsonNode end = api.get(room).json();
        assertThat(end.get("reservations").size()).isEqualTo(2);
        assertThat(end.get("history").get(0).get("utilities").size()).isEqualTo(2);
    }

    /** Follows an event stream on a thread of its own until {@code events} events arrived; the lines so far. */
    private List<String> follow(String path, int count) throws Exception {
        List<String> lines = new ArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<Stream<String>> stream = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + server.port() + path)).header("Accept", "text/event-stream").timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofLines());
        Iterator<String> it = stream.body().iterator();
        Thread reader = new Thread(() -> {
            while (events(lines) < count && it.hasNext()) {
                String l = it.next();
                synchronized (lines) {
                    lines.add(l);
                }
            }
        });
        reader.setDaemon(true);
        reader.start();
        // the state now comes first: once it is here, the stream hears every later change
        waitFor(lines, 1);
        return lines;
    }

    private static long events(List<String> lines) {
        synchronized (lines) {
            return lines.stream().filter(l -> l.startsWith("data:")).count();
        }
    }

    private static void waitFor(List<String> lines, int count) throws InterruptedException {
        for (int i = 0; i < 200 && events(lines) < count; i++) {
            Thread.sleep(50);
        }
        assertThat(events(lines)).as(String.join("\n", lines)).isGreaterThanOrEqualTo(count);
    }
}
