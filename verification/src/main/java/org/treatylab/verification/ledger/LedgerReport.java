package org.treatylab.verification.ledger;

/**
 * The outcome of a complete ledger verification.
 *
 * @param root the root of the whole ledger tree, hex
 */
public record LedgerReport(long entries, long batches, String root) {
}
