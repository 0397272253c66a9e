package org.treatylab.app.ledger;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.store.JdbcLedgerStore;
import org.treatylab.store.JdbcTokens;
import org.treatylab.store.KeyFiles;
import org.treatylab.store.Stores;
import org.treatylab.verification.ledger.ApiTokens;
import org.treatylab.verification.merkle.Hex;

/**
 * Who presents an API token: a party (its own records) or an observer (signed heads and proofs). The token is hashed
 * and compared with every accepted hash in constant time, without stopping at a match, so that the time taken says
 * nothing about which tokens exist.
 */
public final class AccessDoor {
    /** How long a token that matched nothing waits before the accepted tokens are read from the store again. */
    private static final long RELOAD_NANOS = 1_000_000_000L;
    private final JdbcTokens tokens;
    private volatile List<JdbcTokens.TokenRow> accepted;
    private volatile long loaded;

    public AccessDoor(JdbcTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * A token's holder.
     *
     * @param party the party, for a party's token; null for an observer
     * @param id the SHA-256 of the token, hex: names the token (in rate limits) without revealing it
     */
    public record Credential(Party party, String id) {
        public boolean isParty() {
            return party != null;
        }
    }

    /**
     * The credential a token stands for, if any. The accepted tokens are kept in memory (a request does not wait for
     * the store while a write holds it); a token that matches none is looked up again after a fresh read, at most
     * once a second (a token issued meanwhile is then accepted; tokens are never withdrawn).
     */
    public Optional<Credential> credential(String token) {
        byte[] presented = ApiTokens.hash(token);
        List<JdbcTokens.TokenRow> rows = accepted;
        Credential found = rows == null ? null : match(presented, rows);
        if (found == null) {
            synchronized (this) {
                if (accepted == null || System.nanoTime() - loaded > RELOAD_NANOS) {
                    accepted = List.copyOf(tokens.all());
                    loaded = System.nanoTime();
                }
                found = match(presented, accepted);
            }
        }
        return Optional.ofNullable(found);
    }

    private static Credential match(byte[] presented, List<JdbcTokens.TokenRow> rows) {
        Credential found = null;
        for (JdbcTokens.TokenRow r : rows) {
            boolean match = MessageDigest.isEqual(presented, r.hash());
            if (match && found == null) {
                found = new Credential(r.role().equals("party") ? Party.parse(r.party()) : null, Hex.of(presented));
            }
        }
        return found;
    }

    /**
     * Issues an observer's token for the ledger at {@code db}: written owner-only to {@code out} (which must not
     * exist), its hash kept in the store.
     */
    public static Path issueObserverToken(String db, Path out) {
        String token = ApiTokens.newToken(new SecureRandom());
        try (JdbcLedgerStore store = Stores.open(db, false)) {
            try {
                KeyFiles.writeOwnerOnly(out, token + "\n");
            } catch (IOException e) {
                throw new InputException(out + ": cannot write (" + e.getMessage() + ")");
            }
            try {
                store.tokens().addObserver(ApiTokens.hash(token));
            } catch (RuntimeException e) {
                try {
                    java.nio.file.Files.deleteIfExists(out);
                } catch (IOException x) {
                    e.addSuppressed(x);
                }
                throw e;
            }
        }
        return out;
    }
}
