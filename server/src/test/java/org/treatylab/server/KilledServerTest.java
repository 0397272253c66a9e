package org.treatylab.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatylab.report.Json;

/**
 * The server as a child JVM killed by SIGKILL (no shutdown hook, no flush) and started again on the same SQLite
 * file: the two people of a talks room continue from the same round with the same history, and a tournament killed
 * midway finishes with the results of the same tournament run without stopping.
 */
class KilledServerTest {
    @TempDir
    Path dir;

    /** A running child server. */
    private record Child(Process process, ApiClient api) {
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
            assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        }
    }

    private Child start() throws IOException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), ServerChild.class.getName(), dir.resolve("server.db")
                .toString()).redirectError(dir.resolve("child-err.log").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("port ")) {
            // the child's log lines before it listens
        }
        assertThat(line).as("the child server never listened: %s", Files.exists(dir.resolve("child-err.log"))
                ? Files.readString(dir.resolve("child-err.log")) : "").isNotNull();
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep the child's stdout flowing
                }
            } catch (IOException e) {
                // the child is gone
            }
        });
        drain.setDaemon(true);
        drain.start();
        return new Child(p, new ApiClient(Integer.parseInt(line.substring(5).strip())));
    }

    private static JsonNode ok(ApiClient.Reply r) {
        assertThat(r.status() / 100).as(r.body()).isEqualTo(2);
        return r.json();
    }

    @Test
    void talksRoom_serverKilledMidGame_bothPlayersContinueFromTheSameRoundWithTheSameHistory() throws Exception {
        Child first = start();
        JsonNode us = ok(first.api().postJson("/api/talks/sessions", "{\"scenario\":\"start-2009\",\"people\":"
                + "[\"US\",\"RU\"],\"play\":\"US\",\"seed\":3}"));
        String room = "/api/talks/sessions/" + us.get("id").asText();
        String usSeat = us.get("seat_secret").asText();
        String ruSeat = ok(first.api().postJson(room + "/seats", "{\"party\":\"RU\"}")).get("seat_secret").asText();
        String[][] moves = {{usSeat, "2000", "1"}, {ruSeat, "1000", "1"}, {usSeat, "1675", "2"}, {ruSeat, "1500", "2"},
                {usSeat, "1550", "3"}};
        for (String[] m : moves) {
            ok(first.api().postJson(room + "/moves?seat=" + m[0], "{\"move\":\"offer\",\"terms\":{\"warheads\":\""
                    + m[1] + "\"},\"round\":" + m[2] + "}"));
        }
        JsonNode usBefore = ok(first.api().get(room + "?seat=" + usSeat));
        JsonNode ruBefore = ok(first.api().get(room + "?seat=" + ruSeat));
        assertThat(ruBefore.get("round").asInt()).isEqualTo(3);
        assertThat(ruBefore.get("history")).hasSize(5);
        assertThat(ruBefore.get("your_turn").asBoolean()).isTrue();
        first.kill();

        Child second = start();
        try {
            assertThat(ok(second.api().get(room + "?seat=" + usSeat))).isEqualTo(usBefore);
            assertThat(ok(second.api().get(room + "?seat=" + ruSeat))).isEqualTo(ruBefore);
            // the round already played stays played; the seats stay taken
            assertThat(second.api().postJson(room + "/moves?seat=" + ruSeat, "{\"move\":\"accept\",\"round\":2}")
                    .status()).isEqualTo(409);
            assertThat(second.api().postJson(room + "/seats", "{\"party\":\"US\"}").status()).isEqualTo(409);
            JsonNode over = ok(second.api().postJson(room + "/moves?seat=" + ruSeat,
                    "{\"move\":\"accept\",\"round\":3}"));
            assertThat(over.get("over").asBoolean()).isTrue();
            assertThat(over.get("result").get("agreement").get("warheads").asInt()).isEqualTo(1550);
            assertThat(over.get("history")).hasSize(6);
            for (int i = 0; i < 5; i++) {
                ObjectNode then = (ObjectNode) ruBefore.get("history").get(i).deepCopy();
                ObjectNode now = (ObjectNode) over.get("history").get(i).deepCopy();
                now.remove("utilities");
                then.remove("utilities");
                assertThat(now).isEqualTo(then);
            }
        } finally {
            second.kill();
        }
    }

    /** Polls a job until it leaves queued/running (the liveness guard is not a timing assertion). */
    private static JsonNode ended(ApiClient api, String id) throws InterruptedException {
        for (int i = 0; i < 30_000; i++) {
            JsonNode j = ok(api.get("/api/tournaments/" + id));
            if (!List.of("queued", "running").contains(j.get("status").asText())) {
                return j;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("tournament " + id + " did not end within ten minutes");
    }

    @Test
    void tournament_serverKilledMidway_finishesWithTheResultsOfAnUninterruptedRun() throws Exception {
        String request = "{\"scenarios\": [\"lease-genius\", \"grid-nonlinear\"], \"agents\": [\"boulware\", "
                + "\"conceder\", \"linear\", \"micro\", \"hardliner\"], \"repetitions\": 10, \"rounds\": 1000, "
                + "\"seed\": 11}";
        Child first = start();
        JsonNode job = ok(first.api().postJson("/api/tournaments", request));
        String id = job.get("id").asText();
        int total = job.get("total").asInt();
        int doneAtKill;
        while (true) {
            JsonNode j = ok(first.api().get("/api/tournaments/" + id));
            assertThat(j.get("status").asText()).as("the tournament ended before it could be killed; make it longer")
                    .isIn("queued", "running");
            doneAtKill = j.get("done").asInt();
            // past the first saved batch (records are kept every 64 sessions or every second), well before the end
            if (doneAtKill > 64) {
                break;
            }
            Thread.sleep(20);
        }
        first.kill();
        assertThat(doneAtKill).isLessThan(total);

        Child second = start();
        try {
            JsonNode resumed = ok(second.api().get("/api/tournaments/" + id));
            assertThat(resumed.get("status").asText()).isIn("running", "done");
            // it runs on from the sessions kept before the kill, not from the start
            // (a batch of 64 was written before the kill: progress is told after a session's record is kept)
            assertThat(resumed.get("done").asInt()).isGreaterThanOrEqualTo(64);
            JsonNode finished = ended(second.api(), id);
            assertThat(finished.get("status").asText()).isEqualTo("done");
            assertThat(finished.get("done").asInt()).isEqualTo(total);

            String again = ok(second.api().postJson("/api/tournaments", request)).get("id").asText();
            JsonNode uninterrupted = ended(second.api(), again);
            assertThat(finished.get("sessions")).hasSize(total).isEqualTo(uninterrupted.get("sessions"));
            assertThat(finished.get("summary")).isEqualTo(uninterrupted.get("summary"));
            assertThat(second.api().get("/api/tournaments/" + id + "/results.csv").body())
                    .isEqualTo(second.api().get("/api/tournaments/" + again + "/results.csv").body());
        } finally {
            second.kill();
        }
    }
}
