package org.treatylab.app.common;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.treatylab.domain.session.LogEntry;
import org.treatylab.domain.session.SessionStore;
import org.treatylab.domain.session.SessionSummary;
import org.treatylab.domain.session.StoredSession;

/**
 * Things that live between requests and change (a person's talks, negotiation sessions, tournament jobs) of one
 * kind: kept in a {@link SessionStore} so that they survive a restart, held in memory while in use, looked up by id
 * (NOT_FOUND when unknown), with watchers told of each change.
 *
 * <p>A session lost from memory (a restart) is rebuilt from the store on first use by the door's restorer. At most
 * {@code capacity} of the kind are kept: adding one more removes the least recently touched (written to) that is not
 * busy, from memory and store. Idle sessions are removed by {@link #forget} after the store expired them.
 *
 * @param <T> what is kept
 */
public final class Sessions<T extends Sessions.Kept> {
    private static final Logger LOG = LoggerFactory.getLogger("treatylab.sessions");
    private final String kind;
    private final String noun;
    private final int capacity;
    private final SessionStore store;
    private final Clock clock;
    private final boolean roomCodes;
    private final Function<StoredSession, T> restorer;
    private final Map<String, Entry<T>> live = new ConcurrentHashMap<>();
    private final AtomicLong serial = new AtomicLong();

    /** What a door keeps. */
    public interface Kept {
        /** Whether it is still working (a running tournament): then it is neither dropped nor expired. */
        default boolean busy() {
            return false;
        }
    }

    /** Someone following one session: an edge's event stream. */
    public interface Watcher {
        /** Sends one event; {@code payload} is a record of the door's. */
        void send(String event, Object payload);

        /** Whether the watcher has gone away. */
        boolean closed();

        void close();

        /** Who watches: what the events show depends on it. */
        default Viewer viewer() {
            return Viewer.WATCHER;
        }
    }

    private record Entry<T>(T value, List<Watcher> watchers) {
    }

    /**
     * @param kind the store's kind ({@code talks})
     * @param noun what one is called in messages ({@code talks session})
     * @param roomCodes whether ids are room codes ({@link RoomCodes}); else {@code kind-N}, N counting on from the
     *     largest kept
     * @param restorer rebuilds a kept session from the store (IllegalStateException when it cannot)
     */
    public Sessions(String kind, String noun, int capacity, SessionStore store, Clock clock, boolean roomCodes,
            Function<StoredSession, T> restorer) {
        this.kind = kind;
        this.noun = noun;
        this.capacity = capacity;
        this.store = store;
        this.clock = clock;
        this.roomCodes = roomCodes;
        this.restorer = restorer;
    }

    /** The time on this keeper's clock. */
    public Instant now() {
        return clock.instant();
    }

    /** A new id, used by no kept session. */
    public synchronized String newId() {
        if (roomCodes) {
            while (true) {
                String code = RoomCodes.next();
                if (!live.containsKey(code) && store.load(code).isEmpty()) {
                    return code;
                }
            }
        }
        if (serial.get() == 0) {
            long max = 0;
            for (SessionSummary s : store.list(kind)) {
                String n = s.id().substring(s.id().lastIndexOf('-') + 1);
                if (n.chars().allMatch(Character::isDigit) && !n.isEmpty()) {
                    max = Math.max(max, Long.parseLong(n));
                }
            }
            serial.set(max);
        }
        return kind + "-" + serial.incrementAndGet();
    }

    /**
     * Keeps a new session under {@code id}: written to the store (spec, state and log in one transaction), then held.
     * Beyond the capacity the least recently touched idle sessions are dropped.
     */
    public void add(String id, T value, String spec, String state, List<LogEntry> log) {
        Instant now = now();
        store.create(new StoredSession(id, kind, spec, state, now, now, log));
        live.put(id, new Entry<>(value, new CopyOnWriteArrayList<>()));
        List<SessionSummary> all = store.list(kind);
        int excess = all.size() - capacity;
        for (int i = all.size() - 1; i >= 0 && excess > 0; i--) {
            String old = all.get(i).id();
            Entry<T> e = live.get(old);
            if (!old.equals(id) && (e == null || !e.value().busy())) {
                drop(old);
                excess--;
            }
        }
    }

    /** The session with this id, rebuilt from the store after a restart; NOT_FOUND when unknown (or expired). */
    public T get(String id) {
        return entry(id).value();
    }

    /** The session if it is kept (NOT_FOUND never thrown). */
    public Optional<T> find(String id) {
        Entry<T> e = live.get(id);
        if (e != null) {
            return Optional.of(e.value());
        }
        return store.load(id).filter(s -> s.kind().equals(kind)).map(s -> entry(id).value());
    }

    private Entry<T> entry(String id) {
        Entry<T> e = live.get(id);
        if (e != null) {
            return e;
        }
        return live.computeIfAbsent(id, k -> {
            StoredSession s = store.load(k).filter(x -> x.kind().equals(kind)).orElseThrow(() -> missing(k));
            T value;
            try {
                value = restorer.apply(s);
            } catch (IllegalStateException | IllegalArgumentException x) {
                LOG.warn("{} {} cannot be resumed and is removed: {}", noun, k, x.getMessage());
                store.remove(k);
                throw AppException.failed(noun + " " + k + " could not be resumed after a restart (" + x.getMessage()
                        + "); it was removed");
            }
            return new Entry<>(value, new CopyOnWriteArrayList<>());
        });
    }

    /** What the store keeps of session {@code id}; NOT_FOUND when it keeps none. */
    public StoredSession stored(String id) {
        return store.load(id).filter(x -> x.kind().equals(kind)).orElseThrow(() -> missing(id));
    }

    private AppException missing(String id) {
        return AppException.notFound("no " + noun + " '" + id + "' (unknown, or expired after idling)");
    }

    /**
     * Writes a change of session {@code id}: log entries and its new state, in one transaction; touches it. A store
     * that no longer has it (expired meanwhile) is NOT_FOUND and the session is dropped.
     */
    public void save(String id, List<LogEntry> entries, String state) {
        try {
            store.save(id, entries, state, now());
        } catch (NoSuchElementException e) {
            live.remove(id);
            throw missing(id);
        }
    }

    /** Adds a watcher of {@code id}; NOT_FOUND when unknown. */
    public T watch(String id, Watcher w) {
        Entry<T> e = entry(id);
        e.watchers().add(w);
        return e.value();
    }

    public void unwatch(String id, Watcher w) {
        Entry<T> e = live.get(id);
        if (e != null) {
            e.watchers().remove(w);
        }
    }

    /** Sends an event to every watcher of {@code id}, made for each by who watches. */
    public void publish(String id, String event, Function<Viewer, Object> payload) {
        Entry<T> e = live.get(id);
        if (e == null) {
            return;
        }
        for (Watcher w : e.watchers()) {
            if (w.closed()) {
                e.watchers().remove(w);
            } else {
                w.send(event, payload.apply(w.viewer()));
            }
        }
    }

    /** Drops sessions the store no longer keeps (expired): from memory, closing their watchers. */
    public void forget(Collection<String> ids) {
        for (String id : ids) {
            Entry<T> e = live.remove(id);
            if (e != null) {
                e.watchers().forEach(Watcher::close);
            }
        }
    }

    private void drop(String id) {
        store.remove(id);
        forget(List.of(id));
    }

    /** The ids kept in the store, most recently touched first. */
    public List<String> ids() {
        List<String> out = new ArrayList<>();
        store.list(kind).forEach(s -> out.add(s.id()));
        return out;
    }

    /** Sessions held in memory now. */
    public int size() {
        return live.size();
    }
}
