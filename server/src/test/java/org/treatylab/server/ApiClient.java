package org.treatylab.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.treatylab.report.Json;

/**
 * A small HTTP client for API tests against a real server on a random port. Every exchange is checked against the
 * server's own OpenAPI document ({@link OpenApiCheck}): an accepted JSON request must match its schema, and every
 * answer the schema of its status; a mismatch fails the test at once.
 */
final class ApiClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final OpenApiCheck check;

    ApiClient(TreatyLabServer server) {
        this(server.port());
    }

    /** A client of the server on this loopback port (a child process's). */
    ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.check = new OpenApiCheck(raw(HttpRequest.newBuilder(URI.create(base + "/openapi.json")).GET()).body());
    }

    OpenApiCheck openApi() {
        return check;
    }

    record Reply(int status, String body, String contentType) {
        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Reply post(String path, String body, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)), body);
    }

    Reply postJson(String path, String json) {
        return post(path, json, "application/json");
    }

    Reply delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    Reply send(HttpRequest.Builder b) {
        return send(b, null);
    }

    /** Sends a request whose body (if any) is {@code body}, and checks the exchange against the document. */
    Reply send(HttpRequest.Builder b, String body) {
        HttpRequest request = b.timeout(Duration.ofSeconds(30)).build();
        Reply r = raw(request);
        var problems = check.check(request.method(), request.uri().getRawPath()
                + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery()),
                request.headers().firstValue("Content-Type").orElse(null), body, r.status(), r.contentType(), r.body());
        if (!problems.isEmpty()) {
            throw new AssertionError("the exchange does not match /openapi.json:\n  " + String.join("\n  ", problems));
        }
        return r;
    }

    private Reply raw(HttpRequest.Builder b) {
        return raw(b.timeout(Duration.ofSeconds(30)).build());
    }

    private Reply raw(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r.headers().firstValue("content-type").orElse(""));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
