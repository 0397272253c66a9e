/**
 * The {@code treatylab verify} (Merkle trees, proofs, inspection planning) and {@code treatylab ledger} (the signed
 * verification ledger) commands.
 *
 * <p>Entry points: {@link org.treatylab.cli.verification.VerifyCommand} and
 * {@link org.treatylab.cli.verification.LedgerCommand}, registered in {@code TreatyLabCommand}.
 */
package org.treatylab.cli.verification;
