package org.treatylab.verification.ledger;

/**
 * A row of the store's nonces table as stored: the index by which a store refuses a replayed write, derived from the
 * {@code nonce} field of each batch's entries (which the batch's signature covers), so a verifier compares the two.
 *
 * @param seq the first entry of the batch that carried the nonce
 */
public record NonceRow(String party, String nonce, long seq) {
}
