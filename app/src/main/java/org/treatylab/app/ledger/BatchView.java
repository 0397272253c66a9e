package org.treatylab.app.ledger;

import java.time.Instant;
import java.util.List;

/**
 * A signed batch: the entries it covers, the tree head after it, its consistency proof from the head before, and the
 * party's signature.
 */
public record BatchView(long number, String party, long firstSeq, long lastSeq, long treeSize, String root,
        Instant time, long consistencyFrom, List<String> consistencyProof, String signature) {
    public BatchView {
        consistencyProof = List.copyOf(consistencyProof);
    }
}
