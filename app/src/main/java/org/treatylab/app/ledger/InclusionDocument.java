package org.treatylab.app.ledger;

import java.util.List;

/**
 * An RFC 9162 inclusion proof of leaf {@code index} (the JSON of {@code treatylab verify prove}).
 *
 * @param root the tree's root, hex
 * @param proof the inclusion path, bottom-up, hex
 */
public record InclusionDocument(long treeSize, long index, String root, List<String> proof) {
    public InclusionDocument {
        proof = List.copyOf(proof);
    }
}
