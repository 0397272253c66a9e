package org.treatylab.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.treatylab.report.Json;

/** Reads server-sent events with java.net.http: a reader thread turns the stream into events on a queue. */
final class SseReader implements AutoCloseable {
    /** One event: its name and its JSON data. */
    record Event(String name, JsonNode data) {
    }

    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private final InputStream body;
    private final int status;
    private final String contentType;

    SseReader(TreatyLabServer server, String path) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + path)).header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        this.status = r.statusCode();
        this.contentType = r.headers().firstValue("content-type").orElse("");
        this.body = r.body();
        Thread t = new Thread(this::pump, "sse-reader");
        t.setDaemon(true);
        t.start();
    }

    private void pump() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new Event(name, Json.MAPPER.readTree(data.toString())));
                    }
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            }
            events.add("closed");
        } catch (IOException e) {
            events.add("closed");
        }
    }

    int status() {
        return status;
    }

    String contentType() {
        return contentType;
    }

    /** The next event; fails the test when none comes within 30 s or the stream ends. */
    Event next() throws InterruptedException {
        Object o = events.poll(30, TimeUnit.SECONDS);
        if (!(o instanceof Event e)) {
            throw new AssertionError(o == null ? "no event within 30 s" : "the stream ended");
        }
        return e;
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
