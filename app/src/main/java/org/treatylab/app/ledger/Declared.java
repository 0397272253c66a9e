package org.treatylab.app.ledger;

/**
 * Items declared in one signed batch.
 *
 * @param entries the ledger's size after the batch
 * @param firstEntry the entry of the first item declared
 * @param lastEntry the entry of the last
 */
public record Declared(String party, int declared, long entries, long firstEntry, long lastEntry) {
}
