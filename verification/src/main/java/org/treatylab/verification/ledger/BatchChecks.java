package org.treatylab.verification.ledger;

import java.security.MessageDigest;
import java.security.PublicKey;
import org.treatylab.verification.VerificationException;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.merkle.ProofVerifier;

/**
 * What a store checks before it accepts a batch, inside the write transaction: the writer is registered, owns every
 * entry, extends the chain from the stored head, and signed the batch with its registered key; the new tree head
 * is consistent with the previous one; every entry carries its write's nonce, and exactly the entries whose kind has
 * a private part come with one, bound by its hash. Whether a nonce was used before is the store's to check.
 */
public final class BatchChecks {
    private BatchChecks() {
    }

    /**
     * @param registered the key registered for {@code batch.party()}, or null when the party is not registered
     * @throws VerificationException naming what does not hold
     */
    public static void check(Batch batch, PublicKey registered, LedgerHead head) {
        PublicKey key = registered;
        if (batch.entries().stream().anyMatch(e -> e.kind() == EntryKind.REGISTRATION)) {
            if (batch.entries().size() != 1) {
                throw new VerificationException("a registration is a batch of its one entry, got "
                        + batch.entries().size() + " entries");
            }
            if (registered != null) {
                throw new VerificationException("party " + batch.party() + " is already registered");
            }
            Registrations.row(batch.entries().get(0));
            key = Registrations.key(batch.entries().get(0));
        } else if (registered == null) {
            throw new VerificationException("party " + batch.party() + " is not registered in this ledger");
        }
        if (batch.number() != head.batches()) {
            throw VerificationException.mismatch("batch number", Long.toString(batch.number()),
                    Long.toString(head.batches()));
        }
        long seq = head.size();
        byte[] prev = head.lastHash();
        for (Entry e : batch.entries()) {
            if (!e.party().equals(batch.party())) {
                throw new VerificationException("entry " + e.seq() + " is by " + e.party() + " but the batch is "
                        + "written by " + batch.party() + ": a party writes only its own records");
            }
            if (e.seq() != seq) {
                throw VerificationException.mismatch("entry seq", Long.toString(e.seq()), Long.toString(seq));
            }
            if (!MessageDigest.isEqual(e.prevHash(), prev)) {
                throw VerificationException.mismatch("entry " + e.seq() + " previous hash", Hex.of(e.prevHash()),
                        Hex.of(prev));
            }
            try {
                e.checkHash();
                Seals.nonce(e);
                Fields priv = batch.privates().get(e.seq());
                Seals.checkBinding(e, java.util.Optional.ofNullable(priv).map(Fields::encode));
            } catch (VerificationException x) {
                throw new VerificationException("entry " + e.seq() + ": " + x.getMessage());
            }
            prev = e.hash();
            seq++;
        }
        for (Long s : batch.privates().keySet()) {
            if (s < batch.firstSeq() || s > batch.lastSeq()) {
                throw new VerificationException("private part for entry " + s + " outside the batch");
            }
        }
        if (batch.treeSize() != seq) {
            throw VerificationException.mismatch("tree size", Long.toString(batch.treeSize()), Long.toString(seq));
        }
        batch.verifySignature(key);
        if (batch.consistency().oldSize() != head.size() || batch.consistency().newSize() != seq) {
            throw new VerificationException("consistency proof is for sizes " + batch.consistency().oldSize() + " to "
                    + batch.consistency().newSize() + ", expected " + head.size() + " to " + seq);
        }
        ProofVerifier.verifyConsistency(batch.consistency(), head.root(), batch.root());
    }
}
