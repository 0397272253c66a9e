/**
 * The cryptographic escrow of declarations: salted commitments, snapshot trees with signed roots, and openings
 * that reveal a snapshot step by step (by facility), each checked against the committed root.
 *
 * <p>Entry points: {@link org.treatylab.verification.escrow.SnapshotTree} (the declaring party) and
 * {@link org.treatylab.verification.escrow.Opening#verify} (the inspector).
 */
package org.treatylab.verification.escrow;
