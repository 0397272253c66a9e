package org.treatylab.verification.merkle;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 with one reusable digest per thread: creating a {@link MessageDigest} per hash costs more than hashing a
 * short item, and committing a million items must stay close to the cost of raw hashing.
 */
public final class Sha256 {
    /** Bytes in a digest. */
    public static final int LENGTH = 32;
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(Sha256::newDigest);

    private Sha256() {
    }

    /** A fresh digest; every JDK provides SHA-256. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** This thread's digest, reset. */
    public static MessageDigest digest() {
        MessageDigest d = DIGEST.get();
        d.reset();
        return d;
    }

    public static byte[] hash(byte[] data) {
        return digest().digest(data);
    }

    /** Finishes {@code d} into {@code out} at {@code offset}. */
    public static void finish(MessageDigest d, byte[] out, int offset) {
        try {
            d.digest(out, offset, LENGTH);
        } catch (DigestException e) {
            throw new IllegalStateException("SHA-256 digest failed", e);
        }
    }
}
