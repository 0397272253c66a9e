package org.treatylab.verification.signing;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Objects;
import org.treatylab.verification.VerificationException;

/** A tree head with its Ed25519 signature by {@code head.party()}. */
public record SignedTreeHead(TreeHead head, byte[] signature) {
    public SignedTreeHead {
        Objects.requireNonNull(head, "head");
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    public static SignedTreeHead sign(TreeHead head, PrivateKey key) {
        return new SignedTreeHead(head, Ed25519.sign(key, head.signedBytes()));
    }

    /** @throws VerificationException when the signature does not verify under {@code key} */
    public void verify(PublicKey key) {
        if (!Ed25519.verify(key, head.signedBytes(), signature)) {
            throw new VerificationException("signature of the " + head.log() + " tree head (size " + head.treeSize()
                    + ") does not verify under " + head.party() + "'s registered key");
        }
    }
}
