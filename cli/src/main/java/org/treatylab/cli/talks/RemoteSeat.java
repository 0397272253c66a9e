package org.treatylab.cli.talks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.treatylab.app.common.AppException;
import org.treatylab.app.talks.RankedTerms;
import org.treatylab.app.talks.ScenarioView;
import org.treatylab.app.talks.TalksMoveRequest;
import org.treatylab.app.talks.TalksState;
import org.treatylab.domain.ErrorKind;
import org.treatylab.domain.InputException;
import org.treatylab.domain.TreatyLabException;
import org.treatylab.report.Json;

/**
 * A seat in a server's room, over its HTTP API: the seat is taken (or taken back with its secret), moves are posted
 * with the round the person saw, and while another person is to move the seat follows the room's server-sent events.
 * The server's 4xx answers come back as the same kinds of failure as the door's, with the server's message.
 */
final class RemoteSeat implements Seat {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI server;
    private final String room;
    private final String secret;
    private final ScenarioView scenario;
    private final TalksState joined;

    private RemoteSeat(URI server, String room, String secret, ScenarioView scenario, TalksState joined) {
        this.server = server;
        this.room = room;
        this.secret = secret;
        this.scenario = scenario;
        this.joined = joined;
    }

    /**
     * Takes a seat of room {@code room} (the first open one when {@code party} is null), or comes back to the seat
     * whose secret is {@code secret}.
     */
    static RemoteSeat join(URI server, String room, String party, String secret) {
        RemoteSeat probe = new RemoteSeat(server, room, secret, null, null);
        TalksState st;
        if (secret != null) {
            st = probe.state();
        } else {
            Map<String, String> body = new LinkedHashMap<>();
            if (party != null) {
                body.put("party", party);
            }
            st = Json.read(probe.send("POST", path(room, "seats"), Json.compact(body)), TalksState.class);
        }
        String s = secret != null ? secret : st.seatSecret();
        ScenarioView view = null;
        try {
            view = Json.read(probe.send("GET", "/api/talks/scenarios/" + enc(st.scenario()), null), ScenarioView.class);
        } catch (TreatyLabException e) {
            if (e.kind() != ErrorKind.NOT_FOUND) {
                throw e;
            }
        }
        return new RemoteSeat(server, room, s, view, st);
    }

    /** The state the seat was taken with (it carries the seat's secret when it was taken now). */
    TalksState joined() {
        return joined;
    }

    String secret() {
        return secret;
    }

    @Override
    public ScenarioView scenario() {
        return scenario;
    }

    @Override
    public TalksState state() {
        return Json.read(send("GET", path(room, "") + "?seat=" + enc(secret), null), TalksState.class);
    }

    @Override
    public TalksState move(TalksMoveRequest move) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("move", move.move());
        if (!move.terms().isEmpty()) {
            body.put("terms", move.terms());
        }
        if (move.round() != null) {
            body.put("round", move.round());
        }
        return Json.read(send("POST", path(room, "moves") + "?seat=" + enc(secret), Json.compact(body)),
                TalksState.class);
    }

    @Override
    public List<RankedTerms> best(int n) {
        return List.of(Json.read(send("GET", path(room, "best") + "?seat=" + enc(secret) + "&n=" + n, null),
                RankedTerms[].class));
    }

    /** Follows the room's events until one says it is this seat's move or the talks are over. */
    @Override
    public TalksState awaitTurn(TalksState now) {
        if (now.over() || now.yourTurn()) {
            return now;
        }
        HttpRequest req = HttpRequest.newBuilder(server.resolve(path(room, "events") + "?seat=" + enc(secret)))
                .header("Accept", "text/event-stream").GET().build();
        HttpResponse<Stream<String>> r = call(req, HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = r.body()) {
            if (r.statusCode() >= 400) {
                throw failure(r.statusCode(), String.join("\n", lines.toList()));
            }
            String event = null;
            for (Iterator<String> it = lines.iterator(); it.hasNext();) {
                String line = it.next();
                if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:") && "state".equals(event)) {
                    TalksState st = Json.read(line.substring(5).strip(), TalksState.class);
                    if (st.over() || st.yourTurn()) {
                        return st;
                    }
                }
            }
        }
        throw AppException.failed("the server closed the room's events before it was this seat's move");
    }

    private static String path(String room, String tail) {
        return "/api/talks/sessions/" + enc(room) + (tail.isEmpty() ? "" : "/" + tail);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private String send(String method, String pathAndQuery, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.resolve(pathAndQuery)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> r = call(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 400) {
            throw failure(r.statusCode(), r.body());
        }
        return r.body();
    }

    private <T> HttpResponse<T> call(HttpRequest req, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(req, handler);
        } catch (ConnectException e) {
            throw new TreatyLabException(ErrorKind.UNAVAILABLE, "cannot reach the server at " + server
                    + " (is it running? start one with 'treatylab serve')");
        } catch (IOException e) {
            throw new TreatyLabException(ErrorKind.FAILURE, "talking to " + server + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AppException.failed("interrupted while talking to " + server);
        }
    }

    /** The server's error answer as the failure of its kind, with its message. */
    private TreatyLabException failure(int status, String body) {
        String detail = body;
        try {
            JsonNode n = Json.MAPPER.readTree(body);
            if (n.hasNonNull("detail")) {
                detail = n.get("detail").asText();
            }
        } catch (IOException | RuntimeException e) {
            // not the API's JSON error: the body as it is
        }
        for (ErrorKind k : ErrorKind.values()) {
            if (k.httpStatus() == status) {
                return k == ErrorKind.BAD_INPUT ? new InputException(detail) : new TreatyLabException(k, detail);
            }
        }
        return new TreatyLabException(ErrorKind.FAILURE, "the server answered " + status + ": " + detail);
    }
}
