package org.treatylab.app.ledger;

import java.util.List;

/**
 * A ledger that verifies end to end.
 *
 * @param ok always true: a ledger that does not verify is a CONFLICT naming the first broken entry and the check
 * @param root the recomputed root, hex
 * @param notChecked what the reader could not check (other parties' private parts); empty with full access
 */
public record Verified(boolean ok, long entries, long batches, String root, List<String> notChecked) {
    public Verified {
        notChecked = List.copyOf(notChecked);
    }
}
