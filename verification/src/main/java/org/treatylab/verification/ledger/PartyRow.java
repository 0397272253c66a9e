package org.treatylab.verification.ledger;

/**
 * A row of the store's parties table as stored (text, unparsed), so that a verifier can compare it byte for byte with
 * the party's signed registration entry.
 *
 * @param publicKey base64 X.509 Ed25519 public key
 * @param tokenSha256 hex SHA-256 of the party's API token
 * @param registeredAt ISO instant
 */
public record PartyRow(String code, String publicKey, String tokenSha256, String registeredAt) {
}
