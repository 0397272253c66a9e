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
    /** The salts as given, while the tree is built. */
    private List<byte[]> given;
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
        this.items = List.copyOf(items);
        int n = items.size();
        // Salts are copied into one array (a million small arrays would cost more than hashing them), while hashing;
        // the salt lengths and the uid order are checked there too: one pass over the items instead of three.
        this.salts = new byte[n * Commitments.SALT_LENGTH];
        this.given = List.copyOf(salts);
        MerkleTree built;
        try {
            built = MerkleTree.build(n, this::hashLeaf, parallel);
        } catch (OutOfOrder e) {
            throw new IllegalArgumentException(e.getMessage());
        } catch (RuntimeException e) {
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof OutOfOrder o) {
                    throw new IllegalArgumentException(o.getMessage());
                }
            }
            throw e;
        }
        this.tree = built;
        this.given = null;
    }

    /** A bad salt or items out of uid order, found while hashing (possibly on a worker thread). */
    private static final class OutOfOrder extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutOfOrder(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * In the scratch buffer: [0, 33) the leaf input 0x00 || commitment; from {@code INPUT} the commitment input
     * salt || encoding, the encoding written in place (no string, no array per item).
     */
    private static final int INPUT = 64;

    /** Leaf i: the RFC 9162 leaf hash of the commitment SHA-256(salt || encoding), computed in place. */
    private void hashLeaf(int i, java.security.MessageDigest d, byte[] out, int at, byte[] b) {
        byte[] salt = given.get(i);
        if (salt.length != Commitments.SALT_LENGTH) {
            throw new OutOfOrder("salt " + i + " has " + salt.length + " bytes, expected " + Commitments.SALT_LENGTH);
        }
        System.arraycopy(salt, 0, salts, i * Commitments.SALT_LENGTH, Commitments.SALT_LENGTH);
        System.arraycopy(salt, 0, b, INPUT, Commitments.SALT_LENGTH);
        Item item = items.get(i);
        if (i > 0 && items.get(i - 1).uid().compareTo(item.uid()) >= 0) {
            throw new OutOfOrder("items must be in strictly increasing uid order, got " + items.get(i - 1).uid()
                    + " before " + item.uid());
        }
        int end = item.encodeInto(b, INPUT + Commitments.SALT_LENGTH);
        if (end >= 0) {
            d.update(b, INPUT, end - INPUT);
        } else {
            d.update(b, INPUT, Commitments.SALT_LENGTH);
            d.update(item.canonicalBytes());
        }
        b[0] = 0x00;
        Sha256.finish(d, b, 1);
        MerkleHashes.leafInput(d, b);
        Sha256.finish(d, out, at);
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
