package org.treatylab.verification.merkle;

import java.security.MessageDigest;

/**
 * RFC 9162 section 2.1.1 hashing (the same as RFC 6962 section 2.1): the empty tree hashes to SHA-256 of nothing,
 * a leaf to SHA-256(0x00 || data), an interior node to SHA-256(0x01 || left || right). The two prefixes keep a
 * leaf from ever being read as a node (second-preimage resistance).
 */
public final class MerkleHashes {
    static final byte LEAF_PREFIX = 0x00;
    static final byte NODE_PREFIX = 0x01;

    private MerkleHashes() {
    }

    /** The root of the tree with no leaves. */
    public static byte[] emptyRoot() {
        return Sha256.digest().digest();
    }

    public static byte[] leaf(byte[] data) {
        MessageDigest d = Sha256.digest();
        d.update(LEAF_PREFIX);
        d.update(data);
        return d.digest();
    }

    public static byte[] node(byte[] left, byte[] right) {
        byte[] out = new byte[Sha256.LENGTH];
        node(left, 0, right, 0, out, 0);
        return out;
    }

    /** Node hash of two 32-byte hashes read from arrays, written into {@code out} at {@code at}. */
    static void node(byte[] left, int leftAt, byte[] right, int rightAt, byte[] out, int at) {
        MessageDigest d = Sha256.digest();
        d.update(NODE_PREFIX);
        d.update(left, leftAt, Sha256.LENGTH);
        d.update(right, rightAt, Sha256.LENGTH);
        Sha256.finish(d, out, at);
    }

    /** The leaf hash of a 32-byte datum read from {@code data} at {@code from}, with digest {@code d}, into {@code out}. */
    public static void leafOfHash(MessageDigest d, byte[] data, int from, byte[] out, int at) {
        d.reset();
        d.update(LEAF_PREFIX);
        d.update(data, from, Sha256.LENGTH);
        Sha256.finish(d, out, at);
    }

    /**
     * Feeds {@code d} the leaf input held in {@code b[0, 33)}: the leaf prefix (written here) and a 32-byte hash at
     * offset 1; one update, as a prepared buffer would be hashed. Finish with {@link Sha256#finish}.
     */
    public static void leafInput(MessageDigest d, byte[] b) {
        b[0] = LEAF_PREFIX;
        d.update(b, 0, 1 + Sha256.LENGTH);
    }

    /** Leaf hash of {@code data[from, from+length)} written into {@code out} at {@code at}. */
    static void leaf(byte[] data, int from, int length, byte[] out, int at) {
        MessageDigest d = Sha256.digest();
        d.update(LEAF_PREFIX);
        d.update(data, from, length);
        Sha256.finish(d, out, at);
    }
}
