package org.treatylab.verification.merkle;

import java.security.MessageDigest;
import java.util.List;
import org.treatylab.verification.VerificationException;

/**
 * Checks RFC 9162 inclusion (section 2.1.3.2) and consistency (section 2.1.4.2) proofs.
 *
 * <p>Both methods return nothing when the proof holds and throw {@link VerificationException} with the computed
 * and the expected value when it does not. Untrusted sizes are checked before any hashing: a path whose length
 * differs from the one the sizes imply (at most 64 for an inclusion path, 128 for a consistency proof) is rejected.
 */
public final class ProofVerifier {
    /** The longest proof accepted from outside, before its length is compared with the one the sizes imply. */
    public static final int MAX_PATH = 128;

    private ProofVerifier() {
    }

    /** Checks that {@code leafHash} is leaf {@code proof.leafIndex()} of the tree of {@code proof.treeSize()} leaves with {@code root}. */
    public static void verifyInclusion(InclusionProof proof, byte[] leafHash, byte[] root) {
        verifyInclusion(proof.leafIndex(), proof.treeSize(), leafHash, proof.path(), root);
    }

    public static void verifyInclusion(long index, long treeSize, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (treeSize <= 0 || index < 0 || index >= treeSize) {
            throw new VerificationException("leaf index " + index + " is outside a tree of size " + treeSize);
        }
        checkHash("leaf hash", leafHash);
        checkHash("root", root);
        checkLength("inclusion proof length", path, inclusionLength(index, treeSize));
        long fn = index;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            checkHash("inclusion proof element", p);
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHashes.node(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = MerkleHashes.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw VerificationException.mismatch("inclusion proof end", "level " + sn, "level 0");
        }
        if (!MessageDigest.isEqual(r, root)) {
            throw VerificationException.mismatch("root", Hex.of(r), Hex.of(root));
        }
    }

    /** Checks that the tree of {@code oldSize} leaves with {@code oldRoot} is a prefix of the tree with {@code newRoot}. */
    public static void verifyConsistency(ConsistencyProof proof, byte[] oldRoot, byte[] newRoot) {
        verifyConsistency(proof.oldSize(), proof.newSize(), oldRoot, newRoot, proof.path());
    }

    public static void verifyConsistency(long oldSize, long newSize, byte[] oldRoot, byte[] newRoot, List<byte[]> path) {
        if (oldSize < 0 || newSize < oldSize) {
            throw new VerificationException("old size " + oldSize + " must be between 0 and new size " + newSize);
        }
        checkHash("old root", oldRoot);
        checkHash("root", newRoot);
        if (oldSize == newSize || oldSize == 0) {
            checkLength("consistency proof length", path, 0);
            if (oldSize == newSize && !MessageDigest.isEqual(oldRoot, newRoot)) {
                throw VerificationException.mismatch("root of an unchanged tree", Hex.of(newRoot), Hex.of(oldRoot));
            }
            return;
        }
        checkLength("consistency proof length", path, consistencyLength(oldSize, newSize));
        path.forEach(p -> checkHash("consistency proof element", p));
        int start = 0;
        byte[] seed;
        if (Long.bitCount(oldSize) == 1) {
            seed = oldRoot;
        } else {
            seed = path.get(0);
            start = 1;
        }
        long fn = oldSize - 1;
        long sn = newSize - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = seed;
        byte[] sr = seed;
        for (int i = start; i < path.size(); i++) {
            byte[] c = path.get(i);
            if (sn == 0) {
                throw new VerificationException("consistency proof is longer than the tree is high");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHashes.node(c, fr);
                sr = MerkleHashes.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = MerkleHashes.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw VerificationException.mismatch("consistency proof end", "level " + sn, "level 0");
        }
        if (!MessageDigest.isEqual(fr, oldRoot)) {
            throw VerificationException.mismatch("old root", Hex.of(fr), Hex.of(oldRoot));
        }
        if (!MessageDigest.isEqual(sr, newRoot)) {
            throw VerificationException.mismatch("root", Hex.of(sr), Hex.of(newRoot));
        }
    }

    /** Length of the inclusion path of leaf {@code index} in a tree of {@code size} leaves. */
    static int inclusionLength(long index, long size) {
        int inner = 64 - Long.numberOfLeadingZeros(index ^ (size - 1));
        return inner + Long.bitCount(index >>> inner);
    }

    /** Length of the consistency proof between sizes {@code 0 < m < n}. */
    static int consistencyLength(long m, long n) {
        int shift = Long.numberOfTrailingZeros(m);
        int inner = 64 - Long.numberOfLeadingZeros((m - 1) ^ (n - 1));
        int border = Long.bitCount((m - 1) >>> inner);
        return (Long.bitCount(m) == 1 ? 0 : 1) + inner - shift + border;
    }

    private static void checkLength(String what, List<byte[]> path, int expected) {
        if (path.size() > MAX_PATH || path.size() != expected) {
            throw VerificationException.mismatch(what, path.size() + " hashes", expected + " hashes");
        }
    }

    private static void checkHash(String what, byte[] h) {
        if (h == null || h.length != Sha256.LENGTH) {
            throw VerificationException.mismatch(what + " length", (h == null ? 0 : h.length) + " bytes",
                    Sha256.LENGTH + " bytes");
        }
    }
}
