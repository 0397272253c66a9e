/**
 * RFC 9162 (RFC 6962) Merkle trees: hashing, inclusion and consistency proofs, and their verifiers.
 *
 * <p>Entry points: {@link org.treatylab.verification.merkle.MerkleTree} to build trees and proofs,
 * {@link org.treatylab.verification.merkle.ProofVerifier} to check proofs from outside.
 */
package org.treatylab.verification.merkle;
