package org.treatylab.verification.ledger;

/** The batch number an entry row names in the store (outside the entry's hash: a verifier checks it). */
public record EntryLink(long seq, long batch) {
}
