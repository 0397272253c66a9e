package org.treatylab.verification.merkle;

import java.util.List;

/**
 * An RFC 9162 inclusion proof: the audit path of one leaf, from the leaf's sibling up to the root's child.
 *
 * @param leafIndex 0-based index of the leaf
 * @param treeSize number of leaves of the tree the path leads to
 * @param path the sibling hashes, bottom-up; arrays are copied in and out
 */
public record InclusionProof(long leafIndex, long treeSize, List<byte[]> path) {
    public InclusionProof {
        path = path.stream().map(byte[]::clone).toList();
    }

    @Override
    public List<byte[]> path() {
        return path.stream().map(byte[]::clone).toList();
    }

    /** The path as lower-case hex strings. */
    public List<String> hexPath() {
        return path.stream().map(Hex::of).toList();
    }
}
