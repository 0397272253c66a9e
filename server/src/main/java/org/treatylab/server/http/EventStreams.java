package org.treatylab.server.http;

import io.javalin.http.Handler;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.treatylab.app.common.Failures;
import org.treatylab.app.common.Sessions;
import org.treatylab.app.common.Viewer;
import org.treatylab.domain.ErrorKind;
import org.treatylab.report.Json;

/**
 * Server-sent events for things the application layer keeps (talks rooms, negotiation sessions, tournament jobs):
 * the current state first as a {@code state} event, then every event the door publishes, until the client goes
 * away. For a room, the query parameter {@code seat} (a seat's secret) makes the events the seat's view; without it
 * they are a watcher's.
 */
public final class EventStreams {
    private EventStreams() {
    }

    /** A handler for {@code GET .../{id}/events}; {@code snapshot} gives the current state of an id. */
    public static Handler of(Sessions<?> sessions, Function<String, Object> snapshot) {
        return of(sessions, (id, secret) -> Viewer.WATCHER, (id, viewer) -> snapshot.apply(id));
    }

    /**
     * A handler for a room's {@code GET .../{id}/events?seat=SECRET}: {@code viewer} resolves the secret (FORBIDDEN
     * when it is no seat's), {@code snapshot} gives what that viewer sees now.
     */
    public static Handler of(Sessions<?> sessions, BiFunction<String, String, Viewer> viewer,
            BiFunction<String, Viewer, Object> snapshot) {
        return new SseHandler(client -> {
            String id = client.ctx().pathParam("id");
            Object first;
            Watcher w;
            try {
                w = new Watcher(client, viewer.apply(id, client.ctx().queryParam("seat")));
                sessions.watch(id, w);
                first = snapshot.apply(id, w.viewer());
            } catch (RuntimeException e) {
                Optional<ErrorKind> kind = Failures.kindOf(e);
                if (kind.isEmpty()) {
                    throw e;
                }
                client.ctx().status(kind.get().httpStatus());
                client.sendEvent("error", Json.compact(ApiError.body(kind.get().label(), Failures.message(e))));
                client.close();
                return;
            }
            client.keepAlive();
            client.onClose(() -> sessions.unwatch(id, w));
            client.sendEvent("state", Json.compact(first));
        });
    }

    private record Watcher(SseClient client, Viewer viewer) implements Sessions.Watcher {
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
