package org.treatylab.store;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Properties;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.treatylab.domain.session.LogEntry;
import org.treatylab.domain.session.SessionConflictException;
import org.treatylab.domain.session.SessionStore;
import org.treatylab.domain.session.SessionSummary;
import org.treatylab.domain.session.StoredSession;

/**
 * The {@link SessionStore} port in the server's database, on a connection of its own (the ledger keeps its own for
 * its write lock). Each write is one committed transaction (on SQLite with the WAL synced: a move acknowledged to a
 * player survives a crash). A log entry's seq is the log table's key with its session, so a second write of the same
 * entry fails at the database too.
 */
final class JdbcSessionStore implements SessionStore, AutoCloseable {
    private final Handle handle;

    JdbcSessionStore(String url, Properties props) {
        this.handle = Jdbi.create(url, props).open();
    }

    @Override
    public synchronized void create(StoredSession s) {
        handle.useTransaction(h -> {
            if (exists(h, s.id())) {
                throw new SessionConflictException("session '" + s.id() + "' exists");
            }
            h.createUpdate("INSERT INTO sessions (id, kind, spec, state, created_at, touched_at) VALUES "
                    + "(:id, :kind, :spec, :state, :c, :t)").bind("id", s.id()).bind("kind", s.kind())
                    .bind("spec", s.spec()).bind("state", s.state()).bind("c", s.createdAt().toEpochMilli())
                    .bind("t", s.touchedAt().toEpochMilli()).execute();
            insert(h, s.id(), s.log());
        });
    }

    @Override
    public synchronized void save(String id, List<LogEntry> entries, String state, Instant at) {
        handle.useTransaction(h -> {
            if (!exists(h, id)) {
                throw new NoSuchElementException("no session '" + id + "'");
            }
            for (LogEntry e : entries) {
                // checked first so that a stale entry is a conflict, not a driver's constraint error
                if (h.createQuery("SELECT COUNT(*) FROM session_log WHERE session_id = :id AND seq = :s")
                        .bind("id", id).bind("s", e.seq()).mapTo(Long.class).one() > 0) {
                    throw new SessionConflictException("session '" + id + "' already has log entry " + e.seq());
                }
            }
            insert(h, id, entries);
            h.createUpdate("UPDATE sessions SET state = :state, touched_at = :t WHERE id = :id").bind("state", state)
                    .bind("t", at.toEpochMilli()).bind("id", id).execute();
        });
    }

    private static boolean exists(Handle h, String id) {
        return h.createQuery("SELECT COUNT(*) FROM sessions WHERE id = :id").bind("id", id).mapTo(Long.class).one() > 0;
    }

    private static void insert(Handle h, String id, List<LogEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        PreparedBatch b = h.prepareBatch("INSERT INTO session_log (session_id, seq, entry, made_at) VALUES "
                + "(:id, :s, :e, :t)");
        for (LogEntry e : entries) {
            b.bind("id", id).bind("s", e.seq()).bind("e", e.text()).bind("t", e.at().toEpochMilli()).add();
        }
        b.execute();
    }

    @Override
    public synchronized Optional<StoredSession> load(String id) {
        return handle.inTransaction(h -> {
            Optional<StoredSession> header = h.createQuery("SELECT id, kind, spec, state, created_at, touched_at FROM "
                    + "sessions WHERE id = :id").bind("id", id).map((rs, ctx) -> new StoredSession(rs.getString("id"),
                            rs.getString("kind"), rs.getString("spec"), rs.getString("state"),
                            Instant.ofEpochMilli(rs.getLong("created_at")),
                            Instant.ofEpochMilli(rs.getLong("touched_at")), List.of())).findOne();
            if (header.isEmpty()) {
                return header;
            }
            List<LogEntry> log = h.createQuery("SELECT seq, entry, made_at FROM session_log WHERE session_id = :id "
                    + "ORDER BY seq").bind("id", id).map((rs, ctx) -> new LogEntry(rs.getInt("seq"),
                            rs.getString("entry"), Instant.ofEpochMilli(rs.getLong("made_at")))).list();
            StoredSession s = header.get();
            return Optional.of(new StoredSession(s.id(), s.kind(), s.spec(), s.state(), s.createdAt(), s.touchedAt(),
                    log));
        });
    }

    @Override
    public synchronized List<SessionSummary> list(String kind) {
        return handle.createQuery("SELECT id, kind, touched_at FROM sessions WHERE kind = :k "
                + "ORDER BY touched_at DESC, id ASC").bind("k", kind).map((rs, ctx) -> new SessionSummary(
                        rs.getString("id"), rs.getString("kind"), Instant.ofEpochMilli(rs.getLong("touched_at"))))
                .list();
    }

    @Override
    public synchronized List<String> expire(Instant idleBefore) {
        long cutoff = idleBefore.toEpochMilli();
        return handle.inTransaction(h -> {
            List<String> ids = h.createQuery("SELECT id FROM sessions WHERE touched_at < :t ORDER BY id")
                    .bind("t", cutoff).mapTo(String.class).list();
            if (!ids.isEmpty()) {
                h.createUpdate("DELETE FROM session_log WHERE session_id IN (<ids>)").bindList("ids", ids).execute();
                h.createUpdate("DELETE FROM sessions WHERE id IN (<ids>)").bindList("ids", ids).execute();
            }
            return ids;
        });
    }

    @Override
    public synchronized boolean remove(String id) {
        return handle.inTransaction(h -> {
            h.createUpdate("DELETE FROM session_log WHERE session_id = :id").bind("id", id).execute();
            return h.createUpdate("DELETE FROM sessions WHERE id = :id").bind("id", id).execute() > 0;
        });
    }

    @Override
    public synchronized void close() {
        handle.close();
    }
}
