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
import org.treatylab.domain.InputException;
import org.treatylab.domain.io.TextFiles;
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
            String t = TextFiles.utf8(file.toString(), TextFiles.bytes(file, 4096)).strip();
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
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
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
        if (a.statusCode() != 200) {
            throw AppException.failed(base + pathAndQuery + ": the server answered " + a.statusCode() + " ("
                    + detail(a.body()) + ")");
        }
        try {
            return Json.mapper().readValue(a.body(), type);
        } catch (IOException e) {
            throw AppException.failed(base + pathAndQuery + ": the answer is not the expected JSON ("
                    + firstLine(e.getMessage()) + ")");
        }
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
