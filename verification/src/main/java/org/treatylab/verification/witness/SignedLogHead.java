package org.treatylab.verification.witness;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Objects;
import org.treatylab.verification.VerificationException;
import org.treatylab.verification.signing.Ed25519;
import org.treatylab.verification.signing.PublicKeyFile;

/** A {@link LogHead} with the host's Ed25519 signature. */
public record SignedLogHead(LogHead head, byte[] signature) {
    public SignedLogHead {
        Objects.requireNonNull(head, "head");
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    public static SignedLogHead sign(LogHead head, PrivateKey hostKey) {
        return new SignedLogHead(head, Ed25519.sign(hostKey, head.signedBytes()));
    }

    /**
     * @throws VerificationException when the head is not of the log this key runs (its id is the key's fingerprint)
     *     or the signature does not verify under the key
     */
    public void verify(PublicKey hostKey) {
        String id = PublicKeyFile.fingerprint(hostKey);
        if (!id.equals(head.logId())) {
            throw VerificationException.mismatch("log id", head.logId(), id + " (the host key's fingerprint)");
        }
        if (!Ed25519.verify(hostKey, head.signedBytes(), signature)) {
            throw new VerificationException("signature of the log head (size " + head.treeSize()
                    + ") does not verify under the host key " + id.substring(0, 16) + "...");
        }
    }
}
