package org.treatylab.app.ledger;

/**
 * A ledger that verifies end to end.
 *
 * @param ok always true: a ledger that does not verify is a CONFLICT naming the first broken entry
 * @param root the recomputed root, hex
 */
public record Verified(boolean ok, long entries, long batches, String root) {
}
