package org.treatylab.app.ledger;

/**
 * Whether an inclusion proof holds.
 *
 * @param detail why not ("root: computed X, expected Y"), or null when it holds
 */
public record InclusionCheck(boolean valid, String detail) {
}
