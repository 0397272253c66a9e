package org.treatylab.verification.ledger;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.treatylab.verification.merkle.Sha256;

/**
 * API tokens by which a party authenticates to a shared ledger server. Only the SHA-256 of a token is stored: a
 * copy of the database does not let anyone act as a party.
 */
public final class ApiTokens {
    private static final String PREFIX = "tl_";

    private ApiTokens() {
    }

    /** A new token: 32 random bytes, base64url, with a recognisable prefix. */
    public static String newToken(SecureRandom random) {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    public static byte[] hash(String token) {
        return Sha256.hash(token.strip().getBytes(StandardCharsets.UTF_8));
    }
}
