package org.treatylab.app.ledger;

/**
 * What a witness concluded about a new signed head.
 *
 * @param status {@code first} (nothing seen before: the head and host key are now pinned), {@code unchanged} (same
 *     size and root) or {@code extended} (a consistency proof from the head seen before holds)
 * @param previousSize the size of the head seen before, or null on first contact
 */
public record WitnessReport(String status, String logId, Long previousSize, long treeSize, String root, String time) {
}
