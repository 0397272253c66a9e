package org.treatylab.app.ledger;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
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
    private final JdbcTokens tokens;

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

    /** The credential a token stands for, if any. */
    public Optional<Credential> credential(String token) {
        byte[] presented = ApiTokens.hash(token);
        Credential found = null;
        for (JdbcTokens.TokenRow r : tokens.all()) {
            boolean match = MessageDigest.isEqual(presented, r.hash());
            if (match && found == null) {
                found = new Credential(r.role().equals("party") ? Party.parse(r.party()) : null, Hex.of(presented));
            }
        }
        return Optional.ofNullable(found);
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
