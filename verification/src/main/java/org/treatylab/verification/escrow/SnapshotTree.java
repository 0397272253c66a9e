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
    private final byte[] salts;
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
        int n = items.size();
        // Salts packed in one array: a million small copies would cost more than hashing them.
        this.salts = new byte[n * Commitments.SALT_LENGTH];
        for (int i = 0; i < n; i++) {
            byte[] salt = salts.get(i);
            if (salt.length != Commitments.SALT_LENGTH) {
                throw new IllegalArgumentException("salt " + i + " has " + salt.length + " bytes, expected "
                        + Commitments.SALT_LENGTH);
            }
            System.arraycopy(salt, 0, this.salts, i * Commitments.SALT_LENGTH, Commitments.SALT_LENGTH);
        }
        this.tree = MerkleTree.build(n, this::hashLeaf, parallel);
    }

    /** Leaf i: the RFC 9162 leaf hash of the commitment SHA-256(salt || encoding), computed in place. */
    private void hashLeaf(int i, java.security.MessageDigest d, byte[] out, int at) {
        d.update(salts, i * Commitments.SALT_LENGTH, Commitments.SALT_LENGTH);
        d.update(items.get(i).canonicalBytes());
        Sha256.finish(d, out, at);
        MerkleHashes.leafOfHash(d, out, at, out, at);
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
                byte[] salt = java.util.Arrays.copyOfRange(salts, i * Commitments.SALT_LENGTH,
                        (i + 1) * Commitments.SALT_LENGTH);
                out.add(new Opening(items.get(i), salt, tree.inclusionProof(i, items.size())));
            }
        }
        return out;
    }
}
