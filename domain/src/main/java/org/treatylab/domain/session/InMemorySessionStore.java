package org.treatylab.domain.session;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Sessions kept in this process only (the command line; the baseline of the persisted store's benchmark): the same
 * behaviour as the database store, lost at exit.
 */
public final class InMemorySessionStore implements SessionStore {
    private final Map<String, Kept> sessions = new LinkedHashMap<>();

    private static final class Kept {
        final String kind;
        final String spec;
        final Instant created;
        String state;
        Instant touched;
        final TreeMap<Integer, LogEntry> log = new TreeMap<>();

        Kept(StoredSession s) {
            kind = s.kind();
            spec = s.spec();
            created = ms(s.createdAt());
            state = s.state();
            touched = ms(s.touchedAt());
            s.log().forEach(e -> log.put(e.seq(), new LogEntry(e.seq(), e.text(), ms(e.at()))));
        }
    }

    @Override
    public synchronized void create(StoredSession session) {
        if (sessions.containsKey(session.id())) {
            throw new SessionConflictException("session '" + session.id() + "' exists");
        }
        sessions.put(session.id(), new Kept(session));
    }

    @Override
    public synchronized void save(String id, List<LogEntry> entries, String state, Instant at) {
        Kept k = sessions.get(id);
        if (k == null) {
            throw new NoSuchElementException("no session '" + id + "'");
        }
        java.util.Set<Integer> seqs = new java.util.HashSet<>();
        for (LogEntry e : entries) {
            if (k.log.containsKey(e.seq()) || !seqs.add(e.seq())) {
                throw new SessionConflictException("session '" + id + "' already has log entry " + e.seq());
            }
        }
        entries.forEach(e -> k.log.put(e.seq(), new LogEntry(e.seq(), e.text(), ms(e.at()))));
        k.state = state;
        k.touched = ms(at);
    }

    @Override
    public synchronized Optional<StoredSession> load(String id) {
        Kept k = sessions.get(id);
        return k == null ? Optional.empty() : Optional.of(new StoredSession(id, k.kind, k.spec, k.state, k.created,
                k.touched, new ArrayList<>(k.log.values())));
    }

    @Override
    public synchronized List<SessionSummary> list(String kind) {
        return sessions.entrySet().stream().filter(e -> e.getValue().kind.equals(kind))
                .map(e -> new SessionSummary(e.getKey(), kind, e.getValue().touched))
                .sorted(Comparator.comparing(SessionSummary::touchedAt).reversed()
                        .thenComparing(SessionSummary::id))
                .toList();
    }

    @Override
    public synchronized List<String> expire(Instant idleBefore) {
        List<String> gone = sessions.entrySet().stream().filter(e -> e.getValue().touched.isBefore(ms(idleBefore)))
                .map(Map.Entry::getKey).sorted().toList();
        gone.forEach(sessions::remove);
        return gone;
    }

    @Override
    public synchronized boolean remove(String id) {
        return sessions.remove(id) != null;
    }

    private static Instant ms(Instant t) {
        return t.truncatedTo(ChronoUnit.MILLIS);
    }
}
