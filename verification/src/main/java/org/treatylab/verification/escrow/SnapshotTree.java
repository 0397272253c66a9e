package org.treatylab.verification.escrow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.treatylab.verification.declaration.Item;
import org.treatylab.verification.merkle.MerkleHashes;
import org.treatylab.verification.merkle.MerkleTree;
import org.treatylab.verification.merkle.Sha256;

/**
 * The Merkle tree over one data exchange's item commitments, leaf {@code i} being the commitment to item
 * {@code i} in uid order under its own fresh salt. Its signed root is what the party commits to; openings by
 * facility reveal it step by step.
 */
public final class SnapshotTree {
    private final List<Item> items;
    private final List<byte[]> salts;
    private final MerkleTree tree;

    /**
     * @param items the snapshot's items in uid order
     * @param salts one 32-byte salt per item, in the same order
     * @param parallel hash commitments and levels on several threads
     */
    public SnapshotTree(List<Item> items, List<byte[]> salts, boolean parallel) {
        if (items.size() != salts.size()) {
            throw new IllegalArgumentException(items.size() + " items but " + salts.size() + " salts");
        }
        for (int i = 1; i < items.size(); i++) {
            if (items.get(i - 1).uid().compareTo(items.get(i).uid()) >= 0) {
                throw new IllegalArgumentException("items must be in strictly increasing uid order, got "
                        + items.get(i - 1).uid() + " before " + items.get(i).uid());
            }
        }
        this.items = List.copyOf(items);
        this.salts = salts.stream().map(byte[]::clone).toList();
        int n = items.size();
        byte[] leaves = new byte[n * Sha256.LENGTH];
        java.util.stream.IntStream range = java.util.stream.IntStream.range(0, n);
        (parallel ? range.parallel() : range).forEach(i -> {
            byte[] h = MerkleHashes.leaf(Commitments.commit(this.salts.get(i), this.items.get(i)));
            System.arraycopy(h, 0, leaves, i * Sha256.LENGTH, Sha256.LENGTH);
        });
        this.tree = MerkleTree.build(leaves, n, parallel);
    }

    public byte[] root() {
        return tree.root();
    }

    public int size() {
        return items.size();
    }

    public List<Item> items() {
        return items;
    }

    /** The openings of every item at {@code facility}, in uid order. */
    public List<Opening> openingsAt(String facility) {
        Objects.requireNonNull(facility, "facility");
        List<Opening> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).facility().equals(facility)) {
                out.add(new Opening(items.get(i), salts.get(i), tree.inclusionProof(i, items.size())));
            }
        }
        return out;
    }
}
