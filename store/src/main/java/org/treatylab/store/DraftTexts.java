package org.treatylab.store;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Draft treaty files by id, in the same database as the ledger (one committed transaction per write, so a saved
 * draft survives a restart). Validation is the caller's: this keeps text.
 */
public final class DraftTexts {
    private final Handle handle;
    private final Object lock;

    DraftTexts(Handle handle, Object lock) {
        this.handle = handle;
        this.lock = lock;
    }

    /** Saves or replaces a draft. */
    public void put(String id, String text) {
        synchronized (lock) {
            handle.useTransaction(h -> {
                h.createUpdate("DELETE FROM draft_treaties WHERE id = :id").bind("id", id).execute();
                h.createUpdate("INSERT INTO draft_treaties (id, text, saved_at) VALUES (:id, :t, :s)").bind("id", id)
                        .bind("t", text).bind("s", Instant.now().toString()).execute();
            });
        }
    }

    public Optional<String> get(String id) {
        synchronized (lock) {
            return handle.createQuery("SELECT text FROM draft_treaties WHERE id = :id").bind("id", id)
                    .mapTo(String.class).findOne();
        }
    }

    /** Every draft's text by id, in id order. */
    public Map<String, String> all() {
        synchronized (lock) {
            Map<String, String> out = new LinkedHashMap<>();
            handle.createQuery("SELECT id, text FROM draft_treaties ORDER BY id")
                    .map((rs, ctx) -> Map.entry(rs.getString("id"), rs.getString("text")))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        }
    }

    /** @return whether a draft was deleted */
    public boolean remove(String id) {
        synchronized (lock) {
            return handle.inTransaction(h -> h.createUpdate("DELETE FROM draft_treaties WHERE id = :id").bind("id", id)
                    .execute()) > 0;
        }
    }
}
