package org.treatylab.verification.witness;

import java.security.MessageDigest;
import java.security.PublicKey;
import org.treatylab.verification.VerificationException;
import org.treatylab.verification.merkle.ConsistencyProof;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.merkle.ProofVerifier;

/**
 * What a witness checks when it sees a new signed head of a log it has seen before (RFC 9162 §8.1.2, §2.1.4): the
 * signature under the pinned host key, then that the new tree extends the old one — same root for the same size, and
 * a consistency proof from the old size to the new. Anything else is a {@link ForkException} carrying both heads.
 */
public final class Witness {
    private Witness() {
    }

    /**
     * @param seen the last head this witness accepted, or null on first contact
     * @param proof the host's consistency proof from {@code seen}'s size to {@code now}'s (ignored on first contact)
     * @throws VerificationException when {@code now} is not signed by the host key
     * @throws ForkException when {@code now} contradicts {@code seen}
     */
    public static void check(SignedLogHead seen, SignedLogHead now, PublicKey hostKey, ConsistencyProof proof) {
        now.verify(hostKey);
        if (seen == null) {
            return;
        }
        seen.verify(hostKey);
        LogHead a = seen.head();
        LogHead b = now.head();
        if (b.treeSize() < a.treeSize()) {
            throw new ForkException("rollback: the host now signs a log of " + b.treeSize() + " entries (root "
                    + Hex.of(b.root()) + " at " + b.time() + ") after signing " + a.treeSize() + " entries (root "
                    + Hex.of(a.root()) + " at " + a.time() + ")", seen, now);
        }
        if (b.treeSize() == a.treeSize()) {
            if (!MessageDigest.isEqual(a.root(), b.root())) {
                throw new ForkException("fork: two roots signed for " + a.treeSize() + " entries: " + Hex.of(a.root())
                        + " at " + a.time() + " and " + Hex.of(b.root()) + " at " + b.time(), seen, now);
            }
            return;
        }
        if (proof == null || proof.oldSize() != a.treeSize() || proof.newSize() != b.treeSize()) {
            throw new VerificationException("the host gave no consistency proof from " + a.treeSize() + " to "
                    + b.treeSize() + " entries");
        }
        try {
            ProofVerifier.verifyConsistency(proof, a.root(), b.root());
        } catch (VerificationException e) {
            throw new ForkException("fork: the log of " + b.treeSize() + " entries (root " + Hex.of(b.root()) + " at "
                    + b.time() + ") does not extend the log of " + a.treeSize() + " entries seen before (root "
                    + Hex.of(a.root()) + " at " + a.time() + "): " + e.getMessage(), seen, now);
        }
    }
}
