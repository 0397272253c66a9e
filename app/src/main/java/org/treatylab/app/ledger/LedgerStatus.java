package org.treatylab.app.ledger;

import java.util.List;

/**
 * The ledger as a caller sees it.
 *
 * @param you the caller's party, or null for an observer
 * @param root the root of the log's Merkle tree, hex
 */
public record LedgerStatus(String you, List<String> parties, long entries, String root) {
    public LedgerStatus {
        parties = List.copyOf(parties);
    }
}
