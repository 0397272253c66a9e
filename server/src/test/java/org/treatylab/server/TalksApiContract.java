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
        assertThat(s.get("your_turn").asBoolean()).isTrue();
        assertThat(s.get("offer_on_table").get("by").asText()).isEqualTo("US");
        assertThat(s.get("date").asText()).isEqualTo("2009-04-24");

        List<String> events = new ArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<Stream<String>> stream = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + server.port() + "/api/talks/sessions/" + id + "/events")).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofLines());
        Iterator<String> lines = stream.body().iterator();
        Thread reader = new Thread(() -> {
            while (lines.hasNext() && events.stream().filter(l -> l.startsWith("event:")).count() < 2) {
                synchronized (events) {
                    events.add(lines.next());
                }
            }
        });
        reader.start();

        isError(api.postJson("/api/talks/sessions/" + id + "/moves", "{\"move\":\"offer\",\"terms\":{\"warheads\":\"1234\"}}"),
                400, "issue 'warheads' takes");
        isError(api.postJson("/api/talks/sessions/" + id + "/moves", "{\"move\":\"dance\"}"), 400, "offer, accept or end");
        assertThat(api.get("/api/talks/sessions/" + id).json().get("history").size()).isEqualTo(1);
        JsonNode after = api.postJson("/api/talks/sessions/" + id + "/moves",
                "{\"move\":\"offer\",\"terms\":{\"warheads\":\"1500\",\"missile_defense\":\"binding-limits\"}}").json();
        assertThat(after.get("round").asInt()).isEqualTo(2);
        assertThat(after.get("history").get(1).get("terms").get("warheads").asInt()).isEqualTo(1500);
        JsonNode ended = api.postJson("/api/talks/sessions/" + id + "/moves", "{\"move\":\"end\"}").json();
        assertThat(ended.get("over").asBoolean()).isTrue();
        assertThat(ended.get("result").get("agreement").isNull()).isTrue();
        isError(api.postJson("/api/talks/sessions/" + id + "/moves", "{\"move\":\"end\"}"), 409, "over");
        reader.join(10_000);
        synchronized (events) {
            assertThat(events).anyMatch(l -> l.equals("event: state"));
            assertThat(String.join("\n", events)).contains("\"id\":\"" + id + "\"");
        }
        isError(api.get("/api/talks/sessions/talks-999999"), 404, "talks-999999");
    }
}
