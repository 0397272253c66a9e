package org.treatylab.verification.escrow;

import java.security.MessageDigest;
import java.util.random.RandomGenerator;
import org.treatylab.verification.declaration.Item;
import org.treatylab.verification.merkle.Sha256;

/**
 * Salted commitments to items: SHA-256(salt || canonical encoding). The 32-byte random salt hides the item (its
 * fields are guessable) until the party reveals salt and item together (Philippe, Glaser and Felten, "A
 * Cryptographic Escrow for Treaty Declarations and Step-by-Step Verification", Science and Global Security 27(1),
 * 2019).
 */
public final class Commitments {
    public static final int SALT_LENGTH = 32;

    private Commitments() {
    }

    public static byte[] newSalt(RandomGenerator random) {
        byte[] salt = new byte[SALT_LENGTH];
        random.nextBytes(salt);
        return salt;
    }

    public static byte[] commit(byte[] salt, Item item) {
        return commit(salt, item.canonicalBytes());
    }

    /** The commitment to already encoded bytes. */
    public static byte[] commit(byte[] salt, byte[] encoding) {
        if (salt.length != SALT_LENGTH) {
            throw new IllegalArgumentException("a salt has " + SALT_LENGTH + " bytes, got " + salt.length);
        }
        MessageDigest d = Sha256.digest();
        d.update(salt);
        d.update(encoding);
        return d.digest();
    }
}
