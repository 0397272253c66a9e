package org.treatylab.verification.ledger;

import java.util.List;

/**
 * The outcome of a complete ledger verification.
 *
 * @param root the root of the whole ledger tree, hex
 * @param notChecked what a reader with partial access could not check (empty with full access)
 */
public record LedgerReport(long entries, long batches, String root, List<String> notChecked) {
    public LedgerReport {
        notChecked = List.copyOf(notChecked);
    }
}
