package org.treatylab.verification.escrow;

import java.util.List;
import java.util.Objects;
import org.treatylab.verification.VerificationException;
import org.treatylab.verification.declaration.Item;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.merkle.InclusionProof;
import org.treatylab.verification.merkle.MerkleHashes;
import org.treatylab.verification.merkle.ProofVerifier;

/**
 * One item revealed from a snapshot: the item, its salt and the inclusion proof of its commitment.
 *
 * @param proof inclusion of the commitment as leaf {@code proof.leafIndex()} of the snapshot tree
 */
public record Opening(Item item, byte[] salt, InclusionProof proof) {
    public Opening {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(proof, "proof");
        salt = salt.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    /** The commitment recomputed from the revealed item and salt. */
    public byte[] commitment() {
        return Commitments.commit(salt, item);
    }

    /**
     * Checks the opening against a committed snapshot root.
     *
     * @throws VerificationException naming the item, with the computed and expected root
     */
    public void verify(byte[] snapshotRoot) {
        try {
            ProofVerifier.verifyInclusion(proof, MerkleHashes.leaf(commitment()), snapshotRoot);
        } catch (VerificationException e) {
            throw new VerificationException("item " + item.uid() + ": " + e.getMessage());
        }
    }

    public List<String> hexPath() {
        return proof.hexPath();
    }

    public String hexSalt() {
        return Hex.of(salt);
    }
}
