/**
 * The ledger: hash-chained entries in an RFC 9162 log, written in batches signed by the owning party, kept through
 * the {@link org.treatylab.verification.ledger.LedgerStore} port.
 *
 * <p>Entry points: {@link org.treatylab.verification.ledger.Ledger#open} to write and
 * {@link org.treatylab.verification.ledger.LedgerVerifier#verify} to check everything.
 */
package org.treatylab.verification.ledger;
