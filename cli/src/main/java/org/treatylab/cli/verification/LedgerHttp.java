package org.treatylab.cli.verification;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.treatylab.app.common.AppException;
import org.treatylab.domain.ErrorKind;
import org.treatylab.domain.InputException;
import org.treatylab.app.ledger.ClientFiles;
import org.treatylab.report.Json;

/**
 * A ledger server as the command line reaches it: its base URL and the caller's API token (from {@code --token-file}
 * or the {@code TREATYLAB_TOKEN} environment variable, never from the command line, where other users could read it).
 */
final class LedgerHttp {
    private static final long MAX_ANSWER = 4L << 20;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String token;

    LedgerHttp(String server, Path tokenFile) {
        URI u;
        try {
            u = URI.create(server.strip());
        } catch (IllegalArgumentException e) {
            throw new InputException("--server: not a URL: '" + server + "'");
        }
        if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme()) || u.getHost() == null) {
            throw new InputException("--server: expected http://HOST:PORT or https://HOST:PORT, got '" + server + "'");
        }
        this.base = server.strip().replaceAll("/+$", "");
        this.token = token(tokenFile);
    }

    private static String token(Path file) {
        if (file != null) {
            String t = ClientFiles.text(file, 4096).strip();
            if (t.isEmpty() || t.contains("\n")) {
                throw new InputException(file + ": expected one API token on one line");
            }
            return t;
        }
        String env = System.getenv("TREATYLAB_TOKEN");
        if (env == null || env.isBlank()) {
            throw new InputException("an API token is needed: give --token-file FILE or set TREATYLAB_TOKEN");
        }
        return env.strip();
    }

    /** GETs a JSON answer; an error answer is a failure naming the status and the server's detail. */
    <T> T get(String pathAndQuery, Class<T> type) {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET(), pathAndQuery, type);
    }

    /** POSTs a body; a 4xx answer is a failure naming the status and the server's detail. */
    <T> T post(String pathAndQuery, String body, String contentType, Class<T> type) {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)), pathAndQuery, type);
    }

    private <T> T send(HttpRequest.Builder b, String pathAndQuery, Class<T> type) {
        HttpRequest r = b.timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").build();
        HttpResponse<String> a;
        try {
            a = http.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw AppException.failed(base + ": cannot reach the server (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AppException.failed(base + ": interrupted");
        }
        if (a.body().length() > MAX_ANSWER) {
            throw AppException.failed(base + pathAndQuery + ": the answer is larger than " + MAX_ANSWER + " bytes");
        }
        if (a.statusCode() / 100 != 2) {
            throw new AppException(kind(a.statusCode()), base + pathAndQuery + ": the server answered "
                    + a.statusCode() + " (" + detail(a.body()) + ")");
        }
        try {
            return Json.mapper().readValue(a.body(), type);
        } catch (IOException e) {
            throw AppException.failed(base + pathAndQuery + ": the answer is not the expected JSON ("
                    + firstLine(e.getMessage()) + ")");
        }
    }

    /** The server's answer as this command's failure: the user's input (exit 2) or the work's (exit 1). */
    private static ErrorKind kind(int status) {
        return switch (status) {
            case 400, 401, 413 -> ErrorKind.BAD_INPUT;
            case 403 -> ErrorKind.FORBIDDEN;
            case 404 -> ErrorKind.NOT_FOUND;
            case 409 -> ErrorKind.CONFLICT;
            case 429 -> ErrorKind.BUSY;
            case 503 -> ErrorKind.UNAVAILABLE;
            default -> ErrorKind.FAILURE;
        };
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.strip().lines().findFirst().orElse("");
    }

    private static String detail(String body) {
        try {
            JsonNode j = Json.mapper().readTree(body);
            return j.path("error").asText("") + ": " + j.path("detail").asText("");
        } catch (IOException e) {
            return body.length() > 200 ? body.substring(0, 200) : body;
        }
    }
}
