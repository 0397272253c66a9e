package org.treatylab.verification.ledger;

/**
 * A row of the store's private parts as stored: the entry it belongs to, the party column that decides who may read
 * it, and its encoded fields. A verifier with full access reads them all to bind each to its entry.
 */
public record PrivateRow(long seq, String party, String payload) {
}
