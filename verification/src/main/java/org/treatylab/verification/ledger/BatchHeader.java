package org.treatylab.verification.ledger;

import java.time.Instant;
import org.treatylab.domain.Party;
import org.treatylab.verification.merkle.ConsistencyProof;

/** A stored batch without its entries: what tree heads and signatures are checked against. */
public record BatchHeader(long number, Party party, long firstSeq, long lastSeq, long treeSize, byte[] root,
        Instant time, ConsistencyProof consistency, byte[] signature) {
    public BatchHeader {
        root = root.clone();
        signature = signature.clone();
    }

    @Override
    public byte[] root() {
        return root.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }
}
