package org.treatylab.store;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Parties that a ledger made from public keys waits for: each one's public key, the key's own signature over it and
 * its token's hash, until the party signs its registration entry. Shares the ledger store's connection and lock.
 */
public final class JdbcPending {
    private final Handle handle;
    private final Object lock;

    JdbcPending(Handle handle, Object lock) {
        this.handle = handle;
        this.lock = lock;
    }

    /** One waiting party, in the store's text forms. */
    public record Row(String code, String publicKey, String proof, String tokenHash) {
    }

    public void add(Row r) {
        synchronized (lock) {
            handle.useTransaction(h -> h.createUpdate("INSERT INTO pending_registrations (code, public_key, proof, "
                    + "token_hash, created_at) VALUES (:c, :k, :p, :t, :at)").bind("c", r.code()).bind("k", r.publicKey())
                    .bind("p", r.proof()).bind("t", r.tokenHash()).bind("at", Instant.now().toString()).execute());
        }
    }

    public Optional<Row> find(String code) {
        synchronized (lock) {
            return handle.createQuery("SELECT code, public_key, proof, token_hash FROM pending_registrations WHERE code "
                    + "= :c").bind("c", code).map((rs, ctx) -> new Row(rs.getString(1), rs.getString(2),
                    rs.getString(3), rs.getString(4))).findOne();
        }
    }

    public void remove(String code) {
        synchronized (lock) {
            handle.useTransaction(h -> h.createUpdate("DELETE FROM pending_registrations WHERE code = :c")
                    .bind("c", code).execute());
        }
    }
}
