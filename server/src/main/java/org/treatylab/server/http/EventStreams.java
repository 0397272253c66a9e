package org.treatylab.server.http;

import io.javalin.http.Handler;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.util.function.Function;
import org.treatylab.app.common.AppException;
import org.treatylab.app.common.Sessions;
import org.treatylab.report.Json;

/**
 * Server-sent events for things the application layer keeps (a person's talks, negotiation sessions, tournament
 * jobs): the current state first as a {@code state} event, then every event the door publishes, until the client
 * goes away.
 */
public final class EventStreams {
    private EventStreams() {
    }

    /** A handler for {@code GET .../{id}/events}; {@code snapshot} gives the current state of an id. */
    public static Handler of(Sessions<?> sessions, Function<String, Object> snapshot) {
        return new SseHandler(client -> {
            String id = client.ctx().pathParam("id");
            Watcher w = new Watcher(client);
            Object first;
            try {
                sessions.watch(id, w);
                first = snapshot.apply(id);
            } catch (AppException e) {
                client.ctx().status(404);
                client.sendEvent("error", Json.compact(ApiError.body("not found", e.getMessage())));
                client.close();
                return;
            }
            client.keepAlive();
            client.onClose(() -> sessions.unwatch(id, w));
            client.sendEvent("state", Json.compact(first));
        });
    }

    private record Watcher(SseClient client) implements Sessions.Watcher {
        @Override
        public void send(String event, Object payload) {
            client.sendEvent(event, Json.compact(payload));
        }

        @Override
        public boolean closed() {
            return client.terminated();
        }

        @Override
        public void close() {
            client.close();
        }
    }
}
