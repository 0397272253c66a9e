package org.treatylab.server;

import io.javalin.http.Handler;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.treatylab.report.Json;

/**
 * Things that live on the server and change (negotiation sessions, talks played by a person, tournament jobs):
 * ids, lookup with a 404, and server-sent events to every watcher after each change.
 *
 * <p>At most {@code capacity} entries are kept; the oldest is dropped when a new one would exceed it.
 */
public final class LiveRegistry<T> {
    private final String prefix;
    private final int capacity;
    private final AtomicLong next = new AtomicLong(1);
    private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();

    private record Entry<T>(long serial, T value, List<SseClient> watchers) {
    }

    public LiveRegistry(String prefix, int capacity) {
        this.prefix = prefix;
        this.capacity = capacity;
    }

    /** Registers a value; returns its id. */
    public String add(T value) {
        long serial = next.getAndIncrement();
        String id = prefix + serial;
        entries.put(id, new Entry<>(serial, value, new CopyOnWriteArrayList<>()));
        while (entries.size() > capacity) {
            entries.entrySet().stream().min((a, b) -> Long.compare(a.getValue().serial(), b.getValue().serial()))
                    .ifPresent(oldest -> drop(oldest.getKey()));
        }
        return id;
    }

    /** The value with this id; 404 when unknown. */
    public T get(String id) {
        Entry<T> e = entries.get(id);
        if (e == null) {
            throw ApiError.notFound("no " + prefix.replace("-", "") + " '" + id + "'");
        }
        return e.value();
    }

    /** Sends an event with a JSON payload to every watcher of {@code id}. */
    public void publish(String id, String event, Object payload) {
        Entry<T> e = entries.get(id);
        if (e == null) {
            return;
        }
        String json = Json.compact(payload);
        for (SseClient c : e.watchers()) {
            if (c.terminated()) {
                e.watchers().remove(c);
            } else {
                c.sendEvent(event, json);
            }
        }
    }

    /**
     * A handler for {@code GET .../{id}/events}: sends the current state as a first {@code state} event, then every
     * published event until the client goes away.
     */
    public Handler events(Function<T, Object> snapshot) {
        return new SseHandler(client -> {
            String id = client.ctx().pathParam("id");
            Entry<T> e = entries.get(id);
            if (e == null) {
                client.ctx().status(404);
                client.sendEvent("error", Json.compact(TreatyLabServer.error("not found", "no '" + id + "'")));
                client.close();
                return;
            }
            client.keepAlive();
            e.watchers().add(client);
            client.onClose(() -> e.watchers().remove(client));
            client.sendEvent("state", Json.compact(snapshot.apply(e.value())));
        });
    }

    private void drop(String id) {
        Entry<T> e = entries.remove(id);
        if (e != null) {
            e.watchers().forEach(SseClient::close);
        }
    }

    public int size() {
        return entries.size();
    }
}
