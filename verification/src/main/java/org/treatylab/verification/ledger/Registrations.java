package org.treatylab.verification.ledger;

import java.security.PublicKey;
import org.treatylab.verification.VerificationException;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.signing.Ed25519;

/**
 * The registration entry: a party's public key and the SHA-256 of its API token, in its own batch signed with that
 * key. The parties table is written from it, so that every column of that table is covered by the signed log; later
 * batches of every party extend the chain over it, so once another party has signed after it, whoever holds the
 * database cannot replace the key without breaking that party's signature.
 */
public final class Registrations {
    static final String KEY = "key";
    static final String TOKEN = "token_sha256";

    private Registrations() {
    }

    /** The public payload of a registration (the nonce is added by the ledger). */
    public static Fields payload(PublicKey key, byte[] tokenHash) {
        return Fields.builder().put(KEY, Ed25519.publicText(key)).put(TOKEN, Hex.of(tokenHash)).build();
    }

    /** The key a registration entry registers. */
    public static PublicKey key(Entry registration) {
        try {
            return Ed25519.parsePublic(registration.payload().require(KEY));
        } catch (IllegalArgumentException e) {
            throw new VerificationException("registration of " + registration.party() + ": " + e.getMessage());
        }
    }

    /** The parties table row a registration entry stands for, in the store's text forms. */
    public static PartyRow row(Entry registration) {
        String token = registration.payload().require(TOKEN);
        try {
            if (Hex.parseCanonical(token).length != 32) {
                throw new IllegalArgumentException("is not 32 bytes");
            }
        } catch (IllegalArgumentException e) {
            throw new VerificationException("registration of " + registration.party() + ": " + TOKEN + " "
                    + e.getMessage());
        }
        key(registration);
        return new PartyRow(registration.party().code(), registration.payload().require(KEY), token,
                registration.time().toString());
    }
}
