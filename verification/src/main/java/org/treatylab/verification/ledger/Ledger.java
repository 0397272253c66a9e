package org.treatylab.verification.ledger;

import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.treatylab.domain.Party;
import org.treatylab.verification.merkle.ConsistencyProof;
import org.treatylab.verification.merkle.InclusionProof;
import org.treatylab.verification.merkle.MerkleTree;

/**
 * The append-only ledger: an RFC 9162 log of entries, hash-chained, written in batches that the owning party signs.
 *
 * <p>It keeps the log's Merkle tree in memory (rebuilt from the store on open) so that a batch costs O(log n)
 * hashing per entry plus one signature. Appends are serialised; when another process has written meanwhile, the
 * tree catches up from the store first, and the store's checks reject a batch built on a stale head.
 */
public final class Ledger {
    private final LedgerStore store;
    private final Clock clock;
    private final MerkleTree tree = new MerkleTree();

    private Ledger(LedgerStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Opens the ledger kept in {@code store}, reading every entry once to rebuild the tree. */
    public static Ledger open(LedgerStore store, Clock clock) {
        Ledger l = new Ledger(store, clock);
        l.catchUp();
        return l;
    }

    /** One entry to write: its kind, public payload and owner-only part (or null). */
    public record Draft(EntryKind kind, Fields payload, Fields privatePart) {
        public Draft {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(payload, "payload");
        }
    }

    private void catchUp() {
        store.scan(tree.size(), e -> tree.appendLeafHash(e.leafHash()));
    }

    /**
     * Writes drafts as one signed batch of {@code party}'s entries.
     *
     * @throws WriteRejectedException when the store rejects the batch (nothing written)
     */
    public synchronized Batch append(Party party, PrivateKey key, List<Draft> drafts) {
        if (drafts.isEmpty()) {
            throw new IllegalArgumentException("nothing to append");
        }
        catchUp();
        LedgerHead head = store.head();
        if (head.size() != tree.size()) {
            throw new IllegalStateException("store head " + head.size() + " differs from " + tree.size() + " entries read");
        }
        Instant now = clock.instant();
        List<Entry> entries = new ArrayList<>(drafts.size());
        Map<Long, Fields> privates = new HashMap<>();
        byte[] prev = head.lastHash();
        long seq = head.size();
        int oldSize = tree.size();
        for (Draft d : drafts) {
            Entry e = Entry.create(seq, party, d.kind(), now, prev, d.payload());
            entries.add(e);
            if (d.privatePart() != null) {
                privates.put(seq, d.privatePart());
            }
            tree.appendLeafHash(e.leafHash());
            prev = e.hash();
            seq++;
        }
        try {
            ConsistencyProof proof = tree.consistencyProof(oldSize, tree.size());
            Batch b = Batch.sign(head.batches(), party, entries, privates, tree.size(), tree.root(), now, proof, key);
            try {
                store.append(b);
            } catch (org.treatylab.verification.VerificationException e) {
                throw e instanceof WriteRejectedException ? e : new WriteRejectedException(e.getMessage());
            }
            return b;
        } catch (RuntimeException e) {
            tree.truncate(oldSize);
            throw e;
        }
    }

    public synchronized long size() {
        return tree.size();
    }

    public synchronized byte[] root() {
        return tree.root();
    }

    /** The root of the tree of the first {@code treeSize} entries. */
    public synchronized byte[] root(long treeSize) {
        return tree.root(treeSize);
    }

    /** Inclusion proof of entry {@code seq} in the tree of the first {@code treeSize} entries. */
    public synchronized InclusionProof inclusionProof(long seq, long treeSize) {
        return tree.inclusionProof(seq, treeSize);
    }

    public synchronized ConsistencyProof consistencyProof(long oldSize, long newSize) {
        return tree.consistencyProof(oldSize, newSize);
    }

    public LedgerStore store() {
        return store;
    }
}
