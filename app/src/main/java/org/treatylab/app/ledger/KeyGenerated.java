package org.treatylab.app.ledger;

import java.nio.file.Path;

/**
 * A key pair written by {@code ledger keygen}: the private key (owner-only) and its signed public key file.
 *
 * @param fingerprint SHA-256 of the public key, hex: what the holder reads to the other party to compare keys
 */
public record KeyGenerated(String owner, Path key, Path publicKey, String fingerprint) {
}
