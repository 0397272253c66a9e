package org.treatylab.app.foundation;

/**
 * A treaty file checked without keeping it.
 *
 * @param treaty the treaty read, when valid (else null)
 * @param error the one-line problem, when not valid (else null)
 */
public record Validation(boolean valid, TreatyView treaty, String error) {
}
