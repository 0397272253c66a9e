package org.treatylab.verification.regime;

import java.time.LocalDate;
import java.util.List;
import org.treatylab.domain.Party;
import org.treatylab.verification.escrow.Opening;

/**
 * A step of the reveal: one facility's items of one data exchange, with their openings.
 *
 * @param exchangeSeq the ledger entry of the exchange whose snapshot is opened
 * @param seq the ledger entry recording this reveal
 */
public record Reveal(long seq, Party party, String facility, long exchangeSeq, LocalDate date, byte[] snapshotRoot,
        long treeSize, List<Opening> openings) {
    public Reveal {
        openings = List.copyOf(openings);
        snapshotRoot = snapshotRoot.clone();
    }

    @Override
    public byte[] snapshotRoot() {
        return snapshotRoot.clone();
    }
}
