package org.treatylab.app.common;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Things that live between requests and change (a person's talks, negotiation sessions, tournament jobs): ids, lookup
 * (NOT_FOUND when unknown), and watchers told of each change. At most {@code capacity} are kept; the oldest is dropped
 * when a new one would exceed it.
 *
 * @param <T> what is kept
 */
public final class Sessions<T> {
    private final String prefix;
    private final String noun;
    private final int capacity;
    private final AtomicLong next = new AtomicLong(1);
    private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();

    /** Someone following one session: an edge's event stream. */
    public interface Watcher {
        /** Sends one event; {@code payload} is a record of the door's. */
        void send(String event, Object payload);

        /** Whether the watcher has gone away. */
        boolean closed();

        void close();
    }

    private record Entry<T>(long serial, T value, List<Watcher> watchers) {
    }

    /**
     * @param prefix the ids' prefix ({@code talks-})
     * @param noun what one is called in messages ({@code talks session})
     */
    public Sessions(String prefix, String noun, int capacity) {
        this.prefix = prefix;
        this.noun = noun;
        this.capacity = capacity;
    }

    /** Keeps a value; returns its id. */
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

    /** The value with this id; NOT_FOUND when unknown (or dropped). */
    public T get(String id) {
        Entry<T> e = entries.get(id);
        if (e == null) {
            throw AppException.notFound("no " + noun + " '" + id + "'");
        }
        return e.value();
    }

    /** Adds a watcher of {@code id}; NOT_FOUND when unknown. */
    public T watch(String id, Watcher w) {
        Entry<T> e = entries.get(id);
        if (e == null) {
            throw AppException.notFound("no " + noun + " '" + id + "'");
        }
        e.watchers().add(w);
        return e.value();
    }

    public void unwatch(String id, Watcher w) {
        Entry<T> e = entries.get(id);
        if (e != null) {
            e.watchers().remove(w);
        }
    }

    /** Sends an event to every watcher of {@code id}. */
    public void publish(String id, String event, Object payload) {
        Entry<T> e = entries.get(id);
        if (e == null) {
            return;
        }
        for (Watcher w : e.watchers()) {
            if (w.closed()) {
                e.watchers().remove(w);
            } else {
                w.send(event, payload);
            }
        }
    }

    private void drop(String id) {
        Entry<T> e = entries.remove(id);
        if (e != null) {
            e.watchers().forEach(Watcher::close);
        }
    }

    public int size() {
        return entries.size();
    }
}
