package org.treatylab.verification.merkle;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * An RFC 9162 (RFC 6962) Merkle tree over leaf hashes, kept level by level so that roots, inclusion paths and
 * consistency proofs for the current or any earlier size cost a few lookups.
 *
 * <p>Level {@code l} holds node {@code j} over leaves {@code [j*2^l, min((j+1)*2^l, size))}. Building levels
 * bottom-up and carrying a lone last node up unchanged gives exactly the RFC's shape (split at the largest power of
 * two below the size), so a stored node is the RFC subtree hash of its range. Nodes of a full (power-of-two) range
 * never change as leaves are appended; only the right edge is recomputed, in O(log n).
 *
 * <p>Not thread-safe: one writer appends; {@link #build} may hash in parallel.
 */
public final class MerkleTree {
    private static final int H = Sha256.LENGTH;
    /** Nodes per level are indexed by int, 32 bytes each, in one array. */
    public static final int MAX_LEAVES = Integer.MAX_VALUE / H;

    private final List<byte[]> levels = new ArrayList<>();
    private int size;

    public MerkleTree() {
        levels.add(new byte[H * 16]);
    }

    /** A tree over the given leaf data (each element hashed as a leaf). */
    public static MerkleTree ofLeafData(List<byte[]> data) {
        MerkleTree t = new MerkleTree();
        data.forEach(d -> t.appendLeafHash(MerkleHashes.leaf(d)));
        return t;
    }

    /**
     * Builds a tree at once from {@code n} leaf hashes packed in {@code leafHashes} (32 bytes each), hashing the
     * levels in parallel when asked. The array is copied.
     */
    public static MerkleTree build(byte[] leafHashes, int n, boolean parallel) {
        if (n < 0 || n > MAX_LEAVES || (long) n * H > leafHashes.length) {
            throw new IllegalArgumentException("leaf count " + n + " does not fit " + leafHashes.length + " bytes");
        }
        return levelsAbove(Arrays.copyOf(leafHashes, Math.max(H, n * H)), n, parallel);
    }

    /**
     * Writes the leaf hash of leaf {@code i} into {@code out} at {@code offset} with digest {@code d}, which is reset
     * on entry and must be left reset (finish with a {@code digest} call). {@code scratch} ({@link #SCRATCH} bytes)
     * is the calling thread's to use during the call.
     */
    @FunctionalInterface
    public interface LeafHasher {
        void hashLeaf(int i, MessageDigest d, byte[] out, int offset, byte[] scratch);
    }

    /** Bytes of the scratch buffer a {@link LeafHasher} is given. */
    public static final int SCRATCH = 2048;

    /**
     * Builds a tree of {@code n} leaves whose hashes {@code leaves} computes straight into the tree's storage (no
     * per-leaf arrays), in parallel when asked: the path for committing millions of items.
     */
    public static MerkleTree build(int n, LeafHasher leaves, boolean parallel) {
        if (n < 0 || n > MAX_LEAVES) {
            throw new IllegalArgumentException("leaf count " + n + " is outside 0.." + MAX_LEAVES);
        }
        byte[] level0 = new byte[Math.max(H, n * H)];
        int chunks = (n + CHUNK - 1) / CHUNK;
        IntStream range = IntStream.range(0, chunks);
        (parallel && chunks > 1 ? range.parallel() : range).forEach(c -> {
            MessageDigest d = Sha256.digest();
            byte[] scratch = new byte[SCRATCH];
            for (int i = c * CHUNK, end = Math.min(n, i + CHUNK); i < end; i++) {
                leaves.hashLeaf(i, d, level0, i * H, scratch);
            }
        });
        return levelsAbove(level0, n, parallel);
    }

    private static MerkleTree levelsAbove(byte[] level0, int n, boolean parallel) {
        MerkleTree t = new MerkleTree();
        t.levels.set(0, level0);
        t.size = n;
        int count = n;
        byte[] below = t.levels.get(0);
        while (count > 1) {
            int parents = (count + 1) / 2;
            byte[] above = new byte[parents * H];
            int lower = count;
            byte[] src = below;
            // Chunks of parents per task: one digest lookup per chunk rather than per node.
            int chunks = (parents + CHUNK - 1) / CHUNK;
            IntStream range = IntStream.range(0, chunks);
            (parallel && chunks > 1 ? range.parallel() : range).forEach(c -> {
                MessageDigest d = Sha256.digest();
                byte[] input = new byte[1 + 2 * H];
                input[0] = MerkleHashes.NODE_PREFIX;
                for (int j = c * CHUNK, end = Math.min(parents, j + CHUNK); j < end; j++) {
                    parent(d, input, src, lower, j, above);
                }
            });
            t.levels.add(above);
            below = above;
            count = parents;
        }
        return t;
    }

    private static final int CHUNK = 4096;

    /** Node j of the level above; {@code input} holds the node prefix at 0 and room for the two children. */
    private static void parent(MessageDigest d, byte[] input, byte[] below, int belowCount, int j, byte[] above) {
        int left = 2 * j;
        if (left + 1 < belowCount) {
            // The two children are adjacent in the level array: 0x01 || left || right hashed in one update.
            System.arraycopy(below, left * H, input, 1, 2 * H);
            d.update(input, 0, 1 + 2 * H);
            Sha256.finish(d, above, j * H);
        } else {
            System.arraycopy(below, left * H, above, j * H, H);
        }
    }

    public int size() {
        return size;
    }

    /** Appends one leaf given its data. */
    public void appendLeafData(byte[] data) {
        appendLeafHash(MerkleHashes.leaf(data));
    }

    /** Appends one leaf given its leaf hash, updating the right edge of every level. */
    public void appendLeafHash(byte[] leafHash) {
        if (leafHash.length != H) {
            throw new IllegalArgumentException("a leaf hash has 32 bytes, got " + leafHash.length);
        }
        if (size == MAX_LEAVES) {
            throw new IllegalStateException("tree is full at " + MAX_LEAVES + " leaves");
        }
        put(0, size, leafHash, 0);
        size++;
        int idx = size - 1;
        int count = size;
        for (int l = 0; count > 1; l++) {
            int parent = idx >> 1;
            byte[] level = levels.get(l);
            if (levels.size() == l + 1) {
                levels.add(new byte[H * 16]);
            }
            byte[] tmp = new byte[H];
            if ((idx & 1) == 1) {
                MerkleHashes.node(level, (idx - 1) * H, level, idx * H, tmp, 0);
            } else {
                System.arraycopy(level, idx * H, tmp, 0, H);
            }
            put(l + 1, parent, tmp, 0);
            idx = parent;
            count = (count + 1) / 2;
        }
    }

    private void put(int level, int index, byte[] src, int from) {
        byte[] arr = levels.get(level);
        if ((index + 1) * H > arr.length) {
            arr = Arrays.copyOf(arr, Math.max((index + 1) * H, (int) Math.min((long) arr.length * 2, MAX_LEAVES * (long) H)));
            levels.set(level, arr);
        }
        System.arraycopy(src, from, arr, index * H, H);
    }

    /**
     * Drops every leaf from {@code newSize} on, as if they had never been appended (used when a write that
     * extended the tree is rejected). Only the last node of each level can cover dropped leaves; it is recomputed.
     */
    public void truncate(int newSize) {
        if (newSize < 0 || newSize > size) {
            throw new IllegalArgumentException("new size " + newSize + " is outside 0.." + size);
        }
        size = newSize;
        int count = newSize;
        int l = 0;
        while (count > 1) {
            int parents = (count + 1) / 2;
            byte[] tmp = new byte[H];
            byte[] below = levels.get(l);
            int j = parents - 1;
            if (2 * j + 1 < count) {
                MerkleHashes.node(below, 2 * j * H, below, (2 * j + 1) * H, tmp, 0);
            } else {
                System.arraycopy(below, 2 * j * H, tmp, 0, H);
            }
            put(l + 1, j, tmp, 0);
            count = parents;
            l++;
        }
        while (levels.size() > l + 1) {
            levels.remove(levels.size() - 1);
        }
    }

    /** The leaf hash at {@code index}. */
    public byte[] leafHash(int index) {
        checkIndex(index, size);
        return Arrays.copyOfRange(levels.get(0), index * H, index * H + H);
    }

    /** The root of the current tree (the empty-tree hash when there are no leaves). */
    public byte[] root() {
        return root(size);
    }

    /** The root the tree had when it held its first {@code treeSize} leaves. */
    public byte[] root(long treeSize) {
        checkSize(treeSize);
        return treeSize == 0 ? MerkleHashes.emptyRoot() : subtree(0, treeSize);
    }

    /** RFC 9162 section 2.1.3.1 inclusion path of leaf {@code index} in the tree of the first {@code treeSize} leaves. */
    public InclusionProof inclusionProof(long index, long treeSize) {
        checkSize(treeSize);
        checkIndex(index, treeSize);
        List<byte[]> path = new ArrayList<>();
        path(index, 0, treeSize, path);
        return new InclusionProof(index, treeSize, path);
    }

    private void path(long m, long start, long end, List<byte[]> out) {
        if (end - start == 1) {
            return;
        }
        long k = Long.highestOneBit(end - start - 1);
        if (m < start + k) {
            path(m, start, start + k, out);
            out.add(subtree(start + k, end));
        } else {
            path(m, start + k, end, out);
            out.add(subtree(start, start + k));
        }
    }

    /**
     * RFC 9162 section 2.1.4.1 consistency proof from the tree of the first {@code oldSize} leaves to that of the
     * first {@code newSize}; empty when {@code oldSize} is 0 or equals {@code newSize}.
     */
    public ConsistencyProof consistencyProof(long oldSize, long newSize) {
        checkSize(newSize);
        if (oldSize < 0 || oldSize > newSize) {
            throw new IllegalArgumentException("old size " + oldSize + " must be between 0 and new size " + newSize);
        }
        List<byte[]> path = new ArrayList<>();
        if (oldSize > 0 && oldSize < newSize) {
            subproof(oldSize, 0, newSize, true, path);
        }
        return new ConsistencyProof(oldSize, newSize, path);
    }

    private void subproof(long m, long start, long end, boolean whole, List<byte[]> out) {
        long width = end - start;
        if (m == width) {
            if (!whole) {
                out.add(subtree(start, end));
            }
            return;
        }
        long k = Long.highestOneBit(width - 1);
        if (m <= k) {
            subproof(m, start, start + k, whole, out);
            out.add(subtree(start + k, end));
        } else {
            subproof(m - k, start + k, end, false, out);
            out.add(subtree(start, start + k));
        }
    }

    /** MTH of leaves {@code [start, end)}, a range the RFC's recursion produces. */
    private byte[] subtree(long start, long end) {
        long width = end - start;
        int l = 64 - Long.numberOfLeadingZeros(width - 1);
        boolean aligned = (start & ((1L << l) - 1)) == 0;
        if (aligned && (width == 1L << l || end == size)) {
            int j = (int) (start >> l);
            return Arrays.copyOfRange(levels.get(l), j * H, j * H + H);
        }
        long k = Long.highestOneBit(width - 1);
        return MerkleHashes.node(subtree(start, start + k), subtree(start + k, end));
    }

    private void checkSize(long treeSize) {
        if (treeSize < 0 || treeSize > size) {
            throw new IllegalArgumentException("tree size " + treeSize + " is outside 0.." + size);
        }
    }

    private static void checkIndex(long index, long treeSize) {
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("leaf index " + index + " is outside a tree of size " + treeSize);
        }
    }
}
