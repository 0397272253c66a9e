package org.treatylab.app.ledger;

/** A notified change: the item's new state and the entry that records it. */
public record Notified(ItemView item, long entry) {
}
