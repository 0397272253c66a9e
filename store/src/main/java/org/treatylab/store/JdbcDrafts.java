package org.treatylab.store;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.treatylab.domain.treaty.TreatyDrafts;

/**
 * The {@link TreatyDrafts} port kept in the same database as the ledger, sharing its connection and lock (one
 * committed transaction per write, so a saved draft survives a restart). Validation is the caller's: this keeps text.
 */
final class JdbcDrafts implements TreatyDrafts {
    private final Handle handle;
    private final Object lock;

    JdbcDrafts(Handle handle, Object lock) {
        this.handle = handle;
        this.lock = lock;
    }

    @Override
    public void put(String id, String text) {
        synchronized (lock) {
            handle.useTransaction(h -> {
                h.createUpdate("DELETE FROM draft_treaties WHERE id = :id").bind("id", id).execute();
                h.createUpdate("INSERT INTO draft_treaties (id, text, saved_at) VALUES (:id, :t, :s)").bind("id", id)
                        .bind("t", text).bind("s", Instant.now().toString()).execute();
            });
        }
    }

    @Override
    public Optional<String> get(String id) {
        synchronized (lock) {
            return handle.createQuery("SELECT text FROM draft_treaties WHERE id = :id").bind("id", id)
                    .mapTo(String.class).findOne();
        }
    }

    @Override
    public Map<String, String> all() {
        synchronized (lock) {
            Map<String, String> out = new LinkedHashMap<>();
            handle.createQuery("SELECT id, text FROM draft_treaties ORDER BY id")
                    .map((rs, ctx) -> Map.entry(rs.getString("id"), rs.getString("text")))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        }
    }

    @Override
    public boolean remove(String id) {
        synchronized (lock) {
            return handle.inTransaction(h -> h.createUpdate("DELETE FROM draft_treaties WHERE id = :id").bind("id", id)
                    .execute()) > 0;
        }
    }
}
