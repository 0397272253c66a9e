package org.treatylab.verification.ledger;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The nonce every write carries in its signed payload (field {@code nonce} of each of its entries): a party never uses
 * one twice, so that a write replayed (sent again, by a client's retry or by someone who captured it) appends nothing.
 */
public final class Nonces {
    /** 8 to 128 characters: letters, digits and . _ : - (a UUID or 32 hex digits fit). */
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._:-]{8,128}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Nonces() {
    }

    /** A fresh nonce: 128 random bits in hex. */
    public static String fresh() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** @throws IllegalArgumentException naming the value when it is not of the accepted form */
    public static String check(String nonce) {
        if (nonce == null || !FORM.matcher(nonce).matches()) {
            throw new IllegalArgumentException("a nonce is 8-128 letters, digits or . _ : - (unique per write), got '"
                    + (nonce == null ? "" : nonce.length() > 40 ? nonce.substring(0, 40) + "..." : nonce) + "'");
        }
        return nonce;
    }
}
