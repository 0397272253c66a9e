package org.treatylab.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.treatylab.app.ledger.AccessDoor;
import org.treatylab.app.ledger.ConsistencyDocument;
import org.treatylab.app.ledger.SignedHeadView;
import org.treatylab.app.ledger.WitnessDoor;
import org.treatylab.domain.Party;
import org.treatylab.report.Json;
import org.treatylab.server.http.Route;
import org.treatylab.server.http.SecurityHeaders;
import org.treatylab.store.LedgerSetup;
import org.treatylab.verification.VerificationException;

/**
 * Who may call what: every route of the table called with no token, a bogus one, an observer's and each party's; the
 * host's signed head and a witness over HTTP; security headers; no token in the logs; no state change on GET.
 */
class LedgerAccessTest extends ServerContract {
    private static final String ITEMS = "uid,system,category,status,facility,warheads\n"
            + "US-M1,Minuteman III,ICBM,deployed,Malmstrom,1\nUS-M2,Minuteman III,ICBM,non_deployed,Minot,0\n";
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private Path hostDir;

    @Override
    Backends backend() {
        return Backends.SQLITE;
    }

    @Override
    ServerOptions configure(ServerOptions o) {
        try {
            hostDir = Files.createTempDirectory("treatylab-host");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return o.withHostKey(hostDir.resolve("host.key"));
    }

    @Override
    void prepare(ServerOptions o) {
        Map<Party, String> t = LedgerSetup.init(o.db(), o.keys(), List.of(Party.US, Party.RU));
        tokens.put("none", null);
        tokens.put("bogus", "tl_" + "A".repeat(43));
        try {
            Path f = AccessDoor.issueObserverToken(o.db(), hostDir.resolve("observer.token"));
            tokens.put("observer", Files.readString(f).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tokens.put("US", t.get(Party.US));
        tokens.put("RU", t.get(Party.RU));
    }

    private ApiClient.Reply call(String who, String method, String path, String body, String type) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", type);
        if (tokens.get(who) != null) {
            b.header("Authorization", "Bearer " + tokens.get(who));
        }
        b = switch (method) {
            case "GET" -> b.GET();
            case "DELETE" -> b.DELETE();
            default -> b.method(method, HttpRequest.BodyPublishers.ofString(body));
        };
        return api.send(b, method.equals("GET") || method.equals("DELETE") ? null : body);
    }

    private String head() {
        return call("US", "GET", "/api/ledger", "", "application/json").json().toString();
    }

    @Test
    void everyRoute_everyRole_everyParty_noBypass() {
        assertThat(call("US", "POST", "/api/ledger/items?nonce=access-declare-1", ITEMS, "text/csv").status()).isEqualTo(201);
        List<String> seen = new ArrayList<>();
        for (Route r : server.routes()) {
            String path = r.path().replaceAll("\\{[^}]+}", "no-such-thing");
            if (r.path().endsWith("/events")) {
                continue; // server-sent events: the same role check as every route (their paths 404 here anyway)
            }
            // an invalid body: the role check must answer before the body is read, and nothing may be written
            String body = r.body() == null ? "" : r.body().shape().mediaType().equals("application/json") ? "{" : "";
            String type = r.body() == null ? "application/json" : r.body().shape().mediaType();
            for (String who : tokens.keySet()) {
                int status = call(who, r.method().name(), path, body, type).status();
                String where = r.method() + " " + r.path() + " as " + who + " -> " + status;
                seen.add(where);
                boolean party = who.equals("US") || who.equals("RU");
                switch (r.role()) {
                    case PUBLIC -> assertThat(status).as(where).isNotIn(401, 403);
                    case OBSERVER -> assertThat(status).as(where).isEqualTo(who.equals("none") || who.equals("bogus")
                            ? 401 : status).isNotIn(who.equals("none") || who.equals("bogus") ? 0 : 401, 403);
                    case PARTY -> {
                        if (who.equals("none") || who.equals("bogus")) {
                            assertThat(status).as(where).isEqualTo(401);
                        } else if (!party) {
                            assertThat(status).as(where).isEqualTo(403);
                        } else {
                            assertThat(status).as(where).isNotIn(401, 403);
                        }
                    }
                    default -> throw new IllegalStateException();
                }
            }
        }
        assertThat(seen).hasSizeGreaterThan(5 * 40);
        assertThat(server.routes()).filteredOn(r -> r.path().startsWith("/api/ledger"))
                .allSatisfy(r -> assertThat(r.role()).isNotEqualTo(Route.Role.PUBLIC));
        assertThat(server.routes()).filteredOn(r -> r.path().equals("/api/ledger/head")
                || r.path().equals("/api/ledger/consistency")).extracting(Route::role).containsOnly(Route.Role.OBSERVER);
        // each party sees only its own items; a party cannot inspect itself; the party is the token's, not the body's
        assertThat(call("US", "GET", "/api/ledger/items", "", "application/json").json().size()).isEqualTo(2);
        assertThat(call("RU", "GET", "/api/ledger/items", "", "application/json").json().size()).isZero();
        ApiClient.Reply self = call("RU", "POST", "/api/ledger/inspections", Json.compact(Map.of("of", "RU",
                "facility", "Malmstrom", "found_csv", ITEMS, "nonce", "access-self-1")), "application/json");
        isError(self, 403, "cannot inspect itself");
        assertThat(call("observer", "GET", "/api/ledger", "", "application/json").json().get("you").isNull()).isTrue();
    }

    @Test
    void getRoutes_changeNothing() {
        String before = head();
        long drafts = api.get("/api/treaties").json().size();
        for (Route r : server.routes()) {
            if (r.method() == Route.Method.GET && !r.path().endsWith("/events") && !r.path().contains("{")) {
                for (String who : List.of("US", "RU")) {
                    call(who, "GET", r.path(), "", "application/json");
                }
            }
        }
        assertThat(head()).isEqualTo(before);
        assertThat(api.get("/api/treaties").json().size()).isEqualTo(drafts);
    }

    @Test
    void signedHead_andWitnessOverHttp_forgedHeadDetected() throws Exception {
        JsonNode h = call("observer", "GET", "/api/ledger/head", "", "application/json").json();
        assertThat(h.get("log_id").asText()).isEqualTo(server.hostKey().logId());
        WitnessDoor.Host host = new WitnessDoor.Host() {
            @Override
            public SignedHeadView head() {
                return read(call("observer", "GET", "/api/ledger/head", "", "application/json"), SignedHeadView.class);
            }

            @Override
            public ConsistencyDocument consistency(long from, long to) {
                return read(call("observer", "GET", "/api/ledger/consistency?from=" + from + "&to=" + to, "",
                        "application/json"), ConsistencyDocument.class);
            }
        };
        Path state = hostDir.resolve("w.state");
        WitnessDoor w = new WitnessDoor();
        long size0 = w.observe(state, host, null).treeSize();
        assertThat(call("US", "POST", "/api/ledger/notifications", "{\"uid\":\"W-" + size0 + "\",\"event\":\"add\","
                + "\"system\":\"Minuteman III\",\"category\":\"ICBM\",\"to\":\"Minot\",\"nonce\":\"witness-add-1\"}", "application/json").status())
                .isEqualTo(200);
        assertThat(w.observe(state, host, null).status()).isEqualTo("extended");
        // a head whose root was changed after signing, or signed by another key, is refused
        WitnessDoor.Host forged = new WitnessDoor.Host() {
            @Override
            public SignedHeadView head() {
                SignedHeadView v = host.head();
                return new SignedHeadView(v.logId(), v.treeSize(), "00".repeat(32), v.time(), v.signature(),
                        v.hostKey());
            }

            @Override
            public ConsistencyDocument consistency(long from, long to) {
                return host.consistency(from, to);
            }
        };
        assertThatThrownBy(() -> w.observe(state, forged, null)).isInstanceOf(VerificationException.class)
                .hasMessageContaining("does not verify under the host key");
        isError(call("observer", "GET", "/api/ledger/consistency?from=3&to=999999", "", "application/json"), 400,
                "the log's size");
        isError(call("observer", "GET", "/api/ledger/consistency?from=x&to=1", "", "application/json"), 400,
                "whole number");
    }

    private static <T> T read(ApiClient.Reply r, Class<T> type) {
        try {
            return Json.mapper().readValue(r.body(), type);
        } catch (IOException e) {
            throw new AssertionError(r.body(), e);
        }
    }

    @Test
    void page_andApi_carrySecurityHeaders() throws Exception {
        HttpClient c = HttpClient.newHttpClient();
        for (String path : List.of("/", "/verification.js", "/api/catalogue")) {
            HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).contains(SecurityHeaders.CSP);
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
        assertThat(SecurityHeaders.CSP).contains("script-src 'self';").doesNotContain("unsafe-eval")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
        String page = c.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/")).GET()
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>").doesNotContainPattern("\\son[a-z]+=");
    }

    @Test
    void tokens_neverInTheLogs() {
        List<Logger> loggers = List.of((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME),
                (Logger) LoggerFactory.getLogger("treatylab.http"));
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        loggers.forEach(l -> l.addAppender(logs));
        int requests = 0;
        try {
            for (String who : tokens.keySet()) {
                call(who, "GET", "/api/ledger", "", "application/json");
                call(who, "POST", "/api/ledger/items", "broken", "text/csv");
                call(who, "GET", "/api/ledger/head", "", "application/json");
                requests += 3;
            }
            // the request log is written once the answer has gone out: wait for every line
            long until = System.nanoTime() + 5_000_000_000L;
            while (logs.list.size() < requests && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
        } finally {
            loggers.forEach(l -> l.detachAppender(logs));
        }
        assertThat(logs.list).hasSizeGreaterThanOrEqualTo(requests);
        for (ILoggingEvent e : List.copyOf(logs.list)) {
            for (String t : tokens.values()) {
                if (t != null) {
                    assertThat(e.getFormattedMessage()).doesNotContain(t).doesNotContain(t.substring(3, 20));
                }
            }
        }
    }
}
