package org.treatylab.app.ledger;

import java.util.List;

/**
 * An RFC 9162 consistency proof from the first {@code oldSize} leaves to all (the JSON of
 * {@code treatylab verify consistency}).
 */
public record ConsistencyDocument(long oldSize, long treeSize, String oldRoot, String root, List<String> proof) {
    public ConsistencyDocument {
        proof = List.copyOf(proof);
    }
}
