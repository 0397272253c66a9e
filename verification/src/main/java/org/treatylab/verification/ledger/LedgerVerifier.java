package org.treatylab.verification.ledger;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.domain.Party;
import org.treatylab.verification.VerificationException;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.merkle.MerkleTree;
import org.treatylab.verification.merkle.ProofVerifier;
import org.treatylab.verification.signing.Ed25519;

/**
 * Recomputes a whole ledger from its store: every entry's hash and chain link, every batch's tree root, signature
 * and consistency proof, and the meaning of each entry through an {@link EntryCheck}. Stops at the first broken
 * entry.
 */
public final class LedgerVerifier {
    private LedgerVerifier() {
    }

    /**
     * @param reader the party whose private parts are visible, or null to read every party's (the store's owner)
     * @throws BrokenEntryException naming the first entry that does not hold
     */
    public static LedgerReport verify(LedgerStore store, EntryCheck check, Party reader) {
        Map<Party, PublicKey> keys = new HashMap<>();
        for (Party p : store.parties()) {
            keys.put(p, store.publicKey(p).orElseThrow());
        }
        MerkleTree tree = new MerkleTree();
        byte[] prev = Entry.GENESIS;
        byte[] prevRoot = tree.root();
        long expected = 0;
        List<BatchHeader> batches = store.batches();
        for (BatchHeader b : batches) {
            if (b.firstSeq() != expected || b.lastSeq() < b.firstSeq()) {
                throw new BrokenEntryException(expected, "batch " + b.number() + " starts at entry " + b.firstSeq()
                        + ", expected " + expected);
            }
            PublicKey key = keys.get(b.party());
            if (key == null) {
                throw new BrokenEntryException(b.firstSeq(), "batch " + b.number() + " is by unregistered party " + b.party());
            }
            byte[][] last = {prev};
            long[] next = {expected};
            store.scan(b.firstSeq(), b.lastSeq(), e -> {
                if (e.seq() != next[0]) {
                    throw new BrokenEntryException(next[0], "missing (found entry " + e.seq() + " next)");
                }
                checkEntry(e, b, last[0], check, keys, store, reader);
                tree.appendLeafHash(e.leafHash());
                last[0] = e.hash();
                next[0]++;
            });
            expected = next[0];
            if (expected <= b.lastSeq()) {
                throw new BrokenEntryException(expected, "missing (batch " + b.number() + " covers "
                        + b.firstSeq() + ".." + b.lastSeq() + ")");
            }
            checkHead(b, tree, prevRoot, key, last[0]);
            prev = last[0];
            prevRoot = b.root();
        }
        List<Entry> extra = store.entries(expected, 1);
        if (!extra.isEmpty()) {
            throw new BrokenEntryException(extra.get(0).seq(), "not covered by any signed batch");
        }
        return new LedgerReport(expected, batches.size(), Hex.of(tree.root()));
    }

    private static void checkEntry(Entry e, BatchHeader b, byte[] prev, EntryCheck check, Map<Party, PublicKey> keys,
            LedgerStore store, Party reader) {
        try {
            e.checkHash();
            if (!MessageDigest.isEqual(e.prevHash(), prev)) {
                throw VerificationException.mismatch("previous hash", Hex.of(e.prevHash()), Hex.of(prev));
            }
            if (!e.party().equals(b.party())) {
                throw new VerificationException("written by " + e.party() + " inside batch " + b.number() + " of "
                        + b.party());
            }
            check.check(e, store.privatePart(e.seq(), reader == null ? e.party() : reader), keys::get);
        } catch (VerificationException x) {
            throw x instanceof BrokenEntryException be ? be : new BrokenEntryException(e.seq(), x.getMessage());
        }
    }

    private static void checkHead(BatchHeader b, MerkleTree tree, byte[] prevRoot, PublicKey key, byte[] lastHash) {
        String where = "batch " + b.number() + " (entries " + b.firstSeq() + ".." + b.lastSeq() + "): ";
        try {
            if (b.treeSize() != tree.size()) {
                throw VerificationException.mismatch("tree size", Long.toString(tree.size()), Long.toString(b.treeSize()));
            }
            byte[] root = tree.root();
            if (!MessageDigest.isEqual(root, b.root())) {
                throw VerificationException.mismatch("root", Hex.of(root), Hex.of(b.root()));
            }
            byte[] signed = Batch.signedBytes(b.number(), b.party(), b.firstSeq(), (int) (b.lastSeq() - b.firstSeq() + 1),
                    lastHash, b.treeSize(), b.root(), b.time(),
                    b.consistency());
            if (!Ed25519.verify(key, signed, b.signature())) {
                throw new VerificationException("signature does not verify under " + b.party() + "'s registered key");
            }
            ProofVerifier.verifyConsistency(b.consistency(), prevRoot, b.root());
        } catch (VerificationException x) {
            throw new BrokenEntryException(b.firstSeq(), where + x.getMessage());
        }
    }
}
