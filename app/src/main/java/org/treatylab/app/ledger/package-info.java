/**
 * The verification ledger's front door over the {@code LedgerStore} port (declare, notify, exchange, reveal,
 * inspect, verify, export, init), and RFC 9162 proofs and inspection planning.
 *
 * <p>Entry points: {@link org.treatylab.app.ledger.LedgerDoor} and {@link org.treatylab.app.ledger.ProofsDoor}.
 */
package org.treatylab.app.ledger;
