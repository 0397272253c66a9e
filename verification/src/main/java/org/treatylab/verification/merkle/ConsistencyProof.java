package org.treatylab.verification.merkle;

import java.util.List;

/**
 * An RFC 9162 consistency proof that the tree of {@code oldSize} leaves is a prefix of the tree of {@code newSize}.
 *
 * @param path the proof's hashes in the RFC's order; arrays are copied in and out
 */
public record ConsistencyProof(long oldSize, long newSize, List<byte[]> path) {
    public ConsistencyProof {
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
