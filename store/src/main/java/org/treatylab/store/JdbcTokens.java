package org.treatylab.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.treatylab.verification.merkle.Hex;

/**
 * The API tokens a ledger server accepts, by the SHA-256 of each token: parties' (from the parties table, and of
 * parties still to sign their registration) and observers' ({@code access_tokens}). Kept in the same database as the ledger, sharing its connection and lock.
 */
public final class JdbcTokens {
    private final Handle handle;
    private final Object lock;

    JdbcTokens(Handle handle, Object lock) {
        this.handle = handle;
        this.lock = lock;
    }

    /**
     * One accepted token.
     *
     * @param role {@code party} or {@code observer}
     * @param party the party's code for a party token, else null
     */
    public record TokenRow(byte[] hash, String role, String party) {
        public TokenRow {
            hash = hash.clone();
        }

        @Override
        public byte[] hash() {
            return hash.clone();
        }
    }

    /** Every accepted token; rows that do not parse are left out (they match no token). */
    public List<TokenRow> all() {
        synchronized (lock) {
            List<TokenRow> out = new ArrayList<>();
            handle.createQuery("SELECT token_hash, code FROM parties ORDER BY code")
                    .map((rs, ctx) -> row(rs.getString(1), "party", rs.getString(2))).forEach(r -> add(out, r));
            // a party waiting to register uses its token to sign its registration
            handle.createQuery("SELECT token_hash, code FROM pending_registrations ORDER BY code")
                    .map((rs, ctx) -> row(rs.getString(1), "party", rs.getString(2))).forEach(r -> add(out, r));
            handle.createQuery("SELECT token_hash, role FROM access_tokens ORDER BY token_hash")
                    .map((rs, ctx) -> row(rs.getString(1), rs.getString(2), null)).forEach(r -> add(out, r));
            return out;
        }
    }

    private static void add(List<TokenRow> out, TokenRow r) {
        if (r != null) {
            out.add(r);
        }
    }

    private static TokenRow row(String hash, String role, String party) {
        try {
            return new TokenRow(Hex.parseCanonical(hash), role, party);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Accepts a new observer token (by its hash) from now on. */
    public void addObserver(byte[] tokenHash) {
        synchronized (lock) {
            handle.useTransaction(h -> h.createUpdate("INSERT INTO access_tokens (token_hash, role, created_at) "
                    + "VALUES (:h, 'observer', :t)").bind("h", Hex.of(tokenHash)).bind("t", Instant.now().toString())
                    .execute());
        }
    }
}
