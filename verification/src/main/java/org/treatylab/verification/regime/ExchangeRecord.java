package org.treatylab.verification.regime;

import org.treatylab.verification.declaration.DataExchange;
import org.treatylab.verification.signing.SignedTreeHead;

/** A data exchange as recorded: the exchange, its signed snapshot root and the ledger entry that holds it. */
public record ExchangeRecord(long seq, DataExchange exchange, SignedTreeHead snapshotHead) {
}
