package org.treatylab.app.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * One facility of a party's latest data exchange revealed: each item with its salt and inclusion proof in the signed
 * snapshot (the JSON of {@code treatylab ledger reveal} and {@code /api/ledger/reveals}).
 *
 * @param entry the ledger entry of the reveal
 * @param exchangeEntry the entry of the exchange revealed
 */
public record RevealView(String party, String facility, long entry, long exchangeEntry, LocalDate date,
        String snapshotRoot, long treeSize, List<Opening> openings) {
    public RevealView {
        openings = List.copyOf(openings);
    }

    /**
     * One item opened: the item, its salt, its commitment (the leaf) and its inclusion proof.
     *
     * @param index the leaf index in the snapshot
     * @param proof the RFC 9162 inclusion path, bottom-up
     */
    public record Opening(String uid, String system, String category, String status, String facility, long warheads,
            String salt, String commitment, long index, List<String> proof) {
        public Opening {
            proof = List.copyOf(proof);
        }
    }
}
