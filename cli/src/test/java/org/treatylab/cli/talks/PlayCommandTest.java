package org.treatylab.cli.talks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatylab.cli.CliRun;
import org.treatylab.report.Json;
import org.treatylab.server.ServerOptions;
import org.treatylab.server.TreatyLabServer;

/**
 * {@code talks play --join CODE --server URL}: a terminal takes Russia's seat in a server's room while the US seat is
 * played over HTTP by the test; the terminal waits for the other person's move over the room's events.
 */
class PlayCommandTest {
    private static TreatyLabServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        server = TreatyLabServer.start(ServerOptions.defaults().withPort(0).withDb(Files.createTempDirectory(
                "treatylab-play").resolve("server.db").toString()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode post(String path, String json) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url()).resolve(path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode() / 100).as(r.body()).isEqualTo(2);
        return Json.MAPPER.readTree(r.body());
    }

    private static JsonNode get(String path) throws Exception {
        return Json.MAPPER.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(server.url()).resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private static CliRun withInput(String input, String... args) {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            return CliRun.of(args);
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void join_playsRussiaAgainstAPersonOverHttp_toAgreement() throws Exception {
        JsonNode us = post("/api/talks/sessions", "{\"scenario\":\"start-2009\",\"people\":[\"US\",\"RU\"],"
                + "\"play\":\"US\"}");
        String room = "/api/talks/sessions/" + us.get("id").asText();
        String usSeat = "?seat=" + us.get("seat_secret").asText();
        post(room + "/moves" + usSeat, "{\"move\":\"offer\",\"terms\":{\"warheads\":\"2000\"},\"round\":1}");
        // the US accepts as soon as Russia's counter-offer is on the table
        Thread usPlayer = new Thread(() -> {
            try {
                for (int i = 0; i < 3000; i++) {
                    JsonNode s = get(room + usSeat);
                    if (s.get("your_turn").asBoolean()) {
                        post(room + "/moves" + usSeat, "{\"move\":\"accept\"}");
                        return;
                    }
                    Thread.sleep(20);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        usPlayer.start();
        CliRun r = withInput("o warheads=1500\n", "talks", "play", "--join", us.get("id").asText().toLowerCase()
                .replace("-", ""), "--server", server.url());
        usPlayer.join(60_000);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Room " + us.get("id").asText() + " on " + server.url())
                .contains("you play RU (to come back to this seat: --secret ")
                .contains("On the table (from US): warheads 2,000").contains("offering: warheads 1,500")
                .contains("Waiting for US to move...").contains("AGREEMENT");
        JsonNode end = get(room);
        assertThat(end.get("over").asBoolean()).isTrue();
        assertThat(end.get("result").get("agreement").get("warheads").asInt()).isEqualTo(1500);
    }

    @Test
    void join_badInputAndRefusals_areOneLineWithTheirExitCodes() throws Exception {
        JsonNode us = post("/api/talks/sessions", "{\"scenario\":\"start-2009\",\"play\":\"US\"}");
        String code = us.get("id").asText();
        record Case(int exit, String message, String[] args) {
        }
        for (Case c : new Case[] {
                new Case(2, "--server: expected http://HOST:PORT", new String[] {"talks", "play", "--join", code,
                        "--server", "ftp://x"}),
                new Case(2, "no talks session 'ZZZZ-ZZZZ'", new String[] {"talks", "play", "--join", "zzzzzzzz",
                        "--server", server.url()}),
                new Case(1, "every seat of this game is taken", new String[] {"talks", "play", "--join", code,
                        "--server", server.url()}),
                new Case(2, "the seat secret is not one of this game's seats", new String[] {"talks", "play",
                        "--join", code, "--secret", "abc", "--server", server.url()}),
                new Case(2, "give --seat (to take a seat) or --secret", new String[] {"talks", "play", "--join",
                        code, "--seat", "RU", "--secret", "abc", "--server", server.url()}),
                new Case(1, "cannot reach the server at http://127.0.0.1:1/", new String[] {"talks", "play",
                        "--join", code, "--server", "http://127.0.0.1:1"})}) {
            CliRun r = withInput("", c.args());
            assertThat(r.code()).as(String.join(" ", c.args()) + ": " + r.err()).isEqualTo(c.exit());
            assertThat(r.err().lines()).as(r.err()).hasSize(1);
            assertThat(r.err()).startsWith("error: ").contains(c.message()).doesNotContain("Exception");
        }
    }
}
