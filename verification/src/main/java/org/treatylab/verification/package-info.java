/**
 * The verification engine: item declarations and notifications, salted commitments, RFC 9162 Merkle trees and
 * proofs, signed tree heads, the signed hash-chained ledger and inspection planning.
 *
 * <p>Entry points: {@link org.treatylab.verification.ledger.Ledger} (the ledger over a
 * {@link org.treatylab.verification.ledger.LedgerStore} port), {@link org.treatylab.verification.merkle.MerkleTree}
 * and {@link org.treatylab.verification.merkle.ProofVerifier}, and
 * {@link org.treatylab.verification.inspection.InspectionPlanner}. Failures of checks are
 * {@link org.treatylab.verification.VerificationException}.
 */
package org.treatylab.verification;
