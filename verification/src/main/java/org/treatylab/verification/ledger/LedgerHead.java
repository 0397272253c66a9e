package org.treatylab.verification.ledger;

import org.treatylab.verification.merkle.MerkleHashes;

/**
 * Where the ledger stands: entries so far, the last entry's hash, batches so far and the last signed root.
 *
 * @param size number of entries (the next seq)
 */
public record LedgerHead(long size, byte[] lastHash, long batches, byte[] root) {
    public LedgerHead {
        lastHash = lastHash.clone();
        root = root.clone();
    }

    public static LedgerHead empty() {
        return new LedgerHead(0, Entry.GENESIS, 0, MerkleHashes.emptyRoot());
    }

    @Override
    public byte[] lastHash() {
        return lastHash.clone();
    }

    @Override
    public byte[] root() {
        return root.clone();
    }
}
